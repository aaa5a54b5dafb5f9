/**
 * Revenue that rests on deals none of which links to the leads in view is unknown, in the JSON as on
 * the screen (lib/metrics/linked.ts). Files written here: 12 leads; 4 won deals of $500 whose link
 * column ("Contact Ref") is not recognised, so nothing links — then the same deals linked by lead ID.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MetricsEngine, knownFields, metricsDocument } from '../../../../src/lib/metrics';
import { freshDb, load } from '../../../support/db';

const dir = mkdtempSync(join(tmpdir(), 'leadgap-unlinked-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const LEADS = write('leads.csv', [
  'Lead ID,Created Date,Lead Source,Lead Owner,Lead Status',
  ...Array.from(
    { length: 12 },
    (_, i) => `L${i + 1},2025-03-${String(i + 1).padStart(2, '0')},Web,Ann,Working`,
  ),
]);
const deals = (linkHeader: string) =>
  write(`deals-${linkHeader.replace(/\W/g, '')}.csv`, [
    `Deal ID,${linkHeader},Stage,Amount,Close Date`,
    ...[1, 2, 3, 4].map((i) => `D${i},L${i},Closed Won,500,2025-04-0${i}`),
  ]);

async function documentFor(dealsPath: string) {
  const db = await freshDb();
  const leads = await load(db, 'leads', LEADS);
  const dealFile = await load(db, 'deals', dealsPath);
  const known = knownFields(
    [leads, dealFile].map(({ prepared, report }) => ({
      kind: prepared.kind,
      mapping: report.choice.mapping,
      closedWonAssumed: report.choice.closedWonAssumed,
    })),
  );
  return metricsDocument(new MetricsEngine(db), { known });
}

describe('revenue of leads no deal links to', () => {
  it('is null in the JSON, not $0, when no deal links', async () => {
    const doc = await documentFor(deals('Contact Ref'));
    expect(doc.counts).toMatchObject({ leads: 12, deals: 4, dealsMatched: 0 });
    expect(doc.revenue).toMatchObject({ leadToWin: null, revenuePerLead: null, leakedRevenue: null });
    expect(doc.bySource).toEqual([
      expect.objectContaining({
        source: 'Web',
        leads: 12,
        wonLeads: null,
        wonAmount: null,
        revenuePerLead: null,
      }),
    ]);
    expect(doc.byOwner).toEqual([expect.objectContaining({ owner: 'Ann', wonLeads: null, wonAmount: null })]);
  });

  it('is counted when the deals link: 4 won leads of 12, $2,000, $166.67 a lead', async () => {
    const doc = await documentFor(deals('Lead ID'));
    expect(doc.counts.dealsMatched).toBe(4);
    expect(doc.revenue.leadToWin).toBeCloseTo(4 / 12, 12);
    expect(doc.revenue.revenuePerLead).toBeCloseTo(2000 / 12, 9);
    expect(doc.bySource).toEqual([expect.objectContaining({ source: 'Web', wonLeads: 4, wonAmount: 2000 })]);
    expect(doc.byOwner).toEqual([expect.objectContaining({ owner: 'Ann', wonLeads: 4, wonAmount: 2000 })]);
  });
});
