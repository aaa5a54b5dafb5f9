import { describe, expect, it } from 'vitest';
import { CONTACT_ROLE_LEADS, CONTACT_ROLES } from '../support/salesforce-reports';
import { appPerTest, screenshots } from './harness';
import { downloadJson } from './downloads';
import { csv, loadLeadsAndDeals } from './landing';

interface Metrics {
  counts: { leads: number; deals: number; dealsMatched: number };
  revenue: { wonAmount: number | null };
}

/**
 * Salesforce's "Opportunities with Contact Roles" report: each opportunity once per contact role,
 * its Amount on every row. Counted by hand: 3 deals (not 5), won 12,000 + 5,000 = 17,000 (not
 * 34,000); 006A links to L1 through the e-mail on its first row, 006B to L2 through its last.
 */

// After each test: no request left 127.0.0.1 and the page logged no error.
const app = appPerTest();

describe('a deals report that repeats each opportunity on several rows', () => {
  it('counts each deal once, says so beside the file, and links by any of its rows', async () => {
    const { page } = await app.open();
    await loadLeadsAndDeals(
      page,
      csv('leads.csv', CONTACT_ROLE_LEADS),
      csv('opportunities-with-contact-roles.csv', CONTACT_ROLES),
    );
    const row = page.getByRole('row', { name: /opportunities-with-contact-roles\.csv/ });
    await expect(row.getByTestId('repeated-rows').textContent()).resolves.toBe(
      '2 rows repeat the Opportunity ID of a later row: each deal counts once, from its last row.',
    );
    await expect(page.getByTestId('superseded-rows').count()).resolves.toBe(0);
    await screenshots(page, 'data-repeated-ids');
    const metrics = await downloadJson<Metrics>(page, 'export-metrics');
    expect(metrics.counts).toMatchObject({ leads: 3, deals: 3, dealsMatched: 2 });
    expect(metrics.revenue.wonAmount).toBe(17_000);
  });
});
