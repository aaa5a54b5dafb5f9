import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../sample-data/generate.mjs';
import { type App, openApp, SCREENSHOT_DIR, waitForState } from './harness';

describe('a large upload', () => {
  let dir: string;
  let app: App;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'leadgap-progress-'));
    await generate({ leads: 1_000_000, seed: 3, out: dir, asOf: '2026-10-31' });
    app = await openApp();
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows megabytes read, keeps the page responsive, and can be cancelled', async () => {
    const { page } = app;
    // Record every progress value shown while the file is read.
    await page.evaluate(() => {
      const seen: number[] = [];
      Object.assign(window, { progressSeen: seen });
      new MutationObserver(() => {
        const bar = document.querySelector('[role="progressbar"]');
        if (bar?.closest('[aria-busy]')?.textContent?.includes('reading'))
          seen.push(Number(bar.getAttribute('aria-valuenow')));
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page.locator('input[data-testid="leads-file"]').setInputFiles(join(dir, 'leads.csv'));
    await waitForState(page, 'loading', 30_000);
    const bar = page.getByRole('progressbar');
    await bar.waitFor();
    // The text names the file and the size: "… of 194.8 MB read" (the generator's 1M leads).
    await expect(page.locator('[aria-busy="true"]').textContent()).resolves.toMatch(
      /leads\.csv.*of \d+\.\d MB/,
    );
    // The main thread answers while DuckDB works in its worker.
    await expect(page.evaluate(() => 1 + 1)).resolves.toBe(2);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'data-progress-1440-light.png') });
    await page.waitForFunction(() =>
      (window as unknown as { progressSeen: number[] }).progressSeen.some(
        (value) => value > 0 && value < 100,
      ),
    );
    // Asked for less motion (no transition), the bar is drawn at its share from the track's start.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const drawn = await page.waitForFunction(() => {
      const bar = document.querySelector('[role="progressbar"]');
      const fill = bar?.firstElementChild;
      if (!bar || !fill || bar.classList.contains('indeterminate')) return null;
      const [track, shown] = [bar.getBoundingClientRect(), fill.getBoundingClientRect()];
      const share = Number(bar.getAttribute('aria-valuenow'));
      return { share, drawn: (shown.width / track.width) * 100, start: shown.left - track.left };
    });
    const fill = await drawn.jsonValue();
    expect(Math.abs((fill?.drawn ?? NaN) - (fill?.share ?? NaN))).toBeLessThan(1);
    expect(Math.abs(fill?.start ?? NaN)).toBeLessThan(0.5);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.getByRole('button', { name: 'Cancel' }).click();
    await waitForState(page, 'empty', 60_000);
    await expect(page.getByTestId('loaded-files').count()).resolves.toBe(0);
    expect(app.errors).toEqual([]);
    expect(app.outsideRequests).toEqual([]);
  });
  it('can also be cancelled late in the one pass that reads and types the rows, leaving nothing loaded', async () => {
    const { page } = app;
    await page.locator('input[data-testid="leads-file"]').setInputFiles(join(dir, 'leads.csv'));
    const busy = page.locator('[aria-busy="true"]');
    await busy.filter({ hasText: 'Step 2 of 3' }).waitFor({ timeout: 120_000 });
    await page.waitForFunction(
      () => Number(document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')) >= 50,
      undefined,
      { timeout: 120_000 },
    );
    await page.getByRole('button', { name: 'Cancel' }).click();
    await waitForState(page, 'empty', 120_000);
    await expect(page.getByTestId('loaded-files').count()).resolves.toBe(0);
    expect(app.errors).toEqual([]);
  });
});
