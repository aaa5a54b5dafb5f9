import { describe, expect, it } from 'vitest';
import { DEFAULT_DEFINITION, type MetricContext } from '../../../../src/lib/metrics/context';
import { NO_DEALS_LINKED, dealsUnlinked } from '../../../../src/lib/metrics/linked';
import { TOP_SEGMENTS, segmentedFunnelQuery } from '../../../../src/lib/metrics/segmented-funnel';

const ctx: MetricContext = {
  filters: {},
  definition: DEFAULT_DEFINITION,
  known: { leads: new Set(['lead_id', 'source']), deals: new Set() },
  asOf: '2026-01-01',
};

describe('one segment rule', () => {
  it('the funnel by segment keeps TOP_SEGMENTS by name by default, as every bar chart does', () => {
    expect(segmentedFunnelQuery(ctx, 'source').sql).toContain(`rank <= ${TOP_SEGMENTS}`);
    // A sample company's sources (8) all keep their names: Referral is never folded into "Other".
    expect(TOP_SEGMENTS).toBeGreaterThanOrEqual(8);
  });
});

describe('revenue when no deal links to the leads in view', () => {
  it('is unknown only with leads in view, a deals file with outcomes, and no linked deal', () => {
    expect(dealsUnlinked({ leads: 7, deals: 0 }, true)).toBe(true);
    expect(dealsUnlinked({ leads: 7, deals: 1 }, true)).toBe(false);
    // No deals file (won unknown): the figures' own "not in your data" sentence applies instead.
    expect(dealsUnlinked({ leads: 7, deals: 0 }, false)).toBe(false);
    // A deals file alone: every deal is in scope.
    expect(dealsUnlinked({ leads: 0, deals: 0 }, true)).toBe(false);
    expect(dealsUnlinked(undefined, true)).toBe(false);
    expect(NO_DEALS_LINKED).toMatch(/^No deals linked to these leads/);
  });
});
