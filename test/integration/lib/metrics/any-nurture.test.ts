/**
 * The calculator's nurtured share is offered when some lead's status names nurturing, whatever the
 * filters (lead-status.ts `anyNurtureSql`): read off the stored facts' flag, or off every lead's
 * status when nothing is stored. Both routes, the Overview's summary and the prefill's own statement,
 * against shares counted by hand.
 */
import { describe, expect, it } from 'vitest';
import { MetricsEngine, knownFields, type EngineState } from '../../../../src/lib/metrics';
import { isStaged } from '../../../../src/lib/metrics/query';
import { metricQuery } from '../../../../src/lib/metrics/registry';
import { freshDb, loadText } from '../../../support/db';

const HEADER = 'Lead ID,Created Date,Lead Source,Lead Status,First Call Date Time';

/** L2 and L4 are followed up and not qualified; L4's status is `fourth`. */
const leadsWith = (fourth: string) =>
  [
    HEADER,
    'L1,2025-01-02,Web,New,',
    'L2,2025-01-03,Web,Working,2025-01-03 10:00',
    'L3,2025-01-04,Partner,Qualified,2025-01-04 11:00',
    `L4,2025-01-05,Partner,${fourth},2025-01-06 09:00`,
  ].join('\n');

async function shares(text: string, store: boolean, filters: EngineState['filters'] = {}) {
  const db = await freshDb();
  const { prepared, report } = await loadText(db, 'leads', 'leads.csv', `${text}\n`);
  const known = knownFields([
    { kind: prepared.kind, mapping: report.choice.mapping, closedWonAssumed: report.choice.closedWonAssumed },
  ]);
  const state = { known, filters };
  const engine = new MetricsEngine(db, { store });
  // The Overview's route: the summary's statement and the unfiltered one beside it.
  const summary = (await engine.run(state, 'calculatorPrefill')).nurturedShare;
  // The prefill's own statement, on the same context.
  const query = metricQuery(await engine.context(state), 'calculatorPrefill');
  if (isStaged(query)) throw new Error('the prefill is one statement');
  const own = query.parse(await db.query(query.sql)).nurturedShare;
  await engine.dispose();
  return { summary, own };
}

describe('the nurtured share is offered when a status names nurturing', () => {
  for (const store of [true, false]) {
    const facts = store ? 'stored' : 'computed';

    it(`is not offered when no status does (${facts} facts)`, async () => {
      expect(await shares(leadsWith('Working'), store)).toEqual({ summary: null, own: null });
    });

    it(`is 1 of the 2 followed-up, unqualified leads when one does (${facts} facts)`, async () => {
      expect(await shares(leadsWith('Nurturing'), store)).toEqual({ summary: 0.5, own: 0.5 });
    });

    it(`is offered under a filter that leaves the nurtured lead out (${facts} facts)`, async () => {
      // Web: L2 alone is followed up and not qualified, and not nurtured.
      const web = { dimensions: { source: ['Web'] } };
      expect(await shares(leadsWith('Nurturing'), store, web)).toEqual({ summary: 0, own: 0 });
    });
  }
});
