/**
 * Amounts are stored as the report printed them, in its unit (SCHEMA: "amounts keep the report's
 * unit"); they are compared and ranked in 万元, the unit the templates ask for, so that 152790元
 * is not taken for more than 100万元.
 */
export const WAN_YUAN_PER: Readonly<Record<string, number>> = { 元: 0.0001, 千元: 0.1, 万元: 1, 亿元: 10_000 };

/** The value in 万元 where its unit is one of money, else as it stands. */
export function comparable(value: number, unit: string | null): number {
  const k = unit === null ? undefined : WAN_YUAN_PER[unit];
  return k === undefined ? value : value * k;
}
