/** base64url (RFC 4648 §5, no padding) of UTF-8 text or bytes, with Web APIs only (browser and Node ≥ 16). */
import { decoded, rejected, type Decoded } from './result';

export function encodeBase64UrlBytes(bytes: Uint8Array): string {
  let binary = '';
  // Chunked: String.fromCharCode(...bytes) overflows the call stack on large inputs.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeBase64UrlBytes(encoded: string): Decoded<Uint8Array> {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded)) {
    return rejected('it contains characters that are not base64url (A–Z, a–z, 0–9, "-" and "_")');
  }
  if (encoded.length % 4 === 1) return rejected('it is cut short (its base64url length is impossible)');
  const padded = encoded.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (encoded.length % 4)) % 4);
  let binary: string;
  try {
    binary = atob(padded);
  } catch {
    return rejected('it is not valid base64url');
  }
  return decoded(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** Strict UTF-8: invalid bytes are an error, not U+FFFD. */
export function decodeUtf8(bytes: Uint8Array): Decoded<string> {
  try {
    return decoded(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return rejected('it is not valid UTF-8 text');
  }
}
