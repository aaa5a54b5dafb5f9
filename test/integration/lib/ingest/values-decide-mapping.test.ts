/**
 * A header match is only a proposal (issue 10): the values decide. Each file is written here with
 * its expected mapping and figures counted by hand from how the rows are made.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { MetricsEngine, knownFields, metricsDocument } from '../../../../src/lib/metrics';
import { freshDb, load } from '../../../support/db';

const dir = mkdtempSync(join(tmpdir(), 'leadgap-fit-'));
function csv(name: string, rows: string[][]): string {
  const path = join(dir, name);
  writeFileSync(path, rows.map((r) => r.join(',')).join('\n') + '\n');
  return path;
}
const ids = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const day = (i: number) => `2025-03-${String((i % 28) + 1).padStart(2, '0')} 09:00`;

describe('a lead-scoring export whose “Last Activity” holds activity names', () => {
  const ACTIVITIES = ['Email Opened', 'Page Visited on Website', 'Form Filled Out', 'Email Opened'];
  // 40 leads; every 4th is "New" (10 untouched), the other 30 "Working".
  const path = () =>
    csv('lead-scoring.csv', [
      ['Lead ID', 'Created Date', 'Lead Source', 'Lead Status', 'Last Activity', 'Lead Score'],
      ...ids(40).map((i) => [
        `L${i}`,
        day(i),
        'Web',
        i % 4 === 0 ? 'New' : 'Working',
        ACTIVITIES[i % 4] ?? '',
        String(i * 3),
      ]),
    ]);
  let db: Db;
  let loaded: Awaited<ReturnType<typeof load>>;

  beforeAll(async () => {
    db = await freshDb();
    loaded = await load(db, 'leads', path());
  });

  it('leaves the column unmapped, says why in one sentence, and needs no manual step', () => {
    const { prepared } = loaded;
    expect(prepared.mapping['last_touch_at']).toBeUndefined();
    expect(prepared.reasons).toEqual([]);
    expect(prepared.setAside).toEqual([
      {
        field: 'last_touch_at',
        column: 4,
        header: 'Last Activity',
        reason: '“Last Activity” holds text like “Email Opened”, not dates.',
      },
    ]);
    expect(loaded.report.choice.setAside).toEqual(prepared.setAside);
  });

  it('loads every row, keeps the column as an extra one, and knows follow-up from the status', async () => {
    expect(loaded.report).toMatchObject({
      rowsRead: 40,
      rowsLoaded: 40,
      rowsRejected: 0,
      valueIssueCount: 0,
    });
    const [extra] = await db.query<{ n: number }>(
      `SELECT count(*) AS n FROM leads WHERE x_lastactivity = 'Page Visited on Website'`,
    );
    expect(extra?.n).toBe(10);
    const known = knownFields([{ kind: 'leads', mapping: loaded.report.choice.mapping }]);
    const doc = await metricsDocument(new MetricsEngine(db), { known });
    expect(doc.followUp.followedUp).toBe(30);
    expect(doc.followUp.neverFollowedUp).toBe(10);
  });
});

describe('values settle competing and empty columns', () => {
  it('a filled “Created Date” wins over a mostly blank “Create Date”; an empty “First Response” is set aside', async () => {
    const db = await freshDb();
    // "Create Date" (the preferred synonym) is filled on 3 of 20 rows only.
    const path = csv('competing.csv', [
      ['Record ID', 'Create Date', 'Created Date', 'Lead Status', 'First Response'],
      ...ids(20).map((i) => [`R${i}`, i <= 3 ? day(i) : '', day(i), i <= 5 ? 'New' : 'Contacted', '']),
    ]);
    const { prepared, report } = await load(db, 'leads', path);
    expect(prepared.mapping['created_at']).toBe(2);
    expect(prepared.mapping['first_touch_at']).toBeUndefined();
    expect(prepared.setAside).toEqual([
      expect.objectContaining({
        field: 'first_touch_at',
        header: 'First Response',
        reason: '“First Response” is empty, so it cannot give First follow-up.',
      }),
    ]);
    const known = knownFields([{ kind: 'leads', mapping: report.choice.mapping }]);
    const doc = await metricsDocument(new MetricsEngine(db), { known });
    // Follow-up from the status alone: 15 "Contacted"; no first-touch column, so no SLA figures.
    expect(doc.followUp.followedUp).toBe(15);
    expect(doc.followUp.withinSla).toBeNull();
  });

  it('a column empty in the first rows (and in the 5,000-row sample) but filled further down stays mapped', async () => {
    const db = await freshDb();
    const path = csv('late-values.csv', [
      ['Lead ID', 'Created Date', 'First Response'],
      ...ids(6000).map((i) => [`L${i}`, day(i), i > 5500 ? day(i + 1) : '']),
    ]);
    const { prepared, report } = await load(db, 'leads', path);
    expect(prepared.mapping['first_touch_at']).toBe(2);
    expect(prepared.setAside).toEqual([]);
    const [row] = await db.query<{ n: number }>('SELECT count(first_touch_at) AS n FROM leads');
    expect(row?.n).toBe(500);
    expect(report.valueIssueCount).toBe(0);
  });

  it('an amount of words and a mostly blank deal id are set aside; a mostly-dates column stays', async () => {
    const db = await freshDb();
    // 10 deals: Amount is "TBD" on 8, a number on 2; Deal ID filled on 2; Close Date unreadable on 3.
    const path = csv('deals-words.csv', [
      ['Deal ID', 'Lead ID', 'Close Date', 'Stage', 'Amount'],
      ...ids(10).map((i) => [
        i <= 2 ? `D${i}` : '',
        `L${i}`,
        i <= 3 ? 'soon' : day(i),
        'Closed Won',
        i <= 2 ? '1200' : 'TBD',
      ]),
    ]);
    const { prepared, report } = await load(db, 'deals', path);
    expect(prepared.mapping['amount']).toBeUndefined();
    expect(prepared.mapping['deal_id']).toBeUndefined();
    expect(prepared.mapping['closed_at']).toBe(2);
    const reasons = Object.fromEntries(prepared.setAside.map((s) => [s.field, s.reason]));
    expect(reasons).toEqual({
      amount: '“Amount” holds text like “TBD”, not numbers.',
      deal_id: '“Deal ID” is blank in 80% of rows, so it cannot identify the deals.',
    });
    expect(report.rowsLoaded).toBe(10);
    // The three "soon" values are listed, never guessed.
    expect(report.valueIssueCount).toBe(3);
  });
});

describe('an ambiguous date column loaded without a chosen format', () => {
  it('is set aside with the reason; every row still loads', async () => {
    const db = await freshDb();
    // Every first and second part ≤ 12: month/day or day/month cannot be told.
    const path = csv('ambiguous.csv', [
      ['Lead ID', 'Created Date', 'Lead Status'],
      ...ids(12).map((i) => [`L${i}`, `${String(i).padStart(2, '0')}/0${(i % 9) + 1}/2025`, 'New']),
    ]);
    const { prepared, report } = await load(db, 'leads', path);
    expect(prepared.reasons[0]).toMatch(/^Choose the date format of “Created Date”/);
    expect(report.choice.mapping['created_at']).toBeUndefined();
    expect(report.choice.setAside?.[0]?.reason).toMatch(/could be month\/day or day\/month/);
    expect(report).toMatchObject({ rowsLoaded: 12, valueIssueCount: 0 });
    const [row] = await db.query<{ n: number }>(`SELECT count(x_createddate) AS n FROM leads`);
    expect(row?.n).toBe(12);
  });
});
