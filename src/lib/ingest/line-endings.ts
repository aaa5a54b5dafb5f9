/**
 * Files edited by hand or joined from several exports mix CRLF and LF row endings, which DuckDB's
 * CSV reader refuses outright. Such files are rewritten with LF endings before it reads them; files
 * with one kind of ending are read as they are (the rewrite copies the whole file).
 */

/** True when rows end both with CRLF and with a bare LF (line breaks inside quotes are not row ends). */
export function mixesLineEndings(text: string, inQuotes = false): boolean {
  let quoted = inQuotes;
  let crlf = false;
  let lf = false;
  for (let i = text.indexOf('\n'), from = 0; i >= 0; from = i + 1, i = text.indexOf('\n', i + 1)) {
    quoted = quoteStateAfter(text, from, i, quoted);
    if (quoted) continue;
    if (text.charCodeAt(i - 1) === 13) crlf = true;
    else lf = true;
    if (crlf && lf) return true;
  }
  return false;
}

function quoteStateAfter(text: string, from: number, to: number, quoted: boolean): boolean {
  let state = quoted;
  for (let q = text.indexOf('"', from); q >= 0 && q < to; q = text.indexOf('"', q + 1)) state = !state;
  return state;
}

/** Drops the CR of every CRLF, across chunk boundaries: `push` each chunk, then `end`. */
export class CrlfToLf {
  private pendingCr = false;

  push(chunk: Uint8Array): Uint8Array<ArrayBuffer> {
    const out = new Uint8Array(chunk.length + 1);
    let length = 0;
    let from = 0;
    if (this.pendingCr) {
      if (chunk[0] !== 10) out[length++] = 13;
      this.pendingCr = false;
    }
    for (let cr = chunk.indexOf(13); cr >= 0; cr = chunk.indexOf(13, from)) {
      out.set(chunk.subarray(from, cr), length);
      length += cr - from;
      from = cr + 1;
      if (cr === chunk.length - 1) this.pendingCr = true;
      else if (chunk[cr + 1] !== 10) out[length++] = 13;
    }
    out.set(chunk.subarray(from), length);
    length += chunk.length - from;
    return out.subarray(0, length);
  }

  end(): Uint8Array<ArrayBuffer> {
    const rest = this.pendingCr ? Uint8Array.of(13) : new Uint8Array(0);
    this.pendingCr = false;
    return rest;
  }
}
