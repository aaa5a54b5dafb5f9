/**
 * Figures wait while files are being read (issue 15). DuckDB-wasm runs one statement at a time: the
 * figures of the part of a batch loaded so far (the leads before their deals) built the lead facts
 * for a state the next file replaces at once, ~1.5 s at 1M leads, and held up that next file. A
 * mapping waiting for the user does not hold figures back: the batch stops there.
 */
import { useAppStore, type AppState } from './app-store';

/** Files are being read or wait their turn (and no mapping waits for the user). */
export function readingFiles(state: AppState): boolean {
  return state.review === null && (state.restoring || state.queue.length > 0 || state.progress !== null);
}

/**
 * Resolves once no file is being read; false when the loaded data changed meanwhile (`dataVersion`
 * moved on): the figures asked for are already stale, and their component asks again.
 */
export async function afterReading(dataVersion: number): Promise<boolean> {
  if (readingFiles(useAppStore.getState())) {
    await new Promise<void>((resolve) => {
      const unsubscribe = useAppStore.subscribe((state) => {
        if (readingFiles(state)) return;
        unsubscribe();
        resolve();
      });
    });
  }
  return useAppStore.getState().dataVersion === dataVersion;
}
