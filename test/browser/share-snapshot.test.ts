// Sharing without a server (issue 5), the snapshot: "Share dashboard" downloads one HTML file that
// shows the same figures offline from file://, with no network request and none of the uploaded
// e-mails, lead ids or owner names; hostile files get a sentence, never a crash or a script; "Print
// all views" gives one page set per view.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, getBrowser, openApp, screenshots } from './harness';
import { type DownloadedFile, downloadFile } from './downloads';
import { DASHBOARD, SHARE_DIR, dataOf, go, headline, loadSample, savePdf, secrets } from './share-helpers';

describe('the snapshot', () => {
  let app: App;
  let file: DownloadedFile;
  const live = new Map<string, string[]>();
  beforeAll(async () => {
    app = await openApp();
    await loadSample(app);
    for (const view of DASHBOARD) {
      await go(app.page, view);
      live.set(view, await headline(app.page, view));
    }
    await go(app.page, 'overview');
    const download = await downloadFile(app.page, 'share-snapshot', 120_000);
    // Saved under its own name, as a browser would (the download's temporary path has no .html).
    await mkdir(SHARE_DIR, { recursive: true });
    const path = join(SHARE_DIR, download.filename);
    await copyFile(download.path, path);
    file = { ...download, path };
  });
  afterAll(async () => {
    expect(app.outsideRequests).toEqual([]);
    expect(app.errors).toEqual([]);
    await app?.close();
  });

  it('is one self-contained HTML file with none of the uploaded e-mails, ids or owner names', async () => {
    expect(file.filename).toMatch(/^leadgap-snapshot-\d{4}-\d{2}-\d{2}\.html$/);
    const html = file.text;
    console.info(`snapshot of the sample data: ${(Buffer.byteLength(html) / 1024).toFixed(0)} KB`);
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\';');
    // Nothing loads from anywhere: no src= or href= to a file, no @import, no url() but data:.
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=/i);
    expect(html).not.toMatch(/@import/);
    const s = secrets();
    expect(s.emails.length).toBeGreaterThan(100);
    const found = (values: string[]) => values.filter((v) => html.includes(v));
    expect(found(s.emails)).toEqual([]);
    expect(found(s.leadIds)).toEqual([]);
    expect(found(s.dealIds)).toEqual([]);
    expect(found(s.owners)).toEqual([]);
    expect(found(s.companies.filter((c) => c.length > 6))).toEqual([]);
    expect(html).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+[a-z]/i);
    expect(dataOf(html)).toContain('"owner":"Rep A"');
  });

  it('opens from file:// offline, with the same figures as the live dashboard and no request at all', async () => {
    const browser = await getBrowser();
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'en-US',
      timezoneId: 'UTC',
    });
    const requests: string[] = [];
    const errors: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    try {
      const page = await context.newPage();
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      const url = pathToFileURL(file.path).href;
      await page.goto(url);
      await page.locator('[data-testid="snapshot-app"], [data-testid="snapshot-problem"]').first().waitFor();
      const problem = page.getByTestId('snapshot-problem');
      if (await problem.isVisible()) throw new Error(await problem.innerText());
      for (const view of DASHBOARD) {
        await go(page, view);
        expect(await headline(page, view), view).toEqual(live.get(view));
      }
      await page.getByText('Rep A').first().waitFor(); // reps view, pseudonymised
      await go(page, 'overview');
      await screenshots(page, 'snapshot-overview');
      await go(page, 'reps');
      await screenshots(page, 'snapshot-reps');
      await go(page, 'calculator');
      await page.getByTestId('gap-headline').waitFor();
      await screenshots(page, 'snapshot-calculator');

      // Print all views: one PDF, each view from a new page; pages turned into PNGs to look at.
      await page.evaluate(() => (window.print = () => undefined)); // headless: print() would close it at once
      await page.getByTestId('print-all-views').click();
      await page.locator('[data-testid="print-all"][data-state="ready"]').waitFor({ timeout: 60_000 });
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages).toBeGreaterThanOrEqual(6);
      await savePdf(pdf, 'snapshot-print-all');

      expect(requests).toEqual([url]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('opens in the site too, read-only, and closing it gives the live data back', async () => {
    const { page } = app;
    await go(page, 'overview');
    await page
      .locator('[data-testid="chart-sources"] [data-bar="Web"][data-part="rest"] path')
      .first()
      .click();
    await page.getByTestId('filter-chip').filter({ hasText: 'Source: Web' }).waitFor();
    const filtered = await headline(page, 'overview');
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Data' }).click();
    await page.waitForTimeout(500); // the hash sync's debounce
    const urlBefore = page.url();
    await page.getByTestId('snapshot-file').setInputFiles(file.path);
    await page.getByTestId('snapshot-app').waitFor();
    expect(await headline(page, 'overview')).toEqual(live.get('overview'));
    // Clicking a bar does not filter a snapshot, and the address bar keeps the user's own state.
    await page
      .locator('[data-testid="chart-sources"] [data-bar="Web"][data-part="rest"] path')
      .first()
      .click();
    expect(await headline(page, 'overview')).toEqual(live.get('overview'));
    await page.waitForTimeout(500);
    expect(page.url()).toBe(urlBefore);
    await page.getByTestId('close-snapshot').click();
    await page.getByTestId('snapshot-app').waitFor({ state: 'detached' });
    await go(page, 'overview');
    await page.getByTestId('filter-chip').filter({ hasText: 'Source: Web' }).waitFor();
    expect(await headline(page, 'overview')).toEqual(filtered);
    await page.getByRole('button', { name: 'Remove filter Source: Web' }).click();
  });

  it('refuses damaged and hostile snapshot files with a sentence, in the site and on its own', async () => {
    const dir = SHARE_DIR;
    const variants: [string, string][] = [
      // Cut inside its data (a cut in the viewer's script after the data still opens in the site).
      ['cut-short.html', file.text.slice(0, file.text.indexOf('"results"') + 200)],
      ['not-a-snapshot.html', '<!doctype html><p>hello</p><script>window.__pwned = 1</script>'],
      [
        'tampered.html',
        file.text.replace(
          /"viewCounts":\{"leads":\d+/,
          '"viewCounts":{"leads":"<img src=x onerror=window.__pwned=1>"',
        ),
      ],
    ];
    for (const [name, text] of variants) {
      const path = join(dir, name);
      await writeFile(path, text);
      await app.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Data' }).click();
      await app.page.getByTestId('snapshot-file').setInputFiles(path);
      const alert = app.page.getByTestId('share-problem').filter({ hasText: name });
      await alert.waitFor();
      await expect(alert.innerText()).resolves.toMatch(
        /could not be opened as a snapshot: .+\. Nothing in it was run\./,
      );
      await expect(
        app.page.evaluate(() => (window as { __pwned?: number }).__pwned),
      ).resolves.toBeUndefined();
      await alert.getByRole('button', { name: 'Dismiss' }).click();
    }
    // The tampered file on its own: its viewer refuses its data (the page does not crash).
    const browser = await getBrowser();
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(pathToFileURL(join(dir, 'tampered.html')).href);
      await expect(page.getByTestId('snapshot-problem').innerText()).resolves.toContain(
        'results.viewCounts.leads is not a number',
      );
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('carries real owner names only when asked', async () => {
    const { page } = app;
    await page.getByTestId('share-menu').click();
    await page.getByTestId('snapshot-owner-names').check();
    await page.keyboard.press('Escape');
    const named = await downloadFile(page, 'share-snapshot', 120_000);
    await page.getByTestId('share-menu').click();
    await page.getByTestId('snapshot-owner-names').uncheck();
    await page.keyboard.press('Escape');
    const owners = secrets().owners;
    expect(owners.filter((o) => named.text.includes(o)).length).toBe(owners.length);
    expect(dataOf(named.text)).not.toContain('Rep A');
    expect(secrets().emails.filter((e) => named.text.includes(e))).toEqual([]);
  });

  it('prints every view of the live dashboard as clean pages', async () => {
    const { page } = app;
    await go(page, 'overview');
    await page.evaluate(() => (window.print = () => undefined)); // headless: print() would close it at once
    await page.getByTestId('share-menu').click();
    await page.getByTestId('print-all-views').click();
    await page.locator('[data-testid="print-all"][data-state="ready"]').waitFor({ timeout: 60_000 });
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator('.rail').isVisible()).toBe(false);
      expect(await page.getByTestId('share-snapshot').isVisible()).toBe(false);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      await savePdf(pdf, 'live-print-all');
    } finally {
      await page.emulateMedia({ media: 'screen' });
      // Printing (page.pdf too) closes "Print all views" by itself; otherwise Back does.
      const back = page.getByRole('button', { name: 'Back' });
      if (await back.isVisible()) await back.click();
      await page.getByTestId('print-all').waitFor({ state: 'detached' });
    }
  });
});
