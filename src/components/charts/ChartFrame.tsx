import { useId, useRef, useState, type ReactNode } from 'react';
import { downloadText } from '../common/download';
import { DataTable } from '../table/DataTable';
import { fileNameWith, tableToCsv } from '../table/cells';
import type { Column, SortState } from '../table/types';
import { downloadBlob } from '../common/download';
import { ChartTitle } from './chart-a11y';
import { MenuButton } from '../shell/MenuButton';
import { findChartSvg, renderPng } from './png-export';

export interface ChartFrameProps<Row extends object> {
  /** The finding, not the axes: "38% of leads were never followed up". */
  title: string;
  /** The assumption or definition behind the figure, one line. */
  subtitle?: string | undefined;
  /** File name (without extension) for the PNG and CSV downloads. */
  name: string;
  testId: string;
  /** The chart's numbers: shown by the Table toggle and saved by CSV. */
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  /** The chart itself. */
  children: ReactNode;
  /** Source, benchmark or caveat under the chart. */
  note?: ReactNode | undefined;
  /** Open with the table shown (e.g. when the chart is too small to read). */
  defaultShowTable?: boolean | undefined;
  /** Passed to the table: rows become selectable (e.g. "click a row to filter"). */
  onRowClick?: ((row: Row) => void) | undefined;
  isSelected?: ((row: Row) => boolean) | undefined;
  rowKey?: ((row: Row, index: number) => string) | undefined;
  initialSort?: SortState | null | undefined;
}

/** A chart in a figure: the finding as its title, a Table toggle, PNG and CSV downloads. */
export function ChartFrame<Row extends object>({
  title,
  subtitle,
  name,
  testId,
  rows,
  columns,
  children,
  note,
  defaultShowTable = false,
  onRowClick,
  isSelected,
  rowKey,
  initialSort,
}: ChartFrameProps<Row>) {
  const [showTable, setShowTable] = useState(defaultShowTable);
  const [problem, setProblem] = useState<string | null>(null);
  const chartRef = useRef<HTMLDivElement>(null);
  const frameRef = useRef<HTMLElement>(null);
  const tableId = useId();
  const titleId = useId();

  const exportPng = async () => {
    setProblem(null);
    const chart = chartRef.current;
    const frame = frameRef.current;
    const svg = chart && findChartSvg(chart);
    if (!svg || !frame) {
      setProblem('There is no chart to save yet: try again once it has drawn.');
      return;
    }
    try {
      const style = getComputedStyle(frame);
      const blob = await renderPng({
        svg,
        title,
        subtitle,
        legend: [...chart.querySelectorAll<HTMLElement>('.chart-legend li')].map((item) => ({
          label: item.dataset['text'] ?? item.textContent ?? '',
          color: item.dataset['color'] ?? style.color,
          kind: item.dataset['kind'] ?? 'box',
        })),
        background: style.getPropertyValue('--surface').trim() || '#ffffff',
        text: style.color,
        muted: style.getPropertyValue('--muted').trim() || style.color,
        fontFamily: style.fontFamily,
      });
      downloadBlob(fileNameWith(name, 'png'), blob);
    } catch (error) {
      setProblem(`The PNG could not be made: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <figure className="chart-frame card" data-testid={testId} ref={frameRef} aria-labelledby={titleId}>
      <div className="chart-frame-head">
        <div>
          <h3 id={titleId} className="chart-title">
            {title}
          </h3>
          {subtitle && <p className="chart-subtitle muted small">{subtitle}</p>}
        </div>
      </div>
      <div className="chart-body" ref={chartRef}>
        <ChartTitle.Provider value={title}>{children}</ChartTitle.Provider>
      </div>
      {/* Under the chart, so a keyboard reaches the chart's own marks first (issue 17). */}
      <div className="chart-actions" role="group" aria-label={`${title}: table and downloads`}>
        <button
          type="button"
          className="small"
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable((shown) => !shown)}
        >
          {showTable ? 'Hide table' : 'Table'}
        </button>
        {/* PNG and CSV in one menu: one Tab, not two. */}
        <MenuButton
          label={`Download: ${title}`}
          items={[
            { kind: 'action', label: 'PNG image of the chart', run: () => void exportPng() },
            {
              kind: 'action',
              label: 'CSV of its numbers',
              run: () => downloadText(fileNameWith(name, 'csv'), tableToCsv(rows, columns), 'text/csv'),
            },
          ]}
        >
          Download <span aria-hidden="true">▾</span>
        </MenuButton>
      </div>
      {note && <figcaption className="chart-note muted small">{note}</figcaption>}
      {problem && (
        <p className="chart-problem small" role="alert">
          {problem}
        </p>
      )}
      <div id={tableId} hidden={!showTable} className="chart-table">
        {showTable && (
          <DataTable
            rows={rows}
            columns={columns}
            caption={title}
            onRowClick={onRowClick}
            isSelected={isSelected}
            rowKey={rowKey}
            initialSort={initialSort}
          />
        )}
      </div>
    </figure>
  );
}
