import { it } from 'vitest';
import * as m from '../../../../src/lib/metrics';
import { loadDataset, appFamilies } from './compare';

it('1M', async () => {
  let t = performance.now();
  const { db, known } = await loadDataset({
    leads: '/tmp/leadgap-1m/leads.csv',
    deals: '/tmp/leadgap-1m/deals.csv',
  });
  console.log('load ms', Math.round(performance.now() - t));
  for (let i = 0; i < 2; i++) {
    t = performance.now();
    const doc = await m.metricsDocument(db, { leads: 0, deals: 0 }, { known });
    console.log('document ms', Math.round(performance.now() - t), doc.counts, doc.revenue.wonLeads);
  }
  t = performance.now();
  const doc = await m.metricsDocument(
    db,
    { leads: 0, deals: 0 },
    { known, filters: { dimensions: { source: ['Web'] }, createdFrom: '2026-01-01' } },
  );
  console.log('filtered document ms', Math.round(performance.now() - t), doc.counts.leadsInView);
  const ctx = await m.resolveContext(db, { known });
  t = performance.now();
  await appFamilies(db, ctx, ['x_industry']);
  console.log('all families ms', Math.round(performance.now() - t));
  for (const [name, q] of [
    ['funnel', m.funnelQuery(ctx)],
    ['followUp', m.followUpQuery(ctx)],
    ['revenue', m.revenueQuery(ctx)],
    ['byOwner', m.byOwnerQuery(ctx)],
    ['capacity', m.capacityQuery(ctx)],
  ] as const) {
    t = performance.now();
    await m.runQuery(db, q as m.Query<unknown>);
    console.log(name, Math.round(performance.now() - t));
  }
  t = performance.now();
  const r = await m.redirectList(db, ctx, 1000);
  console.log('redirect ms', Math.round(performance.now() - t), r?.total);
}, 1_800_000);
