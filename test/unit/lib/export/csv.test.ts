import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../../src/lib/export/csv';

describe('csvCell: formula injection (OWASP "CSV injection")', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['=HYPERLINK("http://x.example","click")', `"'=HYPERLINK(""http://x.example"",""click"")"`],
    ['+49 30 1234', "'+49 30 1234"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
  ])('%j is written as text: %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('leaves text that only contains those characters later alone', () => {
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('Smith-Jones')).toBe('Smith-Jones');
    expect(csvCell('jane@acme.example')).toBe('jane@acme.example');
    expect(csvCell(' =1')).toBe(' =1');
  });

  it('keeps numbers numbers, negative ones included, and writes non-finite numbers blank', () => {
    expect(csvCell(1234.5)).toBe('1234.5');
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(0.105)).toBe('0.105');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
    // A negative number that arrives as text is text, and is guarded like any other text.
    expect(csvCell('-12.5')).toBe("'-12.5");
  });

  it('writes blanks for null and undefined, ISO for dates, true/false for booleans', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(new Date(Date.UTC(2026, 2, 14, 9, 5)))).toBe('2026-03-14T09:05:00.000Z');
    expect(csvCell(true)).toBe('true');
  });
});

describe('csvCell: quoting', () => {
  it.each([
    ['Acme, Inc.', '"Acme, Inc."'],
    ['The "Best" Bakery', '"The ""Best"" Bakery"'],
    ['line one\nline two', '"line one\nline two"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    ['plain', 'plain'],
    ['', ''],
  ])('%j → %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('toCsv', () => {
  it('writes a header and rows with CRLF line ends', () => {
    expect(
      toCsv(
        ['file', 'row'],
        [
          ['a.csv', 2],
          ['b, c.csv', 3],
        ],
      ),
    ).toBe('file,row\r\na.csv,2\r\n"b, c.csv",3\r\n');
    expect(toCsv(['only'], [])).toBe('only\r\n');
  });

  it('round-trips through a CSV parser to the same values (guarded ones with their apostrophe)', () => {
    const rows = [
      ['Acme, Inc.', 'The "Best"', 'two\nlines', 12.5, null],
      ['=cmd', '@x', '+1', -3, 'ok'],
    ];
    const parsed = Papa.parse<string[]>(toCsv(['a', 'b', 'c', 'd', 'e'], rows), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      ['a', 'b', 'c', 'd', 'e'],
      ['Acme, Inc.', 'The "Best"', 'two\nlines', '12.5', ''],
      ["'=cmd", "'@x", "'+1", '-3', 'ok'],
    ]);
  });
});
