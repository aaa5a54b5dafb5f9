import { describe, expect, it } from 'vitest';
import { defaultProvenance } from '../../../../src/lib/calculator/benchmarks';
import { DEFAULT_DEFINITION, type MetricContext } from '../../../../src/lib/metrics/context';
import {
  byDimensionQuery,
  byOwnerQuery,
  followUpQuery,
  segmentedFunnelQuery,
  type Query,
} from '../../../../src/lib/metrics';
import { collectSnapshot } from '../../../../src/lib/share/snapshot-collect';
import { snapshotCatalog } from '../../../../src/lib/share/snapshot-catalog';
import { decodeSnapshot, type SnapshotDocument } from '../../../../src/lib/share/snapshot-document';
import {
  extractSnapshotJson,
  readSnapshotText,
  scriptSafeJson,
  snapshotHtml,
} from '../../../../src/lib/share/snapshot-html';
import {
  OwnerAliases,
  looksPersonal,
  repAlias,
  safeGrouping,
  scrubDeep,
} from '../../../../src/lib/share/snapshot-privacy';
import { NOT_IN_SNAPSHOT, snapshotMetrics } from '../../../../src/lib/share/snapshot-source';
import { CASE_A } from '../calculator/fixtures';

const ctx: MetricContext = {
  filters: { dimensions: { owner: ['Dana Scully'], x_country: ['Sweden'] } },
  definition: DEFAULT_DEFINITION,
  known: {
    leads: new Set(['lead_id', 'created_at', 'source', 'owner', 'status', 'first_touch_at', 'email']),
    deals: new Set(['deal_id', 'outcome', 'amount']),
    closedWonOnly: false,
  },
  asOf: '2025-06-30',
};

const dimensionRow = (value: string, leads: number) => ({
  value,
  leads,
  followedUp: leads - 1,
  followUpRate: (leads - 1) / leads,
  wonLeads: 1,
  leadToWin: 1 / leads,
  wonAmount: 1000,
  revenuePerLead: 1000 / leads,
});
const stages = (count: number) =>
  (['leads', 'followed_up', 'qualified', 'opportunity', 'won'] as const).map((stage) => ({
    stage,
    count,
    fromPrevious: 1,
    fromLeads: 1,
  }));

/** A stand-in for DuckDB: answers each catalog query by its key, as the metrics would. */
function fakeRun(on: MetricContext = ctx): <T>(query: Query<T>) => Promise<T> {
  const keys = new Map(
    snapshotCatalog(['campaign', 'x_country', 'x_first_name', 'x_notes']).map((e) => [
      e.build(on).sql,
      e.key,
    ]),
  );
  const nulls = (...names: string[]) => Object.fromEntries(names.map((n) => [n, null]));
  const owners = ['Dana Scully', 'Fox Mulder', 'Walter Skinner'];
  const answers: Record<string, unknown> = {
    viewCounts: { leads: 300, deals: 12 },
    revenue: nulls(
      'wonLeads',
      'wonDeals',
      'lostDeals',
      'openDeals',
      'winRate',
      'wonAmount',
      'averageWonAmount',
      'leadToWin',
      'revenuePerLead',
      'medianDaysToWin',
      'medianDealCycleDays',
      'leakedRevenue',
    ),
    funnel: stages(300),
    calculatorPrefill: nulls(
      'inboundLeads',
      'leadsInData',
      'firstDay',
      'lastDay',
      'spanDays',
      'followUpRate',
      'leadToSqlRate',
      'sqlCloseRate',
      'averageDeal',
      'nurturedShare',
    ),
    followUp: {
      followedUp: 200,
      neverFollowedUp: 100,
      rate: 2 / 3,
      medianResponseHours: 3,
      p90ResponseHours: 40,
      withinSla: 150,
      breachedSla: 120,
      pendingSla: 5,
      slaCompliance: 150 / 270,
      untouchedByAge: [{ bucket: '0-2d', count: 5 }],
      negativeResponses: 0,
      followedUpAtUnknownTime: 0,
    },
    byOwner: owners.map((owner, i) => ({
      owner,
      leads: 100 - i,
      followedUp: 50,
      followUpRate: 0.5,
      medianResponseHours: 2,
      slaCompliance: 0.5,
      wonLeads: 1,
      wonAmount: 10,
      leadsPerMonth: 4,
    })),
    capacity: [{ owner: 'Fox Mulder', month: '2025-01', leads: 9, followedUp: 3, followUpRate: 1 / 3 }],
    'segmentedFunnel:owner': [
      { segment: 'Walter Skinner', other: false, stages: stages(98) },
      { segment: 'Other', other: true, stages: stages(1) },
    ],
    'byDimension:x_country': [dimensionRow('Sweden', 150), dimensionRow('Spain', 150)],
    // One value per lead: left out.
    'byDimension:x_first_name': Array.from({ length: 300 }, (_, i) => dimensionRow(`Name ${i}`, 1)),
    'byDimension:campaign': [dimensionRow('Spring = promo', 300)],
    'byDimension:source': [dimensionRow('Contact jane.doe@example.com', 300)],
  };
  return async <T>(query: Query<T>) => {
    const key = keys.get(query.sql);
    if (!key) throw new Error(`unexpected query ${query.sql.slice(0, 80)}`);
    return (answers[key] ?? null) as T;
  };
}

async function collect(includeOwnerNames = false): Promise<SnapshotDocument> {
  return collectSnapshot({
    ctx,
    run: fakeRun(),
    dimensions: [
      { column: 'source', label: 'Source' },
      { column: 'campaign', label: 'Campaign' },
      { column: 'x_country', label: 'Country' },
      { column: 'x_first_name', label: 'Given' }, // header does not say "name": caught by its values
      { column: 'x_notes', label: 'Notes' },
    ],
    files: [{ kind: 'leads', fileName: 'leads.csv', rows: 300 }],
    calculator: {
      currency: 'USD',
      period: 'year',
      scenarios: [
        {
          id: 'a',
          name: 'Today',
          baseline: true,
          inputs: { ...CASE_A },
          provenance: defaultProvenance(),
          overridden: [],
        },
      ],
      selectedId: 'a',
      dataBasis: null,
    },
    view: 'reps',
    includeOwnerNames,
    now: new Date('2025-07-01T10:00:00Z'),
  });
}

describe('snapshot privacy', () => {
  it('names reps A…Z, then AA, AB…', () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(repAlias)).toEqual([
      'Rep A',
      'Rep B',
      'Rep Z',
      'Rep AA',
      'Rep AB',
      'Rep ZZ',
      'Rep AAA',
    ]);
    const aliases = new OwnerAliases();
    expect([aliases.alias('x'), aliases.alias('(blank)'), aliases.alias('y'), aliases.alias('x')]).toEqual([
      'Rep A',
      '(blank)',
      'Rep B',
      'Rep A',
    ]);
  });

  it('spots personal headers and one-value-per-lead columns', () => {
    for (const header of [
      'First Name',
      'lastName',
      'E-mail',
      'Phone',
      'Mobile',
      'Lead ID',
      'Street Address',
      'Notes',
      'LinkedIn URL',
    ]) {
      expect(looksPersonal(header), header).toBe(true);
    }
    for (const header of ['Industry', 'Country', 'Company size', 'Region', 'Tier', 'Product']) {
      expect(looksPersonal(header), header).toBe(false);
    }
    expect(safeGrouping(['a', 'b', 'c'], 3)).toBe(true);
    expect(
      safeGrouping(
        Array.from({ length: 20 }, (_, i) => `v${i}`),
        50,
      ),
    ).toBe(false);
    expect(
      safeGrouping(
        Array.from({ length: 101 }, (_, i) => `v${i}`),
        1e6,
      ),
    ).toBe(false);
    expect(safeGrouping(['a@b.example'], 100)).toBe(false);
    expect(scrubDeep({ a: ['mail me: x.y@corp.example.com', 3], b: null })).toEqual({
      a: ['mail me: (hidden)', 3],
      b: null,
    });
  });

  it('collects every figure with owners pseudonymised, personal columns left out, e-mails scrubbed', async () => {
    const doc = await collect();
    const text = JSON.stringify(doc);
    for (const owner of ['Dana Scully', 'Fox Mulder', 'Walter Skinner']) expect(text).not.toContain(owner);
    expect(text).not.toContain('@example.com');
    expect(doc.results['byOwner']).toMatchObject([
      { owner: 'Rep A' },
      { owner: 'Rep B' },
      { owner: 'Rep C' },
    ]);
    expect(doc.results['capacity']).toMatchObject([{ owner: 'Rep B' }]);
    expect(doc.results['segmentedFunnel:owner']).toMatchObject([
      { segment: 'Rep C' },
      { segment: 'Other', other: true },
    ]);
    expect(doc.context.filters).toEqual({ dimensions: { owner: ['Rep A'], x_country: ['Sweden'] } });
    expect(doc.dimensions.map((d) => d.column)).toEqual(['source', 'campaign', 'x_country']);
    expect(doc.hiddenDimensions).toEqual(['Notes', 'Given']);
    expect(doc.results['byDimension:x_first_name']).toBeUndefined();
    expect(doc.context.known.leads).toContain('email'); // which fields exist, never their values
    expect(doc.ownerNames).toBe('pseudonymised');
    // Opting in keeps the names.
    const named = await collect(true);
    expect(named.results['byOwner']).toMatchObject([
      { owner: 'Dana Scully' },
      { owner: 'Fox Mulder' },
      { owner: 'Walter Skinner' },
    ]);
    expect(named.context.filters.dimensions?.['owner']).toEqual(['Dana Scully']);
  });

  it('a filter on a column left out shows no value', async () => {
    const notes: MetricContext = { ...ctx, filters: { dimensions: { x_notes: ['Call Jane back'] } } };
    const doc = await collectSnapshot({ ...(await collectInput()), ctx: notes, run: fakeRun(notes) });
    expect(doc.context.filters).toEqual({ dimensions: { x_notes: ['(hidden) 1'] } });
  });
});

async function collectInput() {
  const doc = await collect();
  return {
    ctx,
    run: fakeRun(),
    dimensions: [{ column: 'x_notes', label: 'Notes' }],
    files: doc.files,
    calculator: doc.calculator,
    view: doc.view,
    includeOwnerNames: false,
  };
}

describe('the snapshot document and its file', () => {
  it('round-trips through its HTML, and the views find their figures by their own queries', async () => {
    const doc = await collect();
    const html = snapshotHtml({ doc, script: 'console.log(1)', style: 'body{}', title: 'A <b>snapshot</b>' });
    expect(html).toContain('<title>A &#60;b&#62;snapshot&#60;/b&#62;</title>');
    const read = readSnapshotText(html);
    if (!read.ok) throw new Error(read.error);
    expect(read.value).toEqual(JSON.parse(JSON.stringify(doc)));
    const metrics = snapshotMetrics(read.value);
    await expect(metrics.metric(byOwnerQuery)).resolves.toEqual(doc.results['byOwner']);
    await expect(metrics.metric(followUpQuery)).resolves.toEqual(doc.results['followUp']);
    await expect(metrics.metric((c) => segmentedFunnelQuery(c, 'owner'))).resolves.toEqual(
      doc.results['segmentedFunnel:owner'],
    );
    await expect(metrics.metric((c) => byDimensionQuery(c, 'x_country'))).resolves.toHaveLength(2);
    // Not stored: a column left out, another parameter, a lead-level list.
    await expect(metrics.metric((c) => byDimensionQuery(c, 'x_first_name'))).rejects.toThrow(NOT_IN_SNAPSHOT);
    await expect(metrics.metric((c) => segmentedFunnelQuery(c, 'owner', 3))).rejects.toThrow(NOT_IN_SNAPSHOT);
  });

  it('keeps its data inside its script element whatever the text', () => {
    const hostile = { a: '</script><script>alert(1)</script><!--', b: '\u2028&' };
    const json = scriptSafeJson(hostile);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(hostile);
    expect(() =>
      snapshotHtml({ doc: {} as SnapshotDocument, script: 'x="</script>"', style: '', title: '' }),
    ).toThrow(/cannot be inlined/);
  });

  it('refuses what is not a snapshot, or a damaged or tampered one, with a sentence', async () => {
    const doc = JSON.parse(JSON.stringify(await collect())) as Record<string, unknown> & {
      results: Record<string, unknown>;
      context: Record<string, unknown>;
    };
    const bad = (change: (d: typeof doc) => void) => {
      const copy = JSON.parse(JSON.stringify(doc)) as typeof doc;
      change(copy);
      const result = decodeSnapshot(copy);
      return result.ok ? 'ok' : result.error;
    };
    expect(bad(() => undefined)).toBe('ok');
    expect(bad((d) => (d['schema'] = 'leadgap.snapshot/9'))).toMatch(/another version of LeadGap/);
    expect(bad((d) => (d['schema'] = 'something'))).toMatch(/schema is not one of leadgap.snapshot\/1/);
    expect(bad((d) => (d.results['viewCounts'] = { leads: '3', deals: 1 }))).toMatch(
      /results.viewCounts.leads is not a number/,
    );
    expect(
      bad((d) => Object.assign((d.results['byOwner'] as object[])[0] ?? {}, { owner: { toString: 1 } })),
    ).toMatch(/results.byOwner\[0\].owner is not text/);
    expect(bad((d) => (d.results['funnel'] = Array(6).fill(stages(1)[0])))).toMatch(/has more than 5 items/);
    expect(
      bad((d) => ((d.context['filters'] as Record<string, unknown>)['dimensions'] = { 'x; DROP': ['a'] })),
    ).toMatch(/is not a lead column/);
    expect(bad((d) => (d['dimensions'] = [{ column: 'lead_id', label: 'x' }]))).toMatch(
      /is not a lead column/,
    );
    expect(bad((d) => (d.context['asOf'] = '2025-13-01'))).toMatch(/context.asOf is not a day/);
    expect(bad((d) => (d['calculator'] = { currency: 'USD' }))).toMatch(/its calculator:/);
    expect(bad((d) => (d['view'] = 'admin'))).toMatch(/view is not one of/);
    // Unknown result keys are dropped, not trusted.
    const extra = decodeSnapshot({ ...doc, results: { ...doc.results, evil: '<script>' } });
    expect(extra.ok && 'evil' in extra.value.results).toBe(false);

    expect(readSnapshotText('<html>hello</html>')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not a LeadGap snapshot/),
    });
    const html = snapshotHtml({ doc: doc as unknown as SnapshotDocument, script: '', style: '', title: 't' });
    expect(readSnapshotText(html.slice(0, html.indexOf('"results"') + 50))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/cut short/),
    });
    expect(extractSnapshotJson('<script type="application/json" id="leadgap-snapshot">{"a":')).toMatchObject({
      ok: false,
    });
    expect(readSnapshotText('{"schema":')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not valid JSON/),
    });
    expect(readSnapshotText('null')).toMatchObject({ ok: false });
  });
});
