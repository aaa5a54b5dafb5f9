import { once } from 'node:events';
import { createWriteStream, statSync } from 'node:fs';
import { csv } from './format.mjs';

// Rows are buffered into ~1 MB strings and written through a WriteStream that honours
// backpressure, so any size can be written in bounded memory.
const CHUNK_CHARS = 1 << 20;

/** A CSV file being written: `add` appends row text, `flush` writes the buffer when it is full. */
export function openCsv(path, headers) {
  const stream = createWriteStream(path);
  let buf = headers.map(csv).join(',') + '\n';
  return {
    path,
    add(text) {
      buf += text;
    },
    get full() {
      return buf.length >= CHUNK_CHARS;
    },
    /** Writes the buffer if full (or if `force` and not empty); the promise is for a drain, if any. */
    flush(force) {
      if (!(buf.length >= CHUNK_CHARS || (force && buf))) return null;
      const wait = stream.write(buf) ? null : once(stream, 'drain');
      buf = '';
      return wait;
    },
    async close() {
      stream.end();
      await once(stream, 'finish');
      return statSync(path).size;
    },
  };
}

/** Flushes several files and waits for the drains of all of them. */
export async function flushAll(files, force) {
  const waits = files.map((f) => f.flush(force)).filter((w) => w !== null);
  if (waits.length) await Promise.all(waits);
}
