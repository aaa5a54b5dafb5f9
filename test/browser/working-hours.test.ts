// Business hours (issue 20), with the sample: turning working hours on (Mon–Fri 09:00–17:00, the
// export read as UTC) changes the median response and keeps the lead total; the SLA on the working
// clock moves leads between within and breached exactly as worked out here from the CSV; the
// after-hours segment counts what the CSV says; a link carries the setting; nothing leaves the page.
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DEFINITION } from '../../src/lib/metrics/context';
import { readShareHash, shareHash } from '../../src/lib/share/hash';
import { sample } from '../support/files';
import { records } from '../support/independent';
import { axeReport } from './axe';
import { appPerTest, getBrowser, openApp, screenshots } from './harness';
import { downloadFile, downloadJson } from './downloads';
import { SHARE_DIR, go, loadSample } from './share-helpers';

interface Doc {
  asOf: string;
  followUp: {
    withinSla: number;
    breachedSla: number;
    pendingSla: number;
    medianResponseHours: number;
    negativeResponses: number;
  };
  speedToLead: {
    bands: { leads: number | null }[];
    businessHours: null | { medianWorkingHours: number | null; afterHoursLeads: number; slaClock: string };
  };
}

const apps = appPerTest();

const HOUR = 3600;
const DAY = 86400;

/** "5/1/2025 4:03 PM" as epoch seconds, read as UTC. */
function epoch(text: string | undefined): number | null {
  const m = /^(\d+)\/(\d+)\/(\d{4}) (\d+):(\d{2}) ([AP]M)$/.exec(text ?? '');
  if (!m) return null;
  const hour = (Number(m[4]) % 12) + (m[6] === 'PM' ? 12 : 0);
  return Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2]), hour, Number(m[5])) / 1000;
}

/** Working seconds in [a, b) with Monday–Friday 09:00–17:00 UTC: day by day, the overlap with 9–17. */
function working(a: number, b: number): number {
  let total = 0;
  for (let day = Math.floor(a / DAY) * DAY; day < b; day += DAY) {
    const weekday = new Date(day * 1000).getUTCDay(); // 0 Sunday … 6 Saturday
    if (weekday === 0 || weekday === 6) continue;
    total += Math.max(0, Math.min(b, day + 17 * HOUR) - Math.max(a, day + 9 * HOUR));
  }
  return total;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = (sorted.length - 1) / 2;
  return ((sorted[Math.floor(mid)] ?? 0) + (sorted[Math.ceil(mid)] ?? 0)) / 2;
};

describe('working hours', () => {
  it('measures response on the working clock, judges the SLA on it, and travels in a link', async () => {
    const app = await apps.open();
    const { page } = app;
    await loadSample(app);
    await go(page, 'follow-up');
    const before = await downloadJson<Doc>(page, 'export-metrics');
    expect(before.speedToLead.businessHours).toBeNull();
    await expect(page.getByTestId('working-clock').count()).resolves.toBe(0);

    await page.getByTestId('edit-definition').click();
    const dialog = page.getByRole('dialog', { name: /What counts as a lead/ });
    await dialog.getByTestId('def-export-zone').fill('UTC');
    await dialog.getByTestId('def-hours-on').check();
    await dialog.getByTestId('def-hours-zone').fill('UTC');
    await dialog.getByTestId('def-hours-holidays').fill('2025-13-01');
    await expect(dialog.getByTestId('def-clock-error').innerText()).resolves.toContain('2025-13-01');
    await expect(dialog.getByTestId('save-definition').isDisabled()).resolves.toBe(true);
    await dialog.getByTestId('def-hours-holidays').fill('');
    expect(await axeReport(page, 'the definition dialog with working hours')).toEqual([]);
    await screenshots(page, 'working-hours-dialog', { fullPage: false });
    await dialog.getByTestId('save-definition').click();
    await page.getByTestId('working-clock').waitFor();
    await page.locator('[data-testid="view-follow-up"][data-state="ready"]').waitFor();
    const after = await downloadJson<Doc>(page, 'export-metrics');

    // By hand from the CSV: leads with a first call at or after creation.
    const leads = records(sample('leads.csv'));
    const timed = leads.flatMap((lead) => {
      const created = epoch(lead['Created Date']);
      const touched = epoch(lead['First Call Date Time']);
      return created !== null && touched !== null && touched >= created
        ? [{ clock: (touched - created) / HOUR, working: working(created, touched) / HOUR }]
        : [];
    });
    const hours = after.speedToLead.businessHours;
    expect(hours?.slaClock).toBe('working');
    expect(hours?.medianWorkingHours).toBeCloseTo(median(timed.map((t) => t.working)), 6);
    expect(after.followUp.medianResponseHours).toBeCloseTo(median(timed.map((t) => t.clock)), 6);
    expect(hours?.medianWorkingHours).not.toBe(after.followUp.medianResponseHours);
    // After hours: created outside Monday–Friday 09:00–17:00 UTC.
    const outside = leads.filter((lead) => {
      const created = epoch(lead['Created Date']);
      if (created === null) return false;
      const weekday = new Date(created * 1000).getUTCDay();
      const second = created % DAY;
      return weekday === 0 || weekday === 6 || second < 9 * HOUR || second >= 17 * HOUR;
    }).length;
    expect(hours?.afterHoursLeads).toBe(outside);
    // The lead total is kept; only the SLA's clock moved.
    // Every lead is in a band, or left out as first touched before it was created.
    const total = (doc: Doc) =>
      doc.speedToLead.bands.reduce((sum, b) => sum + (b.leads ?? 0), 0) + doc.followUp.negativeResponses;
    expect(total(after)).toBe(total(before));
    expect(total(after)).toBe(leads.length);
    // Within the 48 h SLA: the timed leads within it on each clock (untouched leads are never within).
    expect(before.followUp.withinSla).toBe(timed.filter((t) => t.clock <= 48).length);
    expect(after.followUp.withinSla).toBe(timed.filter((t) => t.working <= 48).length);
    const judged = (doc: Doc) => doc.followUp.withinSla + doc.followUp.breachedSla + doc.followUp.pendingSla;
    expect(judged(after)).toBe(judged(before));

    await expect(page.getByTestId('after-hours-leads').innerText()).resolves.toContain(
      outside.toLocaleString('en-US'),
    );
    await expect(page.getByTestId('arrived-segments').innerText()).resolves.toContain('After hours');
    expect(await axeReport(page, 'Follow-up with working hours')).toEqual([]);
    await screenshots(page, 'working-hours-follow-up');
    const liveClock = await page.getByTestId('working-clock').innerText();

    // The snapshot carries the setting and the working figures, offline.
    const download = await downloadFile(page, 'share-snapshot', 120_000);
    await mkdir(SHARE_DIR, { recursive: true });
    const path = join(SHARE_DIR, `working-hours-${download.filename}`);
    await copyFile(download.path, path);
    const context = await (await getBrowser()).newContext({ locale: 'en-US', timezoneId: 'UTC' });
    try {
      const snap = await context.newPage();
      await snap.goto(pathToFileURL(path).href);
      await snap.getByTestId('snapshot-app').waitFor();
      await snap
        .getByRole('navigation', { name: 'Views' })
        .getByRole('button', { name: 'Follow-up' })
        .click();
      await snap.getByTestId('working-clock').waitFor();
      await expect(snap.getByTestId('working-clock').innerText()).resolves.toBe(liveClock);
      await expect(snap.getByTestId('definition-hours').innerText()).resolves.toBe(
        'Mon–Fri 09:00–17:00 (UTC); SLA on working hours',
      );
    } finally {
      await context.close();
    }
    await go(page, 'reps');
    await page
      .getByRole('columnheader', { name: /Median, working hours/ })
      .first()
      .waitFor();

    // The link carries the setting; a fresh page reads it.
    let carried: unknown;
    for (let i = 0; i < 30 && !carried; i++) {
      const read = readShareHash(new URL(page.url()).hash);
      carried = read.kind === 'ok' ? read.state.definition?.businessHours : undefined;
      if (!carried) await page.waitForTimeout(200);
    }
    expect(carried).toEqual({
      days: [1, 2, 3, 4, 5],
      start: '09:00',
      end: '17:00',
      timeZone: 'UTC',
      holidays: [],
      slaClock: 'working',
    });
    const other = await openApp({ path: new URL(page.url()).hash });
    try {
      await expect(other.page.getByTestId('definition-hours').innerText()).resolves.toBe(
        'Mon–Fri 09:00–17:00 (UTC); SLA on working hours',
      );
      await expect(other.page.getByTestId('definition-zone').innerText()).resolves.toBe('UTC');
      // A link made without working hours turns them off: a link's definition is whole.
      await other.page.evaluate(
        (hash) => {
          location.hash = hash;
        },
        shareHash({ definition: DEFAULT_DEFINITION }),
      );
      await other.page
        .getByTestId('definition-hours')
        .filter({ hasText: 'off (every hour counts)' })
        .waitFor();
      expect(other.outsideRequests).toEqual([]);
      expect(other.errors).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
