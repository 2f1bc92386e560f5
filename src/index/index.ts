/** The index's public API: SQLite storage of reports, lookups and Chinese full-text search. */
export { openDatabase, closeDatabase, resolveDbPath, DEFAULT_DB } from './db.ts';
export type { Db } from './db.ts';
export { ingestReport, ingestPaths } from './ingest.ts';
export type { IngestOutcome, IngestSummary } from './ingest.ts';
export { queryFacts, listReports, reportChecks, reportSections } from './facts.ts';
export type { FactRow, ReportRow } from './facts.ts';
export { queryFactsWhere, topFacts, extremeGiven, givenUnitYears, countGivenUnitYears, unitYearKey } from './fact-select.ts';
export type { ValueTest, FactScope } from './fact-select.ts';
export { listUnits } from './units.ts';
export type { UnitRow } from './units.ts';
export { searchText } from './search.ts';
export type { SearchHit } from './search.ts';
export { stats, yearsInData } from './stats.ts';
export type { IndexStats } from './stats.ts';
export { CROSS_YEAR_RULE } from './cross-year.ts';
export { subscribe, unsubscribe, getSubscription, listSubscriptions, claimDigest, releaseDigest, cachedFileId, cacheFileId } from './subscriptions.ts';
export type { Subscription } from './subscriptions.ts';
