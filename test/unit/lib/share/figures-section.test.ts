// The `figures` section of a link (issue 14): the Overview's headline aggregates travel in the hash,
// checked like every section, size-capped, and holding nothing but figures.
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { encodeBase64UrlBytes } from '../../../../src/lib/share/base64url';
import {
  MAX_FIGURES_JSON,
  decodeFiguresSection,
  encodeFiguresSection,
  type SharedFigures,
} from '../../../../src/lib/share/figures-section';
import { encodeShareState, readShareHash, shareHash } from '../../../../src/lib/share/hash';
import { DEFAULT_DEFINITION } from '../../../../src/lib/metrics/context';

// Written by hand: 1,210 of 3,000 leads never followed up, over 2024-01-01…2025-06-30 (547 days:
// 366 in 2024 + 181 in the first half of 2025).
const figures: SharedFigures = {
  made: '2026-12-05',
  currency: 'EUR',
  slaHours: 48,
  leads: 3000,
  neverFollowedUp: 1210,
  followUpRate: 1790 / 3000,
  slaCompliance: 0.4123456789,
  medianResponseHours: 30.123456,
  leakedRevenue: 1_294_321.987654,
  leadToWin: 0.052,
  revenuePerLead: 431.4406,
  averageWonAmount: 8300.5,
  firstDay: '2024-01-01',
  lastDay: '2025-06-30',
  spanDays: 547,
  unlinked: false,
};

const FIGURE_KEYS = Object.keys(figures).sort();

function packed(json: unknown): string {
  const deflated = deflateSync(new TextEncoder().encode(JSON.stringify(json)));
  return `#s=${encodeBase64UrlBytes(Uint8Array.of(2, ...deflated))}`;
}

function rejectedWith(raw: unknown): string {
  const result = decodeFiguresSection(raw);
  if (result.ok) throw new Error(`expected a rejection for ${JSON.stringify(raw)}`);
  return result.error;
}

describe('the figures section', () => {
  it('round-trips through a link, to the digits a screen can show', () => {
    const state = { view: 'funnel' as const, definition: DEFAULT_DEFINITION, figures };
    const result = readShareHash(shareHash(state));
    if (result.kind !== 'ok') throw new Error(JSON.stringify(result));
    const back = result.state.figures;
    expect(back).toBeDefined();
    expect(Object.keys(back ?? {}).sort()).toEqual(FIGURE_KEYS);
    expect(back).toMatchObject({
      made: '2026-12-05',
      currency: 'EUR',
      leads: 3000,
      neverFollowedUp: 1210,
      firstDay: '2024-01-01',
      lastDay: '2025-06-30',
      spanDays: 547,
      unlinked: false,
    });
    // Rounded: rates to 6 decimals, hours to 3, money to cents.
    expect(back?.followUpRate).toBe(0.596667);
    expect(back?.slaCompliance).toBe(0.412346);
    expect(back?.medianResponseHours).toBe(30.123);
    expect(back?.leakedRevenue).toBe(1_294_321.99);
    expect(back?.revenuePerLead).toBe(431.44);
    expect(result.warnings).toEqual([]);
  });

  it('keeps unknown figures unknown (null), never 0', () => {
    const unknown: SharedFigures = {
      ...figures,
      neverFollowedUp: null,
      followUpRate: null,
      leakedRevenue: null,
      leadToWin: null,
      revenuePerLead: null,
      firstDay: null,
      lastDay: null,
      spanDays: null,
      unlinked: true,
    };
    const result = decodeFiguresSection(JSON.parse(JSON.stringify(encodeFiguresSection(unknown))));
    expect(result).toEqual({
      ok: true,
      value: { ...unknown, slaCompliance: 0.412346, medianResponseHours: 30.123 },
      warnings: [],
    });
  });

  it('is small: the section under 600 characters of JSON, its link part under 600 bytes', () => {
    const json = JSON.stringify(encodeFiguresSection(figures));
    expect(json.length).toBeLessThanOrEqual(MAX_FIGURES_JSON);
    expect(MAX_FIGURES_JSON).toBeLessThanOrEqual(600);
    expect(encodeShareState({ figures }).length).toBeLessThan(600);
  });

  it('reads only figures: other keys, such as names or rows, are left out', () => {
    const raw = {
      ...encodeFiguresSection(figures),
      owners: ['Dana Smith'],
      rows: [{ email: 'a@b.c' }],
    };
    const result = decodeFiguresSection(raw);
    if (!result.ok) throw new Error(result.error);
    expect(Object.keys(result.value).sort()).toEqual(FIGURE_KEYS);
    expect(JSON.stringify(result.value)).not.toMatch(/Dana|a@b\.c/);
    for (const [key, value] of Object.entries(result.value)) {
      if (['made', 'firstDay', 'lastDay'].includes(key)) expect(value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      else if (key === 'currency') expect(value).toBe('EUR');
      else if (key === 'unlinked') expect(typeof value).toBe('boolean');
      else expect(typeof value === 'number' || value === null).toBe(true);
    }
  });

  it('rejects oversized sections, whatever they hold', () => {
    const raw = { ...encodeFiguresSection(figures), padding: 'x'.repeat(400) };
    expect(rejectedWith(raw)).toMatch(/at most 600/);
    const message = readShareHash(packed({ figures: raw }));
    expect(message.kind).toBe('error');
    if (message.kind === 'error') expect(message.message).toMatch(/the headline figures: .*at most 600/);
  });

  it('rejects bad figures with a sentence', () => {
    const good = encodeFiguresSection(figures);
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ ...good, v: 2 }, /newer version/],
      [{ ...good, v: undefined }, /no figures format/],
      [{ ...good, leads: -1 }, /figures\.leads is outside/],
      [{ ...good, leads: 2.5 }, /figures\.leads is not a whole number/],
      [{ ...good, leads: '3000' }, /figures\.leads is not a number/],
      [{ ...good, followUpRate: 1.2 }, /figures\.followUpRate is outside 0–1/],
      [{ ...good, neverFollowedUp: 3001 }, /more leads were never followed up than there are leads/],
      [{ ...good, currency: '<b>' }, /currency code/],
      [{ ...good, made: '5 Dec 2026' }, /figures\.made is not a day/],
      [{ ...good, spanDays: 100 }, /is not 100 days/],
      [{ ...good, firstDay: null }, /some of its days but not all/],
      [{ ...good, unlinked: 'no' }, /true or false/],
      [{ ...good, leakedRevenue: Number.POSITIVE_INFINITY }, /not a number/],
    ];
    for (const [raw, pattern] of cases) expect(rejectedWith(raw)).toMatch(pattern);
    expect(rejectedWith([1, 2])).toMatch(/not an object/);
    expect(rejectedWith(null)).toMatch(/not an object/);
  });

  it('is refused as a whole link section with a sentence, and other sections are unaffected', () => {
    const result = readShareHash(packed({ view: 'overview', figures: { v: 1, leads: 'many' } }));
    expect(result.kind).toBe('error');
    const fine = readShareHash(packed({ view: 'overview' }));
    expect(fine).toEqual({ kind: 'ok', state: { view: 'overview' }, warnings: [] });
  });
});
