import { lazyView } from '../common/lazy-view';

/**
 * The print version's and an opened snapshot's code, each in its own file, drawn at once when it is
 * in (lazy-view.tsx): through React.lazy alone, "Preparing every view for printing…" and "Opening
 * the snapshot…" stood for at least 300 ms each first time, however fast the file came. The print
 * version's is fetched once the data is ready (ShareControls); a snapshot's while its file is read.
 */
export const printAllViews = lazyView(() => import('./PrintAllViews').then((m) => m.default));
export const snapshotApp = lazyView(() => import('./SnapshotApp').then((m) => m.SnapshotApp));
