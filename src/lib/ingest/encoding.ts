import { UploadError } from './errors';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

const SAVE_AS_CSV =
  'Open it in Excel or your CRM and save or export it as "CSV UTF-8", then upload that file.';

const SIGNATURES: { bytes: number[]; what: string }[] = [
  // Workbooks (.xlsx zips, .xls containers) are read by workbook.ts before this: other zips are not.
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a zip archive (.zip)' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
];

/** Refuses files that are plainly not CSV text, naming what they look like instead. */
export function assertLooksLikeText(fileName: string, head: Uint8Array): void {
  if (head.length === 0) {
    throw new UploadError(
      fileName,
      'The file is empty.',
      'Export the report again and check that it has rows.',
    );
  }
  for (const { bytes, what } of SIGNATURES) {
    if (bytes.every((byte, i) => head[i] === byte)) {
      throw new UploadError(fileName, `This is ${what}, not a CSV file.`, SAVE_AS_CSV);
    }
  }
  const start = new TextDecoder('latin1').decode(head.subarray(0, 200)).trimStart().toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || start.startsWith('<?xml')) {
    throw new UploadError(
      fileName,
      'This is an HTML or XML document (some CRMs save "Excel" exports this way), not a CSV file.',
      SAVE_AS_CSV,
    );
  }
}

/**
 * BOM first, then the NUL pattern of UTF-16 without BOM, then strict UTF-8, else Windows-1252.
 * `truncated`: the head is a slice of a longer file, so a character cut at its end is not an error.
 */
export function detectEncoding(head: Uint8Array, truncated = true): { encoding: Encoding; bom: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  const sample = head.subarray(0, 4096);
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) evenNuls++;
      else oddNuls++;
    }
  }
  const half = sample.length / 2;
  if (oddNuls > half * 0.3 && evenNuls < half * 0.05) return { encoding: 'utf-16le', bom: 0 };
  if (evenNuls > half * 0.3 && oddNuls < half * 0.05) return { encoding: 'utf-16be', bom: 0 };
  return { encoding: isUtf8(head, truncated) ? 'utf-8' : 'windows-1252', bom: 0 };
}

function isUtf8(head: Uint8Array, truncated: boolean): boolean {
  // A multi-byte character may be cut at the end of the sample: ignore an incomplete tail.
  let end = head.length;
  for (let back = 1; truncated && back <= 3 && end - back >= 0; back++) {
    const byte = head[end - back] ?? 0;
    if ((byte & 0xc0) === 0xc0) {
      end -= back;
      break;
    }
    if ((byte & 0x80) === 0) break;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

/** Bytes per code unit, to turn a decoded text length back into a byte length. */
export function byteLength(text: string, encoding: Encoding): number {
  if (encoding === 'utf-8') return new TextEncoder().encode(text).length;
  if (encoding === 'windows-1252') return text.length;
  return text.length * 2;
}

export function assertNotBinary(fileName: string, text: string): void {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) control++;
  }
  if (control > Math.max(2, text.length * 0.01)) {
    throw new UploadError(fileName, 'This file is not readable text (it holds binary data).', SAVE_AS_CSV);
  }
}
