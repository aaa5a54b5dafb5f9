/**
 * The bytes of a compressed share link (formats 2 and 3 of hash.ts): a version byte, in format 3 the
 * CRC-32 of the UTF-8 JSON (4 bytes, big-endian; crc32.ts), then the JSON's raw DEFLATE (RFC 1951,
 * fflate). fflate (~4 KB gzip) is synchronous, so a link is read before the first render; its inflate
 * writes into a fixed buffer, so a deflate bomb stops at MAX_JSON_BYTES instead of filling memory.
 */
import { deflateSync, inflateSync } from 'fflate';
import { crc32 } from './crc32';

/** The format written now. */
export const SHARE_VERSION = 3;
/** The first compressed format. */
export const FIRST_DEFLATE_VERSION = 2;
/** The first format with a check. */
const FIRST_CHECKED_VERSION = 3;
const CHECK_BYTES = 4;
/** The most JSON a link may inflate to (a deflate "bomb" stops here). */
export const MAX_JSON_BYTES = 512 * 1024;

/** The envelope of UTF-8 JSON, in the current format. */
export function packJson(json: Uint8Array): Uint8Array {
  const deflated = deflateSync(json, { level: 9 });
  const bytes = new Uint8Array(1 + CHECK_BYTES + deflated.length);
  bytes[0] = SHARE_VERSION;
  new DataView(bytes.buffer).setUint32(1, crc32(json));
  bytes.set(deflated, 1 + CHECK_BYTES);
  return bytes;
}

/**
 * The UTF-8 JSON of an envelope whose version byte (bytes[0]) is a compressed format this version
 * reads, or why it cannot be read (a phrase for the user's sentence).
 */
export function unpackJson(bytes: Uint8Array): Uint8Array | string {
  const checked = (bytes[0] ?? 0) >= FIRST_CHECKED_VERSION;
  const start = checked ? 1 + CHECK_BYTES : 1;
  if (bytes.length <= start) return 'it is damaged (it was cut short)';
  const json = inflate(bytes.subarray(start));
  if (typeof json === 'string') return json;
  if (checked && crc32(json) !== new DataView(bytes.buffer, bytes.byteOffset).getUint32(1)) {
    return 'it was changed after it was made (its check does not match); ask for the link again';
  }
  return json;
}

/** Raw DEFLATE into a fixed buffer: more than MAX_JSON_BYTES is refused, not allocated. */
function inflate(data: Uint8Array): Uint8Array | string {
  const out = new Uint8Array(MAX_JSON_BYTES + 1);
  let result: Uint8Array;
  try {
    result = inflateSync(data, { out });
  } catch {
    return 'it is damaged (its compressed data does not unpack; the link may have been cut short)';
  }
  if (result.length > MAX_JSON_BYTES) return 'it unpacks to more than a link may hold';
  return result;
}
