import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BLANK, DEFAULT_DEFINITION, type MetricContext } from '../../../../src/lib/metrics/context';
import { leadPeriod } from '../../../../src/lib/metrics/calculator-prefill';
import { describeFilters, dimensionColumn, filterWhere } from '../../../../src/lib/metrics/filters';
import { ageBelowSql, AGE_BUCKETS } from '../../../../src/lib/metrics/follow-up';
import { funnelStages } from '../../../../src/lib/metrics/funnel';
import { knowledge, knownFields } from '../../../../src/lib/metrics/known';
import { leadFacts } from '../../../../src/lib/metrics/lead-facts';
import { statusIn } from '../../../../src/lib/metrics/lead-status';
import { redirectCsv, suggestOwners } from '../../../../src/lib/metrics/redirect';
import { responseEdges } from '../../../../src/lib/metrics/response-distribution';
import { leakedRevenue } from '../../../../src/lib/metrics/revenue';
import { ratio } from '../../../../src/lib/metrics/query';

describe('age buckets', () => {
  it('has the contract’s five buckets, and the SQL is generated from the same table', () => {
    expect(AGE_BUCKETS.map((b) => b.bucket)).toEqual(['0-2d', '2-7d', '7-30d', '30-90d', '90d+']);
    // Ages at the end of 10 January 2026 (midnight starting the 11th), worked by hand: below 2 days
    // is created after midnight starting the 9th; 30 days back is 12 December, 90 is 13 October.
    expect(ageBelowSql('2026-01-10')).toEqual([
      "created_at > TIMESTAMP '2026-01-09 00:00:00'",
      "created_at > TIMESTAMP '2026-01-04 00:00:00'",
      "created_at > TIMESTAMP '2025-12-12 00:00:00'",
      "created_at > TIMESTAMP '2025-10-13 00:00:00'",
      'created_at IS NOT NULL',
    ]);
  });
});

describe('suggestOwners (round-robin)', () => {
  const leads = (...owners: (string | null)[]) => owners.map((owner) => ({ owner }));

  it('deals the leads out in the candidates’ order, wrapping around', () => {
    expect(suggestOwners(leads('Tom', 'Tom', 'Tom', 'Tom', 'Tom'), ['Ann', 'Bob', 'Cy'])).toEqual([
      'Ann',
      'Bob',
      'Cy',
      'Ann',
      'Bob',
    ]);
  });

  it('skips the lead’s own owner and carries on from there', () => {
    expect(suggestOwners(leads('Ann', 'Tom', 'Cy', null), ['Ann', 'Bob', 'Cy'])).toEqual([
      'Bob',
      'Cy',
      'Ann',
      'Bob',
    ]);
  });

  it('suggests nobody when the only candidate already owns the lead, or there are none', () => {
    expect(suggestOwners(leads('Ann', 'Tom', 'Ann'), ['Ann'])).toEqual([null, 'Ann', null]);
    expect(suggestOwners(leads('Tom'), [])).toEqual([null]);
  });
});

describe('redirectCsv', () => {
  it('writes lead id, current owner, suggested owner, formula-safe', () => {
    const csv = redirectCsv([
      {
        leadId: '00Q1',
        owner: "Liam O'Connor",
        createdAt: '2026-10-01 09:00:00',
        ageDays: 30,
        suggestedOwner: 'Sarah Chen',
      },
      { leadId: '=cmd', owner: null, createdAt: null, ageDays: 3, suggestedOwner: null },
    ]);
    expect(csv).toBe(`Lead ID,Current owner,Suggested owner\r\n00Q1,Liam O'Connor,Sarah Chen\r\n'=cmd,,\r\n`);
    expect(Papa.parse(csv.trim(), { header: true }).data).toHaveLength(2);
  });
});

describe('knownFields', () => {
  it('collects the mapped fields per table', () => {
    const known = knownFields([
      { kind: 'leads', mapping: { lead_id: 0, created_at: 1, source: 3 } },
      { kind: 'leads', mapping: { lead_id: 0, owner: 2, first_touch_at: undefined } },
      { kind: 'deals', mapping: { lead_id: 0, outcome: 4, amount: 5 }, closedWonAssumed: false },
    ]);
    expect([...known.leads].sort()).toEqual(['created_at', 'lead_id', 'owner', 'source']);
    expect([...known.deals].sort()).toEqual(['amount', 'lead_id', 'outcome']);
    expect(known.closedWonOnly).toBe(false);
  });

  it('a closed-won export makes outcome known, but only as "all won"', () => {
    const known = knownFields([
      { kind: 'deals', mapping: { lead_id: 0, closed_at: 4 }, closedWonAssumed: true },
    ]);
    expect(known.deals.has('outcome')).toBe(true);
    expect(known.closedWonOnly).toBe(true);
    const k = knowledge(known);
    expect(k).toMatchObject({ won: true, outcomeColumn: false, hasLeads: false, followUp: false });
  });

  it('a deals file without outcome and without the closed-won assumption leaves outcome unknown', () => {
    const known = knownFields([{ kind: 'deals', mapping: { lead_id: 0 }, closedWonAssumed: false }]);
    expect(known.deals.has('outcome')).toBe(false);
    expect(knowledge(known).won).toBe(false);
  });

  it('one deals file with an outcome column beside a closed-won one: outcomes are real', () => {
    const known = knownFields([
      { kind: 'deals', mapping: { lead_id: 0 }, closedWonAssumed: true },
      { kind: 'deals', mapping: { lead_id: 0, outcome: 1 } },
    ]);
    expect(known.closedWonOnly).toBe(false);
  });

  it('knows each funnel stage by its own fields only', () => {
    const k = (fields: string[]) =>
      knowledge({ leads: new Set(['lead_id', ...fields]), deals: new Set(['outcome']) });
    expect(k([]).followUp).toBe(false);
    expect(k(['touches']).followUp).toBe(true);
    expect(k(['status'])).toMatchObject({ followUp: true, qualified: true, opportunity: false });
    expect(k(['converted'])).toMatchObject({ followUp: false, qualified: true, opportunity: true });
    expect(k(['first_touch_at'])).toMatchObject({ followUp: true, firstTouch: true, qualified: false });
  });
});

describe('funnelStages', () => {
  it('divides by the previous KNOWN stage and by leads; unknown stages are null, later ones count', () => {
    expect(funnelStages([8000, null, null, null, 842])).toEqual([
      { stage: 'leads', count: 8000, fromPrevious: null, fromLeads: 1 },
      { stage: 'followed_up', count: null, fromPrevious: null, fromLeads: null },
      { stage: 'qualified', count: null, fromPrevious: null, fromLeads: null },
      { stage: 'opportunity', count: null, fromPrevious: null, fromLeads: null },
      { stage: 'won', count: 842, fromPrevious: 0.10525, fromLeads: 0.10525 },
    ]);
    const stages = funnelStages([100, 60, null, 20, 5]);
    expect(stages[3]).toEqual({ stage: 'opportunity', count: 20, fromPrevious: 20 / 60, fromLeads: 0.2 });
    expect(stages[4]?.fromPrevious).toBe(0.25);
  });

  it('a stage of 0 is a known 0, and rates over it are null, not 0 or Infinity', () => {
    const stages = funnelStages([0, 0, 0, 0, 0]);
    expect(stages.map((s) => s.count)).toEqual([0, 0, 0, 0, 0]);
    expect(stages.every((s) => s.fromLeads === null && s.fromPrevious === null)).toBe(true);
  });
});

describe('small formulas', () => {
  it('ratio is null for unknown parts and empty wholes', () => {
    expect(ratio(1, 4)).toBe(0.25);
    expect(ratio(0, 4)).toBe(0);
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(null, 4)).toBeNull();
    expect(ratio(1, null)).toBeNull();
  });

  it('leaked revenue = never × (won / followed) × average, null when any input is unknown', () => {
    expect(leakedRevenue(100, 10, 50, 1000)).toBe(20000);
    expect(leakedRevenue(100, 10, 0, 1000)).toBeNull();
    expect(leakedRevenue(null, 10, 50, 1000)).toBeNull();
    expect(leakedRevenue(100, null, 50, 1000)).toBeNull();
    expect(leakedRevenue(100, 10, 50, null)).toBeNull();
  });

  it('response edges: fixed edges plus the SLA (the bins, through DuckDB: integration buckets.test.ts)', () => {
    expect(responseEdges(48)).toEqual([1, 2, 4, 8, 12, 24, 48, 72, 120, 168, 336, 720]);
    expect(responseEdges(36)).toEqual([1, 2, 4, 8, 12, 24, 36, 48, 72, 120, 168, 336, 720]);
    expect(responseEdges(48).length + 1).toBeLessThanOrEqual(40);
  });

  it('lead period: first to last day inclusive, narrowed to the filter range', () => {
    expect(leadPeriod('2025-01-01', '2025-12-31')).toEqual({
      firstDay: '2025-01-01',
      lastDay: '2025-12-31',
      days: 365,
    });
    expect(leadPeriod('2025-01-01', '2025-12-31', '2025-07-01')?.days).toBe(184);
    expect(leadPeriod('2025-01-01', '2025-12-31', '2024-01-01', '2025-01-31')).toEqual({
      firstDay: '2025-01-01',
      lastDay: '2025-01-31',
      days: 31,
    });
    expect(leadPeriod('2025-01-01', '2025-12-31', '2026-01-01')).toBeNull();
    expect(leadPeriod(null, null)).toBeNull();
  });
});

describe('filter SQL', () => {
  it('quotes values and rejects anything that is not a lead dimension', () => {
    const where = filterWhere({ dimensions: { source: ["O'Reilly", BLANK], x_industry: ['a'] } });
    expect(where).toBe(`(l."source" IN ('O''Reilly') OR l."source" IS NULL) AND (l."x_industry" IN ('a'))`);
    expect(() => dimensionColumn('lead_id; DROP TABLE leads')).toThrow();
    expect(() => filterWhere({ createdFrom: "2025-01-01' OR 1=1 --" })).toThrow();
    expect(filterWhere({})).toBe('true');
    expect(filterWhere({ dimensions: { source: [] } })).toBe('true');
  });

  it('compares a coded dimension by its codes, quoted, and still refuses names that are no dimension', () => {
    const codes = { source: 'c0.code' };
    const where = filterWhere(
      { dimensions: { source: ["O'Reilly", BLANK], owner: ['Ann'] } },
      'l',
      undefined,
      codes,
    );
    expect(where).toBe(`(c0.code IN (hash('O''Reilly')) OR c0.code IS NULL) AND (l."owner" IN ('Ann'))`);
    expect(filterWhere({ dimensions: { source: ['a'] } }, 'l', 'source', codes)).toBe('true');
    expect(() =>
      filterWhere({ dimensions: { 'x; DROP TABLE leads': ['a'] } }, 'l', undefined, {
        'x; DROP TABLE leads': 'c0.code',
      }),
    ).toThrow();
  });

  it('asks for two to four values with one list_contains, for one or five and more with IN', () => {
    const values = ['a', 'b', 'c', 'd', 'e'];
    const shape = (n: number, codes?: Record<string, string>) =>
      filterWhere({ dimensions: { source: values.slice(0, n) } }, 'l', undefined, codes);
    expect(shape(1)).toBe(`(l."source" IN ('a'))`);
    expect(shape(2)).toBe(`(list_contains(['a', 'b'], l."source"))`);
    expect(shape(4)).toBe(`(list_contains(['a', 'b', 'c', 'd'], l."source"))`);
    expect(shape(5)).toBe(`(l."source" IN ('a', 'b', 'c', 'd', 'e'))`);
    expect(shape(3, { source: 'c0.code' })).toBe(
      `(list_contains([hash('a'), hash('b'), hash('c')], c0.code))`,
    );
  });

  it('the created range is inclusive of both days', () => {
    expect(filterWhere({ createdFrom: '2025-01-01', createdTo: '2025-01-31' })).toBe(
      `l.created_at >= TIMESTAMP '2025-01-01' AND l.created_at < TIMESTAMP '2025-01-31' + INTERVAL 1 DAY`,
    );
  });

  it('describeFilters keeps only what is set', () => {
    expect(describeFilters({ createdFrom: undefined, dimensions: { source: [], owner: ['Ann'] } })).toEqual({
      dimensions: { owner: ['Ann'] },
    });
  });

  it('status sets never yield NULL (an empty set matches nothing)', () => {
    expect(statusIn([])).toBe('false');
    expect(statusIn([' New ', 'new', ''])).toBe(`lower(trim(coalesce(l.status, ''))) IN ('new', '')`);
  });

  it('lead facts refuse a non-finite SLA', () => {
    const ctx: MetricContext = {
      filters: {},
      definition: { ...DEFAULT_DEFINITION, slaHours: Number.NaN },
      known: { leads: new Set(['lead_id']), deals: new Set() },
      asOf: '2026-01-01',
    };
    expect(() => leadFacts(ctx)).toThrow();
  });
});
