/**
 * "Excel" exports that are really HTML or XML: Salesforce's and some other CRMs' ".xls" downloads
 * are an HTML table, and Excel's "XML Spreadsheet 2003" is XML. Named as workbooks, both are read
 * by the workbook reader like any sheet. Expected counts and dates are the rows written here.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freshDb, load } from '../../../support/db';

const dir = mkdtempSync(join(tmpdir(), 'leadgap-html-xls-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// 6 leads; L1..L6 created on March 1..6, 2025; every 3rd is "New".
const LEADS = Array.from({ length: 6 }, (_, i) => ({
  id: `L${i + 1}`,
  created: `2025-03-0${i + 1} 10:00`,
  status: (i + 1) % 3 === 0 ? 'New' : 'Working',
}));

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function createdRange(path: string) {
  const db = await freshDb();
  const { report } = await load(db, 'leads', path);
  const [row] = await db.query<{ n: number; first: string; last: string; untouched: number }>(
    `SELECT count(*) AS n, strftime(min(created_at), '%Y-%m-%d %H:%M') AS first,
       strftime(max(created_at), '%Y-%m-%d %H:%M') AS last,
       count(*) FILTER (WHERE status = 'New') AS untouched FROM leads`,
  );
  return { report, row };
}

describe('an HTML table saved as .xls', () => {
  it('loads every row with its dates', async () => {
    const cells = (values: string[], tag: string) =>
      `<tr>${values.map((v) => `<${tag}>${v}</${tag}>`).join('')}</tr>`;
    const html = `<html><head><meta charset="utf-8"></head><body><table>
      ${cells(['Lead ID', 'Created Date', 'Lead Status'], 'th')}
      ${LEADS.map((l) => cells([l.id, l.created, l.status], 'td')).join('\n')}
      </table></body></html>`;
    const { report, row } = await createdRange(write('report.xls', html));
    expect(report).toMatchObject({ rowsRead: 6, rowsLoaded: 6, rowsRejected: 0, valueIssueCount: 0 });
    expect(row).toEqual({ n: 6, first: '2025-03-01 10:00', last: '2025-03-06 10:00', untouched: 2 });
  });
});

describe('an XML Spreadsheet 2003 saved as .xls', () => {
  it('loads every row with its dates', async () => {
    const cells = (values: string[]) =>
      `<Row>${values.map((v) => `<Cell><Data ss:Type="String">${v}</Data></Cell>`).join('')}</Row>`;
    const xml = `<?xml version="1.0"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <Worksheet ss:Name="Leads"><Table>
  ${cells(['Lead ID', 'Created Date', 'Lead Status'])}
  ${LEADS.map((l) => cells([l.id, l.created, l.status])).join('\n  ')}
 </Table></Worksheet>
</Workbook>`;
    const { report, row } = await createdRange(write('report-2003.xls', xml));
    expect(report).toMatchObject({ rowsRead: 6, rowsLoaded: 6, rowsRejected: 0, valueIssueCount: 0 });
    expect(row).toEqual({ n: 6, first: '2025-03-01 10:00', last: '2025-03-06 10:00', untouched: 2 });
  });
});
