// UTF-8 text over the byte codec, as the share hash uses it (hash.ts), for writing links by hand.
import { decodeBase64UrlBytes, decodeUtf8, encodeBase64UrlBytes } from '../../../../src/lib/share/base64url';
import type { Decoded } from '../../../../src/lib/share/result';

export function encodeBase64Url(text: string): string {
  return encodeBase64UrlBytes(new TextEncoder().encode(text));
}

export function decodeBase64Url(encoded: string): Decoded<string> {
  const bytes = decodeBase64UrlBytes(encoded);
  return bytes.ok ? decodeUtf8(bytes.value) : bytes;
}
