import { describe, expect, it } from 'vitest';
import { STRAY_PREFIX, withoutStrayQuotes } from '../../../../src/lib/ingest/stray-quote-copy';

const HEADER = 'Lead ID,Created Date,Company,Lead Source';
const row = (i: number) => `L-${i},2026-04-01,Co ${i},Web`;

async function repair(text: string, opts: { skipLines?: number; width?: number; delimiter?: string } = {}) {
  const { blob, stray } = await withoutStrayQuotes(new Blob([text]), {
    delimiter: opts.delimiter ?? ',',
    width: opts.width ?? 4,
    skipLines: opts.skipLines ?? 0,
    fileName: 'leads.csv',
  });
  const decoder = new TextDecoder();
  return {
    text: await blob.text(),
    stray: stray.map((s) => ({ line: decoder.decode(s.line), column: s.column })),
  };
}

function file(rows: number, bad: Record<number, string>, eol = '\n'): string {
  const lines = [HEADER];
  for (let i = 1; i <= rows; i++) lines.push(bad[i] ?? row(i));
  return lines.join(eol) + eol;
}

describe('withoutStrayQuotes', () => {
  it('replaces the one line whose quote is never closed, keeping every other byte', async () => {
    const bad = 'L-3,2026-04-01,"Acme Inc,Web';
    const text = file(103, { 3: bad });
    const out = await repair(text);
    expect(out.stray).toEqual([{ line: bad, column: 2 }]);
    expect(out.text).toBe(text.replace(bad, `${STRAY_PREFIX}1`));
  });

  it('keeps a value that spans lines when its row closes with the header’s width', async () => {
    const text = file(6, { 2: 'L-2,2026-04-01,"Acme\nwith ""notes"", more\nlines",Web' });
    const out = await repair(text);
    expect(out.stray).toEqual([]);
    expect(out.text).toBe(text);
  });

  it('leaves a quote that runs to the end of the file with nothing below it as it is', async () => {
    const text = file(5, { 5: 'L-5,2026-04-01,"Acme,Web' });
    expect((await repair(text)).stray).toEqual([]);
  });

  it('does not cut lines when the rows below do not have the header’s width either', async () => {
    // Every row is broken: no careful reader can say which lines are rows.
    const text = [HEADER, 'L-1,"a,b', 'L-2,c', 'L-3,d', ''].join('\n');
    const out = await repair(text);
    expect(out.stray).toEqual([]);
    expect(out.text).toBe(text);
  });

  it('keeps CRLF line breaks and finds two lines in different columns', async () => {
    const text = file(20, { 4: 'L-4,"2026-04-01,Co 4,Web', 11: 'L-11,2026-04-01,Co 11,"Web' }, '\r\n');
    const out = await repair(text);
    expect(out.stray).toEqual([
      { line: 'L-4,"2026-04-01,Co 4,Web', column: 1 },
      { line: 'L-11,2026-04-01,Co 11,"Web', column: 3 },
    ]);
    expect(out.text).toBe(
      text
        .replace('L-4,"2026-04-01,Co 4,Web', `${STRAY_PREFIX}1`)
        .replace('L-11,2026-04-01,Co 11,"Web', `${STRAY_PREFIX}2`),
    );
  });

  it('leaves a quote closed on its line but followed by text to the reader (one row)', async () => {
    const text = file(5, { 2: 'L-2,2026-04-01,"Acme" Inc,Web' });
    expect((await repair(text)).stray).toEqual([]);
  });

  it('does not judge title lines above the header, and reads the header as the header', async () => {
    const text = `Report "Leads\nAs of today\n${file(4, { 2: 'L-2,"x,2026,Co,Web' })}`;
    const out = await repair(text, { skipLines: 2 });
    expect(out.stray).toEqual([{ line: 'L-2,"x,2026,Co,Web', column: 1 }]);
  });

  it('reads other separators and a header that ends with one', async () => {
    const text = ['a;b;c;', '1;2;3', '4;"5;6', '7;8;9', '10;11;12;', ''].join('\n');
    const out = await repair(text, { delimiter: ';', width: 3 });
    expect(out.stray).toEqual([{ line: '4;"5;6', column: 1 }]);
  });

  it('finds a line past the first chunk of a large file', async () => {
    const rows = 300_000; // ~9 MB: more than one 8 MB chunk
    const bad = `L-${rows - 5},2026-04-01,"Acme,Web`;
    const text = file(rows, { [rows - 5]: bad });
    expect(text.length).toBeGreaterThan(8 * 1024 * 1024);
    const out = await repair(text);
    expect(out.stray).toEqual([{ line: bad, column: 2 }]);
    expect(out.text.length).toBe(text.length - bad.length + `${STRAY_PREFIX}1`.length);
  });
});
