// The lead follow-up report as a link of its own (issue 18): a link made on the Report view carries the
// report's aggregates with owners as "Rep A"…, and someone who opens it without the data reads the same
// periods, reps and waiting counts the sender saw.
import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/components/common/format';
import { readShareHash, type ShareState } from '../../src/lib/share/hash';
import { sample } from '../support/files';
import { records } from '../support/independent';
import { axeReport } from './axe';
import { readTable } from './figures';
import { appPerTest, openApp, screenshots } from './harness';
import { downloadJson } from './downloads';
import { loadSample, secrets } from './share-helpers';

const apps = appPerTest();

const isoDay = (text: string | undefined) => {
  const m = /^(\d+)\/(\d+)\/(\d{4})/.exec(text ?? '');
  return m ? `${m[3]}-${m[1]?.padStart(2, '0')}-${m[2]?.padStart(2, '0')}` : '';
};

const columns = (rows: Record<string, string>[], keys: string[]) => rows.map((r) => keys.map((k) => r[k]));

describe('the report as a link', () => {
  it('carries the report without names, and shows it to someone without the data', async () => {
    const app = await apps.open();
    const { page } = app;
    await loadSample(app);
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Report' }).click();
    await page.locator('[data-testid="view-report"][data-state="ready"]').waitFor({ timeout: 60_000 });
    const doc = await downloadJson<{ comparison: { current: { from: string; to: string } } }>(
      page,
      'export-metrics',
    );

    let state: ShareState | undefined;
    for (let i = 0; i < 50 && state?.report === undefined; i++) {
      await page.waitForTimeout(200);
      const read = readShareHash(new URL(page.url()).hash);
      state = read.kind === 'ok' ? read.state : undefined;
    }
    const report = state?.report;
    if (!report) throw new Error('the link carries no report');
    expect(state?.view).toBe('report');
    // No owner name, e-mail or id of the sample travels; owners are aliases.
    const json = JSON.stringify(state);
    const { emails, owners, leadIds, companies } = secrets();
    for (const value of [...emails, ...owners, ...leadIds, ...companies]) expect(json).not.toContain(value);
    for (const rep of report.reps) expect(rep.owner).toMatch(/^Rep [A-Z]+$/);
    expect(new URL(page.url()).hash.length).toBeLessThan(3000);

    // The current window's leads, counted from the CSV here.
    const { from, to } = doc.comparison.current;
    const inWindow = records(sample('leads.csv')).filter((lead) => {
      const day = isoDay(lead['Created Date']);
      return day >= from && day <= to;
    }).length;
    expect(report.comparison.current.leads).toBe(inWindow);

    const livePeriods = await readTable(page.getByTestId('period-comparison').locator('table'));
    const liveReps = await readTable(page.getByTestId('report-reps').locator('table'));
    const liveAges = await readTable(page.getByTestId('report-waiting').locator('table').last());
    const liveWaiting = await page.getByTestId('report-waiting').getByRole('heading').innerText();
    expect(liveWaiting).toContain(formatCount(report.waiting ?? -1));

    const other = await openApp({ path: new URL(page.url()).hash });
    try {
      const copy = other.page.getByTestId('link-report');
      await copy.waitFor();
      await expect(readTable(copy.locator('table.period-table'))).resolves.toEqual(livePeriods);
      const reps = await readTable(copy.getByTestId('report-reps').locator('table'));
      const keys = ['Leads', 'Followed up', 'Change', 'Leads before', 'Followed up before'];
      expect(columns(reps, keys)).toEqual(columns(liveReps, keys));
      for (const row of reps) expect(row['Owner']).toMatch(/^Rep [A-Z]+$/);
      await expect(readTable(copy.getByTestId('report-waiting').locator('table').last())).resolves.toEqual(
        liveAges,
      );
      await expect(copy.getByTestId('report-waiting').getByRole('heading').innerText()).resolves.toBe(
        liveWaiting,
      );
      await expect(copy.getByTestId('link-copy-note').innerText()).resolves.toContain('A copy of the report');
      await expect(other.page.getByTestId('link-carries').innerText()).resolves.toContain('Rep A, Rep B');
      expect(await axeReport(other.page, 'the report from a link')).toEqual([]);
      await screenshots(other.page, 'report-link', { fullPage: true });
      expect(other.outsideRequests).toEqual([]);
      expect(other.errors).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
