import { UploadCancelled, UploadError } from './errors';

/** A gzip stream starts with 1f 8b (RFC 1952). */
export function isGzip(head: Uint8Array): boolean {
  return head[0] === 0x1f && head[1] === 0x8b;
}

export interface GunzipOptions {
  signal?: AbortSignal | undefined;
  /** Compressed bytes read so far. */
  onBytes?: ((bytes: number) => void) | undefined;
}

/** Decompressed text is gathered in blobs of this size, so the JS heap holds one piece at a time. */
const PIECE_BYTES = 16 * 1024 * 1024;

/**
 * One decompression per file: the sniff, the registration and a re-read (as Windows-1252) all take
 * the same decompressed blob, the browser's own `DecompressionStream` doing the work.
 */
const unpacked = new WeakMap<Blob, Promise<Blob>>();

export function gunzip(file: Blob, fileName: string, opts: GunzipOptions = {}): Promise<Blob> {
  const known = unpacked.get(file);
  if (known) return known;
  const promise = decompress(file, fileName, opts);
  unpacked.set(file, promise);
  // A cancelled or failed decompression is not remembered: the next try starts again.
  promise.catch(() => unpacked.delete(file));
  return promise;
}

async function decompress(file: Blob, fileName: string, opts: GunzipOptions): Promise<Blob> {
  let read = 0;
  const counted = file.stream().pipeThrough(
    new TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>({
      transform(chunk, controller) {
        read += chunk.byteLength;
        opts.onBytes?.(read);
        controller.enqueue(chunk);
      },
    }),
  );
  const reader = counted.pipeThrough(new DecompressionStream('gzip')).getReader();
  const pieces: Blob[] = [];
  let parts: Uint8Array<ArrayBuffer>[] = [];
  let partBytes = 0;
  try {
    for (;;) {
      if (opts.signal?.aborted) {
        await reader.cancel().catch(() => undefined);
        throw new UploadCancelled(fileName);
      }
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value as Uint8Array<ArrayBuffer>);
      partBytes += value.byteLength;
      if (partBytes >= PIECE_BYTES) {
        pieces.push(new Blob(parts));
        parts = [];
        partBytes = 0;
      }
    }
  } catch (error) {
    if (error instanceof UploadCancelled) throw error;
    throw new UploadError(
      fileName,
      'This compressed (.gz) file is damaged or incomplete, so it could not be unpacked.',
      'Download or compress the export again, or upload the CSV file itself.',
    );
  }
  pieces.push(new Blob(parts));
  const blob = new Blob(pieces, { type: 'text/csv' });
  if (blob.size === 0) {
    throw new UploadError(
      fileName,
      'This compressed (.gz) file holds an empty file.',
      'Export the report again.',
    );
  }
  return blob;
}
