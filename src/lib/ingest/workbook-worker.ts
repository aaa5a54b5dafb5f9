/**
 * Installs the browser's workbook worker (imported for this effect by the drop zone). Vite bundles
 * `workbook.worker.ts` with the reader into its own file, fetched only when a workbook is dropped.
 */
import { setWorkbookWorker } from './workbook';

setWorkbookWorker(() => new Worker(new URL('./workbook.worker.ts', import.meta.url), { type: 'module' }));
