// Filter changes through the app's UI (the test contract: filter targets, chips, view roots), and
// waiting out the work the app does while a user reads. Split from ui.mjs; times come from the
// in-page recorder (recorder.mjs).
/* global window */
import { DASHBOARD_VIEWS, SETTLE_MS, clickTimed, openView, probe, takeQueries } from './ui.mjs';
import { sleep, until } from './util.mjs';

/** A filter change that shows no loading state at all is timed by its chip after this long. */
const NO_LOADING_GRACE_MS = 1500;
/** No statement for this long (past click-ahead.ts's pause after a click): the background work is done. */
const QUIET_MS = 2000;

const chipCount = (page) => page.evaluate(() => window.__benchRec.current().chips);

/** After a click at t0: the chips show the change and every view root on the page is ready again. */
async function waitRedraw(page, t0, { chipsBefore, added, timeoutMs }) {
  return until(
    async () => {
      const p = await probe(page, t0);
      if (added ? p.current.chips <= chipsBefore : p.current.chips >= chipsBefore) return null;
      const states = Object.values(p.current.views);
      if (states.length === 0 || states.some((s) => s !== 'ready')) return null;
      const chipEvent = p.events.filter((e) => e.key === 'chips').at(-1);
      const viewEvents = p.events.filter((e) => e.key.startsWith('view-'));
      const lastReady = viewEvents.filter((e) => e.state === 'ready').at(-1);
      const quietSince = Math.max(viewEvents.at(-1)?.t ?? 0, chipEvent?.t ?? 0);
      if (p.now - quietSince < SETTLE_MS) return null;
      if (viewEvents.some((e) => e.state === 'loading') && lastReady) return { ms: lastReady.t - t0 };
      if (p.now - t0 < NO_LOADING_GRACE_MS) return null;
      return { ms: (chipEvent?.t ?? p.now) - t0, noLoadingState: true };
    },
    {
      timeoutMs,
      what: `the views to redraw after ${added ? 'a filter' : 'removing the filter'}`,
      intervalMs: 50,
    },
  );
}

/**
 * `changes` times: click a filter target (a filter chip appears, views redraw), then remove the chip
 * (views redraw). Done on the first drawn view that has filter targets, taking them in turn.
 */
export async function measureFilters(page, drawnViews, { changes, timeoutMs }) {
  let used = null;
  for (const view of DASHBOARD_VIEWS.filter((v) => drawnViews.includes(v.name))) {
    const opened = await openView(page, view, { timeoutMs });
    if (typeof opened.ms !== 'number') continue;
    if ((await page.locator('[data-testid="filter-target"]').count()) > 0) {
      used = view.name;
      break;
    }
  }
  if (!used) return { na: 'no [data-testid="filter-target"] in any drawn view' };
  const apply = [];
  const applyNew = [];
  const clear = [];
  let noLoadingState = 0;
  // Each change filters on the next target in turn, so most are filter states not seen before (the
  // app caches query results per state: toggling one filter would measure the cache).
  const targets = await page.locator('[data-testid="filter-target"]').count();
  const seen = new Set();
  const queries = [];
  // What the app does while a user reads (the views' and the likely clicks' figures, prefetch.ts)
  // is let finish first: the figures below are filter changes, not a queue behind that work.
  const backgroundMs = await engineQuiet(page, { timeoutMs });
  for (let i = 0; i < changes; i += 1) {
    const chipsBefore = await chipCount(page);
    const index = i % targets;
    const target = page.locator('[data-testid="filter-target"]').nth(index);
    const t1 = await clickTimed(page, target);
    const a = await waitRedraw(page, t1, { chipsBefore, added: true, timeoutMs });
    apply.push(a.ms);
    if (!seen.has(index)) applyNew.push(a.ms);
    const ran = await takeQueries(page);
    queries.push({
      index,
      ms: a.ms,
      count: ran.length,
      totalMs: Math.round(ran.reduce((s, q) => s + q.ms, 0)),
      slowest: ran.sort((x, y) => y.ms - x.ms).slice(0, 6),
    });
    seen.add(index);
    const chipsApplied = await chipCount(page);
    const chipButton = page.locator('[data-testid="filter-chip"] button').last();
    const t2 = await clickTimed(page, chipButton);
    const c = await waitRedraw(page, t2, { chipsBefore: chipsApplied, added: false, timeoutMs });
    clear.push(c.ms);
    if (a.noLoadingState) noLoadingState += 1;
    if (c.noLoadingState) noLoadingState += 1;
  }
  // What each second click right away ran: each statement's time and its SQL's first 100 characters.
  const pairQueries = [];
  const applyPair = await measurePairs(page, Math.min(4, targets - 1), { timeoutMs, queries: pairQueries });
  const applyPairRead = await measurePairs(page, Math.min(4, targets - 2), { timeoutMs, afterReading: true });
  return {
    view: used,
    targets,
    apply,
    applyNew,
    applyPair,
    applyPairRead,
    pairQueries,
    clear,
    noLoadingState,
    backgroundMs,
    queries,
  };
}

/** Filter chips removed one by one, each redraw awaited. */
async function removeChips(page, { timeoutMs }) {
  for (let chips = await chipCount(page); chips > 0; chips = await chipCount(page)) {
    const t = await clickTimed(page, page.locator('[data-testid="filter-chip"] button').last());
    await waitRedraw(page, t, { chipsBefore: chips, added: false, timeoutMs });
  }
}

/**
 * Two values of one dimension, the time of the second click, `count` times, each a state not seen
 * before. Right away (target i, then i + 1 added at once): before the app's work while the user reads
 * (click-ahead.ts waits for a pause), so no prefetch made the state. `afterReading` (target i, then
 * i + 2 once the engine is quiet): the second click of a user who read the first's figures.
 */
async function measurePairs(page, count, { timeoutMs, afterReading = false, queries = [] }) {
  const times = [];
  const target = (i) => page.locator('[data-testid="filter-target"]').nth(i);
  for (let i = 0; i < count; i += 1) {
    const first = await chipCount(page);
    const t1 = await clickTimed(page, target(i));
    await waitRedraw(page, t1, { chipsBefore: first, added: true, timeoutMs });
    if (afterReading) await engineQuiet(page, { timeoutMs });
    const second = await chipCount(page);
    await takeQueries(page);
    const t2 = await clickTimed(page, target(i + (afterReading ? 2 : 1)));
    const { ms } = await waitRedraw(page, t2, { chipsBefore: second, added: true, timeoutMs });
    times.push(ms);
    const ran = await takeQueries(page);
    queries.push({ ms, statements: ran.map((q) => ({ ms: q.ms, sql: q.sql.slice(0, 100) })) });
    await removeChips(page, { timeoutMs });
  }
  return times;
}

/**
 * Waits until the app has no statement running or queued and has asked none for QUIET_MS (at most
 * timeoutMs); returns how long its last statement ended after the call: the work it does while a
 * user reads.
 */
export async function engineQuiet(page, { timeoutMs }) {
  const started = Date.now();
  let last = Date.now();
  while (Date.now() - last < QUIET_MS && Date.now() - started < timeoutMs) {
    await sleep(100);
    const done = (await takeQueries(page)).length;
    const running = await page.evaluate(() => window.__leadgapBench?.running?.() ?? 0);
    if (done > 0 || running > 0) last = Date.now();
  }
  return Math.max(0, last - started);
}
