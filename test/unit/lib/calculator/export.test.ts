import { describe, expect, it } from 'vitest';
import { defaultProvenance } from '../../../../src/lib/calculator/benchmarks';
import { calculatorExport } from '../../../../src/lib/calculator/export';
import { createScenario } from '../../../../src/lib/calculator/scenarios';
import { missingInputs } from '../../../../src/lib/calculator/shown';
import { CASE_A } from './fixtures';

/** Every input given: the asked-for ones typed by the user ("your assumption"). */
const given = () => ({
  ...defaultProvenance(),
  revenueGoal: { kind: 'assumption' as const },
  priorRevenue: { kind: 'assumption' as const },
  retentionRate: { kind: 'assumption' as const },
  nurtureToSqlRate: { kind: 'assumption' as const },
});

const ids = () => {
  let n = 0;
  return () => `s${++n}`;
};

describe('calculatorExport', () => {
  it('carries every scenario with DESIGN.md keys, inputs and hand-computed outputs', () => {
    const newId = ids();
    const today = createScenario('Today', CASE_A, given(), { baseline: true, newId });
    const allFollowed = createScenario('100% follow-up', { ...CASE_A, followUpRate: 1 }, given(), {
      newId,
    });
    const exported = calculatorExport({ currency: 'EUR', period: 'year', scenarios: [today, allFollowed] });

    expect(exported.currency).toBe('EUR');
    expect(exported.period).toBe('year');
    expect(exported.scenarios.map((s) => [s.name, s.baseline])).toEqual([
      ['Today', true],
      ['100% follow-up', false],
    ]);
    const [first, second] = exported.scenarios;
    // DESIGN.md's input keys, in its order.
    expect(Object.keys(first?.inputs ?? {})).toEqual([
      'revenueGoal',
      'priorRevenue',
      'retentionRate',
      'inboundLeads',
      'followUpRate',
      'leadToSqlRate',
      'sqlCloseRate',
      'averageDeal',
      'nurturedShare',
      'nurtureToSqlRate',
    ]);
    expect(first?.inputs).toEqual(CASE_A);
    // Worked in fixtures.ts: GAP 473,000 and the rest.
    expect(first?.outputs).toEqual({
      retained: 1_200_000,
      newRevenueNeeded: 800_000,
      inboundRevenue: 300_000,
      nurtureRevenue: 27_000,
      gap: 473_000,
      sqlsNeeded: 473,
      leadsNeeded: expect.closeTo(3153.3333, 3),
      revenueLostToNoFollowUp: 200_000,
      // 1 / (60% × 25% × 20% × 5,000) = 1 / 150
      leadsPerRevenue: expect.closeTo(1 / 150, 12),
    });
    // 100% follow-up: 2,000 followed up × 25% = 500 SQLs × 20% × 5,000 = 500,000 inbound;
    // nurture 2,000 × 75% × 30% × 10% = 45 SQLs × 1,000 = 45,000; GAP 800,000 − 545,000 = 255,000.
    // The GAP falls by 218,000 = lost 200,000 × (1 + 0.75 × 0.3 × 0.1 / 0.25 = 1.09).
    expect(second?.outputs?.gap).toBeCloseTo(255_000, 6);
    expect(second?.outputs?.revenueLostToNoFollowUp).toBe(0);
    expect(first?.gapChangeVsBaseline).toBe(0);
    expect(second?.gapChangeVsBaseline).toBeCloseTo(-218_000, 6);
    expect(second?.gapChangeVsBaseline).toBeCloseTo(-200_000 * (1 + (0.75 * 0.3 * 0.1) / 0.25), 6);
    expect(first?.provenance).toEqual(given());
  });

  it('is JSON-safe and copies rather than shares the store objects', () => {
    const scenario = createScenario('Today', CASE_A, given(), { baseline: true });
    const exported = calculatorExport({ currency: 'USD', period: 'month', scenarios: [scenario] });
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
    expect(exported.scenarios[0]?.inputs).not.toBe(scenario.inputs);
    expect(exported.scenarios[0]?.provenance.sqlCloseRate).not.toBe(scenario.provenance.sqlCloseRate);
  });

  it('never throws: a scenario with invalid inputs gets null outputs, the others are still computed', () => {
    const newId = ids();
    const good = createScenario('Good', CASE_A, given(), { baseline: true, newId });
    const bad = createScenario('Bad', { ...CASE_A, followUpRate: Number.NaN }, given(), {
      newId,
    });
    const exported = calculatorExport({ currency: 'USD', period: 'year', scenarios: [good, bad] });
    expect(exported.scenarios[0]?.outputs?.gap).toBe(473_000);
    expect(exported.scenarios[1]).toMatchObject({ outputs: null, gapChangeVsBaseline: null });

    // With the baseline invalid, no scenario has a change against it.
    const flipped = calculatorExport({
      currency: 'USD',
      period: 'year',
      scenarios: [
        { ...good, baseline: false },
        { ...bad, baseline: true },
      ],
    });
    expect(flipped.scenarios[0]).toMatchObject({ gapChangeVsBaseline: null });
    expect(flipped.scenarios[0]?.outputs?.gap).toBe(473_000);
  });

  it('claims no GAP while an asked-for input is empty: those outputs are null, the rest shown (issue 13)', () => {
    const scenario = createScenario(
      'Today',
      CASE_A,
      { ...given(), revenueGoal: { kind: 'empty' } },
      {
        baseline: true,
      },
    );
    const [only] = calculatorExport({ currency: 'USD', period: 'year', scenarios: [scenario] }).scenarios;
    expect(only?.outputs).toEqual({
      retained: 1_200_000,
      newRevenueNeeded: null,
      inboundRevenue: 300_000,
      nurtureRevenue: 27_000,
      gap: null,
      sqlsNeeded: null,
      leadsNeeded: null,
      revenueLostToNoFollowUp: 200_000,
      leadsPerRevenue: expect.closeTo(1 / 150, 12),
    });
    const noNurture = createScenario('x', CASE_A, { ...given(), nurtureToSqlRate: { kind: 'empty' } });
    const [n] = calculatorExport({ currency: 'USD', period: 'year', scenarios: [noNurture] }).scenarios;
    expect(n?.outputs).toMatchObject({ nurtureRevenue: null, gap: null, newRevenueNeeded: 800_000 });
  });

  it('with the average deal unknown (deals that link to no lead), no revenue figure is claimed', () => {
    const unknownDeal = createScenario('Today', CASE_A, { ...given(), averageDeal: { kind: 'empty' } });
    const [only] = calculatorExport({ currency: 'USD', period: 'year', scenarios: [unknownDeal] }).scenarios;
    // Retained and new revenue needed rest on the goal, prior revenue and retention alone.
    expect(only?.outputs).toEqual({
      retained: 1_200_000,
      newRevenueNeeded: 800_000,
      inboundRevenue: null,
      nurtureRevenue: null,
      gap: null,
      sqlsNeeded: null,
      leadsNeeded: null,
      revenueLostToNoFollowUp: null,
      leadsPerRevenue: null,
    });
    expect(missingInputs(unknownDeal.provenance)).toEqual(['averageDeal']);
  });

  it('carries the scale from the data span to the period when given', () => {
    const scenario = createScenario('Today', CASE_A, given(), { baseline: true });
    const dataScale = {
      leakedRevenue: 1000,
      leakedRevenueSpanDays: 730,
      periodDays: 365,
      periodScale: 0.5,
      followUpAssumed: false,
      prefillNotes: [],
    };
    const exported = calculatorExport({ currency: 'USD', period: 'year', scenarios: [scenario], dataScale });
    expect(exported).toMatchObject(dataScale);
  });
});
