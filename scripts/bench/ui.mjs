// The app measured through its real UI (the test contract in DESIGN.md): file inputs, the dataset
// status, the rail, view roots `[data-testid="view-<name>"]` with data-state loading|ready, filter
// targets and chips. A view, filter target or calculator that does not exist (yet) is reported as
// n/a, never as a failure. All times come from the in-page recorder (recorder.mjs).
/* global window, document */
import { sleep, until } from './util.mjs';

export const DASHBOARD_VIEWS = [
  { name: 'overview', label: 'Overview' },
  { name: 'funnel', label: 'Funnel' },
  { name: 'follow-up', label: 'Follow-up' },
  { name: 'reps', label: 'Reps' },
  { name: 'sources', label: 'Sources' },
];
export const CALCULATOR = { name: 'calculator', label: 'Calculator' };

/** How long after a click a view root may take to appear before the view counts as not built. */
const ROOT_GRACE_MS = 3000;
/** A view counts as drawn when it has been ready this long (so a ready → loading flip is caught). */
export const SETTLE_MS = 300;

export const probe = (page, t0) =>
  page.evaluate((since) => {
    const rec = window.__benchRec;
    return {
      now: performance.now(),
      current: rec.current(),
      events: rec.events.filter((e) => e.t >= since),
    };
  }, t0);

const railButton = (page, label) =>
  page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: label, exact: true });

/** Click, and return the page time of the click as the app saw it (capture phase). */
export async function clickTimed(page, locator) {
  const before = await page.evaluate(() => window.__benchRec.clicks.length);
  await locator.click({ timeout: 15_000 });
  const t0 = await until(() => page.evaluate((n) => window.__benchRec.clicks[n]?.t ?? null, before), {
    timeoutMs: 5000,
    what: 'the click to reach the page',
    intervalMs: 20,
  });
  return t0;
}

/** Open the page, wait for the island to render (client:only: files set before hydration are lost). */
export async function openPage(page, baseUrl, timeoutMs = 60_000) {
  await page.goto(new URL('?bench=1', baseUrl).href, { waitUntil: 'load', timeout: timeoutMs });
  await page
    .locator('[data-testid="dataset-status"]')
    .first()
    .waitFor({ state: 'visible', timeout: timeoutMs });
  await page.waitForLoadState('networkidle', { timeout: timeoutMs }).catch(() => {});
}

async function showData(page) {
  const data = railButton(page, 'Data');
  if ((await data.count()) > 0) await data.click({ timeout: 15_000 });
}

/**
 * Leads and deals selected → dataset-status ready with "2 files". A mapping review, should one
 * appear, is confirmed (and reported: the generated files are meant to map without one).
 */
export async function measureLoad(page, files, { timeoutMs }) {
  await showData(page);
  await page.evaluate(() => window.__leadgapBench?.takeQueries?.());
  const before = await page.evaluate(() => window.__benchRec.changes.length);
  await page.locator('input[data-testid="leads-file"]').setInputFiles(files.leads.path);
  await page.locator('input[data-testid="deals-file"]').setInputFiles(files.deals.path);
  const t0 = await page.evaluate((n) => window.__benchRec.changes[n]?.t ?? null, before);
  if (t0 === null) throw new Error('selecting the files fired no change event');
  let reviews = 0;
  const tReady = await until(
    async () => {
      const p = await probe(page, t0);
      const done = p.events.find(
        (e) => e.key === 'status' && e.state === 'ready' && /\b2 files\b/.test(e.text),
      );
      if (done) return done.t;
      if (p.current.status?.state === 'error') {
        // The problem card's sentence (what failed and why), else the view's text.
        const card = page.locator('[data-testid="upload-error"]');
        const where = (await card.count()) > 0 ? card.first() : page.locator('main');
        const problems = await where.innerText().catch(() => '');
        throw new Error(
          `the app reported an error while loading: ${problems.replace(/\s+/g, ' ').slice(0, 600)}`,
        );
      }
      if (p.current.review === 'on') {
        reviews += 1;
        await page.getByTestId('confirm-mapping').click({ timeout: 15_000 });
      } else if (p.current.review === 'blocked') {
        throw new Error('the mapping review asks a question the generated files should not raise');
      }
      return null;
    },
    { timeoutMs, what: 'dataset-status ready with 2 files', intervalMs: 200 },
  );
  const queries = await takeQueries(page);
  const slowest = [...queries].sort((a, b) => b.ms - a.ms).slice(0, 12);
  const queryMs = queries.reduce((sum, q) => sum + q.ms, 0);
  return {
    ms: tReady - t0,
    readyAt: tReady,
    mappingReviews: reviews,
    steps: await stepTimes(page, t0, tReady),
    queries: { count: queries.length, totalMs: queryMs, slowest, timeline: timeline(queries, t0) },
  };
}

/** Every statement by start, relative to the files' selection (where the load's time goes). */
function timeline(queries, t0) {
  return [...queries]
    .sort((a, b) => a.at - b.at)
    .map((q) => ({ at: Math.round(q.at - t0), ms: q.ms, sql: q.sql.slice(0, 120), caller: q.caller }));
}

/** The statements the app ran since the last call (bench pages log them: scripts/bench/hook/bench-hook.ts). */
export async function takeQueries(page) {
  const queries = await page.evaluate(() => window.__leadgapBench?.takeQueries?.() ?? []);
  return queries.map((q) => ({ ...q, ms: Math.round(q.ms) }));
}

/** How long each step of the loading card lasted, summed per step over the files ("Step 2 of 3 …"). */
async function stepTimes(page, t0, tEnd) {
  const events = (await probe(page, t0)).events.filter((e) => e.key === 'step' && e.t <= tEnd);
  const steps = {};
  events.forEach((e, i) => {
    const name =
      /^Step \d+ of \d+: ([^,]+?) (?:of|for|the rows of)\b/.exec(e.state)?.[1] ??
      (e.state === 'none' ? 'between files' : e.state);
    const until = events[i + 1]?.t ?? tEnd;
    steps[name] = Math.round(((steps[name] ?? 0) + until - e.t) * 10) / 10;
  });
  return steps;
}

/**
 * Click a rail button and wait until its view root is ready and has stayed so for SETTLE_MS, timed
 * from the click, or from `since` (page clock) for a view the app showed by itself.
 * @returns {Promise<{ ms: number, t0: number } | { na: string }>}
 */
export async function openView(page, { name, label }, { timeoutMs, since }) {
  const button = railButton(page, label);
  if ((await button.count()) === 0) return { na: `no "${label}" button in the rail` };
  const key = `view-${name}`;
  const clicked = await clickTimed(page, button);
  const t0 = since ?? clicked;
  let sawRoot = false;
  try {
    return await until(
      async () => {
        const p = await probe(page, t0);
        const state = p.current.views[key];
        if (state !== undefined) sawRoot = true;
        const mine = p.events.filter((e) => e.key === key);
        const last = mine.at(-1);
        if (state === 'ready' && last?.state === 'ready' && p.now - last.t >= SETTLE_MS)
          return { ms: last.t - t0, t0 };
        if (state === 'ready' && !last && p.now - t0 >= SETTLE_MS)
          return { ms: 0, t0, note: 'was already drawn' };
        if (state === undefined && !p.current.busy && p.now - t0 > ROOT_GRACE_MS) {
          return { na: `no [data-testid="${key}"] element` };
        }
        return null;
      },
      { timeoutMs, what: `[data-testid="${key}"] to be ready`, intervalMs: 50 },
    );
  } catch (error) {
    if (!sawRoot) return { na: `no [data-testid="${key}"] element within ${Math.round(timeoutMs / 1000)} s` };
    return { error: error.message };
  }
}

/**
 * Every dashboard view in turn, after the data is ready. The app lands on the Overview at ready
 * (`readyAt`, page clock, from measureLoad) and starts its work then: the Overview is timed from
 * ready, with the statements since (measureLoad took the load's), whenever the bench gets to click.
 */
export async function measureViews(page, { timeoutMs, readyAt }) {
  const views = {};
  for (const [i, view] of DASHBOARD_VIEWS.entries()) {
    const since = i === 0 && view.name === 'overview' ? readyAt : undefined;
    const opened = await openView(page, view, { timeoutMs, since });
    const queries = await takeQueries(page);
    views[view.name] = {
      ...opened,
      slowest: [...queries].sort((a, b) => b.ms - a.ms).slice(0, 6),
      timeline: opened.t0 === undefined ? [] : timeline(queries, opened.t0),
    };
  }
  const drawn = Object.values(views).filter((v) => typeof v.ms === 'number');
  return {
    views,
    totalMs: drawn.length ? drawn.reduce((s, v) => s + v.ms, 0) : null,
    drawn: drawn.length,
  };
}

export async function measureCalculator(page, { timeoutMs }) {
  return openView(page, CALCULATOR, { timeoutMs });
}

/** "Clear data" → dataset-status empty (frees the app's tables before the bare baseline). */
export async function clearData(page, { timeoutMs }) {
  await showData(page);
  const button = page.getByTestId('clear-data');
  if ((await button.count()) === 0) return false;
  await button.first().click({ timeout: 15_000 });
  await until(
    () =>
      page.evaluate(
        () =>
          document.querySelector('[data-testid="dataset-status"]')?.getAttribute('data-state') === 'empty',
      ),
    { timeoutMs, what: 'dataset-status empty after Clear data', intervalMs: 100 },
  );
  await sleep(200);
  return true;
}
