// Speed to lead on the Follow-up view (issue 19), with the sample: the bands' counts against the CSV
// counted here, the table and the value against the JSON, the X choice carried into the JSON, and the
// "Answer within an hour" scenario growing the Calculator's inbound revenue by exactly that value.
import { describe, expect, it } from 'vitest';
import { formatCount, formatPercent } from '../../src/components/common/format';
import { NOT_IN_DATA } from '../../src/components/table/types';
import { sample } from '../support/files';
import { records } from '../support/independent';
import { openCalculator, typeInto } from './calculator-page';
import { openView, readTable } from './figures';
import { appPerTest, screenshots } from './harness';
import { downloadJson } from './downloads';
import { loadSample } from './share-helpers';

interface Band {
  band: string;
  leads: number | null;
  wonLeads: number | null;
  leadToWin: number | null;
}
interface Doc {
  followUp: { neverFollowedUp: number };
  speedToLead: {
    bands: Band[];
    valueOfSpeed: { withinMinutes: number; basis: string; extraRevenue: number | null } | null;
  };
  byOwner: { owner: string; withinHourShare: number | null }[];
  calculator: {
    periodScale: number;
    scenarios: {
      name: string;
      baseline: boolean;
      outputs: { inboundRevenue: number | null };
      gapChangeVsBaseline: number | null;
    }[];
  };
}

const apps = appPerTest();

/** "5/1/2025 4:03 PM" → epoch minutes (the sample's US dates, no seconds). */
function minutes(text: string | undefined): number | null {
  const m = /^(\d+)\/(\d+)\/(\d{4}) (\d+):(\d+) (AM|PM)$/.exec(text ?? '');
  if (!m) return null;
  const [, mo, d, y, h, mi, ap] = m;
  const hour = (Number(h) % 12) + (ap === 'PM' ? 12 : 0);
  return Date.UTC(Number(y), Number(mo) - 1, Number(d), hour, Number(mi)) / 60_000;
}

const LIMITS: [string, number][] = [
  ['0-5m', 5],
  ['5-30m', 30],
  ['30-60m', 60],
  ['1-4h', 240],
  ['4-24h', 1440],
  ['1-2d', 2880],
  ['2-7d', 10080],
];

describe('speed to lead', () => {
  it('counts leads by response band as the CSV does, and values answering within an hour', async () => {
    const app = await apps.open();
    const { page } = app;
    await loadSample(app);
    await openView(page, 'Follow-up', 'follow-up');
    const doc = await downloadJson<Doc>(page, 'export-metrics');

    // The timed bands, counted from the CSV: minutes from created to first call, upper bounds inclusive.
    const counted = new Map<string, number>();
    for (const lead of records(sample('leads.csv'))) {
      const from = minutes(lead['Created Date']);
      const to = minutes(lead['First Call Date Time']);
      if (from === null || to === null || to < from) continue;
      const band = LIMITS.find(([, limit]) => to - from <= limit)?.[0] ?? '7d+';
      counted.set(band, (counted.get(band) ?? 0) + 1);
    }
    const timed = doc.speedToLead.bands.slice(0, 8);
    expect(timed.map((b) => [b.band, b.leads])).toEqual(
      [...LIMITS.map(([b]) => b), '7d+'].map((b) => [b, counted.get(b) ?? 0]),
    );
    expect(doc.speedToLead.bands.find((b) => b.band === 'never')?.leads).toBe(doc.followUp.neverFollowedUp);

    // The chart's table reads the JSON.
    const chart = page.getByTestId('chart-speed');
    await chart.getByRole('button', { name: 'Table', exact: true }).click();
    const rows = await readTable(chart.locator('table'));
    expect(rows.map((r) => [r['Leads'], r['Lead-to-win']])).toEqual(
      doc.speedToLead.bands.map((b) => [
        b.leads === null ? NOT_IN_DATA : formatCount(b.leads),
        b.leadToWin === null ? NOT_IN_DATA : formatPercent(b.leadToWin),
      ]),
    );
    await expect(page.getByTestId('speed-study').count()).resolves.toBe(2);
    const value = doc.speedToLead.valueOfSpeed;
    expect(value).toMatchObject({ withinMinutes: 60, basis: 'won' });
    const sentence = page.getByTestId('speed-value-sentence');
    expect(Number(await sentence.getAttribute('data-extra'))).toBeCloseTo(value?.extraRevenue ?? NaN, 6);
    await screenshots(page, 'speed-to-lead');

    // The X choice is the JSON's too.
    await page.getByTestId('speed-value').locator('select').selectOption('240');
    await expect
      .poll(
        async () => (await downloadJson<Doc>(page, 'export-metrics')).speedToLead.valueOfSpeed?.withinMinutes,
      )
      .toBe(240);
    await page.getByTestId('speed-value').locator('select').selectOption('60');

    // The asked-for inputs entered on the baseline first (nurture→SQL 0: nurturing adds nothing), so
    // the copy has a GAP, and its GAP change is the value exactly.
    await openCalculator(page);
    for (const [label, text] of [
      ['Revenue goal', '5000000'],
      ['Prior-period revenue', '1000000'],
      ['Retention rate', '50'],
      ['Nurture-to-SQL rate', '0'],
    ] as const)
      await typeInto(page, label, text);
    await openView(page, 'Follow-up', 'follow-up');

    // One click: a scenario whose inbound revenue is the baseline's plus the value for the period.
    await page.getByTestId('speed-scenario').click();
    await page.getByTestId('calculator').waitFor();
    const after = await downloadJson<Doc>(page, 'export-metrics');
    const baseline = after.calculator.scenarios.find((s) => s.baseline);
    const faster = after.calculator.scenarios.find((s) => s.name === 'Answer within 1 h');
    const gain = (faster?.outputs.inboundRevenue ?? NaN) - (baseline?.outputs.inboundRevenue ?? NaN);
    const perPeriod = (value?.extraRevenue ?? NaN) * after.calculator.periodScale;
    expect(gain).toBeCloseTo(perPeriod, 4);
    expect(faster?.gapChangeVsBaseline).toBeCloseTo(-perPeriod, 4);

    // Reps: the share answered within an hour, as the JSON says.
    await openView(page, 'Reps', 'reps');
    const reps = await readTable(page.getByTestId('table-owners').locator('table'));
    for (const owner of doc.byOwner) {
      const row = reps.find((r) => r['Owner'] === owner.owner);
      expect(row?.['Within 1 h'], owner.owner).toBe(
        owner.withinHourShare === null ? NOT_IN_DATA : formatPercent(owner.withinHourShare),
      );
    }
  });
});
