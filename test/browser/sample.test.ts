import { describe, expect, it } from 'vitest';
import { sample } from '../support/files';
import { countLinkable, records } from '../support/independent';
import { appPerTest, screenshots, waitForState } from './harness';
import { downloadJson } from './downloads';
import { backToData } from './landing';

interface Metrics {
  asOf: string;
  counts: {
    leads: number;
    deals: number;
    dealsMatched: number;
    rejectedRows: { leads: number; deals: number };
  };
}

const apps = appPerTest();

describe('the sample data', () => {
  it('loads from the button, survives a reload, and is gone after Clear data', async () => {
    const leads = records(sample('leads.csv'));
    const deals = records(sample('deals.csv'));
    const linkable = countLinkable(leads, deals, {
      leadId: ['Lead ID', 'Lead ID'],
      email: ['Email', 'Email'],
      company: ['Company', 'Account Name'],
    });
    const expected = {
      leads: leads.length,
      deals: deals.length,
      dealsMatched: linkable,
      rejectedRows: { leads: 0, deals: 0 },
    };

    const app = await apps.open();
    const { page } = app;
    await page.getByRole('button', { name: 'Try sample data' }).click();
    await waitForState(page, 'ready');
    // Both files: the status says so once the second one is in.
    await page.getByTestId('dataset-status').filter({ hasText: '2 files' }).waitFor();
    await backToData(page);
    const metrics = await downloadJson<Metrics>(page, 'export-metrics');
    expect(metrics.counts).toMatchObject(expected);
    await screenshots(page, 'data-loaded-sample');

    await page.reload();
    await waitForState(page, 'ready');
    await page.getByTestId('dataset-status').filter({ hasText: '2 files' }).waitFor();
    const reloaded = await downloadJson<Metrics>(page, 'export-metrics');
    expect(reloaded).toEqual(metrics);

    await page.getByTestId('clear-data').click();
    await waitForState(page, 'empty');
    await page.reload();
    await page.getByRole('button', { name: 'Try sample data' }).waitFor();
    await expect(page.getByTestId('dataset-status').getAttribute('data-state')).resolves.toBe('empty');
  });
});
