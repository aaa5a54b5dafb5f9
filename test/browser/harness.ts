// Helpers for the browser tests: the built site (served by test/setup/browser-global.ts) in headless
// Chromium driven by playwright-core. One browser per test file, launched on first use and closed
// after the file's tests; each openApp() gets a fresh context (own storage, downloads accepted).
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { installNetworkGuard, launchChromium } from '../../scripts/chromium.mjs';

export type DatasetState = 'empty' | 'loading' | 'ready' | 'error';

export interface OpenAppOptions {
  /** Path or query under the site, e.g. '' (default) or '?demo=1'. */
  path?: string;
  /** Default 1440x900. */
  viewport?: { width: number; height: number };
  /** Default 'light'. */
  colorScheme?: 'light' | 'dark';
  /** Default 'UTC', so dates ("asOf", ages) do not depend on the machine. */
  timezoneId?: string;
  /** Default 'en-US'. */
  locale?: string;
  /** How long to wait for the island to render. Default 60 s. */
  timeoutMs?: number;
}

export interface App {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** The served site, ending with '/'. */
  baseUrl: string;
  /** Live list of requests that left 127.0.0.1:<port> (e.g. "GET https://x/y"); should stay []. */
  outsideRequests: string[];
  /** Live list of uncaught page errors and console.error messages. */
  errors: string[];
  close(): Promise<void>;
}

export const STATUS = '[data-testid="dataset-status"]';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const SCREENSHOT_DIR = join(repoRoot, 'test-results', 'screenshots');

let browserPromise: Promise<Browser> | undefined;
const openContexts = new Set<BrowserContext>();

/** The file's browser (launched once, offline except for 127.0.0.1: see scripts/chromium.mjs). */
export function getBrowser(): Promise<Browser> {
  browserPromise ??= launchChromium();
  return browserPromise;
}

afterAll(async () => {
  for (const context of openContexts) await context.close().catch(() => {});
  openContexts.clear();
  if (browserPromise) {
    const browser = await browserPromise.catch(() => undefined);
    browserPromise = undefined;
    await browser?.close();
  }
});

export function baseUrl(): string {
  const url = inject('baseUrl');
  if (!url) throw new Error('baseUrl was not provided: run with `vitest --project browser`');
  return url;
}

/**
 * Open the site in a new context and wait until the island has rendered the dataset status
 * (it is client:only: files set before hydration are lost).
 */
export async function openApp(options: OpenAppOptions = {}): Promise<App> {
  const browser = await getBrowser();
  const url = baseUrl();
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: options.viewport ?? { width: 1440, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'en-US',
    timezoneId: options.timezoneId ?? 'UTC',
  });
  openContexts.add(context);
  const guard = installNetworkGuard(context, url);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  const timeout = options.timeoutMs ?? 60_000;
  await page.goto(new URL(options.path ?? '', url).href, { waitUntil: 'load', timeout });
  await page.locator(STATUS).first().waitFor({ state: 'visible', timeout });
  return {
    browser,
    context,
    page,
    baseUrl: url,
    outsideRequests: guard.outside,
    errors,
    async close() {
      openContexts.delete(context);
      await context.close();
    },
  };
}

/**
 * One app for a describe block: opened before its tests, then checked like appPerTest's and closed
 * after them. Its fields are read when a test uses them (the app opens once the block runs).
 */
export function appPerDescribe(options?: OpenAppOptions): App {
  let app: App | undefined;
  beforeAll(async () => {
    app = await openApp(options);
  });
  afterAll(async () => {
    try {
      expect(app?.outsideRequests ?? []).toEqual([]);
      expect(app?.errors ?? []).toEqual([]);
    } finally {
      await app?.close();
    }
  });
  const open = (): App => {
    if (!app) throw new Error('The app opens before the tests of its describe block.');
    return app;
  };
  return {
    get browser() {
      return open().browser;
    },
    get context() {
      return open().context;
    },
    get page() {
      return open().page;
    },
    get baseUrl() {
      return open().baseUrl;
    },
    get outsideRequests() {
      return open().outsideRequests;
    },
    get errors() {
      return open().errors;
    },
    close: () => open().close(),
  };
}

/**
 * One app per test, opened by the test: after each, no request may have left 127.0.0.1 and the page
 * may have logged no error (the checks every browser test makes), then it is closed.
 */
export function appPerTest(): { open: (options?: OpenAppOptions) => Promise<App> } {
  let app: App | undefined;
  afterEach(async () => {
    try {
      expect(app?.outsideRequests ?? []).toEqual([]);
      expect(app?.errors ?? []).toEqual([]);
    } finally {
      await app?.close();
      app = undefined;
    }
  });
  return { open: async (options) => (app = await openApp(options)) };
}

/** The current data-state of the dataset status. */
export async function datasetState(page: Page): Promise<string | null> {
  return page.locator(STATUS).first().getAttribute('data-state');
}

/**
 * Wait until the dataset status has data-state=<state>. Fails at once if it turns 'error' while
 * waiting for another state (the message carries the status text). Note: if the status is already
 * <state> (e.g. 'ready' from an earlier load), this returns immediately.
 */
export async function waitForState(page: Page, state: DatasetState, timeoutMs = 120_000): Promise<void> {
  let reached: string;
  try {
    const handle = await page.waitForFunction(
      ([selector, wanted]) => {
        const current = document.querySelector(selector)?.getAttribute('data-state');
        return current === wanted || current === 'error' ? current : false;
      },
      [STATUS, state] as const,
      { timeout: timeoutMs, polling: 100 },
    );
    reached = (await handle.jsonValue()) as string;
  } catch (error) {
    const current = await datasetState(page).catch(() => null);
    throw new Error(`dataset-status did not reach "${state}" in ${timeoutMs} ms (it is "${current}")`, {
      cause: error,
    });
  }
  if (reached !== state) {
    const text = (
      await page
        .locator(STATUS)
        .first()
        .innerText()
        .catch(() => '')
    ).trim();
    throw new Error(`dataset-status turned "${reached}" while waiting for "${state}": ${text}`);
  }
}

export const SCREENSHOT_VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
] as const;
export const COLOR_SCHEMES = ['light', 'dark'] as const;

/**
 * Screenshots (full page unless told: the first screen shows what a phone opens on) at 1440x900 and
 * 390x844, light and dark:
 * test-results/screenshots/<name>-<1440|390>-<light|dark>.png. Restores the page's viewport and
 * color scheme afterwards. Returns the written paths.
 */
export async function screenshots(
  page: Page,
  name: string,
  { fullPage = true }: { fullPage?: boolean } = {},
): Promise<string[]> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const originalViewport = page.viewportSize();
  const originalScheme = await page.evaluate(() =>
    matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
  );
  const written: string[] = [];
  try {
    for (const viewport of SCREENSHOT_VIEWPORTS) {
      await page.setViewportSize(viewport);
      for (const colorScheme of COLOR_SCHEMES) {
        await page.emulateMedia({ colorScheme });
        await settle(page);
        const path = join(SCREENSHOT_DIR, `${name}-${viewport.width}-${colorScheme}.png`);
        await mkdir(dirname(path), { recursive: true });
        await page.screenshot({ path, fullPage, animations: 'disabled' });
        written.push(path);
      }
    }
  } finally {
    if (originalViewport) await page.setViewportSize(originalViewport);
    await page.emulateMedia({ colorScheme: originalScheme });
  }
  return written;
}

/** Let layout, fonts and resize observers (charts) catch up after a viewport or theme change. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
  });
  await page.waitForTimeout(250);
}
