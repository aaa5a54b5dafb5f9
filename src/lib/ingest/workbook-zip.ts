import { Unzip, UnzipInflate } from 'fflate';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CHUNK = 1 << 20;

/**
 * True when every part of a zip container (.xlsx) inflates to its end. The workbook reader can
 * loop forever on a damaged deflate stream (found by the fuzz suite: 512 zeroed bytes in an
 * .xlsx); this check streams each part through fflate, keeping nothing, and stops at the damage.
 */
export function zipIntact(bytes: Uint8Array): boolean {
  if (!ZIP.every((byte, i) => bytes[i] === byte)) return true;
  let intact = true;
  let open = 0;
  const unzip = new Unzip((file) => {
    open++;
    file.ondata = (error, _chunk, final) => {
      if (error) intact = false;
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
  // A part that never reached its end was cut short.
  return intact && open === 0;
}
