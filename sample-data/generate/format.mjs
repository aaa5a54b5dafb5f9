// Building blocks of the CSV text: IDs, quoting, e-mail/domain slugs.

const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const CHECKSUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** An 18-character, case-insensitively unique Salesforce ID: prefix + 5 base62 digits + checksum. */
export function salesforceId(prefix10, n) {
  let body = '';
  for (let i = 0; i < 5; i++) {
    body = B62[n % 62] + body;
    n = Math.floor(n / 62);
  }
  const id15 = prefix10 + body;
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charCodeAt(chunk * 5 + i);
      if (c >= 65 && c <= 90) bits |= 1 << i;
    }
    suffix += CHECKSUM[bits];
  }
  return id15 + suffix;
}

/** Quote a CSV field when it holds a comma, quote or line break (RFC 4180). */
export function csv(s) {
  if (s === '') return s;
  if (/[",\r\n]/.test(s)) return '"' + s.replace(/"/g, '""') + '"';
  return s;
}

export function slug(s) {
  return s
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '');
}

/** slug() memoised: names repeat on nearly every row. */
export function makeSlugCache() {
  const cache = new Map();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) cache.set(s, (v = slug(s)));
    return v;
  };
}
