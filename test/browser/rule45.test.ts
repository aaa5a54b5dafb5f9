import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, openApp } from './harness';
import { downloadFile } from './downloads';

describe('the Rule of 45 cross-check in the calculator', () => {
  let app: App;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(async () => {
    expect(app.errors).toEqual([]);
    await app?.close();
  });

  it("reproduces Obermayer's example with the default inputs, without data", async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Calculator' }).click();
    const card = page.getByTestId('rule-of-45');
    await card.waitFor();
    // Defaults: 1,000 inquiries, 50% follow-up (Bedwany), $10,000 average deal; market share 25%.
    // By hand: 1,000 × 45% × 50% × 25% × $10,000 = $562,500; at 100% follow-up $1,125,000 (Obermayer).
    await expect(card.textContent()).resolves.toContain('$562,500');
    await expect(card.textContent()).resolves.toContain('$1,125,000');
    await card.getByLabel('Your market share (%)').fill('10');
    // 1,000 × 45% × 100% × 10% × $10,000 = $450,000.
    await expect(card.textContent()).resolves.toContain('$450,000');
  });

  it('downloads the scenarios side by side as CSV, numbers raw', async () => {
    const file = await downloadFile(app.page, 'download-scenarios');
    expect(file.filename).toBe('leadgap-scenarios.csv');
    const lines = file.text.split('\r\n');
    expect(lines[0]).toMatch(/^Figure,/);
    expect(lines).toContain('Inbound leads,1000');
    expect(lines).toContain('Follow-up rate,0.5');
    expect(lines.some((line) => line.startsWith('The GAP,'))).toBe(true);
  });
});
