import { UploadCancelled } from './errors';
import { MAX_RECORD, scanRows, type ScanState, type StrayQuote } from './stray-quotes';

const CHUNK_BYTES = 8 * 1024 * 1024;
/** Room to judge a row: the longest row the reader takes, and the rows checked below it. */
const LOOKAHEAD = 5 * MAX_RECORD;

/** What stands in a refused line's place: one value, so the reader refuses it as a short row. */
export const STRAY_PREFIX = 'LEADGAP_UNCLOSED_QUOTE_';
const strayPlaceholder = (index: number) => `${STRAY_PREFIX}${index}`;

export interface StrayCopyOptions {
  delimiter: string;
  /** The header's columns. */
  width: number;
  /** Physical lines above the header. */
  skipLines: number;
  fileName: string;
  signal?: AbortSignal | undefined;
}

/**
 * A copy of the UTF-8 source in which each line that opens a quote it never closes (the rows
 * below being of the header's width) is replaced by a placeholder: the reader refuses that line
 * alone, at its own row number, and reads the rows below. The lines are returned, to be shown.
 */
export async function withoutStrayQuotes(
  source: Blob,
  opts: StrayCopyOptions,
): Promise<{ blob: Blob; stray: StrayQuote[] }> {
  const state: ScanState = {
    delimiter: opts.delimiter.charCodeAt(0),
    width: opts.width,
    linesBefore: opts.skipLines,
    headerDone: false,
  };
  const parts: Uint8Array[] = [];
  const stray: StrayQuote[] = [];
  const encoder = new TextEncoder();
  let pending: Uint8Array = new Uint8Array(0);
  for (let offset = 0; offset < source.size || pending.length > 0; offset += CHUNK_BYTES) {
    if (opts.signal?.aborted) throw new UploadCancelled(opts.fileName);
    const chunk = new Uint8Array(await source.slice(offset, offset + CHUNK_BYTES).arrayBuffer());
    const bytes = concat(pending, chunk);
    const eof = offset + CHUNK_BYTES >= source.size;
    const stopped = scanRows(
      bytes,
      state,
      eof,
      LOOKAHEAD,
      (from, to) => parts.push(bytes.subarray(from, to)),
      (from, to, column) => {
        stray.push({ line: bytes.slice(from, to), column });
        parts.push(
          encoder.encode(strayPlaceholder(stray.length)),
          bytes.subarray(to, to + lineBreak(bytes, to)),
        );
      },
    );
    pending = bytes.subarray(stopped);
    if (eof) break;
  }
  if (pending.length > 0) parts.push(pending);
  return { blob: new Blob(parts as BlobPart[], { type: 'text/csv' }), stray };
}

/** The length of the line break at `at` (CRLF or LF). */
const lineBreak = (bytes: Uint8Array, at: number) => (bytes[at] === 0x0d ? 2 : 1);

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
