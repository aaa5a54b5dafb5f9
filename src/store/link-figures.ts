/**
 * The Overview's headline figures in a link (lib/share figures-section.ts), both ways:
 * - live: computed from the engine for the store's state whenever data, filters, definition or
 *   currency change, so the hash (and "Copy link") carries the answer the sender sees;
 * - opened: what a link brought in, shown only while there is no data and the filters and definition
 *   are still those the figures were made for. With data loaded, the live figures win.
 */
import { create } from 'zustand';
import {
  DEFAULT_DEFINITION,
  comparisonAsKnown,
  comparisonParams,
  currencyMix,
  dealsUnlinked,
  revenueInOneCurrency,
  type Granularity,
} from '../lib/metrics';
import {
  MAX_REPORT_OWNERS,
  encodeShareState,
  overviewFigures,
  pseudonymisedReport,
  rankReps,
  waitingByOwner,
  type ReportFigures,
  type ShareState,
  type SharedFigures,
} from '../lib/share';
import { useAppStore, type AppState } from './app-store';
import { askedOfEveryState } from './asked-metrics';
import { readingFiles } from './files-settled';
import { currentEngine } from './use-metric';

interface Held {
  figures: SharedFigures;
  /** The Report view's figures, computed only while it is the open view. */
  report: ReportFigures | null;
  /** The state they belong to (basisOf). */
  basis: string;
}

interface LinkFiguresState {
  /** What the opened link carried (every section), and its figures' basis; null: no link opened. */
  opened: { state: ShareState; basis: string } | null;
  live: Held | null;
}

export const useLinkFigures = create<LinkFiguresState>(() => ({ opened: null, live: null }));

/** The filters and definition the figures were computed under, as the link writes them. */
function basisOf(state: AppState): string {
  return encodeShareState({ filters: state.filters, definition: state.definition });
}

/** The live basis also changes with the data and the currency, and on the Report with its periods. */
const liveBasis = (state: AppState) =>
  `${basisOf(state)}|${state.dataVersion}|${state.uploads.length}|${state.calculator.currency}|${
    state.view === 'report' ? JSON.stringify(state.comparison) : ''
  }`;

/**
 * Whether a link holds more than a fresh page writes (the default definition and scenario): only
 * then does a view without data say what the link holds, instead of only asking for the data.
 */
function holdsSomething(shared: ShareState): boolean {
  const filters = shared.filters;
  return (
    shared.figures !== undefined ||
    (shared.notes?.length ?? 0) > 0 ||
    shared.report !== undefined ||
    Boolean(
      filters?.createdFrom || filters?.createdTo || Object.keys(filters?.dimensions ?? {}).length > 0,
    ) ||
    (shared.definition !== undefined &&
      encodeShareState({ definition: shared.definition }) !==
        encodeShareState({ definition: DEFAULT_DEFINITION })) ||
    (shared.calculator?.scenarios.length ?? 0) > 1 ||
    (shared.calculator?.scenarios.some((s) => s.overridden.length > 0) ?? false)
  );
}

/** A link was read into the store (after its filters and definition were applied). */
export function linkOpened(shared: ShareState): void {
  const opened = holdsSomething(shared) ? { state: shared, basis: basisOf(useAppStore.getState()) } : null;
  useLinkFigures.setState({ opened });
}

/** The figures a link made now should carry: the live ones, or those a link brought while there is no data. */
export function figuresForLink(state: AppState): SharedFigures | undefined {
  const { live, opened } = useLinkFigures.getState();
  if (state.uploads.length > 0) return live?.basis === liveBasis(state) ? live.figures : undefined;
  const carried = opened?.state.figures;
  return carried && opened.basis === basisOf(state) ? carried : undefined;
}

/** The report a link made now should carry: only from the Report view, as figuresForLink. */
export function reportForLink(state: AppState): ReportFigures | undefined {
  if (state.view !== 'report') return undefined;
  const { live, opened } = useLinkFigures.getState();
  if (state.uploads.length > 0) {
    return live?.basis === liveBasis(state) ? (live.report ?? undefined) : undefined;
  }
  const carried = opened?.state.report;
  return carried && opened.basis === basisOf(state) ? carried : undefined;
}

/** The carried report to show: only without data, and only for the state it was made for. */
export function useCarriedReport(): ReportFigures | null {
  const opened = useLinkFigures((s) => s.opened);
  const basis = useAppStore(basisOf);
  const carried = opened?.state.report;
  return carried && opened.basis === basis ? carried : null;
}

/** The carried figures to show: only without data, and only for the state they were made for. */
export function useCarriedFigures(): SharedFigures | null {
  const opened = useLinkFigures((s) => s.opened);
  const basis = useAppStore(basisOf);
  const carried = opened?.state.figures;
  return carried && opened.basis === basis ? carried : null;
}

/** What the opened link carried (null: none, or it carried nothing). */
export function useOpenedLink(): ShareState | null {
  return useLinkFigures((s) => s.opened?.state ?? null);
}

/** The day in the sender's calendar (YYYY-MM-DD). */
function today(): string {
  const d = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

let running: string | null = null;

// What refreshLiveFigures asks of every state (keep in step with its five calls): a click computed
// ahead computes them too, or each click on a view that does not show them (the Funnel) would run
// the Overview's summary.
askedOfEveryState([['viewCounts'], ['followUp'], ['revenue'], ['calculatorPrefill'], ['currencies']]);

/**
 * Computes the live figures for the store's current state (once per state); resolves true when they
 * changed. No data: nothing to compute.
 */
export async function refreshLiveFigures(): Promise<boolean> {
  const state = useAppStore.getState();
  const basis = liveBasis(state);
  if (state.uploads.length === 0 || running === basis || useLinkFigures.getState().live?.basis === basis) {
    return false;
  }
  // More files still to read: figures of the part loaded so far would hold up the next file on the
  // one DuckDB worker (~2 s at 1M leads, issue 15) and be thrown away; the last file's turn computes.
  if (readingFiles(state)) return false;
  running = basis;
  try {
    const { engine, state: engineState } = await currentEngine();
    const [counts, followUp, revenue, prefill, currencies] = await Promise.all([
      engine.run(engineState, 'viewCounts'),
      engine.run(engineState, 'followUp'),
      engine.run(engineState, 'revenue'),
      engine.run(engineState, 'calculatorPrefill'),
      engine.run(engineState, 'currencies'),
    ]);
    // Deals in several currencies: no sum across them travels (lib/metrics/currencies.ts).
    const mix = currencyMix(currencies, state.calculator.currency);
    const figures = overviewFigures({
      counts,
      followUp,
      revenue: revenueInOneCurrency(revenue, mix),
      prefill,
    });
    const report = state.view === 'report' ? await liveReport(state, mix.mixed) : null;
    // The store moved on while these ran: the next refresh computes the new state's.
    if (!figures || liveBasis(useAppStore.getState()) !== basis) return false;
    useLinkFigures.setState({
      live: {
        basis,
        report,
        figures: {
          ...figures,
          made: today(),
          currency: mix.currency ?? state.calculator.currency,
          slaHours: state.definition.slaHours,
        },
      },
    });
    return true;
  } catch {
    // A link without figures is still a link; the views report the error themselves.
    return false;
  } finally {
    if (running === basis) running = null;
  }
}

/** The Report view's figures for a link: the same results and rules as the view, owners aliased. */
async function liveReport(state: AppState, mixed: boolean): Promise<ReportFigures | null> {
  const { engine, state: engineState } = await currentEngine();
  const params = comparisonParams(state.comparison) as [Granularity];
  const [comparison, owners, followUp, byOwner, counts, revenue] = await Promise.all([
    engine.run(engineState, 'comparison', ...params),
    engine.run(engineState, 'comparisonBy', 'owner', ...params),
    engine.run(engineState, 'followUp'),
    engine.run(engineState, 'byOwner'),
    engine.run(engineState, 'viewCounts'),
    engine.run(engineState, 'revenue'),
  ]);
  const unlinked = dealsUnlinked(counts, revenue?.wonLeads != null);
  const known = comparisonAsKnown(comparison, { unlinked, mixed });
  if (!known) return null;
  return pseudonymisedReport(
    {
      comparison: known,
      reps: rankReps(owners, state.filters.dimensions?.['owner']),
      waiting: followUp?.neverFollowedUp ?? null,
      waitingByOwner: waitingByOwner(byOwner),
      waitingByAge: followUp?.untouchedByAge ?? null,
    },
    MAX_REPORT_OWNERS,
  );
}
