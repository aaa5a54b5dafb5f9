/**
 * Which sheet of a workbook is read. The first sheet that looks like the file's kind is read
 * without a question (workbook-sheets.ts); the others are offered beside the loaded file, and a
 * sheet picked there is remembered for workbooks with the same sheets, as a confirmed mapping is
 * for files with the same headers. Kept in localStorage, read only when a workbook is read.
 */
import { useMemo } from 'react';
import type { TableKind } from '../lib/ingest/fields';
import { rememberSheetsWith, sheetSignature, workbookOf } from '../lib/ingest/workbook';
import { useAppStore } from './app-store';
import { addFiles, removeFile } from './dataset-actions';

const KEY = 'leadgap-sheets';

/** `sheetSignature(kind, sheet names)` → the sheet the user picked (private windows: none). */
function chosenSheets(): Record<string, string> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    if (typeof stored !== 'object' || stored === null) return {};
    return Object.fromEntries(
      Object.entries(stored).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
  } catch {
    return {};
  }
}

function rememberSheet(signature: string, sheet: string): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...chosenSheets(), [signature]: sheet }));
  } catch {
    // Storage refused: the sheet is still read now, just not remembered.
  }
}

rememberSheetsWith(chosenSheets);

export interface LoadedWorkbook {
  uploadId: number;
  fileName: string;
  /** The sheet that was read. */
  sheet: string;
  sheets: { name: string; rows: number }[];
}

/** The loaded workbooks of a kind, with the sheet each was read from and the others. */
export function useLoadedWorkbooks(kind: TableKind): LoadedWorkbook[] {
  const uploads = useAppStore((s) => s.uploads);
  return useMemo(
    () =>
      uploads.flatMap((upload) => {
        const source = workbookOf(upload.prepared.file);
        if (upload.prepared.kind !== kind || !source) return [];
        return [
          {
            uploadId: upload.prepared.uploadId,
            fileName: upload.prepared.fileName,
            sheet: source.sheet,
            sheets: source.sheets.map(({ name, rows }) => ({ name, rows })),
          },
        ];
      }),
    [uploads, kind],
  );
}

/** Reads a loaded workbook again from another sheet, and remembers the choice for its sheets. */
export async function readOtherSheet(uploadId: number, sheet: string): Promise<void> {
  const upload = useAppStore.getState().uploads.find((u) => u.prepared.uploadId === uploadId);
  const source = upload && workbookOf(upload.prepared.file);
  if (!upload || !source || source.sheet === sheet) return;
  const { kind, fileName } = upload.prepared;
  rememberSheet(
    sheetSignature(
      kind,
      source.sheets.map((s) => s.name),
    ),
    sheet,
  );
  const file = upload.file instanceof File ? upload.file : new File([upload.file], fileName);
  await removeFile(uploadId);
  addFiles(kind, [file]);
}
