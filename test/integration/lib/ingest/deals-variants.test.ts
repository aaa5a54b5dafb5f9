import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { matchSummary } from '../../../../src/lib/ingest/match';
import type { LoadReport, PreparedUpload } from '../../../../src/lib/ingest/pipeline';
import { freshDb, load, loadText } from '../../../support/db';
import {
  appRow,
  assertFixtureIntact,
  mappingIndexes,
  spotChecks,
  totalOf,
  truth,
} from '../../../support/expected';
import { fixture } from '../../../support/files';

type Loaded = { prepared: PreparedUpload; report: LoadReport };

const LEADS = 'leads-utf8-bom.csv';

async function outcomes(db: Db) {
  const [row] = await db.query<{
    won: number;
    lost: number;
    open: number;
    unknown: number;
    won_amount: number;
  }>(
    `SELECT count(*) FILTER (outcome = 'won') AS won, count(*) FILTER (outcome = 'lost') AS lost,
            count(*) FILTER (outcome = 'open') AS open, count(*) FILTER (outcome IS NULL) AS unknown,
            sum(amount) FILTER (outcome = 'won') AS won_amount
     FROM deals`,
  );
  return row;
}

describe('closed-won export without an outcome column', () => {
  const NAME = 'deals-closed-won-only.csv';
  const t = truth(NAME);
  let db: Db;
  let leads: Loaded;
  let deals: Loaded;

  beforeAll(async () => {
    assertFixtureIntact(NAME);
    expect(t.pairedWith).toBe(LEADS);
    db = await freshDb();
    leads = await load(db, 'leads', fixture(LEADS));
    deals = await load(db, 'deals', fixture(NAME));
  });

  it('maps the columns, finds no outcome column and assumes every deal won', async () => {
    expect(t.outcomeColumn).toBeNull();
    // Its amounts and close dates say it is a closed-won export: it loads without asking.
    expect(deals.prepared.reasons).toEqual([]);
    expect(deals.prepared.mapping).toEqual(mappingIndexes(t, deals.prepared.sniffed.headers));
    expect(deals.prepared.mapping['outcome']).toBeUndefined();
    expect(deals.prepared.closedWonAssumed).toBe(true);
    expect(deals.report).toMatchObject({
      rowsRead: t.rowsRead,
      rowsLoaded: t.rowsLoaded,
      rowsRejected: 0,
      valueIssueCount: 0,
    });
    const row = await outcomes(db);
    expect(row).toMatchObject({
      won: totalOf(t, 'won'),
      lost: totalOf(t, 'lost'),
      open: totalOf(t, 'open'),
      unknown: 0,
    });
  });

  it('reads `$1,234.50` amounts', async () => {
    const amount = deals.prepared.sniffed.headers.indexOf('Amount');
    expect(t.numberColumns?.['Amount']).toMatchObject({ decimal: '.', thousands: ',' });
    expect(deals.prepared.detection.formats.numbers[amount]).toBe('dot');
    expect((await outcomes(db))?.won_amount).toBeCloseTo(totalOf(t, 'wonAmount'), 2);
    const checks = await spotChecks(db, {
      kind: 'deals',
      uploadId: deals.prepared.uploadId,
      truth: t,
      headers: deals.prepared.sniffed.headers,
    });
    for (const check of checks) {
      expect(check.expected).toHaveProperty('Amount');
      expect(check.actual, `data row ${check.row}`).toEqual(check.expected);
    }
  });

  it('matches every deal by email (case-insensitive) to the right lead', async () => {
    const summary = await matchSummary(db);
    expect(summary).toMatchObject({
      deals: t.rowsLoaded,
      matched: totalOf(t, 'matchedByEmail'),
      byEmail: totalOf(t, 'matchedByEmail'),
      byLeadId: 0,
      byCompany: 0,
    });
    for (const spot of t.spot ?? []) {
      const leadRow = spot.values['matchesLeadRow'];
      if (typeof leadRow !== 'number') throw new Error('matchesLeadRow missing');
      const [match] = await db.query<{ lead_row: number; upload: number }>(
        `SELECT l._row AS lead_row, l._upload AS upload FROM deals d
         JOIN deal_matches m ON m.deal_key = d._key JOIN leads l ON l._key = m.lead_key
         WHERE d._row = ${appRow(spot.row)}`,
      );
      expect(match, `deal row ${spot.row}`).toEqual({
        lead_row: appRow(leadRow),
        upload: leads.prepared.uploadId,
      });
    }
  });
});

describe('a deals file whose stage, amount and close date were not recognised', () => {
  it('asks before counting every deal as won', async () => {
    const db = await freshDb();
    const text =
      'Nom de l’affaire,Email,Étape,Montant,Date de clôture\nAcme,a@a.com,Perdue,1 200,02/04/2024\n';
    const { prepared } = await loadText(db, 'deals', 'affaires.csv', text);
    expect(prepared.mapping['outcome']).toBeUndefined();
    expect(prepared.closedWonAssumed).toBe(true);
    expect(prepared.reasons).toEqual([
      'No column was recognised as the deal’s stage, amount or close date: every deal would count as won.',
    ]);
  });
});

describe('Pipedrive deals export', () => {
  const NAME = 'deals-pipedrive.csv';
  const t = truth(NAME);
  let db: Db;
  let deals: Loaded;

  beforeAll(async () => {
    assertFixtureIntact(NAME);
    db = await freshDb();
    await load(db, 'leads', fixture(LEADS));
    deals = await load(db, 'deals', fixture(NAME));
  });

  it('maps the `Deal - …` headers and reads every row', () => {
    expect(deals.prepared.mapping).toEqual(mappingIndexes(t, deals.prepared.sniffed.headers));
    expect(deals.prepared.closedWonAssumed).toBe(false);
    expect(deals.prepared.reasons).toEqual([]);
    expect(deals.report).toMatchObject({
      rowsRead: t.rowsRead,
      rowsLoaded: t.rowsLoaded,
      rowsRejected: 0,
      valueIssueCount: 0,
    });
  });

  it('reads won / lost / open from `Deal - Status`, amounts and won times', async () => {
    expect(await outcomes(db)).toMatchObject({
      won: totalOf(t, 'won'),
      lost: totalOf(t, 'lost'),
      open: totalOf(t, 'open'),
      unknown: 0,
    });
    expect((await outcomes(db))?.won_amount).toBeCloseTo(totalOf(t, 'wonAmount'), 2);
    const checks = await spotChecks(db, {
      kind: 'deals',
      uploadId: deals.prepared.uploadId,
      truth: t,
      headers: deals.prepared.sniffed.headers,
    });
    expect(checks).toHaveLength(t.spot?.length ?? -1);
    for (const check of checks) {
      expect(Object.keys(check.expected)).toHaveLength(6);
      expect(check.actual, `data row ${check.row}`).toEqual(check.expected);
    }
  });

  it("keeps lost reasons on lost deals only, and the deals' currency", async () => {
    const [row] = await db.query<{ reasons: number; lost_with_reason: number; currencies: string }>(
      `SELECT count(loss_reason) AS reasons, count(loss_reason) FILTER (outcome = 'lost') AS lost_with_reason,
              string_agg(DISTINCT currency, '|') AS currencies
       FROM deals`,
    );
    expect(row?.reasons).toBe(totalOf(t, 'lost'));
    expect(row?.lost_with_reason).toBe(totalOf(t, 'lost'));
    expect(row?.currencies).toBe(t.totals?.['currency']);
  });

  it('matches the deals to the HubSpot contacts by email', async () => {
    expect(t.note).toMatch(/leads-utf8-bom\.csv/);
    expect(await matchSummary(db)).toMatchObject({
      deals: t.rowsLoaded,
      matched: t.rowsLoaded,
      byEmail: t.rowsLoaded,
    });
  });
});
