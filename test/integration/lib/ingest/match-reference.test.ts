import { describe, expect, it } from 'vitest';
import { matchCounts } from '../../../../src/lib/ingest/match';
import { freshDb } from '../../../support/db';
import { csvFolder, dealLinks as links } from '../../../support/deal-links';
import { loadMapped } from '../../../support/load-mapped';
import { random } from '../../../support/random';

/**
 * Deal matching against an independent reading of DESIGN.md "matching deals to leads", written here
 * in TypeScript, on generated files made to hit the rules' corners: keys in mixed case, ids listed as
 * "C1; C3", leads sharing a created day (the first loaded wins), blank dates, several rules per deal.
 */
const { write } = csvFolder('leadgap-match-ref-');

type Row = Record<string, string>;
type Field = 'lead_id' | 'email' | 'company_id' | 'company';
// The rules in order, and whether each side's values may list several ids.
const RULES: { by: Field; splitDeals: boolean; splitLeads: boolean }[] = [
  { by: 'lead_id', splitDeals: true, splitLeads: false },
  { by: 'email', splitDeals: false, splitLeads: false },
  { by: 'company_id', splitDeals: true, splitLeads: true },
  { by: 'company', splitDeals: false, splitLeads: false },
];

function generate(seed: number) {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const anyCase = (s: string) =>
    [...s].map((c) => (next() < 0.5 ? c.toUpperCase() : c.toLowerCase())).join('');
  const maybe = (p: number, value: () => string) => (next() < p ? value() : '');
  const day = () => `2026-01-${String(1 + Math.floor(next() * 8)).padStart(2, '0')}`;
  const emails = ['ann@a.example', 'bob@b.example', 'cy@c.example', 'dee@d.example'];
  const companies = ['Orbit', 'Nova Labs', 'Acme Inc'];
  const ids = ['C1', 'C2', 'C3', 'C4'];
  const idList = () => (next() < 0.3 ? `${pick(ids)}; ${pick(ids)}` : pick(ids));
  const leads: Row[] = Array.from({ length: 60 }, (_, i) => ({
    lead_id: `L${i + 1}`,
    created: maybe(0.85, day),
    email: maybe(0.6, () => anyCase(pick(emails))),
    company_id: maybe(0.5, idList),
    company: maybe(0.7, () => anyCase(pick(companies))),
  }));
  const leadIds = () => {
    const r = next();
    if (r < 0.3) return anyCase(`L${1 + Math.floor(next() * 60)}`);
    if (r < 0.45) return `L${1 + Math.floor(next() * 60)}, ${anyCase(`l${1 + Math.floor(next() * 60)}`)}`;
    return r < 0.55 ? 'L999' : '';
  };
  const deals: Row[] = Array.from({ length: 90 }, (_, i) => ({
    deal_id: `D${i + 1}`,
    lead_id: leadIds(),
    email: maybe(0.4, () => anyCase(pick([...emails, 'zed@z.example']))),
    company_id: maybe(0.4, () => (next() < 0.3 ? `C9;${pick(ids)}` : idList())),
    company: maybe(0.6, () => anyCase(pick([...companies, 'Omega']))),
    created: maybe(0.7, day),
    closed: maybe(0.5, day),
  }));
  return { leads, deals };
}

const csv = (header: string, rows: string[][]) => [
  header,
  ...rows.map((r) => r.map((v) => `"${v}"`).join(',')),
];

/** The rules as DESIGN.md states them, deal by deal. */
function expected(leads: Row[], deals: Row[]) {
  const keys = (value: string | undefined, split: boolean) => {
    if (!value) return [];
    const k = value.toLowerCase();
    const parts = split && /[;,]/.test(k) ? k.split(/[;,]/).map((x) => x.trim()) : [];
    return [k, ...parts.filter((x) => x !== '')];
  };
  const time = (d: string | undefined) => (d ? Date.parse(d) : null);
  const out: Record<string, { lead: string | null; by: string | null }> = {};
  for (const deal of deals) {
    const since = time(deal['created']) ?? time(deal['closed']);
    out[deal['deal_id'] ?? ''] = { lead: null, by: null };
    for (const rule of RULES) {
      const wanted = new Set(keys(deal[rule.by], rule.splitDeals));
      const found = leads
        .map((lead, order) => ({ lead, order, t: time(lead['created']) }))
        .filter(({ lead }) => keys(lead[rule.by], rule.splitLeads).some((k) => wanted.has(k)));
      if (found.length === 0) continue;
      // [tier, time, load order]: before the deal (latest first), after it (earliest first), undated
      const rank = ({ order, t }: (typeof found)[number]): [number, number, number] =>
        t !== null && since !== null && t <= since
          ? [0, -t, order]
          : t !== null
            ? [1, t, order]
            : [2, 0, order];
      const best = found.sort((a, b) => {
        const [x, y] = [rank(a), rank(b)];
        return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
      })[0];
      out[deal['deal_id'] ?? ''] = { lead: best?.lead['lead_id'] ?? null, by: rule.by };
      break;
    }
  }
  return out;
}

describe('deal matching against an independent reading of the rules', () => {
  it.each([11, 29, 47])('links every generated deal as the rules say (seed %i)', async (seed) => {
    const { leads, deals } = generate(seed);
    const db = await freshDb();
    const leadsCsv = csv(
      'Lead ID,Created Date,Email,Company ID,Company',
      leads.map((l) => [l['lead_id'], l['created'], l['email'], l['company_id'], l['company']] as string[]),
    );
    const dealsCsv = csv(
      'Deal ID,Lead ID,Email,Company ID,Company,Created Date,Close Date',
      deals.map(
        (d) =>
          [
            d['deal_id'],
            d['lead_id'],
            d['email'],
            d['company_id'],
            d['company'],
            d['created'],
            d['closed'],
          ] as string[],
      ),
    );
    await loadMapped(db, 'leads', write(`leads-${seed}.csv`, leadsCsv), 2 * seed, {
      'Company ID': 'company_id',
    });
    await loadMapped(db, 'deals', write(`deals-${seed}.csv`, dealsCsv), 2 * seed + 1, {
      'Company ID': 'company_id',
    });
    const want = expected(leads, deals);
    // Every rule links some deals, so each is exercised.
    for (const rule of RULES) expect(Object.values(want).some((w) => w.by === rule.by)).toBe(true);
    expect(await links(db)).toEqual(want);
    // The counts the landing after a load asks for: every deal row, and those the reference links.
    const linked = Object.values(want).filter((w) => w.lead !== null).length;
    expect(linked).toBeLessThan(deals.length);
    expect(await matchCounts(db)).toEqual({ deals: deals.length, matched: linked });
  });
});
