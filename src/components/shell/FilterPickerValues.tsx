import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useMetric, type Dimension } from '../../store';
import { formatCount } from '../common/format';
import { PICKER_CAP, movedIndex, pickerNote, pickerRows, toggled } from './filter-picker-model';

interface Props {
  dimension: Dimension;
  /** The values the dimension's filter holds now: ticked to start with. */
  initial: readonly string[];
  onApply: (values: string[]) => void;
  onCancel: () => void;
  onBack: () => void;
}

/** The search waits for a pause in typing, so a word is one query, not one per letter. */
function useSettled(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * Step two: one dimension's values as a group of checkboxes, each with its leads under the other
 * filters (the metric ignores this dimension's own filter), most leads first. The search runs in SQL
 * over every value, so the capped list never hides one. Keys: ↓ from the search into the list,
 * ↑/↓/Home/End within it, Space ticks, Enter applies, Escape closes (FilterPicker).
 */
export function FilterPickerValues({ dimension, initial, onApply, onCancel, onBack }: Props) {
  const [search, setSearch] = useState('');
  const term = useSettled(search.trim(), 150);
  const [selected, setSelected] = useState<string[]>(() => [...initial]);
  const [active, setActive] = useState(0);
  const { data, error } = useMetric('dimensionValues', dimension.column, PICKER_CAP + 1, term);
  const searchBox = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const ids = { title: useId(), search: useId(), note: useId() };

  useEffect(() => searchBox.current?.focus(), []);

  const { rows, capped } = pickerRows(data ?? [], selected, term);
  const counting = data === undefined && error === undefined;
  const note = counting ? 'Counting leads…' : (error ?? pickerNote(rows.length, capped, term));
  const plural = dimension.label.toLowerCase();

  const boxes = () => [...(list.current?.querySelectorAll<HTMLInputElement>('input') ?? [])];
  const focusRow = (index: number) => {
    setActive(index);
    boxes()[index]?.focus();
  };
  const onSearchKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' || rows.length === 0) return;
    event.preventDefault();
    focusRow(Math.min(active, rows.length - 1));
  };
  const onListKey = (event: KeyboardEvent) => {
    const index = boxes().indexOf(document.activeElement as HTMLInputElement);
    if (event.key === 'Enter') {
      event.preventDefault();
      form.current?.requestSubmit();
      return;
    }
    if (event.key === 'ArrowUp' && index === 0) {
      event.preventDefault();
      searchBox.current?.focus();
      return;
    }
    const next = movedIndex(event.key, index, rows.length);
    if (next === null) return;
    event.preventDefault();
    focusRow(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(selected);
  };

  return (
    <form ref={form} className="filter-values" onSubmit={submit} aria-labelledby={ids.title}>
      <div className="filter-popover-head">
        <button type="button" className="link" onClick={onBack} aria-label="Back to all dimensions">
          ‹ Back
        </button>
        <h2 className="filter-popover-title" id={ids.title}>
          {dimension.label}
        </h2>
      </div>
      <label className="visually-hidden" htmlFor={ids.search}>
        Search {plural} values
      </label>
      <input
        ref={searchBox}
        id={ids.search}
        type="search"
        className="filter-search"
        placeholder={`Search ${plural}…`}
        autoComplete="off"
        value={search}
        aria-describedby={ids.note}
        onChange={(e) => {
          setSearch(e.target.value);
          setActive(0);
        }}
        onKeyDown={onSearchKey}
      />
      <fieldset className="filter-options" aria-busy={counting}>
        <legend className="visually-hidden">
          {dimension.label} values, with their leads under the other filters
        </legend>
        {rows.length > 0 && (
          <div className="filter-list-head small muted" aria-hidden="true">
            <span>{dimension.label}</span>
            <span>Leads</span>
          </div>
        )}
        <ul ref={list} onKeyDown={onListKey} data-testid="filter-values">
          {rows.map((row, index) => (
            <li key={row.value}>
              <label>
                <input
                  type="checkbox"
                  tabIndex={index === Math.min(active, rows.length - 1) ? 0 : -1}
                  checked={selected.includes(row.value)}
                  onChange={() => setSelected((s) => toggled(s, row.value))}
                  onFocus={() => setActive(index)}
                />
                <span className="filter-value">{row.value}</span>
                <span className="filter-count num" data-leads={row.leads ?? ''}>
                  {row.leads === null ? '' : formatCount(row.leads)}
                  <span className="visually-hidden"> leads</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <p className="muted small filter-note" id={ids.note} aria-live="polite">
        {note}
      </p>
      <div className="filter-actions">
        <span className="muted small" aria-live="polite">
          {selected.length === 0 ? 'None chosen' : `${formatCount(selected.length)} chosen`}
        </span>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" data-testid="apply-filter">
          Apply
        </button>
      </div>
    </form>
  );
}
