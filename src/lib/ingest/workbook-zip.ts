import { Unzip, UnzipInflate } from 'fflate';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CHUNK = 1 << 20;

/**
 * True when every part of a zip container (.xlsx) inflates to its end with the checksum the zip's
 * directory gives it. The workbook reader can loop forever on a damaged part (found by the fuzz
 * suite: 512 zeroed bytes, or 64 flipped ones, in an .xlsx); this check streams each part through
 * fflate, keeping nothing, and stops at the damage.
 */
export function zipIntact(bytes: Uint8Array): boolean {
  if (!ZIP.every((byte, i) => bytes[i] === byte)) return true;
  const expected = directoryCrcs(bytes);
  if (!expected) return false;
  let intact = true;
  let open = 0;
  let checked = 0;
  const unzip = new Unzip((file) => {
    open++;
    let crc = ~0;
    file.ondata = (error, chunk, final) => {
      if (error) intact = false;
      else crc = crc32(crc, chunk);
      if (final && ~crc >>> 0 !== expected.get(file.name)) intact = false;
      if (final) checked++;
      if (error || final) open--;
    };
    try {
      file.start();
    } catch {
      intact = false;
    }
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && intact; at += CHUNK) {
      unzip.push(bytes.subarray(at, at + CHUNK), at + CHUNK >= bytes.length);
    }
  } catch {
    return false;
  }
  // Every part the directory lists was read to its end (a damaged header hides a part).
  return intact && open === 0 && checked === expected.size;
}

/** Name → CRC-32 from the zip's central directory; null when it cannot be found or read. */
function directoryCrcs(bytes: Uint8Array): Map<string, number> | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const crcs = new Map<string, number>();
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    crcs.set(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)), view.getUint32(at + 16, true));
    at += 46 + skip;
  }
  return crcs;
}

let table: Uint32Array | undefined;

function crc32(crc: number, chunk: Uint8Array): number {
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c;
  });
  let c = crc;
  for (const byte of chunk) c = (table[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return c;
}
