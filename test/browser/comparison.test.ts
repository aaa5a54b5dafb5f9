// Period comparison on the Overview (issue 18), with the sample: the windows and lead counts against
// the CSV counted here, the table against the JSON's `comparison`, and the granularity carried into it.
import { describe, expect, it } from 'vitest';
import { sample } from '../support/files';
import { records } from '../support/independent';
import { openView } from './figures';
import { appPerTest, screenshots } from './harness';
import { downloadJson } from './downloads';
import { loadSample } from './share-helpers';

interface Period {
  from: string;
  to: string;
  toDate: boolean;
  leads: number;
  followUpRate: number | null;
}
interface Doc {
  asOf: string;
  comparison: { granularity: string; current: Period; previous: Period };
}

const apps = appPerTest();

/** "5/1/2025 4:03 PM" → "2025-05-01". */
function isoDay(text: string | undefined): string | null {
  const m = /^(\d+)\/(\d+)\/(\d{4})/.exec(text ?? '');
  return m ? `${m[3]}-${m[1]?.padStart(2, '0')}-${m[2]?.padStart(2, '0')}` : null;
}

describe('period comparison', () => {
  it('compares the latest month with the one before, by the CSV, and follows the granularity', async () => {
    const app = await apps.open();
    const { page } = app;
    await loadSample(app);
    await openView(page, 'Overview', 'overview');
    const doc = await downloadJson<Doc>(page, 'export-metrics');
    const days = records(sample('leads.csv'))
      .map((lead) => isoDay(lead['Created Date']))
      .filter((d): d is string => d !== null && d <= doc.asOf);
    const latest = days.reduce((a, b) => (a > b ? a : b));
    const { current, previous } = doc.comparison;
    expect(doc.comparison.granularity).toBe('month');
    expect(current.from).toBe(`${latest.slice(0, 7)}-01`);
    const [y, m] = current.from.split('-').map(Number);
    const monthEnd = new Date(Date.UTC(y ?? 0, m ?? 0, 0)).toISOString().slice(0, 10);
    expect(current.to).toBe(doc.asOf < monthEnd ? doc.asOf : monthEnd);
    expect(current.toDate).toBe(doc.asOf < monthEnd);
    const inWindow = (p: Period) => days.filter((d) => d >= p.from && d <= p.to).length;
    expect(current.leads).toBe(inWindow(current));
    expect(previous.leads).toBe(inWindow(previous));
    // The previous window is the month before: whole, or as many days of it when the current one is
    // to date.
    const monthBefore = new Date(
      Date.UTC(Number(current.from.slice(0, 4)), Number(current.from.slice(5, 7)) - 2, 1),
    );
    expect(previous.from).toBe(monthBefore.toISOString().slice(0, 10));
    const DAY = 86_400_000;
    const beforeEnd = Date.parse(`${current.from}T00:00:00Z`) - DAY;
    const sameDays =
      monthBefore.getTime() + Date.parse(`${current.to}T00:00:00Z`) - Date.parse(`${current.from}T00:00:00Z`);
    const previousTo = current.toDate ? Math.min(sameDays, beforeEnd) : beforeEnd;
    expect(previous.to).toBe(new Date(previousTo).toISOString().slice(0, 10));

    const table = page.getByTestId('period-comparison');
    await expect(table.locator('tr[data-figure="leads"] td').first().textContent()).resolves.toBe(
      current.leads.toLocaleString('en-US'),
    );
    await expect(table.locator('tr[data-figure="leads"] td').nth(1).textContent()).resolves.toBe(
      previous.leads.toLocaleString('en-US'),
    );
    await screenshots(page, 'comparison-overview');

    await table.getByRole('button', { name: 'Quarter' }).click();
    await expect
      .poll(async () => (await downloadJson<Doc>(page, 'export-metrics')).comparison.granularity)
      .toBe('quarter');
    const quarter = (await downloadJson<Doc>(page, 'export-metrics')).comparison;
    const month = Number(quarter.current.from.slice(5, 7));
    expect([1, 4, 7, 10]).toContain(month);
    expect(quarter.current.leads).toBe(inWindow(quarter.current));
  });
});
