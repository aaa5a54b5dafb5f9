// Headless Chromium for the benchmark (scripts/chromium.mjs: offline except 127.0.0.1), one browser
// per data size so memory peaks do not carry over, plus the memory probes: the page's JS heap (CDP
// Performance.getMetrics, sampled) and the renderer processes' peak resident memory (Linux VmHWM;
// it includes DuckDB's wasm memory, which lives in a worker of the same process).
import { readFileSync } from 'node:fs';
import { installNetworkGuard, launchChromium } from '../chromium.mjs';
import { installRecorder } from './recorder.mjs';

/**
 * @returns {Promise<{ browser, context, page, errors: string[], outsideRequests: string[], close(): Promise<void> }>}
 */
export async function openBrowser(baseUrl) {
  const browser = await launchChromium();
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    timezoneId: 'UTC',
    colorScheme: 'light',
    acceptDownloads: true,
  });
  const guard = installNetworkGuard(context, baseUrl);
  await context.addInitScript(installRecorder);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  return {
    browser,
    context,
    page,
    errors,
    outsideRequests: guard.outside,
    async close() {
      await context.close().catch(() => {});
      await browser.close().catch(() => {});
    },
  };
}

/** Samples the page's JS heap every `intervalMs` until stopped; returns the peak used bytes. */
export async function startHeapSampler(context, page, intervalMs = 250) {
  const session = await context.newCDPSession(page);
  await session.send('Performance.enable');
  let peak = 0;
  let running = true;
  const sample = async () => {
    try {
      const { metrics } = await session.send('Performance.getMetrics');
      const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
      if (used > peak) peak = used;
    } catch {
      // page busy or gone: skip this sample
    }
  };
  await sample();
  const loop = (async () => {
    while (running) {
      await new Promise((r) => setTimeout(r, intervalMs));
      await sample();
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      await sample();
      await session.detach().catch(() => {});
      return peak;
    },
  };
}

function procStatusKb(pid, field) {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(
      readFileSync(`/proc/${pid}/status`, 'utf8'),
    );
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/**
 * Peak and current resident memory of this browser's renderer processes (Linux only; else nulls).
 * @returns {Promise<{ peakRss: number|null, rss: number|null, renderers: number }>}
 */
export async function rendererMemory(browser) {
  if (process.platform !== 'linux') return { peakRss: null, rss: null, renderers: 0 };
  const session = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = await session.send('SystemInfo.getProcessInfo');
    const pids = processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
    const peaks = pids.map((pid) => procStatusKb(pid, 'VmHWM')).filter((v) => v !== null);
    const now = pids.map((pid) => procStatusKb(pid, 'VmRSS')).filter((v) => v !== null);
    return {
      peakRss: peaks.length ? Math.max(...peaks) : null,
      rss: now.length ? Math.max(...now) : null,
      renderers: pids.length,
    };
  } catch {
    return { peakRss: null, rss: null, renderers: 0 };
  } finally {
    await session.detach().catch(() => {});
  }
}

/**
 * CPU seconds the browser's renderer processes have used so far (the page's main thread and
 * DuckDB's worker): unlike a wall-clock time, it hardly moves when other work shares the machine.
 */
export async function rendererCpuSeconds(browser) {
  const session = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = await session.send('SystemInfo.getProcessInfo');
    return processInfo.filter((p) => p.type === 'renderer').reduce((sum, p) => sum + p.cpuTime, 0);
  } catch {
    return null;
  } finally {
    await session.detach().catch(() => {});
  }
}
