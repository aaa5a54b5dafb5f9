// Every Overview tile against the previous period (issue 18), with the sample: each tile's change by
// hand from the JSON's `comparison` (points for rates, hours for the response time, per cent for
// counts and money), its tone by business meaning, the periods named, and a sparkline of the last
// periods counted from the CSV.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sample } from '../support/files';
import { records } from '../support/independent';
import { openView } from './figures';
import { appPerTest, screenshots } from './harness';
import { downloadFile, downloadJson } from './downloads';
import { go, loadSample } from './share-helpers';

interface Period {
  from: string;
  to: string;
  toDate: boolean;
  leads: number;
  followUpRate: number | null;
  slaCompliance: number | null;
  neverFollowedUp: number | null;
  leadToWin: number | null;
  wonAmount: number | null;
  medianResponseHours: number | null;
  leakedRevenue: number | null;
}
interface Doc {
  asOf: string;
  comparison: { granularity: string; current: Period; previous: Period };
}

const apps = appPerTest();

const MINUS = '\u2212';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Oct 1–5" / "Oct 29 – Nov 4" / with years when they differ. */
function range(from: string, to: string): string {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const a = `${MONTHS[fm - 1]} ${fd}`;
  const b = `${MONTHS[tm - 1]} ${td}`;
  if (fy !== ty) return `${a}, ${fy} – ${b}, ${ty}`;
  if (fm !== tm) return `${a} – ${b}`;
  return fd === td ? a : `${a}–${td}`;
}

/** A duration as the tiles write it: hours with one decimal below 10, whole above; days from 72 h. */
function hoursText(hours: number): string {
  const figure = (v: number) => (v < 10 ? v.toFixed(1) : String(Math.round(v)));
  return hours < 72 ? `${figure(hours)} h` : `${figure(hours / 24)} d`;
}

/**
 * The change by hand: a rate's difference in points (one decimal), a duration's in hours (minutes
 * below one), else per cent of the previous.
 */
function expected(
  kind: 'rate' | 'count' | 'hours',
  higherIsBetter: boolean,
  now: number | null,
  then: number | null,
) {
  if (now === null || then === null) return { text: '—', tone: 'unknown' };
  const tone = now === then ? 'same' : now > then === higherIsBetter ? 'better' : 'worse';
  const sign = now > then ? '+' : now < then ? MINUS : '';
  if (kind === 'hours') {
    const hours = Math.abs(now - then);
    const text =
      hours === 0 ? '0 h' : hours < 1 ? `${Math.max(1, Math.round(hours * 60))} min` : hoursText(hours);
    return { text: `${sign}${text}`, tone };
  }
  if (kind === 'rate') {
    const points = Math.round(Math.abs(now - then) * 1000) / 10;
    return { text: `${sign}${points} pts`, tone };
  }
  if (then === 0) return { text: now === 0 ? 'no change' : 'new', tone };
  return { text: `${sign}${Math.round((Math.abs(now - then) / then) * 100)}%`, tone };
}

/** "5/1/2025 4:03 PM" → "2025-05-01". */
function isoDay(text: string | undefined): string | null {
  const m = /^(\d+)\/(\d+)\/(\d{4})/.exec(text ?? '');
  return m ? `${m[3]}-${m[1]?.padStart(2, '0')}-${m[2]?.padStart(2, '0')}` : null;
}

async function expectTiles(page: Page, doc: Doc) {
  const { current: c, previous: p } = doc.comparison;
  const perLead = (x: Period) => (x.wonAmount === null || x.leads === 0 ? null : x.wonAmount / x.leads);
  const tiles: [string, ReturnType<typeof expected>][] = [
    ['tile-leads', expected('count', true, c.leads, p.leads)],
    ['tile-never', expected('count', false, c.neverFollowedUp, p.neverFollowedUp)],
    ['tile-follow-up-rate', expected('rate', true, c.followUpRate, p.followUpRate)],
    ['tile-sla', expected('rate', true, c.slaCompliance, p.slaCompliance)],
    ['tile-lead-to-win', expected('rate', true, c.leadToWin, p.leadToWin)],
    ['tile-revenue-per-lead', expected('count', true, perLead(c), perLead(p))],
    // Less leaked is better; a faster (lower) response is better.
    ['tile-leaked', expected('count', false, c.leakedRevenue, p.leakedRevenue)],
    ['tile-median-response', expected('hours', false, c.medianResponseHours, p.medianResponseHours)],
  ];
  const periods = `${range(c.from, c.to)}${c.toDate ? ' (to date)' : ''} vs ${range(p.from, p.to)}`;
  for (const [testId, want] of tiles) {
    const line = page.getByTestId(testId).getByTestId('tile-change');
    await expect.poll(() => line.locator('.tile-delta-text').textContent()).toBe(want.text);
    expect(await line.getAttribute('data-tone')).toBe(want.tone);
    expect(await line.locator('.tile-delta').getAttribute('class')).toContain(`change-${want.tone}`);
    expect(await line.locator('.tile-periods').textContent()).toBe(periods);
    if (want.tone === 'better' || want.tone === 'worse')
      expect(await line.locator('.tile-tone').textContent()).toBe(` ${want.tone}`);
  }
  return tiles;
}

describe('every tile compares', () => {
  it('shows each figure’s change against the previous period, toned by meaning, with the last periods', async () => {
    const app = await apps.open();
    const { page } = app;
    await loadSample(app);
    await openView(page, 'Overview', 'overview');
    const doc = await downloadJson<Doc>(page, 'export-metrics');
    expect(doc.comparison.granularity).toBe('month');
    const changes = await expectTiles(page, doc);
    // The sample says both figures in both months: the two new changes are real ones, not "—".
    expect(changes.slice(-2).map(([, want]) => want.tone)).not.toContain('unknown');

    // Never followed up: more is worse, fewer is better, whatever the sign.
    const { current, previous } = doc.comparison;
    const never = page.getByTestId('tile-never').locator('.tile-delta');
    if ((current.neverFollowedUp ?? 0) > (previous.neverFollowedUp ?? 0))
      expect(await never.getAttribute('class')).toContain('change-worse');
    if ((current.neverFollowedUp ?? 0) < (previous.neverFollowedUp ?? 0))
      expect(await never.getAttribute('class')).toContain('change-better');

    // The sparklines: one point a month from the first lead's month to the current one, at most 12.
    const first = records(sample('leads.csv'))
      .map((lead) => isoDay(lead['Created Date']))
      .filter((d): d is string => d !== null)
      .reduce((a, b) => (a < b ? a : b));
    const monthIndex = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7));
    const months = Math.min(12, monthIndex(current.from) - monthIndex(first) + 1);
    for (const testId of [
      'tile-leads',
      'tile-never',
      'tile-follow-up-rate',
      'tile-sla',
      'tile-lead-to-win',
      'tile-revenue-per-lead',
      'tile-leaked',
      'tile-median-response',
    ]) {
      const spark = page.getByTestId(testId).getByTestId('sparkline');
      await expect.poll(() => spark.count()).toBe(1);
      expect(await spark.getAttribute('data-points')).toBe(String(months));
      expect(await spark.getAttribute('role')).toBe('img');
      expect(await spark.getAttribute('aria-label')).toMatch(/ over the last \d+ months: from .+ to .+/);
    }
    const rate = page.getByTestId('tile-follow-up-rate').getByTestId('sparkline');
    expect(await rate.getAttribute('aria-label')).toMatch(/^Follow-up rate over the last /);
    // The response time's line ends on the current month's median, the JSON's, in hours.
    const response = page.getByTestId('tile-median-response').getByTestId('sparkline');
    const toDate = current.toDate ? ' (the last one to date)' : '';
    expect(await response.getAttribute('aria-label')).toMatch(
      new RegExp(
        `^Median response time over the last ${months} months: from .+ to ${hoursText(current.medianResponseHours ?? NaN)}${toDate.replace(/[()]/g, '\\$&')}$`,
      ),
    );
    const leaked = page.getByTestId('tile-leaked').getByTestId('sparkline');
    expect(await leaked.getAttribute('aria-label')).toMatch(/^Leaked revenue over the last /);
    await screenshots(page, 'tiles-compare');

    // By week: the tiles follow the comparison's granularity.
    await page.getByTestId('period-comparison').getByRole('button', { name: 'Week' }).click();
    await expect
      .poll(async () => (await downloadJson<Doc>(page, 'export-metrics')).comparison.granularity)
      .toBe('week');
    const week = await downloadJson<Doc>(page, 'export-metrics');
    await expectTiles(page, week);
    const weekSpark = page.getByTestId('tile-leads').getByTestId('sparkline');
    await expect.poll(() => weekSpark.getAttribute('aria-label')).toMatch(/over the last 12 weeks/);
    expect(await weekSpark.getAttribute('data-points')).toBe('12');
    await screenshots(page, 'tiles-compare-week');
  });

  it('are the same in a snapshot of the Overview: changes, periods and sparklines', async () => {
    const app = await apps.open();
    const { page } = app;
    await loadSample(app);
    await openView(page, 'Overview', 'overview');
    const tiles = async () => {
      await page.locator('[data-testid="view-overview"][data-state="ready"]').waitFor({ timeout: 60_000 });
      await page.getByTestId('tile-leads').getByTestId('sparkline').waitFor();
      return page
        .locator('.tile')
        .evaluateAll((els) =>
          els.map((el) => [
            el.getAttribute('data-testid'),
            el.querySelector('[data-testid="tile-change"]')?.textContent ?? null,
            el.querySelector('svg.sparkline')?.getAttribute('aria-label') ?? null,
            el.querySelector('svg.sparkline path')?.getAttribute('d') ?? null,
          ]),
        );
    };
    const live = await tiles();
    expect(live.filter(([, changed]) => changed !== null)).toHaveLength(8);
    const file = await downloadFile(page, 'share-snapshot', 120_000);
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Data' }).click();
    await page.getByTestId('snapshot-file').setInputFiles(file.path);
    await page.getByTestId('snapshot-app').waitFor();
    await go(page, 'overview');
    expect(await tiles()).toEqual(live);
  });
});
