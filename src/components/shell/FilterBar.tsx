import { useShallow } from 'zustand/react/shallow';
import { dimensionLabel, useAppStore } from '../../store';
import { useInteractive } from '../common/interactive';
import { FilterPicker } from './FilterPicker';

/**
 * The active filters as removable chips, on top of every view: the one place filters show and clear.
 * They are added from the picker ("Add filter"), the created-date range, and charts and tables.
 */
export function FilterBar() {
  const interactive = useInteractive();
  const { filters, uploads, removeFilter, clearFilters, setCreatedRange } = useAppStore(
    useShallow((s) => ({
      filters: s.filters,
      uploads: s.uploads,
      removeFilter: s.removeFilter,
      clearFilters: s.clearFilters,
      setCreatedRange: s.setCreatedRange,
    })),
  );
  const chips = Object.entries(filters.dimensions ?? {}).flatMap(([dimension, values]) =>
    (values ?? []).map((value) => ({ dimension, value, label: dimensionLabel(uploads, dimension) })),
  );
  const active = chips.length > 0 || filters.createdFrom || filters.createdTo;
  return (
    <div className="filter-bar" role="region" aria-label="Filters" data-testid="filter-bar">
      <FilterPicker />
      <label className="small" htmlFor="filter-from">
        Leads created from
      </label>
      <input
        id="filter-from"
        type="date"
        value={filters.createdFrom ?? ''}
        onChange={(e) => setCreatedRange(e.target.value || undefined, filters.createdTo)}
      />
      <label className="small" htmlFor="filter-to">
        to
      </label>
      <input
        id="filter-to"
        type="date"
        value={filters.createdTo ?? ''}
        onChange={(e) => setCreatedRange(filters.createdFrom, e.target.value || undefined)}
      />
      {chips.map((chip) => (
        <span className="chip" key={`${chip.dimension}:${chip.value}`} data-testid="filter-chip">
          {chip.label}: {chip.value}
          <button
            type="button"
            aria-label={`Remove filter ${chip.label}: ${chip.value}`}
            onClick={() => removeFilter(chip.dimension, chip.value)}
          >
            ×
          </button>
        </span>
      ))}
      {active ? (
        <button type="button" className="link" onClick={clearFilters}>
          Clear all filters
        </button>
      ) : (
        interactive && (
          <span className="muted small">Or click a bar or a table row to filter every view by it.</span>
        )
      )}
    </div>
  );
}
