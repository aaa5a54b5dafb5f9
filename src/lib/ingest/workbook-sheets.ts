import type * as Xlsx from '@e965/xlsx';
import { autoMap } from './automap';
import { fieldsOf, type TableKind } from './fields';
import { filledCount, gridOf, headerRowIndex, isBlank } from './workbook-grid';
import { sheetSignature } from './workbook-signature';

export interface SheetSummary {
  name: string;
  /** Non-empty rows (title lines and header included). */
  rows: number;
  /** Fields of the kind its header row maps to (`autoMap`). */
  fields: number;
  /**
   * Fields only the other kind has that its header maps to (a leads sheet's Status or Last
   * Activity, asked for deals; a deals sheet's Stage or Amount, asked for leads).
   */
  otherFields?: number | undefined;
}

export interface ConvertOptions {
  kind: TableKind;
  /** A sheet asked for by name (the user picked it); absent or not found: chosen as below. */
  sheet?: string | undefined;
  /** Sheets chosen before for workbooks with the same sheets (`sheetSignature` → name). */
  remembered?: Readonly<Record<string, string>> | undefined;
}

const KIND_NAMES: Record<TableKind, RegExp> = {
  leads: /lead|prospect|contact|inquir|enquir|mql/i,
  deals: /deal|opportunit|oppty|won|closed|sales/i,
};

export function summarise(wb: Xlsx.WorkBook, name: string, kind: TableKind): SheetSummary {
  const grid = gridOf(wb.Sheets[name]);
  if (!grid) return { name, rows: 0, fields: 0, otherFields: 0 };
  let rows = 0;
  for (let r = grid.firstRow; r <= grid.lastRow; r++) if (filledCount(grid.rows[r], grid) > 0) rows++;
  const header = headerRowIndex(grid);
  const headerRow = header === null ? undefined : grid.rows[header];
  const headers: string[] = [];
  for (let c = grid.firstCol; c <= grid.lastCol; c++) {
    const cell = headerRow?.[c];
    headers.push(cell && !isBlank(cell) ? String(cell.v) : '');
  }
  const other: TableKind = kind === 'leads' ? 'deals' : 'leads';
  const own = new Set(fieldsOf(kind).map((field) => field.name));
  const otherFields = Object.keys(autoMap(other, headers)).filter((field) => !own.has(field)).length;
  return { name, rows, fields: Object.keys(autoMap(kind, headers)).length, otherFields };
}

/**
 * The sheet asked for, else the one chosen before for these sheets, else the sheet that looks most
 * like the kind: most fields mapped by its header, less those only the other kind has (a leads
 * sheet maps a deal's e-mail, company and dates too), a name like "Leads" or "Opportunities"
 * counting as two more; the first of equals. A sheet with no rows is never chosen.
 */
export function chooseSheet(sheets: readonly SheetSummary[], opts: ConvertOptions): string | null {
  const filled = sheets.filter((sheet) => sheet.rows > 0);
  const named = (name: string | undefined) => filled.find((sheet) => sheet.name === name)?.name;
  const asked = named(opts.sheet);
  if (asked) return asked;
  const remembered = named(
    opts.remembered?.[
      sheetSignature(
        opts.kind,
        sheets.map((sheet) => sheet.name),
      )
    ],
  );
  if (remembered) return remembered;
  let best: { name: string; score: number } | null = null;
  for (const sheet of filled) {
    const score = sheet.fields - (sheet.otherFields ?? 0) + (KIND_NAMES[opts.kind].test(sheet.name) ? 2 : 0);
    if (!best || score > best.score) best = { name: sheet.name, score };
  }
  return best?.name ?? null;
}
