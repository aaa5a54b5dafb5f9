/**
 * The `leadgap.metrics/1` document of DESIGN.md's test contract (keys are added, never renamed), for
 * the current filters and definition. `counts.leads` is the leads the filters keep (every figure is
 * computed over them); `counts.deals` is every loaded deal; `counts.dealsMatched` the deals linked to
 * those leads. `totalLeads` is the loaded leads before filtering; `dealsInScope` the deals the deal
 * figures cover. The calculator block is the caller's (issue 4): passed in, included as given.
 */
import { resolveAsOf } from './as-of';
import { datasetCounts } from './counts';
import { currencyMix, segmentAmounts } from './currency-mix';
import { withCurrencies, type CurrenciesKey } from './currency-document';
import { UNLINKED_FIGURES, dealsUnlinked, withoutRevenue } from './linked';
import type { MetricsEngine, EngineState } from './engine';
import { describeFilters } from './filters';
import type { FollowUpSummary } from './follow-up';
import type { FunnelStage } from './funnel';
import type { OwnerRow } from './by-owner';
import type { SourceRow } from './by-source';
import type { Filters } from './context';
import { METRIC_NAMES, METRICS, type MetricName } from './registry';
import type { RevenueSummary } from './revenue';
import { speedAsKnown } from './speed-known';
import { comparisonAsKnown, comparisonParams, type Comparison, type ComparisonChoice } from './comparison';
import type { SpeedToLead } from './speed-to-lead';

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
  /** Added key (issue 19): outcomes by response-time band and the value of answering faster. */
  speedToLead: SpeedToLead | null;
  /** Added key (issue 18): the current period against the previous one, lead cohorts. */
  comparison: Comparison | null;
  calculator?: unknown;
  /** Money by currency (currency-document.ts). */
  currencies?: CurrenciesKey;
}

export interface MetricsDocumentOptions {
  rejectedRows?: { leads: number; deals: number } | undefined;
  /** The calculator block (lib/calculator `calculatorExport`), included as given. */
  calculator?: unknown;
  /** The user's chosen currency: what a deal whose file states none is in (default USD). */
  currency?: string | undefined;
  /** "Answered within X" for `speedToLead.valueOfSpeed`, in minutes (default 60, as on the page). */
  speedWithinMinutes?: number | undefined;
  /** The periods `comparison` compares (default: month). */
  comparison?: ComparisonChoice | undefined;
}

type DocumentKey = NonNullable<(typeof METRICS)[MetricName]['document']>;

/** The registry's metrics the document carries, under their document keys. */
export const DOCUMENT_METRICS: readonly { key: DocumentKey; name: MetricName }[] = METRIC_NAMES.flatMap(
  (name) => {
    const key = METRICS[name].document;
    return key === undefined ? [] : [{ key, name }];
  },
);

/** The document for one engine state: every figure run by `engine` as the views run it. */
export async function metricsDocument(
  engine: MetricsEngine,
  state: EngineState,
  options: MetricsDocumentOptions = {},
): Promise<MetricsDocument> {
  const ctx = await engine.context(state);
  const counts = await datasetCounts(engine.db);
  const view = await engine.run(state, 'viewCounts');
  const figures: Record<string, unknown> = {};
  for (const { key, name } of DOCUMENT_METRICS) {
    figures[key] =
      name === 'speedToLead'
        ? await engine.run(state, name, options.speedWithinMinutes ?? 60)
        : name === 'comparison'
          ? await engine.runNamed(
              state,
              name,
              comparisonParams(options.comparison ?? { granularity: 'month' }),
            )
          : await engine.run(state, name as 'funnel');
  }
  const document = {
    schema: METRICS_SCHEMA,
    // null without a dated row (the figures then run to today).
    asOf: await resolveAsOf(engine.db, ctx.definition.asOf),
    slaHours: ctx.definition.slaHours,
    filters: describeFilters(ctx.filters),
    counts: {
      leads: view.leads,
      deals: counts.deals,
      // Without leads, every deal is in scope but none is matched.
      dealsMatched: counts.leads > 0 ? view.deals : 0,
      rejectedRows: options.rejectedRows ?? { leads: 0, deals: 0 },
      totalLeads: counts.leads,
      leadsInView: view.leads,
      dealsInScope: view.deals,
    },
    ...figures,
  } as MetricsDocument;
  // The views' rule (linked.ts): revenue that rests on deals none of which links is unknown, not 0.
  const unlinked = dealsUnlinked(view, document.revenue.wonLeads != null);
  const chosen = options.currency ?? 'USD';
  const currencies = await engine.run(state, 'currencies');
  const segments = async (dimension: 'source' | 'owner') =>
    segmentAmounts(await engine.run(state, 'currenciesBy', dimension), chosen);
  const mix = currencyMix(currencies, chosen);
  Object.assign(
    document,
    withCurrencies(document, {
      mix,
      bySource: mix.mixed ? await segments('source') : new Map(),
      byOwner: mix.mixed ? await segments('owner') : new Map(),
      unlinked,
    }),
  );
  document.comparison = comparisonAsKnown(document.comparison, { unlinked, mixed: mix.mixed });
  document.speedToLead = speedAsKnown(document.speedToLead, options.speedWithinMinutes ?? 60, {
    unlinked,
    mixed: mix.mixed,
  });
  if (unlinked) {
    const unknown = <T extends object>(row: T, keys: readonly string[]) => withoutRevenue(row, true, keys);
    document.revenue = unknown(document.revenue, UNLINKED_FIGURES.revenue);
    document.bySource = document.bySource?.map((row) => unknown(row, UNLINKED_FIGURES.bySegment)) ?? null;
    document.byOwner = document.byOwner?.map((row) => unknown(row, UNLINKED_FIGURES.byOwner)) ?? null;
  }
  if (options.calculator !== undefined) document.calculator = options.calculator;
  return document;
}
