import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useRovingIndex } from '../common/roving-index';
import { downloadText } from '../common/download';
import { formatCount } from '../common/format';
import { useInteractive } from '../common/interactive';
import { cellText, fileNameWith, tableToCsv } from './cells';
import { nextSort, sortRows } from './sort';
import type { Column, SortState } from './types';

export interface DataTableProps<Row extends object> {
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  /** What the table holds, for screen readers (and shown when `showCaption`). */
  caption: string;
  showCaption?: boolean | undefined;
  /** Shows a "Download CSV" button that saves `<fileName>.csv`. */
  fileName?: string | undefined;
  /** A stable key per row (default: the row's position). */
  rowKey?: ((row: Row, index: number) => string) | undefined;
  /** Makes rows activatable by click, Enter or Space (e.g. "filter to this source"). */
  onRowClick?: ((row: Row) => void) | undefined;
  /** Marks the row(s) currently chosen, e.g. the active filter. */
  isSelected?: ((row: Row) => boolean) | undefined;
  /** Shows the first `limit` rows with a "Show all" button. */
  limit?: number | undefined;
  initialSort?: SortState | null | undefined;
  testId?: string | undefined;
}

const ARROW = { ascending: '▲', descending: '▼' } as const;

/** A sortable table that stacks into label/value cards on phones (UI.md: every chart's numbers). */
export function DataTable<Row extends object>({
  rows,
  columns,
  caption,
  showCaption = false,
  fileName,
  rowKey,
  onRowClick: onRowClickGiven,
  isSelected,
  limit,
  initialSort = null,
  testId,
}: DataTableProps<Row>) {
  // A snapshot's filters are fixed: its rows are not buttons.
  const onRowClick = useInteractive() ? onRowClickGiven : undefined;
  const [sort, setSort] = useState<SortState | null>(initialSort);
  const [showAll, setShowAll] = useState(false);
  const sortId = useId();
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const limited = limit !== undefined && !showAll && sorted.length > limit;
  const shown = limited ? sorted.slice(0, limit) : sorted;

  // Header buttons and rows are one tab stop each (arrow keys inside): a long table is two Tabs.
  const headers = useRovingIndex(columns.length, 'horizontal');
  const selectedAt = shown.findIndex((row) => isSelected?.(row) ?? false);
  const rowStops = useRovingIndex(shown.length, 'vertical', Math.max(0, selectedAt));

  const onKey = (event: KeyboardEvent<HTMLTableRowElement>, row: Row, index: number) => {
    if (rowStops.walk(event, index)) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onRowClick?.(row);
    }
  };

  return (
    <div className="data-table" data-testid={testId}>
      <div className="data-table-tools">
        <label className="data-table-sort small" htmlFor={sortId}>
          Sort by{' '}
          <select
            id={sortId}
            value={sort ? `${sort.key}:${sort.direction}` : ''}
            onChange={(event) => {
              const [key = '', direction] = event.target.value.split(':');
              setSort(
                key ? { key, direction: direction === 'descending' ? 'descending' : 'ascending' } : null,
              );
            }}
          >
            <option value="">As given</option>
            {columns.flatMap((column) => [
              <option key={`${column.key}:a`} value={`${column.key}:ascending`}>
                {column.label} {column.numeric ? '(low to high)' : '(A to Z)'}
              </option>,
              <option key={`${column.key}:d`} value={`${column.key}:descending`}>
                {column.label} {column.numeric ? '(high to low)' : '(Z to A)'}
              </option>,
            ])}
          </select>
        </label>
        {fileName !== undefined && (
          <button
            type="button"
            className="small"
            onClick={() =>
              downloadText(fileNameWith(fileName, 'csv'), tableToCsv(sorted, columns), 'text/csv')
            }
          >
            Download CSV
          </button>
        )}
      </div>
      <div className="table-wrap">
        <table className={`stack${onRowClick ? ' clickable-rows' : ''}`}>
          <caption className={showCaption ? 'data-table-caption' : 'visually-hidden'}>
            {caption}
            {onRowClick && <span className="visually-hidden"> Press Enter on a row to select it.</span>}
          </caption>
          <thead>
            <tr data-roving>
              {columns.map((column, index) => {
                const active = sort?.key === column.key ? sort.direction : undefined;
                return (
                  <th
                    key={column.key}
                    scope="col"
                    className={column.numeric ? 'num' : undefined}
                    aria-sort={active}
                  >
                    <button
                      type="button"
                      className="sort-button"
                      {...headers.item(index)}
                      onKeyDown={(event) => headers.walk(event, index)}
                      onClick={() => setSort(nextSort(sort, column))}
                    >
                      {column.label}
                      <span aria-hidden="true" className={active ? 'sort-arrow on' : 'sort-arrow'}>
                        {active ? ARROW[active] : '▲'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody data-roving>
            {shown.map((row, index) => {
              const selected = isSelected?.(row) ?? false;
              return (
                <tr
                  key={rowKey ? rowKey(row, index) : index}
                  className={selected ? 'selected' : undefined}
                  aria-current={selected ? 'true' : undefined}
                  {...(onRowClick && {
                    ...rowStops.item(index),
                    onClick: () => onRowClick(row),
                    onKeyDown: (event: KeyboardEvent<HTMLTableRowElement>) => onKey(event, row, index),
                  })}
                >
                  {columns.map((column) => {
                    const value = row[column.key];
                    const blank = value === null || value === undefined;
                    const classes = [column.numeric && 'num', blank && 'muted'].filter(Boolean).join(' ');
                    return (
                      <td key={column.key} data-label={column.label} className={classes || undefined}>
                        {cellText(row, column)}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
            {shown.length === 0 && (
              <tr>
                <td colSpan={columns.length} className="muted">
                  No rows.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {limit !== undefined && sorted.length > limit && (
        <button type="button" className="link small" onClick={() => setShowAll((all) => !all)}>
          {showAll ? `Show the first ${formatCount(limit)}` : `Show all ${formatCount(sorted.length)} rows`}
        </button>
      )}
    </div>
  );
}
