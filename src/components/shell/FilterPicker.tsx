import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { leadDimensions, useAppStore, type Dimension } from '../../store';
import { FilterPickerValues } from './FilterPickerValues';
import { movedIndex } from './filter-picker-model';

/**
 * "Add filter": a popover that lists the lead dimensions, then one dimension's values with their
 * lead counts to tick. Apply sets that dimension's filter; the chips stay where filters show and
 * clear. Escape, Cancel or a click outside close it without change; focus returns to the button.
 */
export function FilterPicker() {
  const { uploads, filters, setDimensionFilter, working } = useAppStore(
    useShallow((s) => ({
      uploads: s.uploads,
      filters: s.filters,
      setDimensionFilter: s.setDimensionFilter,
      working: s.definition.businessHours != null,
    })),
  );
  const dimensions = useMemo(() => leadDimensions(uploads, working), [uploads, working]);
  const [open, setOpen] = useState(false);
  const [dimension, setDimension] = useState<Dimension | null>(null);
  // Back from a dimension's values puts the focus on that dimension again.
  const [lastColumn, setLastColumn] = useState<string | undefined>(undefined);
  const button = useRef<HTMLButtonElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const popoverId = useId();

  const close = (returnFocus: boolean) => {
    setOpen(false);
    setDimension(null);
    setLastColumn(undefined);
    if (returnFocus) button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    // A click elsewhere closes without applying, and leaves the focus where the user clicked.
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) {
        setOpen(false);
        setDimension(null);
      }
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  if (dimensions.length === 0) return null;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    close(true);
  };

  return (
    <div className="filter-picker" ref={wrapper}>
      <button
        ref={button}
        type="button"
        className="add-filter"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? popoverId : undefined}
        data-testid="add-filter"
        onClick={() => (open ? close(false) : setOpen(true))}
      >
        <span aria-hidden="true">+</span> Add filter
      </button>
      {open && (
        <div
          id={popoverId}
          className="filter-popover"
          role="dialog"
          aria-label={dimension ? `Filter by ${dimension.label}` : 'Add a filter'}
          data-testid="filter-picker"
          onKeyDown={onKeyDown}
          onBlur={(event) => {
            // Tab past the last control leaves the popover: it closes, as a click outside does.
            const to = event.relatedTarget;
            if (to instanceof Node && !wrapper.current?.contains(to)) close(false);
          }}
        >
          {dimension ? (
            <FilterPickerValues
              key={dimension.column}
              dimension={dimension}
              initial={filters.dimensions?.[dimension.column] ?? []}
              onApply={(values) => {
                setDimensionFilter(dimension.column, values);
                close(true);
              }}
              onCancel={() => close(true)}
              onBack={() => {
                setLastColumn(dimension.column);
                setDimension(null);
              }}
            />
          ) : (
            <DimensionList
              dimensions={dimensions}
              chosen={(column) => filters.dimensions?.[column]?.length ?? 0}
              focus={lastColumn}
              onPick={setDimension}
            />
          )}
        </div>
      )}
    </div>
  );
}

/** Step one: which dimension to filter by (arrow keys or Tab move, Enter opens its values). */
function DimensionList({
  dimensions,
  chosen,
  focus,
  onPick,
}: {
  dimensions: Dimension[];
  chosen: (column: string) => number;
  focus: string | undefined;
  onPick: (dimension: Dimension) => void;
}) {
  const list = useRef<HTMLUListElement>(null);
  const headingId = useId();
  useEffect(() => {
    const buttons = [...(list.current?.querySelectorAll('button') ?? [])];
    (buttons.find((b) => b.dataset['column'] === focus) ?? buttons[0])?.focus();
  }, [focus]);
  const onKeyDown = (event: KeyboardEvent) => {
    const buttons = [...(list.current?.querySelectorAll('button') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = movedIndex(event.key, index, buttons.length);
    if (next === null) return;
    event.preventDefault();
    buttons[next]?.focus();
  };
  return (
    <>
      <h2 className="filter-popover-title" id={headingId}>
        Filter by
      </h2>
      <ul className="filter-dimensions" ref={list} aria-labelledby={headingId} onKeyDown={onKeyDown}>
        {dimensions.map((d) => {
          const count = chosen(d.column);
          return (
            <li key={d.column}>
              <button type="button" data-column={d.column} onClick={() => onPick(d)}>
                <span>{d.label}</span>
                {count > 0 && <span className="muted small">{count} chosen</span>}
                <span aria-hidden="true" className="muted">
                  ›
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
