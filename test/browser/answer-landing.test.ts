// The answer when the data cannot give a figure, and landing on the Overview only when the user did
// not go elsewhere while the files loaded (issue 14).
import { describe, expect, it } from 'vitest';
import { sample } from '../support/files';
import { answerValues, en, leads, untouched, type Metrics } from './answer-helpers';
import { openApp, screenshots, waitForState } from './harness';
import { downloadJson } from './downloads';
import { go } from './share-helpers';

describe('an answer with a figure the data cannot give', () => {
  it('with the leads file alone: stays on the Data view, and the sentence names what is missing, never $0', async () => {
    const own = await openApp();
    try {
      const { page } = own;
      await page.locator('input[data-testid="leads-file"]').setInputFiles(sample('leads.csv'));
      await waitForState(page, 'ready');
      // A leads file alone keeps the Data view: its deals input is the next step.
      await page.waitForTimeout(1000);
      await expect(page.locator('input[data-testid="deals-file"]').count()).resolves.toBe(1);
      await go(page, 'overview');
      const shown = await answerValues(page);
      const json = await downloadJson<Metrics>(page, 'export-metrics');
      expect(json.revenue.leakedRevenue).toBeNull();
      expect(shown).toMatchObject({
        leads: leads.length,
        never: json.followUp.neverFollowedUp,
        leaked: null,
      });
      // Without deals, no deal makes a lead followed up: exactly the untouched leads of the CSV.
      expect(shown.never).toBe(untouched(leads).length);
      expect(shown.text).toContain(`of your ${en(leads.length)} leads`);
      expect(shown.text).toMatch(/; what that cost is not in your data\. Needs .+\.$/);
      expect(shown.text).not.toContain('$');
      await expect(page.getByTestId('tile-leaked').innerText()).resolves.toContain('not in your data');
      await screenshots(page, 'answer-overview-leads-only');
      expect(own.outsideRequests).toEqual([]);
      expect(own.errors).toEqual([]);
    } finally {
      await own.close();
    }
  });
});

describe('landing, and not landing', () => {
  it('stays where the user went while the files loaded', async () => {
    const own = await openApp();
    try {
      const { page } = own;
      await page.getByRole('button', { name: 'Try sample data' }).click();
      await go(page, 'calculator');
      await waitForState(page, 'ready');
      await page.getByTestId('dataset-status').filter({ hasText: '2 files' }).waitFor();
      await page.waitForTimeout(1500);
      await expect(page.getByTestId('calculator').count()).resolves.toBe(1);
      await expect(page.locator('[data-testid="view-overview"]').count()).resolves.toBe(0);
      expect(own.errors).toEqual([]);
    } finally {
      await own.close();
    }
  });
});
