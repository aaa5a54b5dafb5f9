/**
 * The `leadgap.metrics/1` document of DESIGN.md's test contract (keys are added, never renamed), for
 * the current filters and definition. `counts.leads` is the leads the filters keep (every figure is
 * computed over them); `counts.deals` is every loaded deal; `counts.dealsMatched` the deals linked to
 * those leads. `totalLeads` is the loaded leads before filtering; `dealsInScope` the deals the deal
 * figures cover. The calculator block is the caller's (issue 4): passed in, included as given.
 */
import type { Db } from '../db';
import { resolveAsOf } from './as-of';
import { byOwnerQuery, type OwnerRow } from './by-owner';
import { bySourceQuery, type SourceRow } from './by-source';
import type { Filters, KnownFields, LeadDefinition } from './context';
import { datasetCounts, viewCountsQuery } from './counts';
import { describeFilters } from './filters';
import { followUpQuery, type FollowUpSummary } from './follow-up';
import { funnelQuery, type FunnelStage } from './funnel';
import { runQuery } from './query';
import { resolveContext } from './resolve';
import { revenueQuery, type RevenueSummary } from './revenue';

export const METRICS_SCHEMA = 'leadgap.metrics/1';

export interface MetricsDocument {
  schema: typeof METRICS_SCHEMA;
  asOf: string | null;
  slaHours: number;
  filters: Filters;
  counts: {
    leads: number;
    deals: number;
    dealsMatched: number;
    rejectedRows: { leads: number; deals: number };
    totalLeads: number;
    leadsInView: number;
    dealsInScope: number;
  };
  funnel: FunnelStage[];
  followUp: FollowUpSummary;
  revenue: RevenueSummary;
  bySource: SourceRow[] | null;
  byOwner: OwnerRow[] | null;
  calculator?: unknown;
}

export interface MetricsDocumentOptions {
  /** Kept for earlier callers; `definition.slaHours` wins when both are given. */
  slaHours?: number | undefined;
  filters?: Filters | undefined;
  definition?: Partial<LeadDefinition> | undefined;
  /** From `knownFields(uploads)`; inferred from the columns' values when absent (less exact). */
  known?: KnownFields | undefined;
  calculator?: unknown;
}

export async function metricsDocument(
  db: Db,
  rejectedRows: { leads: number; deals: number },
  options: MetricsDocumentOptions = {},
): Promise<MetricsDocument> {
  const definition = {
    ...(options.slaHours === undefined ? {} : { slaHours: options.slaHours }),
    ...options.definition,
  };
  const ctx = await resolveContext(db, { filters: options.filters, definition, known: options.known });
  const counts = await datasetCounts(db);
  const view = await runQuery(db, viewCountsQuery(ctx));
  const document: MetricsDocument = {
    schema: METRICS_SCHEMA,
    asOf: await resolveAsOf(db, ctx.definition.asOf),
    slaHours: ctx.definition.slaHours,
    filters: describeFilters(ctx.filters),
    counts: {
      leads: view.leads,
      deals: counts.deals,
      // Without leads, every deal is in scope but none is matched.
      dealsMatched: counts.leads > 0 ? view.deals : 0,
      rejectedRows,
      totalLeads: counts.leads,
      leadsInView: view.leads,
      dealsInScope: view.deals,
    },
    funnel: await runQuery(db, funnelQuery(ctx)),
    followUp: await runQuery(db, followUpQuery(ctx)),
    revenue: await runQuery(db, revenueQuery(ctx)),
    bySource: await runQuery(db, bySourceQuery(ctx)),
    byOwner: await runQuery(db, byOwnerQuery(ctx)),
  };
  if (options.calculator !== undefined) document.calculator = options.calculator;
  return document;
}
