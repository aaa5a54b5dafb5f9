// Sharing without a server (issue 5): the URL hash carries filters, settings, view and scenarios;
// "Share dashboard" downloads one HTML file that shows the same figures offline from file://, with
// no network request and none of the uploaded e-mails, lead ids or owner names; hostile links and
// files get a sentence, never a crash or a script; "Print all views" gives one page set per view.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sample } from '../support/files';
import { records } from '../support/independent';
import {
  SCREENSHOT_DIR,
  type App,
  type DownloadedFile,
  downloadFile,
  downloadJson,
  getBrowser,
  openApp,
  screenshots,
  waitForState,
} from './harness';

const SHARE_DIR = join(SCREENSHOT_DIR, '..', 'share');
const DASHBOARD = ['overview', 'funnel', 'follow-up', 'reps', 'sources'] as const;
const NAV: Record<(typeof DASHBOARD)[number] | 'calculator', string> = {
  overview: 'Overview',
  funnel: 'Funnel',
  'follow-up': 'Follow-up',
  reps: 'Reps',
  sources: 'Sources',
  calculator: 'Calculator',
};

async function go(page: Page, view: keyof typeof NAV): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: NAV[view] }).click();
  if (view === 'calculator') await page.getByTestId('calculator').waitFor();
  else await page.locator(`[data-testid="view-${view}"][data-state="ready"]`).waitFor({ timeout: 60_000 });
}

/** The figures a reader sees first: every tile of the view, and its chart titles. */
async function headline(page: Page, view: (typeof DASHBOARD)[number]): Promise<string[]> {
  const root = page.locator(`[data-testid="view-${view}"][data-state="ready"]`);
  await root.waitFor({ timeout: 60_000 });
  const tiles = await root
    .locator('.tile')
    .evaluateAll((els) =>
      els.map(
        (el) => `${el.querySelector('.label')?.textContent} = ${el.querySelector('.figure')?.textContent}`,
      ),
    );
  const titles = await root.locator('.chart-title').allTextContents();
  return [...tiles, ...titles];
}

async function loadSample(app: App): Promise<void> {
  await app.page.getByRole('button', { name: 'Try sample data' }).click();
  await waitForState(app.page, 'ready');
  await app.page.getByTestId('dataset-status').filter({ hasText: '2 files' }).waitFor();
}

/** Values of the sample files that must never be in a snapshot. */
function secrets() {
  const leads = records(sample('leads.csv'));
  const deals = records(sample('deals.csv'));
  const values = (rows: Record<string, string>[], column: string) => [
    ...new Set(rows.map((r) => r[column] ?? '').filter((v) => v.trim() !== '')),
  ];
  return {
    emails: [...values(leads, 'Email'), ...values(deals, 'Email')],
    leadIds: values(leads, 'Lead ID'),
    dealIds: values(deals, 'Opportunity ID'),
    owners: values(leads, 'Lead Owner'),
    companies: values(leads, 'Company'),
  };
}

describe('the URL hash', () => {
  let app: App;
  afterAll(async () => {
    await app?.close();
  });

  it('restores filters, lead definition, view and scenarios on reload, and scenarios without data', async () => {
    app = await openApp();
    const { page } = app;
    await loadSample(app);
    await go(page, 'overview');
    await page
      .locator('[data-testid="chart-sources"] [data-bar="Paid Search"][data-part="rest"] path')
      .first()
      .click();
    await page.getByTestId('filter-chip').filter({ hasText: 'Source: Paid Search' }).waitFor();
    await page.getByTestId('edit-definition').click();
    const dialog = page.getByRole('dialog', { name: /What counts as a lead/ });
    await dialog.getByLabel('Follow-up SLA (hours)').fill('24');
    await dialog.getByTestId('save-definition').click();
    await page.getByRole('complementary').getByText('24 h to first follow-up').waitFor();
    await go(page, 'calculator');
    await page.getByRole('button', { name: 'Add scenario' }).click();
    await page.getByTestId('scenario').nth(1).waitFor();
    const names = await page
      .getByTestId('scenario')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-name')));
    expect(names).toHaveLength(2);
    await page.waitForTimeout(600); // the hash sync's debounce (300 ms)
    const calculatorHash = await page.evaluate(() => location.hash);
    await go(page, 'funnel');
    // The view is in the hash too: wait for the write that carries it.
    await page.waitForFunction((previous) => location.hash !== previous, calculatorHash);
    const before = await downloadJson<{ filters: unknown; slaHours: number; counts: { leads: number } }>(
      page,
      'export-metrics',
    );
    expect(before.filters).toEqual({ dimensions: { source: ['Paid Search'] } });
    const url = page.url();
    expect(new URL(url).hash).toMatch(/^#s=[A-Za-z0-9_-]+$/);
    // The hash is compressed: far shorter than the state's JSON.
    expect(new URL(url).hash.length).toBeLessThan(1500);

    await page.reload();
    await waitForState(page, 'ready');
    await page.locator('[data-testid="view-funnel"][data-state="ready"]').waitFor({ timeout: 60_000 });
    await page.getByTestId('filter-chip').filter({ hasText: 'Source: Paid Search' }).waitFor();
    await page.getByRole('complementary').getByText('24 h to first follow-up').waitFor();
    const after = await downloadJson<typeof before>(page, 'export-metrics');
    expect(after).toMatchObject({
      filters: before.filters,
      slaHours: 24,
      counts: { leads: before.counts.leads },
    });
    await go(page, 'calculator');
    await expect(
      page.getByTestId('scenario').evaluateAll((els) => els.map((e) => e.getAttribute('data-name'))),
    ).resolves.toEqual(names);

    // Someone with no data gets the scenarios; the dashboard view asks for data.
    const other = await openApp({ path: new URL(url).hash });
    try {
      await other.page.getByText('Funnel needs your data').waitFor();
      await go(other.page, 'calculator');
      await expect(
        other.page.getByTestId('scenario').evaluateAll((els) => els.map((e) => e.getAttribute('data-name'))),
      ).resolves.toEqual(names);
      expect(other.errors).toEqual([]);
    } finally {
      await other.close();
    }
    expect(app.outsideRequests).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it('says so for tampered or hostile hashes, and runs nothing from them', async () => {
    const valid = new URL(app.page.url()).hash.slice(3);
    const mid = Math.floor(valid.length / 2);
    const flipped = valid.slice(0, mid) + (valid[mid] === 'A' ? 'B' : 'A') + valid.slice(mid + 1);
    const json = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const hostile = [
      valid.slice(0, mid), // cut short
      flipped, // one character changed
      '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      json({
        v: 1,
        calculator: { currency: '<img src=x onerror="window.__pwned=1">', period: 'year', scenarios: [] },
      }),
      json({ v: 9 }),
    ];
    for (const value of hostile) {
      const tampered = await openApp({ path: `#s=${value}` });
      try {
        let dialogs = 0;
        tampered.page.on('dialog', (d) => {
          dialogs += 1;
          void d.dismiss();
        });
        const alert = tampered.page.getByTestId('share-problem');
        await alert.waitFor();
        await expect(alert.innerText()).resolves.toContain("This link's saved view could not be opened");
        await expect(
          tampered.page.evaluate(() => (window as { __pwned?: number }).__pwned),
        ).resolves.toBeUndefined();
        expect(dialogs).toBe(0);
        expect(tampered.errors).toEqual([]);
        if (value === flipped) await screenshots(tampered.page, 'share-tampered-hash');
      } finally {
        await tampered.close();
      }
    }
  });
});

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
    await page.getByTestId('snapshot-owner-names').check();
    const named = await downloadFile(page, 'share-snapshot', 120_000);
    await page.getByTestId('snapshot-owner-names').uncheck();
    const owners = secrets().owners;
    expect(owners.filter((o) => named.text.includes(o)).length).toBe(owners.length);
    expect(dataOf(named.text)).not.toContain('Rep A');
    expect(secrets().emails.filter((e) => named.text.includes(e))).toEqual([]);
  });

  it('prints every view of the live dashboard as clean pages', async () => {
    const { page } = app;
    await go(page, 'overview');
    await page.evaluate(() => (window.print = () => undefined)); // headless: print() would close it at once
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

/** The snapshot's JSON (what a reader of the file gets), without the viewer's own code. */
function dataOf(html: string): string {
  const start = html.indexOf('<script type="application/json" id="leadgap-snapshot">');
  expect(start).toBeGreaterThan(0);
  return html.slice(start, html.indexOf('</script>', start));
}

/** test-results/screenshots/<name>.pdf and, where pdftoppm is installed, <name>-<page>.png. */
async function savePdf(pdf: Buffer, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.pdf`);
  await writeFile(path, pdf);
  if (existsSync('/usr/bin/pdftoppm')) {
    execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '60', path, join(SCREENSHOT_DIR, name)]);
  }
}
