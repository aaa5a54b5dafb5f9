// Notes on the timeline (issue 18), with the sample: a note added on the Follow-up trend shows on the
// chart and in the Report, travels in a link (opened in a fresh page) and in the snapshot (opened
// offline from file://), and markup in a note stays text.
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { sample } from '../support/files';
import { records } from '../support/independent';
import { type App, SCREENSHOT_DIR, getBrowser, openApp, screenshots } from './harness';
import { downloadFile, downloadJson } from './downloads';
import { axeReport } from './axe';
import { addNote, chartShots, countDialogs, listed, openReport, printedPages, trend } from './notes-helpers';
import { SHARE_DIR, go, loadSample } from './share-helpers';

const SCRIPT = '<script>alert(1)</script>';
const WEBINAR = 'Webinar launched';
const SDR = 'New SDR started';

/** "5/1/2025 4:03 PM" → "2025-05". */
const monthOf = (text: string | undefined) => {
  const m = /^(\d+)\/\d+\/(\d{4})/.exec(text ?? '');
  return m ? `${m[2]}-${m[1]?.padStart(2, '0')}` : '';
};
const months = records(sample('leads.csv'))
  .map((lead) => monthOf(lead['Created Date']))
  .filter((m) => m !== '')
  .sort();
const FIRST_MONTH = months[0] ?? '';
const LAST_MONTH = months.at(-1) ?? '';

describe('notes on the timeline', () => {
  let app: App;
  let dialogs: { count: number };
  let link = '';
  afterAll(async () => {
    expect(app.outsideRequests).toEqual([]);
    expect(app.errors).toEqual([]);
    expect(dialogs.count).toBe(0);
    await app?.close();
  });

  it('adds notes on the Follow-up trend: markers on the chart, a list under it, text kept as text', async () => {
    expect(FIRST_MONTH).toMatch(/^\d{4}-\d{2}$/);
    app = await openApp();
    const { page } = app;
    dialogs = countDialogs(page);
    await loadSample(app);
    const doc = await downloadJson<{ comparison: { current: { from: string; to: string } } }>(
      page,
      'export-metrics',
    );
    await go(page, 'follow-up');
    await trend(page).waitFor();

    // By keyboard: the button opens the form with the latest month's first day and the text focused.
    await page.getByTestId('add-note').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('note-date').inputValue()).resolves.toBe(`${LAST_MONTH}-01`);
    await expect(
      page.getByLabel('Note', { exact: true }).evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true);
    await page.keyboard.type('gone soon');
    expect(await axeReport(page, 'the Add note form')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('note-text').count()).resolves.toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('add-note');
    await page.keyboard.press('Enter');
    await page.getByTestId('note-date').fill(doc.comparison.current.from);
    await page.getByLabel('Note', { exact: true }).fill(`  ${WEBINAR}  `);
    await expect(page.getByText(`${WEBINAR.length + 4}/140 characters`).count()).resolves.toBe(1);
    await chartShots(page, 'notes-form');
    await page.keyboard.press('Enter');
    await expect.poll(() => listed(page)).toEqual([WEBINAR]);

    // Too long cannot be typed; an empty one says why.
    await page.getByTestId('add-note').click();
    await page.getByTestId('note-text').fill('x'.repeat(200));
    await expect(page.getByTestId('note-text').inputValue()).resolves.toHaveLength(140);
    await page.getByTestId('note-text').fill('   ');
    await page.getByTestId('save-note').click();
    await page.getByRole('alert').filter({ hasText: 'the text is empty' }).waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();

    await addNote(page, `${FIRST_MONTH}-10`, SCRIPT);
    await addNote(page, `${FIRST_MONTH}-20`, SDR);
    // Sorted by day, numbered like the markers; the two of the first month share one marker.
    await expect.poll(() => listed(page)).toEqual([SCRIPT, SDR, WEBINAR]);
    const flags = trend(page).getByTestId('trend-note-flag');
    const marked = await flags.evaluateAll((els) => els.map((e) => e.getAttribute('data-notes')));
    expect(marked.sort()).toEqual(['1,2', '3']);
    await expect(trend(page).locator('[data-notes="1,2"] title').textContent()).resolves.toContain(SCRIPT);
    // Markup is text: no element came of it and nothing ran.
    await expect(trend(page).locator('script').count()).resolves.toBe(0);
    await expect(page.getByTestId('trend-note').filter({ hasText: SCRIPT }).count()).resolves.toBe(1);

    // Remove, then add again: the list follows.
    await page.getByRole('button', { name: new RegExp(`Remove the note of .*: ${SDR}`) }).click();
    await expect.poll(() => listed(page)).toEqual([SCRIPT, WEBINAR]);
    // Focus stays in the list: on the Remove of the note now in that place.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toMatch(new RegExp(`^Remove the note of .*: ${WEBINAR}$`));
    await addNote(page, `${FIRST_MONTH}-20`, SDR);
    await expect.poll(() => listed(page)).toEqual([SCRIPT, SDR, WEBINAR]);

    await trend(page).scrollIntoViewIfNeeded();
    expect(await axeReport(page, 'the trend with notes')).toEqual([]);
    await screenshots(page, 'notes-trend');
    await chartShots(page, 'notes-trend-chart');
  });

  it('lists the notes of the compared periods in the Report, on one printed page', async () => {
    const { page } = app;
    await openReport(page);
    const report = page.getByTestId('report-notes');
    await expect(report.getByTestId('report-note').allTextContents()).resolves.toEqual([
      expect.stringContaining(WEBINAR),
    ]);
    await expect(report.innerText()).resolves.toContain('2 other notes outside them');
    await screenshots(page, 'notes-report');
    expect(await printedPages(page, 'notes-report-print')).toBe(1);

    // The most a report lists (three long notes, the others counted) still prints on one page.
    await go(page, 'follow-up');
    const long = (i: number) =>
      `${i} ${'A long note about what changed this month, '.repeat(4)}`.slice(0, 140).trim();
    for (let i = 1; i <= 4; i += 1) await addNote(page, `${LAST_MONTH}-0${i + 1}`, long(i));
    await openReport(page);
    await expect(report.getByTestId('report-note').count()).resolves.toBe(3);
    await expect(report.innerText()).resolves.toContain(
      '2 more in these periods, and 2 other notes outside them',
    );
    expect(await printedPages(page, 'notes-report-print-full')).toBe(1);
    await go(page, 'follow-up');
    for (let i = 1; i <= 4; i += 1) {
      await page.getByRole('button', { name: new RegExp(`Remove the note of .*: ${long(i)}`) }).click();
    }
    await expect.poll(() => listed(page)).toEqual([SCRIPT, SDR, WEBINAR]);
  });

  it('travels in the link: a fresh page gets the notes, added to its own', async () => {
    const { page } = app;
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.waitForTimeout(600); // the hash sync's debounce
    await page.getByTestId('share-menu').click();
    await page.getByTestId('copy-link').click();
    const status = page.getByTestId('share-status');
    await status.waitFor();
    await expect(status.innerText()).resolves.toContain(
      'Link copied: it holds the view, filters, settings, scenarios, notes',
    );
    link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).hash).toMatch(/^#s=[A-Za-z0-9_-]+$/);

    const other = await openApp({ path: new URL(link).hash });
    try {
      const otherDialogs = countDialogs(other.page);
      // Without data, the link says what it holds.
      await other.page
        .getByTestId('link-carries')
        .getByText('3 notes on the timeline (added to yours)')
        .waitFor();
      await other.page.getByRole('button', { name: 'Go to Data' }).click();
      await loadSample(other);
      await go(other.page, 'follow-up');
      await expect.poll(() => listed(other.page)).toEqual([SCRIPT, SDR, WEBINAR]);
      await expect(other.page.getByTestId('notes-from-link').innerText()).resolves.toContain(
        'This link added 3 notes to yours',
      );
      await expect(trend(other.page).getByTestId('trend-note-flag').count()).resolves.toBe(2);
      // A reload keeps them once (the hash and the stored copy hold the same notes).
      await other.page.reload();
      await other.page
        .locator('[data-testid="dataset-status"][data-state="ready"]')
        .waitFor({ timeout: 120_000 });
      await go(other.page, 'follow-up');
      await expect.poll(() => listed(other.page)).toEqual([SCRIPT, SDR, WEBINAR]);
      expect(otherDialogs.count).toBe(0);
      expect(other.outsideRequests).toEqual([]);
      expect(other.errors).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('travels in the snapshot, read-only, offline from file://', async () => {
    const { page } = app;
    const download = await downloadFile(page, 'share-snapshot', 120_000);
    await mkdir(SHARE_DIR, { recursive: true });
    const path = join(SHARE_DIR, `notes-${download.filename}`);
    await copyFile(download.path, path);
    const context = await (await getBrowser()).newContext({ locale: 'en-US', timezoneId: 'UTC' });
    const requests: string[] = [];
    const errors: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    try {
      const snap = await context.newPage();
      const snapDialogs = countDialogs(snap);
      snap.on('pageerror', (error) => errors.push(error.message));
      snap.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      const url = pathToFileURL(path).href;
      await snap.goto(url);
      await snap.getByTestId('snapshot-app').waitFor();
      await go(snap, 'follow-up');
      await expect.poll(() => listed(snap)).toEqual([SCRIPT, SDR, WEBINAR]);
      await expect(trend(snap).getByTestId('trend-note-flag').count()).resolves.toBe(2);
      // Read-only: no way to add or remove.
      await expect(snap.getByTestId('add-note').count()).resolves.toBe(0);
      await expect(snap.getByTestId('remove-note').count()).resolves.toBe(0);
      await trend(snap).screenshot({ path: join(SCREENSHOT_DIR, 'notes-snapshot-chart.png') });
      await openReport(snap);
      await expect(snap.getByTestId('report-note').allTextContents()).resolves.toEqual([
        expect.stringContaining(WEBINAR),
      ]);
      expect(snapDialogs.count).toBe(0);
      expect(requests).toEqual([url]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
