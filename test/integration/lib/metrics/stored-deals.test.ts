/**
 * The stored deals (materialize.ts) hold each deal's lead created_at as the match found it
 * (match-sql.ts `lead_created`), not looked up among the leads: it must be the created_at the leads
 * view holds for that lead, after a load and after a later file restates a lead.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { knownFields, materializeFacts, resolveContext } from '../../../../src/lib/metrics';
import { freshDb, load, loadText } from '../../../support/db';
import { sample } from '../../../support/files';

const HEADER =
  'Lead ID,Created Date,Lead Source,Campaign,Lead Owner,Lead Status,First Call Date Time,Number of times contacted,Last Activity,SQL Date,Converted,Email,Company,Industry,Country';

describe('the stored deals’ lead created_at', () => {
  let db: Db;
  let uploads: Awaited<ReturnType<typeof load>>[];
  beforeAll(async () => {
    db = await freshDb();
    uploads = [await load(db, 'leads', sample('leads.csv')), await load(db, 'deals', sample('deals.csv'))];
  });

  /** The stored deals beside their leads as the view holds them: deals, linked, and those that differ. */
  async function compared() {
    const known = knownFields(
      uploads.map(({ prepared, report }) => ({
        kind: prepared.kind,
        mapping: report.choice.mapping,
        closedWonAssumed: report.choice.closedWonAssumed,
      })),
    );
    const stored = (await materializeFacts(db, await resolveContext(db, { known }))).materialized;
    if (!stored) throw new Error('stored facts expected');
    const [row] = await db.query<{ deals: number; linked: number; differ: number; all: number }>(
      `SELECT count(*) AS deals, count(s.lead_key) AS linked,
         count(*) FILTER (WHERE s.created_at IS DISTINCT FROM l.created_at) AS differ,
         (SELECT count(*) FROM deals) AS "all"
       FROM ${stored.deals} s LEFT JOIN leads l ON l._key = s.lead_key`,
    );
    return { row, stored };
  }

  it('is each linked lead’s created_at, for every deal', async () => {
    const { row } = await compared();
    expect(row?.deals).toBe(row?.all);
    expect(row?.linked).toBeGreaterThan(0);
    expect(row?.differ).toBe(0);
  });

  it('follows a lead restated by a later file', async () => {
    // A deal linked by its Lead ID, and that lead's id.
    const [linked] = await db.query<{ deal_id: string; lead_id: string }>(
      `SELECT d.deal_id, l.lead_id FROM deal_matches m JOIN deals d ON d._key = m.deal_key
       JOIN leads l ON l._key = m.lead_key WHERE m.matched_by = 'lead_id' ORDER BY d.deal_id LIMIT 1`,
    );
    if (!linked) throw new Error('a deal linked by its lead ID expected');
    const restated = `${linked.lead_id},1/22/2020 9:30 AM,Web,,Tom Becker,Working,,1,,,0,,,,`;
    uploads.push(await loadText(db, 'leads', 'restated.csv', `${HEADER}\n${restated}\n`));
    const { row, stored } = await compared();
    expect(row?.differ).toBe(0);
    const [deal] = await db.query<{ created: string }>(
      `SELECT strftime(s.created_at, '%Y-%m-%d %H:%M') AS created FROM ${stored.deals} s
       JOIN deals d ON d._key = s.deal_key WHERE d.deal_id = '${linked.deal_id}'`,
    );
    // The restated lead's date, as the file writes it.
    expect(deal?.created).toBe('2020-01-22 09:30');
  });
});
