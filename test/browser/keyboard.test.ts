// Issue 17, by keyboard only: the skip link, loading the sample, reaching every view, filtering by a
// bar and clearing it, with the number of Tabs for each counted; focus goes where the user now is.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sample } from '../support/files';
import { records } from '../support/independent';
import { ALL_VIEWS, type ViewLabel, viewReady } from './a11y-pages';
import { appPerDescribe, screenshots, waitForState } from './harness';
import { downloadJson } from './downloads';

interface Metrics {
  filters: { dimensions?: Record<string, string[]> };
  counts: { leads: number };
}

/** What has focus, in words a test can compare: role or tag, and accessible name or text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    const role = el.getAttribute('role') ?? el.tagName.toLowerCase();
    const label = (el as HTMLInputElement).labels?.[0]?.textContent;
    const name = el.getAttribute('aria-label') ?? label ?? el.textContent ?? '';
    return `${role}: ${name.replace(/\s+/g, ' ').trim()}`;
  });

/** Presses Tab (or Shift+Tab) until `matches` says the focus is there; returns how many presses. */
async function tabsTo(page: Page, matches: (focus: string) => boolean, back = false, max = 40) {
  for (let count = 1; count <= max; count++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (matches(await focused(page))) return count;
  }
  throw new Error(`not reached in ${max} Tabs; focus is on ${await focused(page)}`);
}

/** The skip link is the page's first stop; Enter on it lands on the view's content. */
async function skipToContent(page: Page) {
  await page.locator('.skip-link').first().focus();
  expect(await focused(page)).toBe('a: Skip to main content');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main-content');
}

const leads = records(sample('leads.csv'));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the keyboard', () => {
  const app = appPerDescribe();

  it('loads the sample: skip link first, then three Tabs to "Try sample data"; focus lands on the Overview heading', async () => {
    const { page } = app;
    expect(await tabsTo(page, () => true)).toBe(1);
    expect(await focused(page)).toBe('a: Skip to main content');
    await screenshots(page, 'focus-skip-link', { fullPage: false });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    // The leads drop zone, the deals drop zone, then the sample button.
    expect(await tabsTo(page, (f) => f === 'button: Try sample data')).toBe(3);
    // Everything the live region says while the sample loads.
    await page.evaluate(() => {
      const said: string[] = [];
      (window as unknown as { __said: string[] }).__said = said;
      const region = document.querySelector('[data-testid="announcer"]');
      if (!region) throw new Error('no live region');
      new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await page.keyboard.press('Enter');
    await waitForState(page, 'ready');
    await viewReady(page, 'Overview');
    await expect.poll(() => focused(page)).toBe('h1: Overview');
    await expect(page.getByTestId('announcer').innerText()).resolves.toMatch(/^Loaded: 2 files\./);
    const said = await page.evaluate(() => (window as unknown as { __said: string[] }).__said);
    expect(
      said.some((text) => /^Step [123] of 3: .+ sample-(leads|deals)\.csv…$/.test(text)),
      said.join(' | '),
    ).toBe(true);
  });

  it('reaches every view from the rail; its heading takes focus; its main action is within three Tabs of the skip link', async () => {
    const { page } = app;
    // The main action of each view, and the Tabs to it from the skip link's target (counted by hand
    // from the page's order: see the comments).
    const main: Record<ViewLabel, { focus: RegExp; tabs: number }> = {
      // The leads and deals drop zones: the first is the main action.
      Data: { focus: /^button: Leads/, tabs: 1 },
      // The answer sentence's first part opens its detail.
      Overview: { focus: /^button: [\d,]+ of your [\d,]+ leads/, tabs: 1 },
      // The funnel does not filter: its Table button is the keyboard's way to its numbers.
      Funnel: { focus: /^button: Table$/, tabs: 1 },
      'Follow-up': { focus: /^button: Table$/, tabs: 1 },
      // Download CSV, the header row (one stop), then the rows (one stop): Enter filters by an owner.
      Reps: { focus: /^tr: /, tabs: 3 },
      // Group by, then the bars (one stop): Enter filters by a source.
      Sources: { focus: /^button: .+ revenue per lead$/, tabs: 2 },
      // The report is for printing.
      Report: { focus: /^button: Print the report$/, tabs: 1 },
      // Its own skip link to the inputs (Tab 1, Enter), then the revenue goal (the sample has one
      // scenario, so no scenario choice comes before it).
      Calculator: { focus: /^input: Revenue goal/, tabs: 2 },
    };
    for (const [index, view] of ALL_VIEWS.entries()) {
      await page.locator('.skip-link').first().focus();
      // The rail's buttons follow the skip link in their order.
      expect(await tabsTo(page, (f) => f === `button: ${view}`), view).toBe(index + 1);
      await page.keyboard.press('Enter');
      await viewReady(page, view);
      const heading = await page.locator('#view-heading').innerText();
      await expect.poll(() => focused(page), { message: view }).toBe(`h1: ${heading}`);
      if (view === 'Overview') await screenshots(page, 'focus-heading-overview', { fullPage: false });
      if (view === 'Funnel') await screenshots(page, 'a11y-funnel');
      if (view === 'Calculator') {
        await page.locator('.skip-link').first().focus();
        expect(await tabsTo(page, () => true)).toBe(1);
        expect(await focused(page)).toBe('a: Skip to the calculator’s inputs');
        await page.keyboard.press('Enter');
        await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('calc-inputs');
        const tabs = await tabsTo(page, (f) => main[view].focus.test(f));
        await screenshots(page, 'focus-calculator-input', { fullPage: false });
        expect(1 + tabs, view).toBe(main[view].tabs);
      } else {
        await skipToContent(page);
        expect(await tabsTo(page, (f) => main[view].focus.test(f)), view).toBe(main[view].tabs);
      }
    }
  });

  it('filters by a bar with arrows and Enter, and clears it with the chip; focus stays with the user', async () => {
    const { page } = app;
    // From the Calculator: its second skip link, then the rail's Data … Sources.
    await page.locator('.skip-link').first().focus();
    expect(await tabsTo(page, (f) => f === 'button: Sources')).toBe(7);
    await page.keyboard.press('Enter');
    await viewReady(page, 'Sources');
    await skipToContent(page);
    expect(await tabsTo(page, (f) => / revenue per lead$/.test(f))).toBe(2);
    const first = await focused(page);
    await page.keyboard.press('ArrowDown');
    const second = await focused(page);
    expect(second).not.toBe(first);
    const source = /^button: (.+): \S+ revenue per lead$/.exec(second)?.[1] ?? '';
    expect(source, second).not.toBe('');
    expect(leads.some((lead) => lead['Lead Source'] === source)).toBe(true);
    await screenshots(page, 'focus-bar', { fullPage: false });
    // The redraws at other widths may drop the focus: back on the bar, as the keyboard left it.
    await page.waitForTimeout(300);
    if ((await focused(page)) !== second) await page.locator(`[data-category="${source}"]`).focus();
    await expect.poll(() => focused(page)).toBe(second);
    await page.keyboard.press('Enter');
    await page
      .getByTestId('filter-chip')
      .filter({ hasText: `Source: ${source}` })
      .waitFor();
    await viewReady(page, 'Sources');
    // The bar keeps focus through the redraw.
    await expect.poll(() => focused(page)).toMatch(new RegExp(`^button: ${escape(source)}: `));
    const filtered = await downloadJson<Metrics>(page, 'export-metrics');
    expect(filtered.filters.dimensions).toEqual({ source: [source] });
    expect(filtered.counts.leads).toBe(leads.filter((lead) => lead['Lead Source'] === source).length);
    // The download took a click: back on the bar to go on by keyboard.
    await page.locator(`[data-category="${source}"]`).focus();
    // Back: Group by, "Clear all filters", then the chip's ×.
    expect(await tabsTo(page, (f) => f.startsWith('button: Remove filter'), true)).toBe(3);
    await screenshots(page, 'focus-chip', { fullPage: false });
    if (!(await focused(page)).startsWith('button: Remove filter')) {
      await page.getByRole('button', { name: `Remove filter Source: ${source}` }).focus();
    }
    await page.keyboard.press('Enter');
    await page.getByTestId('filter-chip').waitFor({ state: 'detached' });
    // The last chip gone: the filter bar takes focus.
    await expect.poll(() => focused(page)).toBe('region: Filters');
    // The created-date fields: one button (expanded on Enter), then the two date fields.
    expect(await tabsTo(page, (f) => f.startsWith('button: Leads created: any date'))).toBe(2);
    await page.keyboard.press('Enter');
    await expect(page.locator('#filter-from').isVisible()).resolves.toBe(true);
    await screenshots(page, 'focus-dates-open', { fullPage: false });
    const cleared = await downloadJson<Metrics>(page, 'export-metrics');
    expect(cleared.filters.dimensions ?? {}).toEqual({});
    expect(cleared.counts.leads).toBe(leads.length);
    await expect(page.getByTestId('announcer').innerText()).resolves.toMatch(/^Filters cleared/);
  });

  it('asks for less motion: no animation or transition runs', async () => {
    const { page } = app;
    // The loading bar's slide and width transition (load.css), on an element made for the check.
    const motion = () =>
      page.evaluate(() => {
        const bar = document.createElement('div');
        bar.className = 'progress indeterminate';
        bar.append(document.createElement('div'));
        document.body.append(bar);
        const style = getComputedStyle(bar.firstElementChild as Element);
        const found = { animation: style.animationName, transition: style.transitionDuration };
        bar.remove();
        return found;
      });
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await motion()).not.toEqual({ animation: 'none', transition: '0s' });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await motion()).toEqual({ animation: 'none', transition: '0s' });
  });

  it('moves the loading bar by transform alone, which the compositor animates off the main thread', async () => {
    const { page } = app;
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    // A width or margin would be laid out and painted on the main thread every frame of a load.
    const animated = await page.evaluate(() => {
      const bar = document.createElement('div');
      bar.className = 'progress indeterminate';
      bar.append(document.createElement('div'));
      document.body.append(bar);
      const timing = ['offset', 'computedOffset', 'easing', 'composite'];
      const properties = (bar.firstElementChild as HTMLElement)
        .getAnimations()
        .flatMap((animation) => (animation.effect as KeyframeEffect).getKeyframes())
        .flatMap((frame) => Object.keys(frame).filter((key) => !timing.includes(key)));
      const transition = getComputedStyle(bar.firstElementChild as Element).transitionProperty;
      bar.remove();
      return { animated: [...new Set(properties)], transition };
    });
    expect(animated).toEqual({ animated: ['transform'], transition: 'transform' });
  });
});
