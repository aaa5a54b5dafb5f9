import { describe, expect, it } from 'vitest';
import {
  assertLooksLikeText,
  assertNotBinary,
  byteLength,
  detectEncoding,
} from '../../../../src/lib/ingest/encoding';
import { UploadError } from '../../../../src/lib/ingest/errors';

const TEXT = 'Lead ID,Created Date,Company\r\nL-1,2026-03-14,Acme\r\nL-2,2026-03-15,Globex\r\n';

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    bytes[2 * i] = text.charCodeAt(i) & 0xff;
    bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}
function utf16be(text: string): Uint8Array {
  const le = utf16le(text);
  const be = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1] ?? 0, le[i] ?? 0];
  return be;
}
const concat = (...parts: (number[] | Uint8Array)[]) => new Uint8Array(parts.flatMap((p) => [...p]));
const utf8 = (text: string) => new TextEncoder().encode(text);
/** Windows-1252 bytes of ASCII text with byte values spliced in. */
const cp1252 = (...parts: (string | number)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'number' ? [p] : [...utf8(p)])));

describe('detectEncoding', () => {
  it('reads byte-order marks and reports their length', () => {
    expect(detectEncoding(concat([0xef, 0xbb, 0xbf], utf8(TEXT)))).toEqual({ encoding: 'utf-8', bom: 3 });
    expect(detectEncoding(concat([0xff, 0xfe], utf16le(TEXT)))).toEqual({ encoding: 'utf-16le', bom: 2 });
    expect(detectEncoding(concat([0xfe, 0xff], utf16be(TEXT)))).toEqual({ encoding: 'utf-16be', bom: 2 });
  });

  it('finds UTF-16 without a BOM by where the NUL bytes fall', () => {
    expect(detectEncoding(utf16le(TEXT))).toEqual({ encoding: 'utf-16le', bom: 0 });
    expect(detectEncoding(utf16be(TEXT))).toEqual({ encoding: 'utf-16be', bom: 0 });
    // Mostly non-Latin text still has enough ASCII (separators, digits) to show the pattern.
    expect(
      detectEncoding(utf16le('ID,名前,会社\r\n1,田中 由紀,日本データ株式会社\r\n2,佐藤,東京ソフト\r\n')),
    ).toEqual({
      encoding: 'utf-16le',
      bom: 0,
    });
  });

  it('tells UTF-8 from Windows-1252', () => {
    expect(detectEncoding(utf8(TEXT))).toEqual({ encoding: 'utf-8', bom: 0 });
    expect(detectEncoding(utf8('Owner\nRenée Dubois\nJürgen Müller\n€uroTrade’s Cœur\n'))).toEqual({
      encoding: 'utf-8',
      bom: 0,
    });
    // é = 0xE9, € = 0x80, ’ = 0x92, œ = 0x9C in Windows-1252: not valid UTF-8.
    expect(
      detectEncoding(cp1252('Owner\nRen', 0xe9, 'e\n', 0x80, 'uroTrade\nL', 0x92, 'Atelier C', 0x9c, 'ur\n')),
    ).toEqual({
      encoding: 'windows-1252',
      bom: 0,
    });
    expect(detectEncoding(cp1252('Amount\n1.234,50 ', 0x80, '\n'))).toEqual({
      encoding: 'windows-1252',
      bom: 0,
    });
  });

  it('does not call UTF-8 cut in the middle of a character at the end of the sample Windows-1252', () => {
    const bytes = utf8(`${'a,b\n'.repeat(10)}Müller`);
    const cut = bytes.subarray(0, bytes.length - 5); // ends inside "ü" (0xC3 0xBC)
    expect(cut[cut.length - 1]).toBe(0xc3);
    expect(detectEncoding(cut)).toEqual({ encoding: 'utf-8', bom: 0 });
  });

  it('calls a whole file whose last byte is a lone Windows-1252 letter Windows-1252', () => {
    // "Café" with é = 0xE9 and no final line break: 0xE9 looks like the start of a cut UTF-8
    // character, which only a slice of a longer file can have.
    const bytes = cp1252('Company\nCaf', 0xe9);
    expect(detectEncoding(bytes, false)).toEqual({ encoding: 'windows-1252', bom: 0 });
    expect(detectEncoding(utf8('Company\nCafé'), false)).toEqual({ encoding: 'utf-8', bom: 0 });
  });

  it('calls plain ASCII UTF-8', () => {
    expect(detectEncoding(utf8('a,b\n1,2\n'))).toEqual({ encoding: 'utf-8', bom: 0 });
  });
});

describe('byteLength', () => {
  it('counts bytes of the encoding', () => {
    expect(byteLength('Müller€', 'utf-8')).toBe(utf8('Müller€').length);
    expect(byteLength('Müller€', 'windows-1252')).toBe(7);
    expect(byteLength('Müller€', 'utf-16le')).toBe(14);
  });
});

function refusal(fn: () => void): UploadError {
  try {
    fn();
  } catch (error) {
    if (error instanceof UploadError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('assertLooksLikeText', () => {
  it.each([
    // Workbooks never reach this check (workbook.ts reads them first): a zip here is just a zip.
    ['archive.zip', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], /zip archive/],
    ['pic.png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a], /PNG image/],
    ['pic.jpg', [0xff, 0xd8, 0xff, 0xe0], /JPEG image/],
    ['anim.gif', [0x47, 0x49, 0x46, 0x38, 0x39, 0x61], /GIF image/],
    ['report.pdf', [0x25, 0x50, 0x44, 0x46, 0x2d], /PDF document/],
  ])('refuses %s, naming what it is and what to do', (name, bytes, what) => {
    const error = refusal(() => assertLooksLikeText(name, new Uint8Array(bytes)));
    expect(error.fileName).toBe(name);
    expect(error.problem).toMatch(what);
    expect(error.problem).toMatch(/not a CSV file/);
    expect(error.hint).toMatch(/CSV UTF-8/);
  });

  it('refuses an empty file', () => {
    const error = refusal(() => assertLooksLikeText('empty.csv', new Uint8Array()));
    expect(error.problem).toMatch(/empty/);
    expect(error.hint).toMatch(/Export the report again/);
  });

  it('refuses HTML or XML saved as "Excel"', () => {
    for (const start of [
      '  <!DOCTYPE html><html>',
      '<html><body><table>',
      '<?xml version="1.0"?><Workbook>',
    ]) {
      const error = refusal(() => assertLooksLikeText('export.xls', utf8(start)));
      expect(error.problem).toMatch(/HTML or XML document/);
      expect(error.hint).toMatch(/CSV UTF-8/);
    }
  });

  it('accepts CSV text in any of the encodings', () => {
    for (const bytes of [
      utf8(TEXT),
      concat([0xef, 0xbb, 0xbf], utf8(TEXT)),
      concat([0xff, 0xfe], utf16le(TEXT)),
      utf16le(TEXT),
    ]) {
      expect(() => assertLooksLikeText('leads.csv', bytes)).not.toThrow();
    }
  });
});

describe('assertNotBinary', () => {
  it('accepts text with tabs and line breaks', () => {
    expect(() => assertNotBinary('leads.txt', 'a\tb\r\nc\td\r\n'.repeat(50))).not.toThrow();
  });

  it('refuses text full of control characters or undecodable bytes', () => {
    const error = refusal(() => assertNotBinary('garbage.csv', 'a\u0000b\u0001c\u0002d\u0003'.repeat(20)));
    expect(error.problem).toMatch(/binary data/);
    expect(error.hint).toMatch(/CSV UTF-8/);
    expect(() => assertNotBinary('bad.csv', '\uFFFD'.repeat(20) + 'abc')).toThrow(UploadError);
  });

  it('tolerates a stray control character in a large file', () => {
    expect(() => assertNotBinary('leads.csv', `${'a,b\n'.repeat(1000)}\u0000`)).not.toThrow();
  });
});
