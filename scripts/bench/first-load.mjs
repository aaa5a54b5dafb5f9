// What a user feels (issue 15): in a fresh browser context (empty cache and storage, so the engine
// is not yet downloaded) the click on "Try sample data" → the Overview drawn; then a reload of the
// same tab, whose files come back from IndexedDB → the Overview drawn again.
//
// The click is made as soon as the button can take it (no wait for the network to go quiet): the
// engine is then not yet downloaded, whatever the page starts on its own. `delayMs` models a user
// who reads the page first (the time a page that starts its engine early wins back). Each run gets its own context;
// times are the page's clock (recorder.mjs), paired with the renderer's CPU time, which other work on
// a shared machine hardly moves. The page is opened with ?bench=1 so the app's statements give the
// breakdown (the hook only observes: it starts nothing).
/* global window */
import { installNetworkGuard, launchChromium } from '../chromium.mjs';
import { bareRun, bareSummary, serveBarePage } from './bare-first-load.mjs';
import { rendererCpuSeconds } from './browser.mjs';
import { cpuMs, cpuSampler, stepCpu } from './first-load-cpu.mjs';
import { breakdown, filesStored, overviewDrawn, timeline } from './first-load-page.mjs';
import { installRecorder } from './recorder.mjs';
import { median, sleep, until } from './util.mjs';

async function oneRun(browser, baseUrl, { timeoutMs, delayMs }) {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    timezoneId: 'UTC',
    colorScheme: 'light',
  });
  const guard = installNetworkGuard(context, baseUrl);
  await context.addInitScript(installRecorder);
  const errors = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    await page.goto(new URL('?bench=1', baseUrl).href, { waitUntil: 'commit', timeout: timeoutMs });
    const button = page.getByRole('button', { name: 'Try sample data', exact: true });
    await button.waitFor({ state: 'visible', timeout: timeoutMs });
    await until(() => button.isEnabled(), { timeoutMs, what: 'the sample button', intervalMs: 20 });
    // The hook's chunk loads beside the app's: its statements are the breakdown.
    await page.waitForFunction(() => window.__leadgapBench !== undefined, null, { timeout: timeoutMs });
    // A user reads the page before clicking: --first-load-delay gives them that long (default 0).
    if (delayMs > 0) await sleep(delayMs);

    const sampler = cpuSampler(browser);
    const origin = await page.evaluate(() => performance.timeOrigin);
    const cpu0 = await rendererCpuSeconds(browser);
    const clicks = await page.evaluate(() => window.__benchRec.clicks.length);
    await button.click({ timeout: timeoutMs });
    const t0 = await until(() => page.evaluate((n) => window.__benchRec.clicks[n]?.t ?? null, clicks), {
      timeoutMs: 5000,
      what: 'the click to reach the page',
      intervalMs: 20,
    });
    const drawn = await overviewDrawn(page, t0, timeoutMs);
    const firstCpu = await cpuMs(browser, cpu0);
    const firstLine = await timeline(page, t0);
    const firstSteps = breakdown(firstLine, drawn - t0);
    const first = {
      ms: drawn - t0,
      cpuMs: firstCpu,
      ...firstSteps,
      ...stepCpu(sampler, origin, t0, firstSteps),
      timeline: firstLine,
    };

    await filesStored(page, timeoutMs);
    // The views' prefetch (store/prefetch.ts) may still run: a user reloading mid-way is not the case.
    await page.waitForLoadState('networkidle', { timeout: timeoutMs }).catch(() => {});
    await sleep(500);
    const cpu1 = await rendererCpuSeconds(browser);
    await page.reload({ waitUntil: 'commit', timeout: timeoutMs });
    const reloaded = await overviewDrawn(page, 0, timeoutMs);
    const reloadCpu = await cpuMs(browser, cpu1);
    await sampler.stop();
    const line = await timeline(page, 0);
    const reloadOrigin = await page.evaluate(() => performance.timeOrigin);
    const reloadSteps = breakdown(line, reloaded);
    const reload = {
      ms: reloaded,
      cpuMs: reloadCpu,
      ...reloadSteps,
      ...stepCpu(sampler, reloadOrigin, 0, reloadSteps),
      timeline: line,
    };
    const status = await page.evaluate(() => window.__benchRec.current().status?.text ?? '');
    if (!/\b2 files\b/.test(status)) throw new Error(`after the reload the status says "${status}"`);
    return { first, reload, errors, outsideRequests: guard.outside };
  } finally {
    await context.close().catch(() => {});
  }
}

/**
 * `runs` fresh contexts in one browser (each has its own empty cache and storage).
 * @returns {Promise<{ runs: object[], first: object, reload: object, errors: string[] }>}
 */
export async function measureFirstLoad(
  baseUrl,
  { runs = 3, delayMs = 0, timeoutMs = 60_000, siteDir = null, log = () => {} } = {},
) {
  const browser = await launchChromium();
  const browserVersion = browser.version();
  const bareServer = siteDir ? await serveBarePage(siteDir) : null;
  const done = [];
  const bare = [];
  const errors = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      try {
        const run = await oneRun(browser, baseUrl, { timeoutMs, delayMs });
        done.push(run);
        errors.push(...run.errors, ...run.outsideRequests.map((url) => `request outside the site: ${url}`));
        log(
          `first load ${i + 1}/${runs}: click → Overview ${Math.round(run.first.ms)} ms (CPU ${Math.round(
            run.first.cpuMs ?? NaN,
          )} ms); reload → Overview ${Math.round(run.reload.ms)} ms (CPU ${Math.round(run.reload.cpuMs ?? NaN)} ms)`,
        );
        // The baseline right after, so both see the machine as it is then.
        if (bareServer) {
          const b = await bareRun(browser, bareServer.url, { timeoutMs });
          bare.push(b);
          log(
            `  bare ${i + 1}/${runs}: engine ${Math.round(b.engineMs)} ms + read ${Math.round(b.readMs)} ms`,
          );
        }
      } catch (error) {
        errors.push(`first load run ${i + 1}: ${error.message.split('\n')[0]}`);
        log(`first load run ${i + 1} FAILED: ${error.message.split('\n')[0]}`);
      }
    }
  } finally {
    await browser.close().catch(() => {});
    await bareServer?.close();
  }
  const summary = (which) => {
    const list = done.map((r) => r[which]);
    if (!list.length) return null;
    const med = (key) => {
      const values = list.map((r) => r[key]).filter((v) => typeof v === 'number');
      return values.length ? median(values) : null;
    };
    return {
      ms: med('ms'),
      cpuMs: med('cpuMs'),
      runs: list.map((r) => r.ms),
      cpuRuns: list.map((r) => r.cpuMs),
      breakdown: {
        sampleFetchedMs: med('sampleFetchedMs'),
        engineScriptFetchedMs: med('engineScriptFetchedMs'),
        engineReadyMs: med('engineReadyMs'),
        filesReadyMs: med('filesReadyMs'),
        firstViewMs: med('firstViewMs'),
        engineCpuMs: med('engineCpuMs'),
        loadCpuMs: med('loadCpuMs'),
        firstViewCpuMs: med('firstViewCpuMs'),
      },
    };
  };
  // The statements and resources of the first run only: the others' would only repeat them.
  const brief = (run) => ({
    ...run,
    first: { ...run.first, timeline: undefined },
    reload: { ...run.reload, timeline: undefined },
  });
  const first = summary('first');
  return {
    chromium: browserVersion,
    delayMs,
    runs: done.map((run, i) => (i === 0 ? run : brief(run))),
    first,
    reload: summary('reload'),
    bare: bareSummary(bare, first),
    errors,
  };
}
