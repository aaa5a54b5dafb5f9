import { useEffect, useId, useRef, useState } from 'react';
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
  const [datesOpen, setDatesOpen] = useState(false);
  const datesId = useId();
  // A removed chip (or "Clear all") takes its button away: focus goes to the chip now in its place
  // (the next, or the last when it was the last), else to the filter bar itself.
  const bar = useRef<HTMLDivElement>(null);
  const refocus = useRef<number | null>(null);
  const count = chips.length;
  useEffect(() => {
    const at = refocus.current;
    if (at === null) return;
    refocus.current = null;
    const buttons = bar.current?.querySelectorAll<HTMLButtonElement>('.chip button');
    const next = buttons && buttons.length > 0 ? buttons[Math.min(at, buttons.length - 1)] : undefined;
    (next ?? bar.current)?.focus();
  }, [count, active]);
  return (
    <div
      className="filter-bar"
      role="region"
      aria-label="Filters"
      data-testid="filter-bar"
      ref={bar}
      tabIndex={-1}
    >
      <FilterPicker />
      {/* One Tab stop until opened: a date field is four (month, day, year, calendar). */}
      <button
        type="button"
        className="small dates-toggle"
        aria-expanded={datesOpen}
        aria-controls={datesId}
        onClick={() => setDatesOpen((open) => !open)}
      >
        Leads created: {dateWords(filters.createdFrom, filters.createdTo)} {datesOpen ? '▴' : '▾'}
      </button>
      <span id={datesId} className="date-range" hidden={!datesOpen}>
        <label className="small" htmlFor="filter-from">
          from
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
      </span>
      {chips.map((chip, index) => (
        <span className="chip" key={`${chip.dimension}:${chip.value}`} data-testid="filter-chip">
          {chip.label}: {chip.value}
          <button
            type="button"
            aria-label={`Remove filter ${chip.label}: ${chip.value}`}
            onClick={() => {
              refocus.current = index;
              removeFilter(chip.dimension, chip.value);
            }}
          >
            ×
          </button>
        </span>
      ))}
      {active ? (
        <button
          type="button"
          className="link"
          onClick={() => {
            refocus.current = 0;
            clearFilters();
          }}
        >
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

function dateWords(from: string | undefined, to: string | undefined): string {
  if (from && to) return `${from} to ${to}`;
  if (from) return `from ${from}`;
  if (to) return `until ${to}`;
  return 'any date';
}
