import { UploadCancelled } from './errors';
import { CrlfToLf } from './line-endings';
import { plainBytes, type Sniffed } from './sniff';

const CHUNK_BYTES = 8 * 1024 * 1024;

/**
 * The bytes DuckDB reads: UTF-8 files as they are (a File handle is read lazily, without a copy),
 * other encodings decoded here. DuckDB rejects Windows-1252 bytes 0x80–0x9F, garbles UTF-16BE, and
 * `encoding='windows-1252'` downloads an extension (STACK.md), so one UTF-8 path serves all.
 * A .gz is decompressed first (once: the sniff did it); a report footer is cut off before DuckDB
 * sees it; a file that mixes CRLF and LF row endings is copied with LF endings (DuckDB refuses it).
 */
export async function utf8Source(
  file: Blob,
  fileName: string,
  sniffed: Sniffed,
  opts: { signal?: AbortSignal | undefined; onBytes?: ((bytes: number) => void) | undefined } = {},
): Promise<Blob> {
  const plain = sniffed.compression === 'gzip' ? await plainBytes(file, fileName, opts) : file;
  const end = plain.size - (sniffed.footer?.bytes ?? 0);
  if (sniffed.encoding === 'utf-8' && !sniffed.mixedLineEndings) {
    return end === plain.size ? plain : plain.slice(0, end);
  }

  const decoder = sniffed.encoding === 'utf-8' ? null : new TextDecoder(sniffed.encoding);
  const encoder = new TextEncoder();
  const endings = sniffed.mixedLineEndings ? new CrlfToLf() : null;
  const parts: Uint8Array<ArrayBuffer>[] = [];
  const add = (bytes: Uint8Array<ArrayBuffer>) => parts.push(endings ? endings.push(bytes) : bytes);
  for (let offset = 0; offset < end; offset += CHUNK_BYTES) {
    if (opts.signal?.aborted) throw new UploadCancelled(fileName);
    const chunk = new Uint8Array(
      await plain.slice(offset, Math.min(end, offset + CHUNK_BYTES)).arrayBuffer(),
    );
    add(decoder ? encoder.encode(decoder.decode(chunk, { stream: true })) : chunk);
    opts.onBytes?.(Math.min(end, offset + CHUNK_BYTES));
  }
  if (decoder) add(encoder.encode(decoder.decode()));
  if (endings) parts.push(endings.end());
  return new Blob(parts, { type: 'text/csv' });
}
