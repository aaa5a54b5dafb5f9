// Sharing without a server (issue 5), links: the URL hash carries filters, settings, view and
// scenarios; hostile links get a sentence, never a crash or a script.
import { afterAll, describe, expect, it } from 'vitest';
import { type App, openApp, screenshots, waitForState } from './harness';
import { downloadJson } from './downloads';
import { go, loadSample } from './share-helpers';

describe('the URL hash', () => {
  let app: App;
  afterAll(async () => {
    await app?.close();
  });

  it('restores filters, lead definition, view and scenarios on reload, and scenarios without data', async () => {
    app = await openApp();
    const { page } = app;
    await loadSample(app);
    await go(page, 'overview');
    await page
      .locator('[data-testid="chart-sources"] [data-bar="Paid Search"][data-part="rest"] path')
      .first()
      .click();
    await page.getByTestId('filter-chip').filter({ hasText: 'Source: Paid Search' }).waitFor();
    await page.getByTestId('edit-definition').click();
    const dialog = page.getByRole('dialog', { name: /What counts as a lead/ });
    await dialog.getByLabel('Follow-up SLA (hours)').fill('24');
    await dialog.getByTestId('save-definition').click();
    await page.getByRole('complementary').getByText('24 h to first follow-up').waitFor();
    await go(page, 'calculator');
    await page.getByRole('button', { name: 'Add scenario' }).click();
    await page.getByTestId('scenario').nth(1).waitFor();
    const names = await page
      .getByTestId('scenario')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-name')));
    expect(names).toHaveLength(2);
    await page.waitForTimeout(600); // the hash sync's debounce (300 ms)
    const calculatorHash = await page.evaluate(() => location.hash);
    await go(page, 'funnel');
    // The view is in the hash too: wait for the write that carries it.
    await page.waitForFunction((previous) => location.hash !== previous, calculatorHash);
    const before = await downloadJson<{ filters: unknown; slaHours: number; counts: { leads: number } }>(
      page,
      'export-metrics',
    );
    expect(before.filters).toEqual({ dimensions: { source: ['Paid Search'] } });
    const url = page.url();
    expect(new URL(url).hash).toMatch(/^#s=[A-Za-z0-9_-]+$/);
    // The hash is compressed: far shorter than the state's JSON.
    expect(new URL(url).hash.length).toBeLessThan(1500);

    await page.reload();
    await waitForState(page, 'ready');
    await page.locator('[data-testid="view-funnel"][data-state="ready"]').waitFor({ timeout: 60_000 });
    await page.getByTestId('filter-chip').filter({ hasText: 'Source: Paid Search' }).waitFor();
    await page.getByRole('complementary').getByText('24 h to first follow-up').waitFor();
    const after = await downloadJson<typeof before>(page, 'export-metrics');
    expect(after).toMatchObject({
      filters: before.filters,
      slaHours: 24,
      counts: { leads: before.counts.leads },
    });
    await go(page, 'calculator');
    await expect(
      page.getByTestId('scenario').evaluateAll((els) => els.map((e) => e.getAttribute('data-name'))),
    ).resolves.toEqual(names);

    // Someone with no data gets the scenarios; the dashboard view asks for data.
    const other = await openApp({ path: new URL(url).hash });
    try {
      await other.page.getByText('Funnel needs your data').waitFor();
      await go(other.page, 'calculator');
      await expect(
        other.page.getByTestId('scenario').evaluateAll((els) => els.map((e) => e.getAttribute('data-name'))),
      ).resolves.toEqual(names);
      expect(other.errors).toEqual([]);
    } finally {
      await other.close();
    }
    expect(app.outsideRequests).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it('says so for tampered or hostile hashes, and runs nothing from them', async () => {
    const valid = new URL(app.page.url()).hash.slice(3);
    const mid = Math.floor(valid.length / 2);
    const flipped = valid.slice(0, mid) + (valid[mid] === 'A' ? 'B' : 'A') + valid.slice(mid + 1);
    // Format 3's bytes: the version, the CRC-32 of the JSON, then its DEFLATE (lib/share/envelope.ts).
    // A character changed in the DEFLATE may or may not unpack, depending on the link's content: the
    // check is tested with the JSON intact and the CRC changed.
    const bytes = Buffer.from(valid, 'base64url');
    bytes[1] = (bytes[1] ?? 0) ^ 0xff;
    const checkChanged = bytes.toString('base64url');
    const json = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const hostile = [
      valid.slice(0, mid), // cut short
      flipped, // one character changed
      checkChanged,
      '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      json({
        v: 1,
        calculator: { currency: '<img src=x onerror="window.__pwned=1">', period: 'year', scenarios: [] },
      }),
      json({ v: 9 }),
    ];
    for (const value of hostile) {
      const tampered = await openApp({ path: `#s=${value}` });
      try {
        let dialogs = 0;
        tampered.page.on('dialog', (d) => {
          dialogs += 1;
          void d.dismiss();
        });
        const alert = tampered.page.getByTestId('share-problem');
        await alert.waitFor();
        await expect(alert.innerText()).resolves.toContain("This link's saved view could not be opened");
        await expect(
          tampered.page.evaluate(() => (window as { __pwned?: number }).__pwned),
        ).resolves.toBeUndefined();
        expect(dialogs).toBe(0);
        expect(tampered.errors).toEqual([]);
        if (value === checkChanged) {
          // Format 3's check: a link changed after it was made never opens another valid view.
          await expect(alert.innerText()).resolves.toContain('its check does not match');
          await screenshots(tampered.page, 'share-tampered-hash');
        }
      } finally {
        await tampered.close();
      }
    }
  });
});
