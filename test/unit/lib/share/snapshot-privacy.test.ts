import { describe, expect, it } from 'vitest';
import type { MetricContext } from '../../../../src/lib/metrics/context';
import { collectSnapshot } from '../../../../src/lib/share/snapshot-collect';
import {
  OwnerAliases,
  looksPersonal,
  repAlias,
  safeGrouping,
  scrubDeep,
} from '../../../../src/lib/share/snapshot-privacy';
import { collect, collectInput, ctx, fakeRun } from './snapshot-fixture';

describe('snapshot privacy', () => {
  it('names reps A…Z, then AA, AB…', () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(repAlias)).toEqual([
      'Rep A',
      'Rep B',
      'Rep Z',
      'Rep AA',
      'Rep AB',
      'Rep ZZ',
      'Rep AAA',
    ]);
    const aliases = new OwnerAliases();
    expect([aliases.alias('x'), aliases.alias('(blank)'), aliases.alias('y'), aliases.alias('x')]).toEqual([
      'Rep A',
      '(blank)',
      'Rep B',
      'Rep A',
    ]);
  });

  it('spots personal headers and one-value-per-lead columns', () => {
    for (const header of [
      'First Name',
      'lastName',
      'E-mail',
      'Phone',
      'Mobile',
      'Lead ID',
      'Street Address',
      'Notes',
      'LinkedIn URL',
    ]) {
      expect(looksPersonal(header), header).toBe(true);
    }
    for (const header of ['Industry', 'Country', 'Company size', 'Region', 'Tier', 'Product']) {
      expect(looksPersonal(header), header).toBe(false);
    }
    expect(safeGrouping(['a', 'b', 'c'], 3)).toBe(true);
    expect(
      safeGrouping(
        Array.from({ length: 20 }, (_, i) => `v${i}`),
        50,
      ),
    ).toBe(false);
    expect(
      safeGrouping(
        Array.from({ length: 101 }, (_, i) => `v${i}`),
        1e6,
      ),
    ).toBe(false);
    expect(safeGrouping(['a@b.example'], 100)).toBe(false);
    expect(scrubDeep({ a: ['mail me: x.y@corp.example.com', 3], b: null })).toEqual({
      a: ['mail me: (hidden)', 3],
      b: null,
    });
  });

  it('collects every figure with owners pseudonymised, personal columns left out, e-mails scrubbed', async () => {
    const doc = await collect();
    const text = JSON.stringify(doc);
    for (const owner of ['Dana Scully', 'Fox Mulder', 'Walter Skinner']) expect(text).not.toContain(owner);
    expect(text).not.toContain('@example.com');
    expect(doc.results['byOwner']).toMatchObject([
      { owner: 'Rep A' },
      { owner: 'Rep B' },
      { owner: 'Rep C' },
    ]);
    expect(doc.results['capacity']).toMatchObject([{ owner: 'Rep B' }]);
    expect(doc.results['segmentedFunnel:owner']).toMatchObject([
      { segment: 'Rep C' },
      { segment: 'Other', other: true },
    ]);
    expect(doc.context.filters).toEqual({ dimensions: { owner: ['Rep A'], x_country: ['Sweden'] } });
    expect(doc.dimensions.map((d) => d.column)).toEqual(['source', 'campaign', 'x_country']);
    expect(doc.hiddenDimensions).toEqual(['Notes', 'Given']);
    expect(doc.results['byDimension:x_first_name']).toBeUndefined();
    expect(doc.context.known.leads).toContain('email'); // which fields exist, never their values
    expect(doc.ownerNames).toBe('pseudonymised');
    // Opting in keeps the names.
    const named = await collect(true);
    expect(named.results['byOwner']).toMatchObject([
      { owner: 'Dana Scully' },
      { owner: 'Fox Mulder' },
      { owner: 'Walter Skinner' },
    ]);
    expect(named.context.filters.dimensions?.['owner']).toEqual(['Dana Scully']);
  });

  it('a filter on a column left out shows no value', async () => {
    const notes: MetricContext = { ...ctx, filters: { dimensions: { x_notes: ['Call Jane back'] } } };
    const doc = await collectSnapshot({ ...(await collectInput()), ctx: notes, run: fakeRun(notes) });
    expect(doc.context.filters).toEqual({ dimensions: { x_notes: ['(hidden) 1'] } });
  });
});
