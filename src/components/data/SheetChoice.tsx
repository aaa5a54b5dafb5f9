import type { TableKind } from '../../lib/ingest/fields';
import { readOtherSheet, useLoadedWorkbooks } from '../../store';
import { formatCount } from '../common/format';

/**
 * Which sheet each loaded workbook of a kind was read from; with several sheets, the others can be
 * picked (the file is read again from that sheet). Loading never waits for this.
 */
export function SheetChoice({ kind }: { kind: TableKind }) {
  const workbooks = useLoadedWorkbooks(kind);
  if (workbooks.length === 0) return null;
  return (
    <div className="sheet-choice">
      {workbooks.map((workbook) => (
        <p key={workbook.uploadId} className="muted small" data-testid="sheet-choice">
          {workbook.sheets.length > 1
            ? `Sheet “${workbook.sheet}” of ${workbook.sheets.length} loaded from ${workbook.fileName}. `
            : `Sheet “${workbook.sheet}” loaded from ${workbook.fileName}.`}
          {workbook.sheets.length > 1 && (
            <label>
              Read another sheet:{' '}
              <select
                value={workbook.sheet}
                data-testid="sheet-select"
                onChange={(event) => void readOtherSheet(workbook.uploadId, event.target.value)}
              >
                {workbook.sheets.map((sheet) => (
                  <option key={sheet.name} value={sheet.name} disabled={sheet.rows === 0}>
                    {sheet.rows === 0
                      ? `${sheet.name} (empty)`
                      : `${sheet.name} (${formatCount(sheet.rows)} rows)`}
                  </option>
                ))}
              </select>
            </label>
          )}
        </p>
      ))}
    </div>
  );
}
