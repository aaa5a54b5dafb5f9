/**
 * CRC-32 (IEEE 802.3, the one of zip and PNG) of bytes: format 3 of the share hash carries it, so a
 * link changed by one character is refused instead of opening a different view (a changed deflate
 * stream still inflates to valid JSON for ~3% of single-character changes). fflate's unzlibSync does
 * not check zlib's Adler-32, hence this.
 */
let table: Uint32Array | null = null;

function crcTable(): Uint32Array {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
}

export function crc32(bytes: Uint8Array): number {
  table ??= crcTable();
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (table[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
