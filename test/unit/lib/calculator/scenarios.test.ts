import { describe, expect, it } from 'vitest';
import { defaultProvenance } from '../../../../src/lib/calculator/benchmarks';
import {
  canRemoveScenario,
  compareToBaseline,
  createScenario,
  duplicateScenario,
  normalizeBaseline,
  randomId,
  removeScenario,
  renameScenario,
  setBaseline,
} from '../../../../src/lib/calculator/scenarios';
import type { Scenario } from '../../../../src/lib/calculator/types';
import { CASE_A } from './fixtures';

function counter(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}

function threeScenarios(): Scenario[] {
  const newId = counter('s');
  return [
    createScenario('Today', CASE_A, defaultProvenance(), { baseline: true, newId }),
    createScenario('Follow up all', { ...CASE_A, followUpRate: 1 }, defaultProvenance(), {
      newId,
    }),
    createScenario('No nurture', { ...CASE_A, nurturedShare: 0 }, defaultProvenance(), { newId }),
  ];
}

const baselines = (list: Scenario[]): string[] => list.filter((s) => s.baseline).map((s) => s.id);

describe('scenarios', () => {
  it('creates a scenario with its own copy of the inputs', () => {
    const inputs = { ...CASE_A };
    const scenario = createScenario('Today', inputs, defaultProvenance(), { newId: () => 'x' });
    inputs.followUpRate = 0.9;
    expect(scenario).toMatchObject({ id: 'x', name: 'Today', baseline: false });
    expect(scenario.inputs.followUpRate).toBe(0.6);
  });

  it('makes random ids by default', () => {
    const a = createScenario('A', CASE_A, defaultProvenance());
    const b = createScenario('B', CASE_A, defaultProvenance());
    expect(a.id).not.toBe(b.id);
    expect(randomId()).toMatch(/^[0-9a-f-]{32,36}$/);
  });

  it('duplicates right after the original, as a non-baseline "Copy of"', () => {
    const list = duplicateScenario(threeScenarios(), 's1', () => 'copy');
    expect(list.map((s) => s.id)).toEqual(['s1', 'copy', 's2', 's3']);
    const copy = list[1];
    expect(copy).toMatchObject({ name: 'Copy of Today', baseline: false, inputs: CASE_A });
    expect(copy?.inputs).not.toBe(list[0]?.inputs);
    expect(copy?.provenance.sqlCloseRate).not.toBe(list[0]?.provenance.sqlCloseRate);
    expect(duplicateScenario(threeScenarios(), 'nope').map((s) => s.id)).toEqual(['s1', 's2', 's3']);
  });

  it('renames, trimming, and ignores a blank name', () => {
    const renamed = renameScenario(threeScenarios(), 's2', '  Follow up within 48 h ');
    expect(renamed[1]?.name).toBe('Follow up within 48 h');
    expect(renameScenario(renamed, 's2', '   ')[1]?.name).toBe('Follow up within 48 h');
  });

  it('never removes the last scenario', () => {
    const one = [createScenario('Only', CASE_A, defaultProvenance(), { baseline: true })];
    expect(canRemoveScenario(one)).toBe(false);
    expect(removeScenario(one, one[0]?.id ?? '')).toEqual(one);
  });

  it('hands the baseline to the first remaining scenario when the baseline is removed', () => {
    const list = removeScenario(threeScenarios(), 's1');
    expect(list.map((s) => s.id)).toEqual(['s2', 's3']);
    expect(baselines(list)).toEqual(['s2']);
    expect(baselines(removeScenario(threeScenarios(), 's3'))).toEqual(['s1']);
  });

  it('keeps exactly one baseline', () => {
    expect(baselines(setBaseline(threeScenarios(), 's3'))).toEqual(['s3']);
    expect(baselines(setBaseline(threeScenarios(), 'nope'))).toEqual(['s1']);
    const allFlagged = threeScenarios().map((s) => ({ ...s, baseline: true }));
    expect(baselines(normalizeBaseline(allFlagged))).toEqual(['s1']);
    const noneFlagged = threeScenarios().map((s) => ({ ...s, baseline: false }));
    expect(baselines(normalizeBaseline(noneFlagged))).toEqual(['s1']);
  });

  it('compares every scenario to the baseline', () => {
    const rows = compareToBaseline(threeScenarios());
    // Today: GAP 473,000 (fixtures.ts)
    // Follow up all: 800,000 − 500,000 − 45,000 = 255,000 → 255,000 − 473,000 = −218,000
    // No nurture: 800,000 − 300,000 = 500,000 → 500,000 − 473,000 = +27,000
    expect(rows.map((r) => r.scenario.id)).toEqual(['s1', 's2', 's3']);
    expect(rows[0]?.outputs.gap).toBeCloseTo(473_000);
    expect(rows[0]?.gapDelta).toBe(0);
    expect(rows[1]?.gapDelta).toBeCloseTo(-218_000);
    expect(rows[2]?.gapDelta).toBeCloseTo(27_000);

    const againstThird = compareToBaseline(setBaseline(threeScenarios(), 's3'));
    expect(againstThird[0]?.gapDelta).toBeCloseTo(473_000 - 500_000);
    expect(compareToBaseline([])).toEqual([]);
  });
});
