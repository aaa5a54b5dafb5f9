import { describe, expect, it } from 'vitest';
import {
  persistedCalculator,
  sanitizeCalculator,
  withoutOldPlaceholders,
} from '../../../src/store/calculator-persist';
import { initialCalculator } from '../../../src/store/calculator-state';

/** A copy as version 2 stored it: the old placeholders "your assumption"; the user typed the prior revenue. */
function versionTwoCopy() {
  const stored = persistedCalculator(initialCalculator());
  const [first, ...rest] = stored.scenarios;
  if (!first) throw new Error('no scenario');
  const assumption = { kind: 'assumption' } as const;
  const old = {
    ...first,
    inputs: {
      ...first.inputs,
      revenueGoal: 1_000_000,
      priorRevenue: 750_000,
      retentionRate: 0.8,
      nurtureToSqlRate: 0.1,
    },
    provenance: {
      ...first.provenance,
      revenueGoal: assumption,
      priorRevenue: assumption,
      retentionRate: assumption,
      nurtureToSqlRate: assumption,
    },
    overridden: ['priorRevenue'],
  };
  return {
    theme: 'system',
    definition: {},
    rememberedMappings: {},
    calculator: { ...stored, scenarios: [old, ...rest] },
  };
}

describe('stored calculators from before version 3', () => {
  it('start the inputs nobody can assume empty, and keep what the user typed', () => {
    const migrated = withoutOldPlaceholders(versionTwoCopy()) as { calculator: unknown };
    const state = sanitizeCalculator(migrated.calculator);
    const [scenario] = state.scenarios;
    expect(scenario?.inputs.revenueGoal).toBe(0);
    expect(scenario?.provenance.revenueGoal).toEqual({ kind: 'empty' });
    expect(scenario?.provenance.retentionRate).toEqual({ kind: 'empty' });
    expect(scenario?.provenance.nurtureToSqlRate).toEqual({ kind: 'empty' });
    expect(scenario?.inputs.priorRevenue).toBe(750_000);
    expect(scenario?.provenance.priorRevenue).toEqual({ kind: 'assumption' });
  });

  it('leaves anything else as it was', () => {
    expect(withoutOldPlaceholders(null)).toBeNull();
    expect(withoutOldPlaceholders({ theme: 'dark' })).toEqual({ theme: 'dark' });
  });
});
