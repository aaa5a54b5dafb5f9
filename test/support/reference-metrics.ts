/**
 * An INDEPENDENT implementation of DESIGN.md's "What the numbers mean", in plain TypeScript over rows
 * parsed by papaparse: its own date, number and yes/no parsing, its own deal→lead matching, its own
 * loops. It shares nothing with src/lib/metrics or src/lib/ingest but the result shapes, so the engine's
 * SQL can be checked figure by figure against it.
 *
 * Decisions DESIGN.md leaves open are taken as src/lib/metrics documents them (e.g. fromPrevious of the
 * leads stage is null, age buckets are lower-inclusive, ages run to the end of the as-of day).
 *
 * The implementation lives in test/support/reference/, one concept per file; this module re-exports it.
 */
export { type Fact, referenceAsOf } from './reference/facts';
export { loadReference } from './reference/load';
export type { DealSpec, Definition, Filters, LeadSpec, RefData, RefDeal, RefLead } from './reference/model';
export { parseDate } from './reference/parse';
export { Reference } from './reference/reference';
export { quantile } from './reference/util';
