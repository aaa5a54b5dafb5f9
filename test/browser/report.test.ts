// The lead follow-up report (issue 18), with the sample: the reps' period leads against the CSV counted
// here, what waits against the JSON, one printed page, and the same report inside its snapshot offline.
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/components/common/format';
import { sample } from '../support/files';
import { records } from '../support/independent';
import { readTable } from './figures';
import { appPerTest, type App, getBrowser, screenshots } from './harness';
import { downloadFile, downloadJson } from './downloads';
import { SHARE_DIR, savePdf, loadSample } from './share-helpers';

interface Doc {
  comparison: { current: { from: string; to: string } };
  byOwner: { owner: string; leads: number; followedUp: number | null }[];
}

const apps = appPerTest();

const isoDay = (text: string | undefined) => {
  const m = /^(\d+)\/(\d+)\/(\d{4})/.exec(text ?? '');
  return m ? `${m[3]}-${m[1]?.padStart(2, '0')}-${m[2]?.padStart(2, '0')}` : '';
};

async function openReport(page: App['page']) {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Report' }).click();
  await page.locator('[data-testid="view-report"][data-state="ready"]').waitFor({ timeout: 60_000 });
}

describe('the lead follow-up report', () => {
  it('ranks the reps of this period, says what waits, prints on one page, and travels in a snapshot', async () => {
    const app = await apps.open();
    const { page } = app;
    await loadSample(app);
    await openReport(page);
    const doc = await downloadJson<Doc>(page, 'export-metrics');

    // Each rep's leads in the current window, from the CSV.
    const { from, to } = doc.comparison.current;
    const counted = new Map<string, number>();
    for (const lead of records(sample('leads.csv'))) {
      const day = isoDay(lead['Created Date']);
      if (day >= from && day <= to)
        counted.set(lead['Lead Owner'] ?? '', (counted.get(lead['Lead Owner'] ?? '') ?? 0) + 1);
    }
    const reps = await readTable(page.getByTestId('report-reps').locator('table'));
    expect(new Map(reps.map((r) => [r['Owner'], r['Leads']]))).toEqual(
      new Map([...counted].map(([owner, n]) => [owner, formatCount(n)])),
    );
    const rates = reps.map((r) => Number((r['Followed up'] ?? '').replace('%', '')));
    expect(rates).toEqual([...rates].sort((a, b) => b - a));

    // What waits, by owner: leads never followed up, as the JSON's byOwner says.
    const waiting = await readTable(page.getByTestId('report-waiting').locator('table').first());
    for (const owner of doc.byOwner) {
      const untouched = owner.leads - (owner.followedUp ?? 0);
      const row = waiting.find((r) => r['Owner'] === owner.owner);
      if (untouched > 0) expect(row?.['Untouched'], owner.owner).toBe(formatCount(untouched));
    }
    await screenshots(page, 'report');

    // The Reps table carries the same change per owner, sortable: who slipped most comes first.
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Reps' }).click();
    await page.locator('[data-testid="view-reps"][data-state="ready"]').waitFor();
    const owners = page.getByTestId('table-owners');
    const header = owners.getByRole('columnheader', { name: /Follow-up vs last month/ });
    for (let i = 0; i < 3 && (await header.getAttribute('aria-sort')) !== 'ascending'; i += 1)
      await header.getByRole('button').click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');
    const byChange = await readTable(owners.locator('table'));
    const reportChange = new Map(reps.map((r) => [r['Owner'], r['Change']]));
    for (const row of byChange.filter((r) => reportChange.has(r['Owner'] ?? '')))
      expect(row['Follow-up vs last month'], row['Owner']).toBe(reportChange.get(row['Owner'] ?? ''));
    const worst = [...reps].sort(
      (a, b) =>
        Number.parseFloat((a['Change'] ?? '').replace('\u2212', '-')) -
        Number.parseFloat((b['Change'] ?? '').replace('\u2212', '-')),
    )[0];
    expect(byChange[0]?.['Owner']).toBe(worst?.['Owner']);
    await openReport(page);

    // One printed page.
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    await savePdf(pdf, 'report-print');
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);

    // The snapshot holds the same report (owners pseudonymised), offline.
    const liveRates = reps.map((r) => [r['Leads'], r['Followed up'], r['Change']]);
    const download = await downloadFile(page, 'share-snapshot', 120_000);
    await mkdir(SHARE_DIR, { recursive: true });
    const path = join(SHARE_DIR, `report-${download.filename}`);
    await copyFile(download.path, path);
    const context = await (await getBrowser()).newContext({ locale: 'en-US', timezoneId: 'UTC' });
    try {
      const snap = await context.newPage();
      await snap.goto(pathToFileURL(path).href);
      await snap.getByTestId('snapshot-app').waitFor();
      await openReport(snap);
      const shown = await readTable(snap.getByTestId('report-reps').locator('table'));
      expect(shown.map((r) => [r['Leads'], r['Followed up'], r['Change']])).toEqual(liveRates);
      await expect(snap.getByTestId('print-report').count()).resolves.toBe(0);
    } finally {
      await context.close();
    }
  });
});
