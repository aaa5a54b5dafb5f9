/**
 * Keeps the share state in the URL hash (`#s=…`, lib/share): the filters, the lead definition (SLA,
 * as-of, statuses), the open view, the calculator's scenarios, the notes on the timeline (a link's
 * notes are added to the receiver's own, notes-slice.ts) and the Overview's headline figures
 * (link-figures.ts: computed live with data; kept from the opened link without). Reads it once when
 * installed and whenever the hash changes (a pasted link), writes it (debounced, replaceState: no
 * history entries) whenever those parts of the store change. A link that cannot be read leaves the user's own state
 * alone and sets `shareProblem` for the page to show.
 *
 * While a snapshot is shown (src/components/share), the sync is paused: the snapshot's state is
 * not the user's and must not reach their address bar; resuming writes the user's state back.
 */
import { readShareHash, shareHash, type ShareState } from '../lib/share';
import { useAppStore, type AppState } from './app-store';
import { toShared } from './calculator-slice';
import {
  figuresForLink,
  linkOpened,
  refreshLiveFigures,
  reportForLink,
  useLinkFigures,
} from './link-figures';
import { clickAhead } from './click-ahead';
import { prefetchViews } from './prefetch';

const WRITE_DELAY_MS = 300;

function sharedState(state: AppState): ShareState {
  const figures = figuresForLink(state);
  const report = reportForLink(state);
  return {
    view: state.view,
    filters: state.filters,
    definition: state.definition,
    calculator: toShared(state.calculator),
    ...(figures ? { figures } : {}),
    ...(state.notes.length > 0 ? { notes: state.notes } : {}),
    ...(report ? { report } : {}),
  };
}

function applyShared(shared: ShareState): void {
  const { loadSharedCalculator, setDefinition, setView, addLinkNotes } = useAppStore.getState();
  if (shared.filters) useAppStore.setState({ filters: shared.filters });
  // A link's definition is whole: one written without working hours turns the receiver's off.
  if (shared.definition) setDefinition({ timeZone: null, businessHours: null, ...shared.definition });
  if (shared.calculator) loadSharedCalculator(shared.calculator);
  if (shared.view) setView(shared.view);
  if (shared.notes) addLinkNotes(shared.notes);
  // A report link compares the periods its sender chose (the receiver's data decides their days).
  if (shared.report) {
    const { granularity, current, previous } = shared.report.comparison;
    useAppStore.getState().setComparison(
      granularity === 'custom'
        ? {
            granularity,
            current: { from: current.from, to: current.to },
            previous: { from: previous.from, to: previous.to },
          }
        : { granularity },
    );
  }
  linkOpened(shared);
}

let paused = false;

/** Reads the hash into the store; returns false when it held nothing or could not be read. */
function importHash(hash: string = location.hash): boolean {
  if (paused) return false;
  const result = readShareHash(hash);
  if (result.kind === 'none') return false;
  if (result.kind === 'error') {
    useAppStore.getState().setShareProblem(result.message);
    return false;
  }
  useAppStore.getState().setShareProblem(null);
  applyShared(result.state);
  return true;
}

let uninstall: (() => void) | null = null;
let writeNow: (() => void) | null = null;

/** Starts the sync (once; later calls return the same stop function). Browser only. */
export function installHashSync(): () => void {
  if (uninstall) return uninstall;
  if (typeof window === 'undefined' || paused) return () => undefined;
  importHash();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastWritten = '';
  const write = () => {
    timer = undefined;
    if (paused) return;
    const hash = shareHash(sharedState(useAppStore.getState()));
    if (hash === lastWritten && location.hash === hash) return;
    lastWritten = hash;
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  };
  writeNow = write;
  const schedule = () => {
    if (timer === undefined && !paused) timer = setTimeout(write, WRITE_DELAY_MS);
  };
  const refresh = () =>
    void refreshLiveFigures().then((changed) => {
      if (changed) schedule();
      void prefetchViews();
      void clickAhead();
    });
  const unsubscribe = useAppStore.subscribe((state, previous) => {
    if (
      state.calculator !== previous.calculator ||
      state.filters !== previous.filters ||
      state.definition !== previous.definition ||
      state.view !== previous.view ||
      state.notes !== previous.notes
    ) {
      schedule();
    }
    if (
      state.dataVersion !== previous.dataVersion ||
      state.uploads !== previous.uploads ||
      // A file finished (loaded, failed or cancelled) or the restore ended: refreshLiveFigures
      // skipped the states in between while files waited.
      (previous.progress !== null && state.progress === null) ||
      state.restoring !== previous.restoring ||
      state.filters !== previous.filters ||
      state.definition !== previous.definition ||
      state.calculator.currency !== previous.calculator.currency ||
      // The Report's figures are computed while it is open, for its periods.
      (state.view !== previous.view && (state.view === 'report' || previous.view === 'report')) ||
      (state.view === 'report' && state.comparison !== previous.comparison)
    ) {
      // With data of their own, a receiver's figures replace what a link brought.
      if (state.uploads.length > 0 && useLinkFigures.getState().opened) {
        useLinkFigures.setState({ opened: null });
      }
      refresh();
    }
  });
  const onHashChange = () => {
    if (location.hash !== lastWritten) importHash();
  };
  window.addEventListener('hashchange', onHashChange);
  // A problem reading the link leaves the hash as it was, so the user can still copy it; otherwise
  // the address bar reflects the state from the start.
  if (useAppStore.getState().shareProblem === null) write();
  refresh();
  uninstall = () => {
    unsubscribe();
    window.removeEventListener('hashchange', onHashChange);
    if (timer !== undefined) clearTimeout(timer);
    uninstall = null;
    writeNow = null;
  };
  return uninstall;
}

/**
 * Pauses (true) or resumes (false) the sync. Resuming writes the current state at once. A page
 * that is a snapshot viewer pauses before anything renders, so the sync never starts there.
 */
export function pauseHashSync(pause: boolean): void {
  paused = pause;
  if (!pause) writeNow?.();
}

/** The page's address with the current state in its hash (for "Copy link"). */
export function shareUrl(): string {
  const hash = shareHash(sharedState(useAppStore.getState()));
  return `${location.origin}${location.pathname}${location.search}${hash}`;
}
