import { afterEach, describe, expect, it } from 'vitest';
import { type App, openApp, screenshots, waitForState } from './harness';
import { downloadJson } from './downloads';

interface Metrics {
  counts: { leads: number };
  followUp: { followedUp: number | null; neverFollowedUp: number | null };
}

let app: App | undefined;
afterEach(async () => {
  expect(app?.outsideRequests ?? []).toEqual([]);
  await app?.close();
  app = undefined;
});

// 24 leads; "Last Activity" names activities, not dates (18 "Page Visited on Website", 6 "Email
// Opened"). Every 3rd lead is "New" (8 untouched).
const LEAD_SCORING = [
  'Lead ID,Created Date,Lead Source,Lead Status,Last Activity,Score',
  ...Array.from({ length: 24 }, (_, k) => {
    const i = k + 1;
    const status = i % 3 === 0 ? 'New' : 'Working';
    return `L${i},2025-04-${String(i).padStart(2, '0')} 10:00,Webinar,${status},${i % 4 === 0 ? 'Email Opened' : 'Page Visited on Website'},${i}`;
  }),
].join('\n');

describe('a file whose header contradicts its values', () => {
  it('loads without a manual step and says which column was not used and why', async () => {
    app = await openApp();
    const { page } = app;
    await page.locator('input[data-testid="leads-file"]').setInputFiles({
      name: 'lead-scoring.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(LEAD_SCORING),
    });
    await waitForState(page, 'ready');
    await expect(page.getByTestId('confirm-mapping').count()).resolves.toBe(0);
    const note = await page.getByTestId('set-aside').textContent();
    expect(note).toContain('“Last Activity” holds text like “Page Visited on Website”, not dates.');
    const metrics = await downloadJson<Metrics>(page, 'export-metrics');
    expect(metrics.counts.leads).toBe(24);
    expect(metrics.followUp).toMatchObject({ followedUp: 16, neverFollowedUp: 8 });
    expect(app.errors).toEqual([]);
    await screenshots(page, 'data-set-aside');
  });
});
