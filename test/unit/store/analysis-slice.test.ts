import { describe, expect, it } from 'vitest';
import { createAnalysisSlice, toggledFilter, type AnalysisSlice } from '../../../src/store/analysis-slice';

/** The analysis slice alone, on a plain object standing in for the store. */
function slice(): { get: () => AnalysisSlice } {
  let state = {} as AnalysisSlice;
  type Change = Partial<AnalysisSlice> | ((s: AnalysisSlice) => Partial<AnalysisSlice>);
  const set = (change: Change): void => {
    state = { ...state, ...(typeof change === 'function' ? change(state) : change) };
  };
  const create = createAnalysisSlice as unknown as (
    set: (change: Change) => void,
    get: () => AnalysisSlice,
    api: unknown,
  ) => AnalysisSlice;
  state = create(set, () => state, {});
  return { get: () => state };
}

describe('setDimensionFilter (the filter picker’s Apply)', () => {
  it('replaces one dimension’s values and leaves the other filters', () => {
    const s = slice();
    s.get().toggleFilter('owner', 'Ann');
    s.get().setCreatedRange('2025-01-01', undefined);
    s.get().setDimensionFilter('source', ['Web', 'Partner', 'Web']);
    expect(s.get().filters).toEqual({
      createdFrom: '2025-01-01',
      createdTo: undefined,
      dimensions: { owner: ['Ann'], source: ['Web', 'Partner'] },
    });
    s.get().setDimensionFilter('source', ['Referral']);
    expect(s.get().filters.dimensions).toEqual({ owner: ['Ann'], source: ['Referral'] });
  });

  it('removes the dimension’s filter when nothing is chosen', () => {
    const s = slice();
    s.get().setDimensionFilter('source', ['Web']);
    s.get().setDimensionFilter('source', []);
    expect(s.get().filters.dimensions).toEqual({});
  });
});

describe('toggledFilter (what a bar click sets; the prefetch computes the same state)', () => {
  it('adds a value, removes it when there, and keeps the other filters', () => {
    const base = { createdFrom: '2025-01-01', dimensions: { owner: ['Ann'] } };
    expect(toggledFilter(base, 'source', 'Web')).toEqual({
      createdFrom: '2025-01-01',
      dimensions: { owner: ['Ann'], source: ['Web'] },
    });
    expect(toggledFilter({ dimensions: { source: ['Web', 'Partner'] } }, 'source', 'Web')).toEqual({
      dimensions: { source: ['Partner'] },
    });
    expect(toggledFilter({ dimensions: { source: ['Web'] } }, 'source', 'Web')).toEqual({ dimensions: {} });
  });

  it('is what toggleFilter sets', () => {
    const s = slice();
    s.get().toggleFilter('owner', 'Ann');
    const before = s.get().filters;
    s.get().toggleFilter('source', 'Web');
    expect(s.get().filters).toEqual(toggledFilter(before, 'source', 'Web'));
  });
});
