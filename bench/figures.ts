/** What each benchmark section hands back to bench/run.ts: named figures, printed as they are. */
export interface Figures {
  section: string;
  rows: ReadonlyArray<readonly [string, string]>;
}
