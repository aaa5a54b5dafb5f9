import { describe, expect, it } from 'vitest';
import { appPerTest, screenshots, waitForState } from './harness';
import { downloadFile, downloadJson } from './downloads';

/**
 * One value that opens a quote and never closes it costs its own row in the browser too: the
 * file is written here, so every expectation is counted from how it is written.
 */
const apps = appPerTest();

const BAD = 'L-3,2026-04-04,"Acme Inc,Web,New';

function file(): Buffer {
  const lines = ['Lead ID,Created Date,Company,Lead Source,Lead Status'];
  for (let i = 1; i <= 103; i++) {
    lines.push(
      i === 3 ? BAD : `L-${i},2026-04-${String((i % 28) + 1).padStart(2, '0')},Company ${i},Web,New`,
    );
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

interface Metrics {
  counts: { leads: number; rejectedRows: { leads: number; deals: number } };
}

describe('an unclosed quote', () => {
  it('loads the 102 good records and refuses record 3 alone, at row 4, naming its column', async () => {
    const app = await apps.open();
    const { page } = app;
    await page
      .locator('input[data-testid="leads-file"]')
      .setInputFiles({ name: 'leads-stray-quote.csv', mimeType: 'text/csv', buffer: file() });
    const confirm = page.getByTestId('confirm-mapping');
    await Promise.race([confirm.waitFor().then(() => confirm.click()), waitForState(page, 'ready')]);
    await waitForState(page, 'ready');
    const metrics = await downloadJson<Metrics>(page, 'export-metrics');
    expect(metrics.counts.leads).toBe(102);
    expect(metrics.counts.rejectedRows.leads).toBe(1);
    const files = await page.getByTestId('loaded-files').innerText();
    // Rows read 103, loaded 102, rejected 1.
    expect(files).toMatch(/leads-stray-quote\.csv\s+Leads\s+103\s+102\s+1\b/);
    const problems = await page.getByTestId('rejected-rows').innerText();
    expect(problems).toContain('leads-stray-quote.csv');
    expect(problems).toMatch(
      /Row 4 was not loaded: it opens a quote \("\) in its “Company” value and never closes it/,
    );
    expect(problems).toContain(BAD);
    const list = await downloadFile(page, 'download-rejected');
    expect(list.text).toContain(`leads-stray-quote.csv,4,Company,`);
    await screenshots(page, 'data-stray-quote');
  });
});
