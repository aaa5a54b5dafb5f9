import Papa from 'papaparse';
import { assertLooksLikeText, assertNotBinary, byteLength, detectEncoding, type Encoding } from './encoding';
import { UploadError } from './errors';
import { findFooter } from './footer';

export type Delimiter = ',' | ';' | '\t' | '|';

export interface Sniffed {
  encoding: Encoding;
  /** Leading byte-order mark length, in bytes. */
  bom: number;
  delimiter: Delimiter;
  headers: string[];
  /** The first data rows, as text, for the mapping preview. */
  preview: string[][];
  /** A report footer (Salesforce) at the end of the file: not data. */
  footer: { lines: number; bytes: number } | null;
}

const HEAD_BYTES = 512 * 1024;
const TAIL_BYTES = 16 * 1024;
const DELIMITERS: Delimiter[] = [',', ';', '\t', '|'];

export async function sniff(file: Blob, fileName: string): Promise<Sniffed> {
  const headBytes = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  assertLooksLikeText(fileName, headBytes);
  const { encoding, bom } = detectEncoding(headBytes, file.size > HEAD_BYTES);
  const headText = new TextDecoder(encoding).decode(headBytes);
  assertNotBinary(fileName, headText);

  const parsed = Papa.parse<string[]>(headText, {
    preview: 200,
    delimitersToGuess: DELIMITERS,
    skipEmptyLines: 'greedy',
  });
  const [headerRow, ...rows] = parsed.data;
  const headers = (headerRow ?? []).map((header, i) => header.trim() || `Column ${i + 1}`);
  if (headers.length === 0 || (headers.length === 1 && headers[0] === 'Column 1')) {
    throw new UploadError(fileName, 'No header row was found.', 'The first line must name the columns.');
  }
  const wholeFileInHead = file.size <= HEAD_BYTES;
  const footer = await readFooter(file, encoding, headers.length, fileName);
  const dataRows = rows.length - (wholeFileInHead ? (footer?.lines ?? 0) : 0);
  if (wholeFileInHead && dataRows <= 0) {
    throw new UploadError(
      fileName,
      'The file has a header row but no data rows.',
      'Export the report again with its rows, or check the filters used for the export.',
    );
  }
  const delimiter = DELIMITERS.find((d) => d === parsed.meta.delimiter) ?? ',';
  return { encoding, bom, delimiter, headers, preview: rows.slice(0, 20), footer };
}

async function readFooter(
  file: Blob,
  encoding: Encoding,
  columns: number,
  fileName: string,
): Promise<Sniffed['footer']> {
  if (columns < 2) return null;
  // UTF-16 tails must start on a code unit: keep the slice start even.
  const start = Math.max(0, file.size - TAIL_BYTES) & ~1;
  const tail = new TextDecoder(encoding).decode(await file.slice(start).arrayBuffer());
  const found = findFooter(tail);
  if (!found) return null;
  const bytes = byteLength(found.text, encoding);
  if (bytes >= file.size) throw new UploadError(fileName, 'The file holds only a report footer.', '');
  return { lines: found.lines, bytes };
}
