/**
 * Keeps the share state in the URL hash (`#s=…`, lib/share): reads it once when installed and
 * whenever the hash changes (a pasted link), writes it (debounced, replaceState: no history
 * entries) whenever the shared parts of the store change. A link that cannot be read leaves the
 * user's own state alone and sets `shareProblem` for the page to show.
 *
 * Issue 5 adds filters and view: extend `sharedState` and `applyShared`.
 */
import { readShareHash, shareHash, type ShareState } from '../lib/share';
import { useAppStore, type AppState } from './app-store';
import { toShared } from './calculator-slice';

const WRITE_DELAY_MS = 300;

function sharedState(state: AppState): ShareState {
  return { calculator: toShared(state.calculator) };
}

function applyShared(shared: ShareState): void {
  const { loadSharedCalculator } = useAppStore.getState();
  if (shared.calculator) loadSharedCalculator(shared.calculator);
}

/** Reads the hash into the store; returns false when it held nothing or could not be read. */
export function importHash(hash: string = location.hash): boolean {
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

/** Starts the sync (once; later calls return the same stop function). Browser only. */
export function installHashSync(): () => void {
  if (uninstall) return uninstall;
  if (typeof window === 'undefined') return () => undefined;
  importHash();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastWritten = '';
  const write = () => {
    timer = undefined;
    const hash = shareHash(sharedState(useAppStore.getState()));
    if (hash === lastWritten && location.hash === hash) return;
    lastWritten = hash;
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  };
  const schedule = () => {
    if (timer === undefined) timer = setTimeout(write, WRITE_DELAY_MS);
  };
  const unsubscribe = useAppStore.subscribe((state, previous) => {
    if (state.calculator !== previous.calculator) schedule();
  });
  const onHashChange = () => {
    if (location.hash !== lastWritten) importHash();
  };
  window.addEventListener('hashchange', onHashChange);
  // A problem reading the link leaves the hash as it was, so the user can still copy it; otherwise
  // the address bar reflects the state from the start.
  if (useAppStore.getState().shareProblem === null) write();
  uninstall = () => {
    unsubscribe();
    window.removeEventListener('hashchange', onHashChange);
    if (timer !== undefined) clearTimeout(timer);
    uninstall = null;
  };
  return uninstall;
}

/** The page's address with the current state in its hash (for "Copy link"). */
export function shareUrl(): string {
  const hash = shareHash(sharedState(useAppStore.getState()));
  return `${location.origin}${location.pathname}${location.search}${hash}`;
}
