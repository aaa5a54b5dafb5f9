/**
 * The metrics engine: one object per database that every figure goes through (after mosaic's
 * Coordinator). It owns
 * - the lead facts of the current definition and data (materialize.ts, stored once: the "derived"
 *   layout read beside the leads by position; the facts computed in each query when that cannot be),
 *   so a filter change reads them through a WHERE instead of re-materialising;
 * - the result cache of that state (result-cache.ts): a query asked twice, or a filter switched back,
 *   answers without DuckDB; in-flight queries are shared;
 * - the registry of named metrics (registry.ts): `run(state, name, …params)`.
 *
 * A state is the inputs a figure depends on: filters, lead definition, known fields and a data
 * version (anything that changes when the loaded rows change). The facts of the previous definition
 * or data are dropped when another is asked for.
 */
import type { Db } from '../db';
import type { Filters, MetricContext } from './context';
import { CONTEXTS_KEPT, factsKey, type EngineOptions, type EngineState, type Facts } from './engine-state';
import { inferKnownFields, knowledge } from './known';
import { dropClock } from './clock';
import { DimensionCodes, filteredDimensions } from './dimension-codes';
import { dropFacts, filterableColumns, prepareFacts, withFilters, type PreparedFacts } from './materialize';
import { isStaged, type MetricQuery } from './query';
import { redirectList as buildRedirectList, type RedirectList } from './redirect';
import { isSummaryMetric, SUMMARY_ALWAYS, summarySql, unfilteredSql } from './overview-summary';
import { METRICS, type MetricName, type MetricParams, type MetricResult } from './registry';
import { leadColumns, resolveContext } from './resolve';
import { ResultCache } from './result-cache';
import { cubeSummarySql } from './summary-cube';
import { dealDimensionsBuild, prepareCube } from './filter-tables';
import { onlyDimension, withoutCreatedRange } from './filters';

export type { EngineOptions, EngineState } from './engine-state';

export class MetricsEngine {
  private facts: Facts | null = null;
  constructor(
    readonly db: Db,
    private readonly options: EngineOptions = {},
  ) {}

  /** The facts of this state's definition and data: prepared once, the previous ones dropped. */
  private factsFor(state: EngineState): Facts {
    const key = factsKey(state);
    if (this.facts?.key === key) return this.facts;
    const previous = this.facts;
    const definition = state.definition;
    const prepared = (async (): Promise<PreparedFacts> => {
      const known = state.known ?? (await inferKnownFields(this.db));
      if (this.options.store === false) {
        const base = await resolveContext(this.db, { definition, known });
        return { base, columns: filterableColumns(base, await leadColumns(this.db)) };
      }
      return prepareFacts(this.db, { definition, known });
    })();
    const facts: Facts = {
      key,
      prepared,
      results: new ResultCache(this.options.cacheLimit),
      codes: new DimensionCodes(this.db),
      contexts: new Map(),
    };
    this.facts = facts;
    // A failure while preparing (out of memory, say) is not kept: the next call prepares again,
    // instead of every figure of this state failing with it until the data changes.
    void prepared.catch(() => {
      if (this.facts === facts) this.facts = null;
    });
    // Queries still running on the previous state are stale (their results are dropped anyway) but
    // finish first: a staged query's second statement still reads the previous facts.
    void previous?.prepared
      .then(async ({ base }) => {
        await previous.results.idle();
        await previous.codes.drop();
        await dropFacts(this.db, base);
        await dropClock(this.db, base);
      })
      .catch(() => undefined);
    return facts;
  }

  /** The context every metric of this state is computed under (filters cleaned, as-of resolved). */
  async context(state: EngineState = {}): Promise<MetricContext> {
    return this.contextOf(this.factsFor(state), state.filters ?? {});
  }

  /**
   * The facts' context for these filters. A dimension filtered for the first time is read as text;
   * its codes (dimension-codes.ts) are made once this state's queries are done, and the filter
   * states after that compare codes. A state keeps its first context, so its cached results hold.
   */
  private async contextOf(facts: Facts, filters: Filters): Promise<MetricContext> {
    const ctx = withFilters(await facts.prepared, filters);
    const stored = ctx.materialized;
    if (!stored || this.options.codes === false) return ctx;
    const key = JSON.stringify(ctx.filters);
    const given = facts.contexts.get(key);
    if (given) return given;
    const quiet = () => this.quiet(facts);
    const codes = facts.codes.codesFor(stored, ctx.filters, quiet);
    const dealDimensions =
      filteredDimensions(ctx.filters).length > 0
        ? facts.codes.dealDimensionsFor(dealDimensionsBuild(this.db, facts), quiet)
        : undefined;
    const only = onlyDimension(withoutCreatedRange(ctx.filters))?.dimension;
    const table = only && facts.codes.cubeOf(only);
    if (only && !table) void prepareCube(this.db, facts, only, quiet);
    const extra = {
      ...(Object.keys(codes).length > 0 ? { codes } : {}),
      ...(dealDimensions ? { dealDimensions } : {}),
      ...(only && table ? { cube: { dimension: only, table } } : {}),
    };
    const out = Object.keys(extra).length === 0 ? ctx : { ...ctx, materialized: { ...stored, ...extra } };
    facts.contexts.set(key, out);
    for (const oldest of facts.contexts.keys()) {
      if (facts.contexts.size <= CONTEXTS_KEPT) break;
      facts.contexts.delete(oldest);
    }
    return out;
  }

  /**
   * Makes, while the user reads, the deals' lead dimensions (scoped-deals.ts), then the codes and the
   * summary's cube (summary-cube.ts) of these dimensions (the ones the views offer to filter by a
   * click), one at a time and each once this state's queries are done, so even a dimension's first
   * filter compares codes, reads its deals beside their leads' columns and its summary from the
   * cube. Dimensions the data does not have are skipped.
   */
  async prepareFilters(state: EngineState, dimensions: readonly string[]): Promise<void> {
    if (this.options.codes === false) return;
    const facts = this.factsFor(state);
    const { base } = await facts.prepared;
    const stored = base.materialized;
    if (!stored) return;
    const k = knowledge(base.known);
    if (dimensions.some((dimension) => k.dimension(dimension)))
      await facts.codes.prepareDeals(dealDimensionsBuild(this.db, facts), () => this.quiet(facts));
    for (const dimension of dimensions) {
      if (this.facts !== facts) return;
      if (!k.dimension(dimension)) continue;
      await facts.codes.prepare(stored, dimension, () => this.quiet(facts));
      await prepareCube(this.db, facts, dimension, () => this.quiet(facts));
    }
  }

  /** Resolves once this state's queries are done, twice (metrics asked a moment later go first too). */
  private async quiet(facts: Facts): Promise<void> {
    for (let round = 0; round < 2; round += 1) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await facts.results.idle();
    }
  }

  /** Resolves once the codes started for filtered dimensions are made (tests, benches). */
  async settled(): Promise<void> {
    const facts = this.facts;
    if (!facts) return;
    await facts.results.idle();
    await facts.codes.settled();
  }

  /** Runs any query on this state's context, through the result cache. */
  query<T>(state: EngineState, build: (ctx: MetricContext) => MetricQuery<T>): Promise<T> {
    const facts = this.factsFor(state);
    // Counted from the start: the facts are not dropped while its context is being made.
    return facts.results.track(
      this.contextOf(facts, state.filters ?? {}).then((ctx) => facts.results.run(this.db, build(ctx))),
    );
  }

  /** One named metric (registry.ts) for this state. */
  run<N extends MetricName>(
    state: EngineState,
    name: N,
    ...params: MetricParams<N>
  ): Promise<MetricResult<N>> {
    return this.runNamed(state, name, params) as Promise<MetricResult<N>>;
  }

  /** A metric named at run time (a snapshot catalogue entry): its parameters unchecked. */
  runNamed(state: EngineState, name: MetricName, params: readonly unknown[]): Promise<unknown> {
    const build = METRICS[name].build as unknown as (
      ctx: MetricContext,
      ...p: unknown[]
    ) => MetricQuery<unknown>;
    if (!isSummaryMetric(name, params)) return this.query(state, (ctx) => build(ctx, ...params));
    const facts = this.factsFor(state);
    return facts.results.track(this.summaryMetric(facts, state, name, build));
  }

  /** A metric the Overview's summary answers (overview-summary.ts). */
  private async summaryMetric(
    facts: Facts,
    state: EngineState,
    name: MetricName,
    build: (ctx: MetricContext) => MetricQuery<unknown>,
  ): Promise<unknown> {
    const ctx = await this.contextOf(facts, state.filters ?? {});
    const sql = cubeSummarySql(ctx) ?? summarySql(ctx);
    // The cheap ones join the summary only when another metric asked for it in the same task (a view
    // renders its metrics together): alone (the Funnel, Sources) their own statements cost less.
    if (!SUMMARY_ALWAYS.has(name)) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (!facts.results.has(sql)) return facts.results.run(this.db, build(ctx));
    }
    const rows = (text: string) => facts.results.run(this.db, { sql: text, parse: (r) => r });
    const [filtered, all] = await Promise.all([rows(sql), rows(unfilteredSql(ctx))]);
    const own = build(ctx);
    if (isStaged(own)) throw new Error(`${name} is in the summary but staged.`);
    return own.parse([{ ...filtered[0], ...all[0] }]);
  }

  /**
   * Runs these metrics for a state, one at a time, the summary's first (the others in it then read
   * its row instead of running their own statements): work done ahead, while the user reads
   * (store/click-ahead.ts). Between two statements `stopped` is asked; errors are the views' to show.
   */
  async runInTurn(
    state: EngineState,
    metrics: readonly (readonly [MetricName, ...unknown[]])[],
    stopped: () => boolean,
  ): Promise<void> {
    const first = ([name, ...params]: readonly [MetricName, ...unknown[]]) =>
      isSummaryMetric(name, params) && SUMMARY_ALWAYS.has(name) ? 0 : 1;
    for (const [name, ...params] of [...metrics].sort((a, b) => first(a) - first(b))) {
      if (stopped()) return;
      await this.runNamed(state, name, params).catch(() => undefined);
    }
  }

  /** "Redirect these": the due leads with suggested owners (null without what it needs). */
  redirectList(state: EngineState, limit?: number): Promise<RedirectList | null> {
    const facts = this.factsFor(state);
    return facts.results.track(
      this.contextOf(facts, state.filters ?? {}).then((ctx) =>
        buildRedirectList(ctx, (query) => facts.results.run(this.db, query), limit),
      ),
    );
  }

  /** Drops the stored facts (the engine stays usable: the next call prepares them again). */
  async dispose(): Promise<void> {
    const current = this.facts;
    this.facts = null;
    if (!current) return;
    await current.results.idle();
    await current.codes.drop().catch(() => undefined);
    await dropFacts(this.db, (await current.prepared).base).catch(() => undefined);
  }
}
