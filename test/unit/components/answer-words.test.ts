// The Overview's answer sentence (issue 14): what it says for known figures, and what it says instead
// of a 0 or a guess when a figure is unknown.
import { describe, expect, it } from 'vitest';
import { answerParts, type AnswerInputs } from '../../../src/components/views/answer-words';

// The locale decides separators: expectations use the same Intl settings as the app.
const n = (x: number) => new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 }).format(x);
const usd = (x: number) =>
  new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(
    x,
  );
const pct = (x: number) =>
  `${new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x)}%`;

const none = { leads: null, followUp: null, leaked: null, span: null };
const base: AnswerInputs = {
  leads: 3000,
  neverFollowedUp: 1210,
  leakedRevenue: 1_294_321.6,
  spanDays: 547, // 547 / (365 / 12) = 17.98 months
  currency: 'USD',
  missing: none,
};
const text = (a: AnswerInputs) =>
  answerParts(a)
    .map((p) => p.text)
    .join('');

describe('the answer sentence', () => {
  it('states never-followed-up, its share, its cost and the span, each part naming its view', () => {
    const parts = answerParts(base);
    expect(text(base)).toBe(
      `${n(1210)} of your ${n(3000)} leads (${pct(40.3)}) were never followed up; at your own conversion rate that is ${usd(1_294_322)} of revenue over the 18 months in view.`,
    );
    expect(parts.filter((p) => p.view).map((p) => [p.view, p.figure])).toEqual([
      ['follow-up', 'never'],
      ['funnel', undefined],
      ['sources', 'leaked'],
    ]);
  });

  it('short spans are in days', () => {
    expect(text({ ...base, spanDays: 45 })).toMatch(/over the 45 days in view\.$/);
    expect(text({ ...base, spanDays: 1 })).toMatch(/on the one day in view\.$/);
  });

  it('without a follow-up column: the leads and the span, and what is missing — no 0', () => {
    const a = {
      ...base,
      neverFollowedUp: null,
      leakedRevenue: null,
      missing: { ...none, followUp: 'Needs a follow-up column (first touch).' },
    };
    expect(text(a)).toBe(
      `${n(3000)} leads over the 18 months in view; whether they were followed up is not in your data. Needs a follow-up column (first touch).`,
    );
    expect(text(a)).not.toMatch(/\$|\b0\b/);
  });

  it('without linked deals: the never-followed-up count, and why its cost is unknown', () => {
    const a = {
      ...base,
      leakedRevenue: null,
      missing: { ...none, leaked: 'No deals linked to these leads.' },
    };
    expect(text(a)).toBe(
      `${n(1210)} of your ${n(3000)} leads (${pct(40.3)}) were never followed up over the 18 months in view; what that cost is not in your data. No deals linked to these leads.`,
    );
    expect(text(a)).not.toContain('$');
  });

  it('without created dates: no span, and says so', () => {
    const a = { ...base, spanDays: null, missing: { ...none, span: 'Needs a created date.' } };
    expect(text(a)).toMatch(
      /of revenue \(the period they cover is not in your data: needs a created date\)\.$/,
    );
  });

  it('everyone followed up, or no leads at all', () => {
    expect(text({ ...base, neverFollowedUp: 0, leakedRevenue: 0 })).toBe(
      `All ${n(3000)} of your leads were followed up over the 18 months in view.`,
    );
    expect(
      text({ ...base, leads: 0, neverFollowedUp: 0, missing: { ...none, leads: 'Needs a leads file.' } }),
    ).toBe('No leads in view: needs a leads file.');
  });
});
