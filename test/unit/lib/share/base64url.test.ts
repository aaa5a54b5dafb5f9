import { describe, expect, it } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from './base64url-text';

describe('base64url', () => {
  it('round-trips UTF-8 text without padding or URL-unsafe characters', () => {
    for (const text of ['', 'a', 'ab', 'abc', '{"v":1}', 'Café — 100% follow-up 🚀', '\u0000\uffff']) {
      const encoded = encodeBase64Url(text);
      expect(encoded).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(decodeBase64Url(encoded)).toEqual({ ok: true, value: text, warnings: [] });
    }
  });

  it('uses the URL-safe alphabet, worked by hand', () => {
    // ">>>?" = 3e 3e 3e 3f → 001111 100011 111000 111110 | 001111 11(0000) → P j 4 + | P w;
    // base64 "Pj4+Pw==" becomes base64url "Pj4-Pw" ("+" → "-", padding dropped).
    expect(encodeBase64Url('>>>?')).toBe('Pj4-Pw');
    // "???" = 3f 3f 3f → 001111 110011 111100 111111 → P z 8 / → "Pz8_"
    expect(encodeBase64Url('???')).toBe('Pz8_');
  });

  it('encodes large inputs (no call-stack overflow)', () => {
    const text = 'x'.repeat(300_000);
    const decoded = decodeBase64Url(encodeBase64Url(text));
    expect(decoded.ok && decoded.value.length).toBe(300_000);
  });

  it('rejects characters outside the alphabet, impossible lengths and invalid UTF-8', () => {
    expect(decodeBase64Url('abc+')).toMatchObject({ ok: false, error: expect.stringContaining('base64url') });
    expect(decodeBase64Url('ab=')).toMatchObject({ ok: false });
    expect(decodeBase64Url('abcde')).toMatchObject({
      ok: false,
      error: expect.stringContaining('cut short'),
    });
    // 0xff alone is not UTF-8: base64 "_w" is the single byte 0xff.
    expect(decodeBase64Url('_w')).toMatchObject({ ok: false, error: expect.stringContaining('UTF-8') });
  });
});
