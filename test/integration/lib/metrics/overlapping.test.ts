/**
 * Overlapping uploads (issue 10): monthly exports share ids, the later upload's rows win and the
 * earlier ones are set aside, inside the views. The derived facts pair with `leads`/`deals` by
 * position, upload by upload, so the rows that remain of each upload must come in their stored order
 * on both sides: every family read from the facts equals the reference computed on the rows that
 * remain (earlier files without the shared rows, then the later ones), before and after the latest
 * file is removed.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { removeUpload } from '../../../../src/lib/ingest/pipeline';
import { knownFields, type KnownFields } from '../../../../src/lib/metrics';
import { freshDb, load } from '../../../support/db';
import { sample } from '../../../support/files';
import { loadReference } from '../../../support/reference-metrics';
import { expectSame, referenceFamilies, type Scenario } from './compare';
import { engine, storedEngine, codedEngine, type PreparedCache } from './engines';
import { SAMPLE_DEAL_COLUMNS, SAMPLE_LEAD_COLUMNS } from './datasets';

type Row = Record<string, string>;

const read = (path: string) =>
  Papa.parse<Row>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data;

/** The later export of a shared row: its lead moved on (another status and owner), its deal re-valued. */
const laterLead = (row: Row, i: number): Row =>
  i % 2 === 0 ? { ...row, 'Lead Status': 'Working - Contacted', 'Lead Owner': 'Dana Later' } : row;
const laterDeal = (row: Row, i: number): Row =>
  i % 2 === 0 ? { ...row, Amount: String(Number(row['Amount'] || 0) * 2 + 1) } : row;

describe('facts over overlapping uploads, the later rows winning', () => {
  let dir: string;
  let db: Db;
  let known: KnownFields;
  const write = (name: string, rows: Row[]) => {
    const path = join(dir, name);
    writeFileSync(path, `${Papa.unparse(rows, { newline: '\n' })}\n`);
    return path;
  };
  const reference = (leads: Row[], deals: Row[]) =>
    loadReference({
      leads: {
        path: write('leads-kept.csv', leads),
        columns: SAMPLE_LEAD_COLUMNS,
        extras: { x_industry: 'Industry', x_country: 'Country' },
      },
      deals: { path: write('deals-kept.csv', deals), columns: SAMPLE_DEAL_COLUMNS },
    });

  // Leads 0–1799, then 1200–2599 (600 shared, half of them changed), then 2400–2999 (200 shared).
  const leads = read(sample('leads.csv'));
  const a = leads.slice(0, 1800);
  const b = leads.slice(1200, 2600).map((row, i) => (i < 600 ? laterLead(row, i) : row));
  const c = leads.slice(2400);
  // Deals 0–249, then 150–343 (100 shared, half re-valued).
  const deals = read(sample('deals.csv'));
  const dealsA = deals.slice(0, 250);
  const dealsB = deals.slice(150).map((row, i) => (i < 100 ? laterDeal(row, i) : row));
  let lastLeads = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'leadgap-overlapping-'));
    db = await freshDb();
    const uploads = [];
    for (const [name, rows] of [
      ['leads-a.csv', a],
      ['leads-b.csv', b],
      ['leads-c.csv', c],
    ] as const)
      uploads.push(await load(db, 'leads', write(name, rows)));
    uploads.push(await load(db, 'deals', write('deals-a.csv', dealsA)));
    uploads.push(await load(db, 'deals', write('deals-b.csv', dealsB)));
    lastLeads = uploads[2]?.prepared.uploadId ?? 0;
    known = knownFields(
      uploads.map(({ prepared }) => ({
        kind: prepared.kind,
        mapping: prepared.mapping,
        closedWonAssumed: prepared.closedWonAssumed,
      })),
    );
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const scenarios: [string, Scenario][] = [
    ['no filter', { extras: ['x_industry'] }],
    ['one owner (the later rows’)', { filters: { dimensions: { owner: ['Dana Later'] } } }],
    [
      'a status and a created range',
      { filters: { dimensions: { status: ['Working - Contacted', 'New'] }, createdFrom: '2025-11-01' } },
    ],
    ['SLA 24 h', { definition: { slaHours: 24 } }],
  ];

  const compare = async (expected: ReturnType<typeof reference>, count: number) => {
    const prepared: PreparedCache = new Map();
    const coded: PreparedCache = new Map();
    for (const [, scenario] of scenarios) {
      const stored = await storedEngine(db, known, scenario, prepared);
      expect(stored.ctx.materialized?.layout).toBe('derived');
      const { families } = referenceFamilies(expected, scenario);
      expectSame(stored.families, families);
      expectSame((await codedEngine(db, known, scenario, coded)).families, families);
      expectSame((await engine(db, known, scenario)).families, families);
      if (!scenario.filters) expect(families.viewCounts.leads).toBe(count);
    }
  };

  it('three lead files and two deal files: each id counted once, from the latest file', async () => {
    // 1200 of a + 1200 of b + 600 of c = 3000 leads; 150 + 194 = 344 deals.
    const expected = reference(
      [...a.slice(0, 1200), ...b.slice(0, 1200), ...c],
      [...dealsA.slice(0, 150), ...dealsB],
    );
    expect(expected.leads).toHaveLength(3000);
    expect(expected.deals).toHaveLength(deals.length);
    await compare(expected, 3000);
  });

  it('with the latest lead file removed, its shared rows come back from the one before', async () => {
    await removeUpload(db, lastLeads);
    const expected = reference([...a.slice(0, 1200), ...b], [...dealsA.slice(0, 150), ...dealsB]);
    await compare(expected, 2600);
  });
});
