// The answer sentence as the CSV says it should read: counts from the sample with papaparse, not
// by the app, and the sentence's figures as the page writes them.
import type { Page } from 'playwright-core';
import { sample } from '../support/files';
import { records } from '../support/independent';

export interface Metrics {
  counts: { leads: number };
  followUp: { neverFollowedUp: number | null };
  revenue: { leakedRevenue: number | null };
  calculator: { leakedRevenueSpanDays: number | null };
}

// Counted from the CSV with papaparse, not by the app.
export const leads = records(sample('leads.csv'));
export const deals = records(sample('deals.csv'));
const key = (v: string | undefined) => (v ?? '').trim().toLowerCase();
const UNTOUCHED = new Set([
  '',
  'new',
  'open',
  'open - not contacted',
  'not contacted',
  'untouched',
  'unworked',
]);
/** DESIGN.md's "followed up" without the deal links: no touch time, no touches, an untouched status. */
export const untouched = (rows: Record<string, string>[]) =>
  rows.filter(
    (l) =>
      key(l['First Call Date Time']) === '' &&
      Number(l['Number of times contacted'] || 0) === 0 &&
      key(l['Last Activity']) === '' &&
      UNTOUCHED.has(key(l['Lead Status'])),
  );
/** A deal makes its lead followed up: at most the untouched leads, at least those no deal could link to. */
export function neverBounds(rows: Record<string, string>[]): [number, number] {
  const all = untouched(rows);
  const linkable = (dealColumn: string) => new Set(deals.map((d) => key(d[dealColumn])));
  const ids = linkable('Lead ID');
  const emails = linkable('Email');
  const companies = linkable('Account Name');
  const unlinkable = all.filter(
    (l) => !ids.has(key(l['Lead ID'])) && !emails.has(key(l['Email'])) && !companies.has(key(l['Company'])),
  );
  return [unlinkable.length, all.length];
}
/** Calendar days from the first to the last lead created (M/D/YYYY h:mm AM). */
export function spanDays(rows: Record<string, string>[]): number {
  const days = rows.map((l) => {
    const [m = NaN, d = NaN, y = NaN] = (l['Created Date'] ?? '').split(' ')[0]?.split('/').map(Number) ?? [];
    return Date.UTC(y, m - 1, d) / 86_400_000;
  });
  return Math.max(...days) - Math.min(...days) + 1;
}
export const en = (n: number) => n.toLocaleString('en-US');
export const usd = (n: number) =>
  n.toLocaleString('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

export const answer = (page: Page) =>
  page.locator('[data-testid="view-overview"] [data-testid="overview-answer"]');

export async function answerValues(page: Page) {
  const el = answer(page);
  const read = async (name: string) => {
    const v = await el.getAttribute(`data-${name}`);
    return v === null || v === 'null' ? null : Number(v);
  };
  return {
    leads: await read('leads'),
    never: await read('never'),
    leaked: await read('leaked'),
    spanDays: await read('span-days'),
    text: (await el.innerText()).trim(),
  };
}

/** Each tile's label and figure, in order. */
export const tiles = (page: Page, root: string) =>
  page
    .locator(`${root} .tile`)
    .evaluateAll((els) =>
      els.map(
        (el) => `${el.querySelector('.label')?.textContent} = ${el.querySelector('.figure')?.textContent}`,
      ),
    );
