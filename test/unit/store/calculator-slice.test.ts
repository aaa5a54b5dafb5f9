import { describe, expect, it } from 'vitest';
import { computeGap, type CalculatorPrefill } from '../../../src/lib/calculator';
import { readShareHash, shareHash } from '../../../src/lib/share';
import {
  addScenario,
  applyPrefill,
  baselineOf,
  changePeriod,
  duplicate,
  fromShared,
  initialCalculator,
  makeBaseline,
  persistedCalculator,
  remove,
  rename,
  resetInput,
  sanitizeCalculator,
  setInput,
  toShared,
  type CalculatorState,
} from '../../../src/store/calculator-slice';

function ids() {
  let n = 0;
  return () => `id${++n}`;
}

const PREFILL: CalculatorPrefill = {
  inboundLeads: 1_500,
  followUpRate: 0.4,
  leadToSqlRate: 0.3,
  sqlCloseRate: 0.25,
  averageDeal: 12_000,
  nurturedShare: null,
  periodLabel: 'a year',
  basis: '3,000 leads, May 2025–Apr 2027, scaled to a year',
};

const fresh = (): CalculatorState => initialCalculator(ids());

describe('calculator state', () => {
  it('starts with one baseline "Today" of benchmarks and assumptions, USD per year', () => {
    const state = fresh();
    expect(state).toMatchObject({
      currency: 'USD',
      period: 'year',
      selectedId: 'id1',
      overridden: {},
      dataBasis: null,
    });
    expect(state.scenarios).toHaveLength(1);
    expect(baselineOf(state)).toMatchObject({ id: 'id1', name: 'Today', baseline: true });
    expect(baselineOf(state).provenance.sqlCloseRate).toEqual({
      kind: 'benchmark',
      source: 'McDade (average)',
    });
  });

  it('applies a prefill to the baseline: non-null values only, as "your data", with its basis', () => {
    const state = applyPrefill(fresh(), PREFILL);
    const baseline = baselineOf(state);
    expect(baseline.inputs).toMatchObject({
      inboundLeads: 1_500,
      followUpRate: 0.4,
      leadToSqlRate: 0.3,
      sqlCloseRate: 0.25,
      averageDeal: 12_000,
    });
    expect(baseline.provenance.followUpRate).toEqual({ kind: 'data' });
    // nurturedShare was null: the benchmark stays.
    expect(baseline.inputs.nurturedShare).toBeCloseTo(0.27, 10);
    expect(baseline.provenance.nurturedShare.kind).toBe('benchmark');
    expect(state.dataBasis).toBe(PREFILL.basis);
    // Applying the same prefill again changes nothing (same object: no re-render, no loop).
    expect(applyPrefill(state, PREFILL)).toBe(state);
  });

  it('empties the inputs the prefill marks unknown (no deal linked), unless the user typed them', () => {
    const state = applyPrefill(fresh(), { ...PREFILL, averageDeal: null, unknown: ['averageDeal'] });
    expect(baselineOf(state).provenance.averageDeal).toEqual({ kind: 'empty' });
    expect(baselineOf(state).inputs.averageDeal).toBe(0);
    expect(baselineOf(state).provenance.followUpRate).toEqual({ kind: 'data' });
    // Once deals link, the data's average deal replaces the empty input.
    const linked = applyPrefill(state, PREFILL);
    expect(baselineOf(linked).inputs.averageDeal).toBe(12_000);
    expect(baselineOf(linked).provenance.averageDeal).toEqual({ kind: 'data' });
    // What the user typed stays.
    const typed = setInput(fresh(), baselineOf(fresh()).id, 'averageDeal', 7_000);
    const kept = applyPrefill(typed, { ...PREFILL, averageDeal: null, unknown: ['averageDeal'] });
    expect(baselineOf(kept).inputs.averageDeal).toBe(7_000);
  });

  it('leaves inputs the user changed alone, unless forced ("Use my data")', () => {
    let state = setInput(fresh(), 'id1', 'followUpRate', 0.9);
    expect(state.overridden['id1']).toEqual(['followUpRate']);
    expect(baselineOf(state).provenance.followUpRate).toEqual({ kind: 'assumption' });
    state = applyPrefill(state, PREFILL);
    expect(baselineOf(state).inputs.followUpRate).toBe(0.9);
    expect(baselineOf(state).inputs.sqlCloseRate).toBe(0.25);
    state = applyPrefill(state, PREFILL, { force: true });
    expect(baselineOf(state).inputs.followUpRate).toBe(0.4);
    expect(baselineOf(state).provenance.followUpRate).toEqual({ kind: 'data' });
    expect(state.overridden['id1']).toEqual([]);
  });

  it('ignores prefill values that would not pass validation', () => {
    const state = applyPrefill(fresh(), { ...PREFILL, followUpRate: 1.2, averageDeal: Number.NaN });
    expect(baselineOf(state).inputs.followUpRate).toBe(0.5);
    expect(baselineOf(state).inputs.averageDeal).toBe(10_000);
    expect(baselineOf(state).inputs.sqlCloseRate).toBe(0.25);
  });

  it('prefills only the baseline', () => {
    const newId = ids();
    let state = addScenario(initialCalculator(newId), newId);
    state = makeBaseline(state, 'id2');
    state = applyPrefill(state, PREFILL);
    expect(state.scenarios[0]?.inputs.followUpRate).toBe(0.5);
    expect(state.scenarios[1]?.inputs.followUpRate).toBe(0.4);
  });

  it('refuses invalid typed values (the store only holds valid inputs)', () => {
    const state = fresh();
    expect(setInput(state, 'id1', 'followUpRate', 1.5)).toBe(state);
    expect(setInput(state, 'id1', 'averageDeal', -1)).toBe(state);
    expect(setInput(state, 'id1', 'averageDeal', Number.NaN)).toBe(state);
    expect(setInput(state, 'nope', 'averageDeal', 5)).toBe(state);
  });

  it('resets an input to the data when the data has it, else to the benchmark or default', () => {
    let state = setInput(fresh(), 'id1', 'followUpRate', 0.9);
    state = setInput(state, 'id1', 'revenueGoal', 5);
    const toData = resetInput(state, 'id1', 'followUpRate', PREFILL);
    expect(baselineOf(toData).inputs.followUpRate).toBe(0.4);
    expect(baselineOf(toData).provenance.followUpRate).toEqual({ kind: 'data' });
    expect(toData.overridden['id1']).toEqual(['revenueGoal']);
    const toBenchmark = resetInput(state, 'id1', 'followUpRate', undefined);
    expect(baselineOf(toBenchmark).inputs.followUpRate).toBe(0.5);
    expect(baselineOf(toBenchmark).provenance.followUpRate).toEqual({ kind: 'benchmark', source: 'Bedwany' });
    const toDefault = resetInput(state, 'id1', 'revenueGoal', PREFILL);
    // Issue 13: the revenue goal has no source, so reset empties it again (asked for).
    expect(baselineOf(toDefault).inputs.revenueGoal).toBe(0);
    expect(baselineOf(toDefault).provenance.revenueGoal).toEqual({ kind: 'empty' });
  });

  it('adds, duplicates, renames, re-baselines and deletes scenarios', () => {
    const newId = ids();
    let state = initialCalculator(newId);
    state = setInput(state, 'id1', 'followUpRate', 0.7);
    state = addScenario(state, newId);
    expect(state.scenarios.map((s) => s.name)).toEqual(['Today', 'Scenario 2']);
    expect(state.selectedId).toBe('id2');
    expect(state.scenarios[1]?.inputs.followUpRate).toBe(0.7);
    expect(state.overridden['id2']).toEqual(['followUpRate']);

    state = duplicate(state, 'id1', newId);
    expect(state.scenarios.map((s) => s.name)).toEqual(['Today', 'Copy of Today', 'Scenario 2']);
    expect(state.selectedId).toBe('id3');

    state = rename(state, 'id3', '  100% follow-up  ');
    expect(state.scenarios[1]?.name).toBe('100% follow-up');
    expect(rename(state, 'id3', '   ')).toBe(state);

    state = makeBaseline(state, 'id3');
    expect(baselineOf(state).id).toBe('id3');
    expect(state.scenarios.filter((s) => s.baseline)).toHaveLength(1);

    state = remove(state, 'id3');
    expect(state.scenarios.map((s) => s.id)).toEqual(['id1', 'id2']);
    expect(baselineOf(state).id).toBe('id1');
    expect(state.selectedId).toBe('id1');
    expect(state.overridden['id3']).toBeUndefined();
    state = remove(state, 'id2');
    expect(remove(state, 'id1')).toBe(state); // the last one stays
  });

  it('holds up to 12 scenarios', () => {
    const newId = ids();
    let state = initialCalculator(newId);
    for (let i = 0; i < 20; i++) state = addScenario(state, newId);
    expect(state.scenarios).toHaveLength(12);
    expect(duplicate(state, 'id1', newId)).toBe(state);
  });

  it('scales per-period amounts when the period changes; rates and deal size stay; GAP scales too', () => {
    let year = fresh();
    year = setInput(year, 'id1', 'revenueGoal', 1_000_000);
    year = setInput(year, 'id1', 'priorRevenue', 600_000);
    year = setInput(year, 'id1', 'retentionRate', 0.8);
    const quarter = changePeriod(year, 'quarter');
    const [y, q] = [baselineOf(year), baselineOf(quarter)];
    expect(q.inputs.revenueGoal).toBe(250_000);
    expect(q.inputs.priorRevenue).toBe(150_000);
    expect(q.inputs.inboundLeads).toBe(250);
    expect(q.inputs.averageDeal).toBe(y.inputs.averageDeal);
    expect(q.inputs.followUpRate).toBe(y.inputs.followUpRate);
    expect(computeGap(q.inputs).gap).toBeCloseTo(computeGap(y.inputs).gap / 4, 6);
    expect(baselineOf(changePeriod(quarter, 'month')).inputs.inboundLeads).toBeCloseTo(1_000 / 12, 10);
  });

  it('round-trips through the link and the stored copy, overrides included', () => {
    let state = applyPrefill(fresh(), PREFILL);
    state = setInput(state, 'id1', 'revenueGoal', 2_000_000);
    state = { ...state, currency: 'EUR' };
    const hash = shareHash({ calculator: toShared(state) });
    const read = readShareHash(hash);
    if (read.kind !== 'ok' || !read.state.calculator) throw new Error('unreadable');
    expect(fromShared(read.state.calculator, state)).toEqual(state);
    const stored = JSON.parse(JSON.stringify(persistedCalculator(state))) as unknown;
    expect(sanitizeCalculator(stored)).toEqual(state);
  });

  it('replaces an unreadable stored copy with a fresh calculator', () => {
    for (const junk of [
      undefined,
      null,
      'x',
      { scenarios: [] },
      { currency: 'USD', period: 'year', scenarios: [{ name: 'x' }] },
    ]) {
      const state = sanitizeCalculator(junk);
      expect(state.scenarios).toHaveLength(1);
      expect(baselineOf(state).name).toBe('Today');
    }
  });
});
