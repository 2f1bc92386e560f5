import { z } from 'zod';
import { ALL_KEYS } from './keys.ts';

/** One number of a report, with where it stands (SCHEMA.md, Provenance). */
export const FactSchema = z.object({
  // an enum is checked by lookup, several times cheaper per fact than a pattern, and stricter
  key: z.enum(ALL_KEYS as [string, ...string[]]),
  /** null: the report prints a cell for it but gives no number ("/", "-", "—"); never NaN or ±Infinity */
  value: z.number().nullable(),
  unit: z.string().nullable(),
  method: z.enum(['table', 'prose']),
  raw: z.string(),
  table: z.string(),
  rowLabel: z.string(),
  colLabel: z.string(),
  /** 1-based line of the source where the value (or sentence) stands */
  line: z.number().int().positive(),
  evidence: z.string().optional(),
  /** for a number the report implies rather than prints: the keys it follows from */
  derivedFrom: z.array(z.string()).optional(),
});
export type Fact = z.infer<typeof FactSchema>;

export const CheckSchema = z.object({
  rule: z.string(),
  ok: z.boolean(),
  detail: z.string(),
});
export type Check = z.infer<typeof CheckSchema>;

export const ReportSchema = z.object({
  file: z.string(),
  organ: z.string().nullable(),
  name: z.string().nullable(),
  region: z.array(z.string()),
  year: z.number().int().min(2000).max(2100).nullable(),
  published: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .nullable(),
  template: z.union([z.literal(2019), z.literal(2021)]).nullable(),
  /** which reader and text layout the report was read with, e.g. "text/tsv" */
  layout: z.string(),
  facts: z.array(FactSchema),
  checks: z.array(CheckSchema),
  warnings: z.array(z.string()),
  /** the report's six sections, for search and for quoting */
  sections: z.array(
    z.object({ title: z.string(), startLine: z.number().int().positive(), endLine: z.number().int().positive(), text: z.string() }),
  ),
});
export type Report = z.infer<typeof ReportSchema>;
