import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { chooseSheet, summarise } from '../../../../src/lib/ingest/workbook-sheets';
import type { TableKind } from '../../../../src/lib/ingest/fields';

/**
 * One workbook, tabs named as Excel names them: the leads on Sheet1, the deals on Sheet2; written
 * and read back dense, as the app reads an upload.
 */
function workbook(): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  const leads = [
    ['Lead ID', 'Created Date', 'Lead Source', 'Company', 'Email', 'Lead Status'],
    ['L-1', '2024-03-04', 'Web', 'Acme', 'a@a.com', 'New'],
    ['L-2', '2024-03-05', 'Referral', 'Hooli', 'b@b.com', 'Working'],
  ];
  const deals = [
    ['Deal ID', 'Email', 'Stage', 'Amount', 'Close Date'],
    ['D-1', 'a@a.com', 'Closed Won', 100, '2024-03-20'],
  ];
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(leads), 'Sheet1');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(deals), 'Sheet2');
  return XLSX.read(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }), { dense: true });
}

const chosen = (kind: TableKind) => {
  const wb = workbook();
  return chooseSheet(
    wb.SheetNames.map((name) => summarise(wb, name, kind)),
    { kind },
  );
};

describe('chooseSheet on tabs whose names say nothing', () => {
  it('reads the deals tab for the deals file, though the leads tab maps as many deal fields', () => {
    expect(chosen('deals')).toBe('Sheet2');
  });

  it('reads the leads tab for the leads file', () => {
    expect(chosen('leads')).toBe('Sheet1');
  });
});
