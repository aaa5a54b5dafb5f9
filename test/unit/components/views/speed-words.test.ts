import { describe, expect, it } from 'vitest';
import type { SpeedBand, SpeedBandName } from '../../../../src/lib/metrics';
import { speedBasis, speedFinding, STUDIES } from '../../../../src/components/views/speed-words';

const NAMES: SpeedBandName[] = [
  '0-5m',
  '5-30m',
  '30-60m',
  '1-4h',
  '4-24h',
  '1-2d',
  '2-7d',
  '7d+',
  'unknown',
  'never',
];

/** Bands from [leads, won] per band name; the others empty. */
function bands(given: Partial<Record<SpeedBandName, [number, number]>>, won = true): SpeedBand[] {
  return NAMES.map((band) => {
    const [leads, hits] = given[band] ?? [0, 0];
    return {
      band,
      leads,
      share: null,
      qualified: won ? null : hits,
      qualifiedRate: null,
      wonLeads: won ? hits : null,
      leadToWin: null,
      leadToWinLow: null,
      leadToWinHigh: null,
      revenuePerLead: null,
    };
  });
}

describe('the speed-to-lead finding', () => {
  it('states the ratio when both sides have 30+ leads and the intervals do not overlap', () => {
    // Within an hour: 40 of 100 won; after a day: 10 of 100. 0.4 / 0.1 = 4x.
    const finding = speedFinding(
      bands({ '0-5m': [50, 25], '30-60m': [50, 15], '1-2d': [60, 6], '7d+': [40, 4] }),
    );
    expect(finding.ratio).toBeCloseTo(4, 12);
    expect(finding.title).toBe(
      'Leads answered within an hour were won 4x as often as leads answered after a day',
    );
  });

  it('says when there are too few leads to tell', () => {
    const finding = speedFinding(bands({ '0-5m': [29, 20], '1-2d': [100, 1] }));
    expect(finding.tooFew).toBe(true);
    expect(finding.title).toMatch(/^Too few leads to tell .*29 answered within an hour, 100 after a day/);
  });

  it('says when the intervals overlap (12 of 40 against 9 of 40)', () => {
    const finding = speedFinding(bands({ '5-30m': [40, 12], '2-7d': [40, 9] }));
    expect(finding.ratio).toBeNull();
    expect(finding.title).toContain('too close to tell apart');
  });

  it('falls back to qualification without won leads, and names it', () => {
    const qualified = bands({ '0-5m': [100, 60], '1-2d': [100, 10] }, false);
    expect(speedBasis(qualified)).toBe('qualified');
    expect(speedFinding(qualified).title).toBe(
      'Leads answered within an hour were qualified 6x as often as leads answered after a day',
    );
  });

  it('quotes the studies as measuring qualification, never revenue nor "100x"', () => {
    const text = JSON.stringify(STUDIES);
    expect(text).toContain('2,241');
    expect(text).toContain('21x');
    expect(text).not.toContain('100x');
    for (const study of STUDIES) expect(study.measured).toMatch(/qualif/);
  });
});
