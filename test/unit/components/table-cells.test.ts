import { describe, expect, it } from 'vitest';
import { cellText, fileNameWith, tableCsvRows, tableToCsv } from '../../../src/components/table/cells';
import { NOT_IN_DATA, type Column } from '../../../src/components/table/types';

interface Row {
  source: string;
  leads: number;
  rate: number | null;
}

const source: Column<Row> = { key: 'source', label: 'Source' };
const leads: Column<Row> = { key: 'leads', label: 'Leads', numeric: true, format: (n) => `${n} leads` };
const rate: Column<Row> = {
  key: 'rate',
  label: 'Lead to win',
  numeric: true,
  format: (r) => `${(r * 100).toFixed(1)}%`,
};
const columns = [source, leads, rate];

const web: Row = { source: 'Web', leads: 1200, rate: 0.105 };
const formula: Row = { source: '=HYPERLINK("http://x")', leads: 3, rate: null };
const rows = [web, formula];

describe('cellText', () => {
  it('uses the column format, and says "not in your data" for blanks', () => {
    expect(cellText(web, leads)).toBe('1200 leads');
    expect(cellText(web, rate)).toBe('10.5%');
    expect(cellText(formula, rate)).toBe(NOT_IN_DATA);
    expect(cellText(formula, { key: 'rate', label: 'Rate', empty: '–' })).toBe('–');
  });
});

describe('tableCsvRows / tableToCsv', () => {
  it('writes labels as the header and raw values (numbers stay numbers, blanks empty)', () => {
    const { header, body } = tableCsvRows(rows, columns);
    expect(header).toEqual(['Source', 'Leads', 'Lead to win']);
    expect(body[0]).toEqual(['Web', 1200, 0.105]);
    expect(tableToCsv(rows, columns).split('\r\n')[1]).toBe('Web,1200,0.105');
  });

  it('guards against formula injection and blanks missing values', () => {
    expect(tableToCsv(rows, columns).split('\r\n')[2]).toBe(`"'=HYPERLINK(""http://x"")",3,`);
  });

  it('uses a column csv() when given', () => {
    const withCsv: Column<Row>[] = [
      { key: 'rate', label: 'Rate %', csv: (r) => (r === null ? null : r * 100) },
    ];
    expect(tableCsvRows(rows, withCsv).body).toEqual([[10.5], [null]]);
  });
});

describe('fileNameWith', () => {
  it('adds the extension once and replaces characters file systems refuse', () => {
    expect(fileNameWith('leads-by-source', 'csv')).toBe('leads-by-source.csv');
    expect(fileNameWith('leads-by-source.csv', 'csv')).toBe('leads-by-source.csv');
    expect(fileNameWith('funnel: Q1/Q2', 'png')).toBe('funnel-Q1-Q2.png');
    expect(fileNameWith('  ', 'png')).toBe('leadgap.png');
  });
});
