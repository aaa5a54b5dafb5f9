// Launch Chromium for the browser tests with playwright-core, and watch for outside requests.
//
// Which Chromium: $CHROME_PATH, else /usr/bin/chromium (Debian's package), else the one shipped
// inside the npm package @sparticuz/chromium (so `npm ci && npm test` works on a bare machine).
// Plain Node ESM: no build step, usable from vitest and from ad-hoc scripts.
import { existsSync, mkdirSync, renameSync, rmSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Flags we always pass (deduplicated by switch name; ours win over @sparticuz/chromium's). */
export const BASE_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

/**
 * Flags of @sparticuz/chromium's `args` we drop, and why:
 * - --single-process: one process for browser + renderer (Lambda-only need); tests must run the
 *   normal multi-process model the users get.
 * - --disable-web-security, --allow-running-insecure-content: would hide CORS / mixed-content bugs.
 * - --enable-features / --disable-features: Chromium keeps only the LAST occurrence of a switch, so
 *   these would replace Playwright's own lists (which turn off start-up calls to Google such as
 *   OptimizationHints and NetworkTimeServiceQuerying); --enable-features=SharedArrayBuffer would
 *   also give the page SharedArrayBuffer without cross-origin isolation, unlike a real browser.
 * - --headless='shell' (literal quotes), --use-gl / --use-angle: replaced by ours (--disable-gpu).
 */
const DROPPED_SPARTICUZ_SWITCHES = new Set([
  '--single-process',
  '--disable-web-security',
  '--allow-running-insecure-content',
  '--enable-features',
  '--disable-features',
  '--headless',
  '--use-gl',
  '--use-angle',
  '--ignore-gpu-blocklist',
  '--in-process-gpu',
]);

const switchName = (arg) => arg.split('=')[0];

/** Merge flag lists: later lists override earlier ones switch by switch; order kept. */
export function mergeArgs(...lists) {
  const bySwitch = new Map();
  for (const list of lists) for (const arg of list) bySwitch.set(switchName(arg), arg);
  return [...bySwitch.values()];
}

let sparticuzPathPromise;

/**
 * Unpack @sparticuz/chromium into <repo>/.tmp/sparticuz-chromium-<version>/ and return the binary.
 * The package unpacks into `$TMPDIR/chromium` and reuses whatever is there with no version check,
 * so TMPDIR is pointed at a folder named after the package version, and the unpack goes into a
 * staging folder renamed into place when complete (a half-written binary is never reused).
 */
async function sparticuzExecutable() {
  sparticuzPathPromise ??= (async () => {
    const require = createRequire(import.meta.url);
    const pkgDir = dirname(dirname(require.resolve('@sparticuz/chromium')));
    const { version } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
    const base = join(repoRoot, '.tmp');
    const finalDir = join(base, `sparticuz-chromium-${version}`);
    const binary = join(finalDir, 'chromium');
    if (!existsSync(binary)) {
      const staging = `${finalDir}.staging-${process.pid}`;
      rmSync(staging, { recursive: true, force: true });
      mkdirSync(staging, { recursive: true });
      const previousTmp = process.env.TMPDIR;
      process.env.TMPDIR = staging; // os.tmpdir() reads it on every call
      try {
        const { default: chromium } = await import('@sparticuz/chromium');
        const unpacked = await chromium.executablePath();
        if (unpacked !== join(staging, 'chromium')) {
          throw new Error(`@sparticuz/chromium unpacked to ${unpacked}, expected ${staging}`);
        }
      } finally {
        if (previousTmp === undefined) delete process.env.TMPDIR;
        else process.env.TMPDIR = previousTmp;
      }
      try {
        renameSync(staging, finalDir);
      } catch (error) {
        // Another process finished first: use its copy.
        rmSync(staging, { recursive: true, force: true });
        if (!existsSync(binary)) throw error;
      }
    }
    return binary;
  })();
  try {
    return await sparticuzPathPromise;
  } catch (error) {
    sparticuzPathPromise = undefined;
    throw error;
  }
}

/**
 * Decide which Chromium to run.
 * @returns {Promise<{ executablePath: string, args: string[], source: 'CHROME_PATH' | '/usr/bin/chromium' | '@sparticuz/chromium' }>}
 */
export async function resolveChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist`);
    return { executablePath: fromEnv, args: [...BASE_ARGS], source: 'CHROME_PATH' };
  }
  if (existsSync('/usr/bin/chromium')) {
    return {
      executablePath: '/usr/bin/chromium',
      args: [...BASE_ARGS],
      source: '/usr/bin/chromium',
    };
  }
  const executablePath = await sparticuzExecutable();
  const { default: chromium } = await import('@sparticuz/chromium');
  chromium.setGraphicsMode = false;
  const kept = chromium.args.filter((arg) => !DROPPED_SPARTICUZ_SWITCHES.has(switchName(arg)));
  return { executablePath, args: mergeArgs(kept, BASE_ARGS), source: '@sparticuz/chromium' };
}

/**
 * Launch headless Chromium with playwright-core.
 * @param {{ args?: string[], offline?: boolean } & import('playwright-core').LaunchOptions} [options]
 *   args: extra flags (override ours switch by switch). offline (default true): every request that
 *   is not to a loopback address goes to a dead proxy and fails at once (net::ERR_PROXY_CONNECTION_FAILED),
 *   so a stray outside request can neither succeed nor hang a test; the network guard still sees it.
 *   Other keys go to `chromium.launch()` as they are.
 * @returns {Promise<import('playwright-core').Browser>}
 */
export async function launchChromium(options = {}) {
  const { args: extraArgs = [], offline = true, ...launchOptions } = options;
  const { chromium } = await import('playwright-core');
  const resolved = await resolveChromium();
  const args = mergeArgs(resolved.args, offline ? OFFLINE_ARGS : [], extraArgs);
  return chromium.launch({
    headless: true,
    timeout: 120_000,
    ...launchOptions,
    executablePath: resolved.executablePath,
    args,
  });
}

/**
 * "Network off" except for loopback: every other request goes to a proxy on port 9 (discard), where
 * nothing listens, and fails at once with net::ERR_PROXY_CONNECTION_FAILED. Loopback addresses never
 * use the proxy (Chromium's implicit rule, and the explicit bypass list). Set as plain flags rather
 * than Playwright's `proxy` option, which would add `<-loopback>` and proxy 127.0.0.1 too.
 */
export const OFFLINE_ARGS = [
  '--proxy-server=http://127.0.0.1:9',
  '--proxy-bypass-list=127.0.0.1;localhost;[::1]',
];

const LOCAL_SCHEMES = ['data:', 'blob:'];
const LOCAL_EXACT = new Set(['about:blank', 'about:srcdoc']);

/**
 * Record every request a page or browser context makes outside the served site: anything that is
 * not `<origin>/...`, `data:`, `blob:` (or about:blank). Listens to `request` (pages, iframes,
 * dedicated workers' fetches as Playwright reports them) and `websocket`.
 * @param {import('playwright-core').Page | import('playwright-core').BrowserContext} target
 * @param {string} baseUrl the served site, e.g. http://127.0.0.1:4321/ (only its origin is used)
 * @returns {{ outside: string[], isAllowed(url: string): boolean, clear(): void, dispose(): void }}
 *   `outside` is live: it grows as requests happen (method + URL, e.g. "GET https://x/y").
 */
export function installNetworkGuard(target, baseUrl) {
  const origin = new URL(baseUrl).origin;
  const isAllowed = (url) =>
    url.startsWith(`${origin}/`) ||
    url === origin ||
    LOCAL_SCHEMES.some((scheme) => url.startsWith(scheme)) ||
    LOCAL_EXACT.has(url);
  const outside = [];
  const onRequest = (request) => {
    if (!isAllowed(request.url())) outside.push(`${request.method()} ${request.url()}`);
  };
  const onWebSocket = (ws) => {
    if (!isAllowed(ws.url())) outside.push(`WEBSOCKET ${ws.url()}`);
  };
  const attachPage = (page) => page.on('websocket', onWebSocket);
  const isContext = typeof target.pages === 'function';
  target.on('request', onRequest);
  if (isContext) {
    for (const page of target.pages()) attachPage(page);
    target.on('page', attachPage);
  } else {
    attachPage(target);
  }
  return {
    outside,
    isAllowed,
    clear() {
      outside.length = 0;
    },
    dispose() {
      target.off('request', onRequest);
      if (isContext) {
        target.off('page', attachPage);
        for (const page of target.pages()) page.off('websocket', onWebSocket);
      } else {
        target.off('websocket', onWebSocket);
      }
    },
  };
}
