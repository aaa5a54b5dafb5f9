/**
 * The bucket edges of the SQL itself, through DuckDB (no JS twin of the SQL): the untouched-by-age
 * buckets of `followUp` (lower bound inclusive, a lead created after the as-of day in 0-2d) and the
 * response-time bins of `responseDistribution` ((from, to], 0 in the first bin, the SLA an edge).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { MetricsEngine, type KnownFields } from '../../../../src/lib/metrics';
import { knownFields } from '../../../../src/lib/metrics/known';
import { freshDb, load } from '../../../support/db';

const AS_OF = '2025-06-30';
/** Untouched leads: created so that their age at the end of the as-of day is the key, in days. */
const UNTOUCHED: [created: string, bucket: string][] = [
  ['6/30/2025 12:00 PM', '0-2d'], // 0.5 d
  ['7/5/2025 9:00 AM', '0-2d'], // created after the as-of day
  ['6/29/2025 12:01 AM', '0-2d'], // just under 2 d
  ['6/29/2025 12:00 AM', '2-7d'], // 2 d exactly
  ['6/24/2025 12:00 AM', '7-30d'], // 7 d
  ['6/1/2025 12:00 AM', '30-90d'], // 30 d
  ['4/2/2025 12:00 AM', '90d+'], // 90 d
  ['1/1/2020 12:00 AM', '90d+'],
];
/** Touched leads, created at midnight on 1/1/2024: first touch after so many hours. */
const RESPONSES: [firstTouch: string, hours: number][] = [
  ['1/1/2024 12:00 AM', 0],
  ['1/1/2024 1:00 AM', 1],
  ['1/1/2024 1:01 AM', 61 / 60],
  ['1/2/2024 12:00 AM', 24],
  ['1/2/2024 12:01 AM', 24 + 1 / 60],
  ['1/3/2024 12:00 AM', 48],
  ['2/21/2025 4:00 PM', 10_000],
];

describe('bucket edges in the SQL', () => {
  let dir: string;
  let db: Db;
  let known: KnownFields;
  const engine = () => new MetricsEngine(db, { store: false });
  const state = (slaHours: number) => ({ known, definition: { asOf: AS_OF, slaHours } });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'leadgap-buckets-'));
    const rows = [
      'Lead ID,Created Date,First Call Date Time',
      ...UNTOUCHED.map(([created], i) => `U${i},${created},`),
      ...RESPONSES.map(([touch], i) => `R${i},1/1/2024 12:00 AM,${touch}`),
      'N0,1/5/2024 12:00 AM,1/4/2024 12:00 AM',
    ];
    const path = join(dir, 'leads.csv');
    writeFileSync(path, `${rows.join('\n')}\n`);
    db = await freshDb();
    const { prepared } = await load(db, 'leads', path);
    known = knownFields([{ kind: 'leads', mapping: prepared.mapping }]);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('untouched by age: lower bound inclusive, a lead created after the as-of day in 0-2d', async () => {
    const followUp = await engine().run(state(48), 'followUp');
    const expected = new Map<string, number>();
    for (const [, bucket] of UNTOUCHED) expected.set(bucket, (expected.get(bucket) ?? 0) + 1);
    expect(followUp.untouchedByAge).toEqual(
      ['0-2d', '2-7d', '7-30d', '30-90d', '90d+'].map((bucket) => ({
        bucket,
        count: expected.get(bucket) ?? 0,
      })),
    );
  });

  it('response bins: (from, to], 0 in the first bin, the open-ended last; negatives apart', async () => {
    const distribution = await engine().run(state(48), 'responseDistribution');
    const counts = (distribution?.bins ?? []).filter((b) => b.count > 0).map((b) => [b.fromHours, b.count]);
    expect(counts).toEqual([
      [0, 2], // 0 h and 1 h
      [1, 1], // 1 h 1 min
      [12, 1], // 24 h
      [24, 2], // 24 h 1 min, 48 h
      [720, 1], // 10,000 h
    ]);
    expect(distribution?.negative).toBe(1);
    expect(distribution?.responses).toBe(RESPONSES.length);
  });

  it('the SLA is an edge: every bin wholly within or wholly past it', async () => {
    const distribution = await engine().run(state(36), 'responseDistribution');
    const bins = distribution?.bins ?? [];
    expect(bins.find((b) => b.fromHours === 24)).toMatchObject({ toHours: 36, count: 1, band: 'within' });
    expect(bins.find((b) => b.fromHours === 36)).toMatchObject({ toHours: 48, count: 1, band: 'breached' });
  });
});
