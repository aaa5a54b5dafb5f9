import { UploadCancelled } from './errors';
import type { Sniffed } from './sniff';

const CHUNK_BYTES = 8 * 1024 * 1024;

/**
 * The bytes DuckDB reads: UTF-8 files as they are (a File handle is read lazily, without a copy),
 * other encodings decoded here. DuckDB rejects Windows-1252 bytes 0x80–0x9F, garbles UTF-16BE, and
 * `encoding='windows-1252'` downloads an extension (STACK.md), so one UTF-8 path serves all.
 * A report footer is cut off before DuckDB sees it.
 */
export async function utf8Source(
  file: Blob,
  fileName: string,
  sniffed: Sniffed,
  opts: { signal?: AbortSignal | undefined; onBytes?: ((bytes: number) => void) | undefined } = {},
): Promise<Blob> {
  const end = file.size - (sniffed.footer?.bytes ?? 0);
  if (sniffed.encoding === 'utf-8') return end === file.size ? file : file.slice(0, end);

  const decoder = new TextDecoder(sniffed.encoding);
  const encoder = new TextEncoder();
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for (let offset = 0; offset < end; offset += CHUNK_BYTES) {
    if (opts.signal?.aborted) throw new UploadCancelled(fileName);
    const chunk = await file.slice(offset, Math.min(end, offset + CHUNK_BYTES)).arrayBuffer();
    parts.push(encoder.encode(decoder.decode(chunk, { stream: true })));
    opts.onBytes?.(Math.min(end, offset + CHUNK_BYTES));
  }
  parts.push(encoder.encode(decoder.decode()));
  return new Blob(parts, { type: 'text/csv' });
}
