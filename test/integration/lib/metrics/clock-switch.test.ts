/**
 * Working hours switched on, off and on again in one database (clock.ts defines `lg_arrived` once per
 * switch, not for every data state: issue 15). Four leads, hours Monday–Friday 09:00–17:00 UTC:
 *   A  Mon 2 Mar 2026 10:00   in working hours
 *   B  Mon 2 Mar 2026 18:30   after hours (past 17:00)
 *   C  Sat 7 Mar 2026 11:00   after hours (a Saturday)
 *   D  no created date        neither (NULL)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MetricsEngine, knownFields } from '../../../../src/lib/metrics';
import { freshDb, load } from '../../../support/db';

const dir = mkdtempSync(join(tmpdir(), 'leadgap-clock-switch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LEADS = join(dir, 'leads.csv');
writeFileSync(
  LEADS,
  [
    'Lead ID,Created Date,Lead Owner',
    'A,2026-03-02 10:00,Ann',
    'B,2026-03-02 18:30,Ann',
    'C,2026-03-07 11:00,Bob',
    'D,,Bob',
  ].join('\n') + '\n',
);

const HOURS = {
  days: [1, 2, 3, 4, 5],
  start: '09:00',
  end: '17:00',
  timeZone: 'UTC',
  holidays: [],
  slaClock: 'clock' as const,
};

describe('the arrived macro across definitions', () => {
  it('follows working hours on, off and on again in the same database', async () => {
    const db = await freshDb();
    const { prepared, report } = await load(db, 'leads', LEADS);
    const known = knownFields([{ kind: prepared.kind, mapping: report.choice.mapping }]);
    const engine = new MetricsEngine(db);
    const arrived = async () =>
      (
        await db.query<{ id: string; arrived: string | null }>(
          'SELECT lead_id AS id, lg_arrived(created_at) AS arrived FROM leads ORDER BY lead_id',
        )
      ).map((row) => [row.id, row.arrived]);
    const withHours = [
      ['A', 'In working hours'],
      ['B', 'After hours'],
      ['C', 'After hours'],
      ['D', null],
    ];
    const without = [
      ['A', null],
      ['B', null],
      ['C', null],
      ['D', null],
    ];
    const on = { known, definition: { timeZone: 'UTC', businessHours: HOURS } };
    const off = { known, definition: {} };

    await engine.context(off);
    expect(await arrived()).toEqual(without);
    await engine.context(on);
    expect(await arrived()).toEqual(withHours);
    await engine.context(off);
    expect(await arrived()).toEqual(without);
    // Another data state without hours: the macro is still the one without.
    await engine.context({ ...off, dataVersion: 2 });
    expect(await arrived()).toEqual(without);
    await engine.context({ ...on, dataVersion: 3 });
    expect(await arrived()).toEqual(withHours);
  });
});
