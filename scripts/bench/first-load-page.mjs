// The first load's probes of the page (first-load.mjs): when the Overview was drawn, whether the
// sample files are stored, and the page's own timeline of the load with its breakdown.
/* global window, indexedDB */
// The Overview counts as drawn once its root has said ready for SETTLE_MS, as ui.mjs's views do.
import { SETTLE_MS } from './ui.mjs';
import { until } from './util.mjs';

/** Page time at which the Overview's root became ready (and stayed so), after `since`. */
export async function overviewDrawn(page, since, timeoutMs) {
  return until(
    () =>
      page.evaluate(
        ({ since: t0, settle }) => {
          const rec = window.__benchRec;
          if (!rec) return null;
          const mine = rec.events.filter((e) => e.key === 'view-overview' && e.t >= t0);
          const last = mine.at(-1);
          const state = rec.current().views['view-overview'];
          if (state === 'ready' && last?.state === 'ready' && performance.now() - last.t >= settle)
            return last.t;
          if (rec.current().status?.state === 'error') return { error: rec.current().status.text };
          return null;
        },
        { since, settle: SETTLE_MS },
      ),
    { timeoutMs, what: 'the Overview to be drawn', intervalMs: 50 },
  ).then((t) => {
    if (typeof t !== 'number') throw new Error(`the app reported an error: ${JSON.stringify(t)}`);
    return t;
  });
}

/** Both sample files saved in IndexedDB (the loader does not wait for the save). */
export function filesStored(page, timeoutMs) {
  return until(
    () =>
      page.evaluate(
        () =>
          new Promise((resolve) => {
            const open = indexedDB.open('leadgap');
            open.onerror = () => resolve(false);
            open.onsuccess = () => {
              const db = open.result;
              if (!db.objectStoreNames.contains('uploads')) {
                db.close();
                resolve(false);
                return;
              }
              const count = db.transaction('uploads').objectStore('uploads').count();
              count.onsuccess = () => {
                db.close();
                resolve(count.result >= 2);
              };
              count.onerror = () => resolve(false);
            };
          }),
      ),
    { timeoutMs, what: 'the sample files to be stored in IndexedDB', intervalMs: 100 },
  );
}

/** The page's own timeline since `t0`: status and step changes, resources, the app's statements. */
export async function timeline(page, t0) {
  return page.evaluate((since) => {
    const rec = window.__benchRec;
    const events = rec.events
      .filter((e) => e.t >= since && ['status', 'step', 'view-overview'].includes(e.key))
      .map((e) => ({ t: e.t - since, key: e.key, state: e.state }));
    const resources = performance
      .getEntriesByType('resource')
      .filter((r) => r.responseEnd >= since)
      .map((r) => ({
        path: new URL(r.name).pathname,
        start: r.startTime - since,
        end: r.responseEnd - since,
        bytes: r.transferSize,
      }));
    const statements = (window.__leadgapBench?.takeQueries() ?? [])
      .filter((q) => q.at >= since)
      .map((q) => ({ at: q.at - since, ms: q.ms, sql: q.sql.slice(0, 100) }));
    return { events, resources, statements };
  }, t0);
}

/**
 * Where the time went, from the page's timeline (ms after t0): the sample files fetched, the engine
 * ready (its first statement: DuckDB is instantiated, opened and set up before any statement runs
 * through the observed client), the files loaded (status ready) and the Overview drawn.
 */
export function breakdown(line, drawnAt) {
  const csv = line.resources.filter((r) => r.path.endsWith('.csv'));
  const engineReady = line.statements.length ? Math.min(...line.statements.map((s) => s.at)) : null;
  const ready = line.events.find((e) => e.key === 'status' && e.state === 'ready')?.t ?? null;
  const engineFiles = line.resources.filter((r) => /duckdb|browser\./i.test(r.path));
  return {
    sampleFetchedMs: csv.length ? Math.max(...csv.map((r) => r.end)) : null,
    engineScriptFetchedMs: engineFiles.length ? Math.max(...engineFiles.map((r) => r.end)) : null,
    engineReadyMs: engineReady,
    filesReadyMs: ready,
    overviewDrawnMs: drawnAt,
    firstViewMs: ready === null ? null : drawnAt - ready,
  };
}
