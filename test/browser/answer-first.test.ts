// The answer first (issue 14): after loading, the Overview opens with one sentence whose figures are
// the JSON export's, each part opening the view that explains it; a copied link carries that answer
// (aggregates only) to someone without the data, marked as a copy of a day.
import { afterAll, describe, expect, it } from 'vitest';
import { readShareHash, shareHash, type ShareState } from '../../src/lib/share/hash';
import {
  answer,
  answerValues,
  en,
  leads,
  neverBounds,
  spanDays,
  tiles,
  usd,
  type Metrics,
} from './answer-helpers';
import { type App, openApp, screenshots, waitForState } from './harness';
import { downloadJson } from './downloads';
import { clickSourceBar } from './chart-filters';
import { go, secrets } from './share-helpers';

describe('the answer first', () => {
  let app: App;
  afterAll(async () => {
    expect(app.outsideRequests).toEqual([]);
    expect(app.errors).toEqual([]);
    await app?.close();
  });

  it('lands on the Overview after the sample loads, with the JSON export’s figures in one sentence', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Try sample data' }).click();
    await waitForState(page, 'ready');
    // No click: the Overview opens by itself.
    await page.locator('[data-testid="view-overview"][data-state="ready"]').waitFor({ timeout: 60_000 });
    const shown = await answerValues(page);
    const json = await downloadJson<Metrics>(page, 'export-metrics');
    expect(shown.leads).toBe(json.counts.leads);
    expect(shown.never).toBe(json.followUp.neverFollowedUp);
    expect(shown.leaked).toBe(json.revenue.leakedRevenue);
    expect(shown.spanDays).toBe(json.calculator.leakedRevenueSpanDays);

    expect(shown.leads).toBe(leads.length);
    const [low, high] = neverBounds(leads);
    expect(shown.never).toBeGreaterThanOrEqual(low);
    expect(shown.never).toBeLessThanOrEqual(high);
    expect(shown.spanDays).toBe(spanDays(leads));
    const never = shown.never ?? NaN;
    const leaked = shown.leaked ?? NaN;
    const months = Math.round(spanDays(leads) / (365 / 12));
    const share = ((never / leads.length) * 100).toFixed(1);
    expect(shown.text).toBe(
      `${en(never)} of your ${en(leads.length)} leads (${share}%) were never followed up; at your own conversion rate that is ${usd(leaked)} of revenue over the ${months} months in view.`,
    );
    // The tiles say the same.
    await expect(page.getByTestId('tile-never').locator('.figure').innerText()).resolves.toBe(en(never));
    await expect(page.getByTestId('tile-leaked').locator('.figure').innerText()).resolves.toBe(usd(leaked));
    await screenshots(page, 'answer-overview');

    // Each part opens the view that explains it, by mouse or by keyboard.
    for (const [figure, view, how] of [
      ['were never followed up', 'follow-up', 'click'],
      ['at your own conversion rate', 'funnel', 'Enter'],
      ['of revenue', 'sources', ' '],
    ] as const) {
      const part = answer(page).getByRole('button', { name: figure });
      if (how === 'click') await part.click();
      else await part.press(how === ' ' ? 'Space' : how);
      await page.locator(`[data-testid="view-${view}"][data-state="ready"]`).waitFor({ timeout: 60_000 });
      await go(page, 'overview');
    }
  });

  it('follows a filter', async () => {
    const { page } = app;
    const source = 'Paid Search';
    const rows = leads.filter((l) => l['Lead Source'] === source);
    await clickSourceBar(page, source);
    await page.waitForFunction(
      (n) =>
        document.querySelector('[data-testid="overview-answer"]')?.getAttribute('data-leads') === String(n),
      rows.length,
    );
    await page.locator('[data-testid="view-overview"][data-state="ready"]').waitFor();
    const shown = await answerValues(page);
    const json = await downloadJson<Metrics>(page, 'export-metrics');
    expect(shown).toMatchObject({
      leads: rows.length,
      never: json.followUp.neverFollowedUp,
      leaked: json.revenue.leakedRevenue,
      spanDays: json.calculator.leakedRevenueSpanDays,
    });
    const [low, high] = neverBounds(rows);
    expect(shown.never).toBeGreaterThanOrEqual(low);
    expect(shown.never).toBeLessThanOrEqual(high);
    expect(shown.text).toContain(`of your ${en(rows.length)} leads`);
  });

  it('a copied link shows someone without the data the answer and its tiles, as a copy of a day', async () => {
    const { page } = app;
    const expectedLeads = leads.filter((l) => l['Lead Source'] === 'Paid Search').length;
    // The address bar carries the figures once they are computed (the hash sync's debounce).
    let state: ShareState | undefined;
    for (let i = 0; i < 50 && state?.figures?.leads !== expectedLeads; i++) {
      await page.waitForTimeout(200);
      const read = readShareHash(new URL(page.url()).hash);
      state = read.kind === 'ok' ? read.state : undefined;
    }
    expect(state?.figures?.leads).toBe(expectedLeads);
    const figures = state?.figures;
    if (!figures) throw new Error('no figures in the link');
    // Aggregates only: no name, e-mail or id of the sample is in the link.
    const hashJson = JSON.stringify(state);
    const { emails, owners, leadIds, companies } = secrets();
    for (const value of [...emails, ...owners, ...leadIds, ...companies])
      expect(hashJson).not.toContain(value);
    expect(new URL(page.url()).hash.length).toBeLessThan(1500);

    const senderText = (await answerValues(page)).text;
    const senderTiles = await tiles(page, '[data-testid="view-overview"]');
    expect(senderTiles).toHaveLength(8);

    const other = await openApp({ path: new URL(page.url()).hash });
    try {
      const landing = other.page.getByTestId('link-landing');
      await landing.waitFor();
      const sentence = landing.getByTestId('overview-answer');
      await expect(sentence.innerText()).resolves.toBe(senderText);
      await expect(sentence.getAttribute('data-leads')).resolves.toBe(String(expectedLeads));
      await expect(tiles(other.page, '[data-testid="link-landing"]')).resolves.toEqual(senderTiles);
      const today = new Date().toLocaleDateString('en-US', { dateStyle: 'long', timeZone: 'UTC' });
      expect(figures.made).toBe(new Date().toISOString().slice(0, 10));
      await expect(landing.getByTestId('link-copy-note').innerText()).resolves.toBe(
        `A copy of the figures made on ${today} for Source: Paid Search — load the files to explore.`,
      );
      const carries = await landing.getByTestId('link-carries').innerText();
      expect(carries).toContain('the view: Overview');
      expect(carries).toContain('the filters Source: Paid Search');
      expect(carries).toContain('follow-up within 48 h');
      expect(carries).toContain('calculator scenario');
      expect(carries).toContain('headline figures');
      await expect(landing.innerText()).resolves.toContain('No lead or deal rows travel in a link');
      // Plain text: without the data there is no view to open behind the sentence.
      await expect(sentence.getByRole('button').count()).resolves.toBe(0);
      await screenshots(other.page, 'answer-link-landing');
      await landing.getByTestId('link-open-calculator').click();
      await other.page.getByTestId('calculator').waitFor();
      expect(other.outsideRequests).toEqual([]);
      expect(other.errors).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('the receiver’s own data wins over the figures a link brought', async () => {
    const read = readShareHash(new URL(app.page.url()).hash);
    if (read.kind !== 'ok' || !read.state.figures) throw new Error('no figures in the link');
    // The same link with made-up figures: they show without data, never once data is loaded.
    const fake = { ...read.state, figures: { ...read.state.figures, leads: 7, neverFollowedUp: 3 } };
    const other = await openApp({ path: shareHash(fake) });
    try {
      const landing = other.page.getByTestId('link-landing');
      await expect(landing.getByTestId('overview-answer').getAttribute('data-leads')).resolves.toBe('7');
      await landing.getByRole('button', { name: 'Go to Data' }).click();
      await other.page.getByRole('button', { name: 'Try sample data' }).click();
      await waitForState(other.page, 'ready');
      await other.page
        .locator('[data-testid="view-overview"][data-state="ready"]')
        .waitFor({ timeout: 60_000 });
      const expected = leads.filter((l) => l['Lead Source'] === 'Paid Search').length;
      await other.page.waitForFunction(
        (n) =>
          document.querySelector('[data-testid="overview-answer"]')?.getAttribute('data-leads') === String(n),
        expected,
      );
      await expect(other.page.getByTestId('link-landing').count()).resolves.toBe(0);
      expect(other.errors).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
