/**
 * After loading, the answer: a batch of files added on the Data view (the sample, or the user's files)
 * opens the Overview once it is in, when it made the pair: a leads and a deals file loaded where
 * there were not both before (more files added to a loaded pair keep the Data view). A leads file alone
 * keeps the Data view open: its deals drop zone is the next step (and the test contract's file inputs
 * stay on the page for it). Not while a mapping waits for the user (the batch goes on after it), not
 * when loading failed or fewer than half of the deals found a lead (the Data view then asks which
 * columns link them), and not if the user went elsewhere meanwhile.
 */
import { useAppStore as store } from './app-store';
import { afterReading } from './files-settled';
import { dealsMatched } from './link-actions';

/** Below this share of deals linked, the Data view offers a link of the user's choosing (MatchSummary). */
const LINK_CHOICE_BELOW = 0.5;

let pending: { pairBefore: boolean } | null = null;
/** The landing being decided (the deals' link share asked for), if any. */
let deciding: Promise<void> | null = null;

const loaded = (kind: 'leads' | 'deals') => store.getState().uploads.some((u) => u.prepared.kind === kind);

/** Files were added: land when the batch is in, if it started on the Data view. */
export function expectLanding(): void {
  if (pending || store.getState().view !== 'data') return;
  pending = { pairBefore: loaded('leads') && loaded('deals') };
}

/** The file queue ran empty (the pump stopped): land if the batch completed the pair and nothing waits. */
export function landIfLoaded(): void {
  const s = store.getState();
  if (!pending || s.review || s.queue.length > 0 || s.progress) return;
  const { pairBefore } = pending;
  pending = null;
  if (pairBefore || s.view !== 'data' || s.problems.length > 0 || !loaded('leads') || !loaded('deals'))
    return;
  const decided = linkChoiceWaits().then((waits) => {
    const now = store.getState();
    if (!waits && now.view === 'data' && now.uploads.length > 0) now.setView('overview');
  });
  deciding = decided.finally(() => {
    if (deciding === decided) deciding = null;
  });
}

/** One statement (the counts), not the whole link report: the Overview waits for this answer. */
async function linkChoiceWaits(): Promise<boolean> {
  try {
    const { deals, matched } = await dealsMatched();
    return deals > 0 && matched / deals < LINK_CHOICE_BELOW;
  } catch {
    return true;
  }
}

/**
 * Resolves once no file is being read and the landing those files called for is decided: true when
 * the Data view is still open. The Data view's match summary waits for it: when the batch lands on
 * the Overview, its dozen statements would only delay the Overview's on DuckDB's one worker.
 */
export async function dataViewStays(): Promise<boolean> {
  await afterReading(store.getState().dataVersion);
  // The pump decides the landing in the same task as the last file's state: let it run first.
  await new Promise((resolve) => setTimeout(resolve, 0));
  await deciding;
  return store.getState().view === 'data';
}
