/** Turning a generated table into the bytes of a hostile file: quoting, damage, encodings. */

export type Quoting = 'rfc' | 'always' | 'never' | 'backslash';
export const quoteCell = (value: string, delimiter: string, quoting: Quoting) => {
  const needs = /["\r\n]/.test(value) || value.includes(delimiter);
  if (quoting === 'never' || (quoting !== 'always' && !needs)) return value;
  if (quoting === 'backslash') return `"${value.replaceAll('"', '\\"')}"`;
  return `"${value.replaceAll('"', '""')}"`;
};

export const MUTATIONS = [
  'truncate',
  'nul',
  'noise',
  'stray-quote',
  'title-lines',
  'footer',
  'blank-lines',
] as const;
export type Mutation = (typeof MUTATIONS)[number];

export const ENCODINGS = [
  'utf-8',
  'utf-8',
  'utf-8-bom',
  'utf-16le',
  'utf-16le-bom',
  'utf-16be-bom',
  'windows-1252',
] as const;

export function csvText(
  t: { header: string[]; rows: string[][] },
  o: { delimiter: string; quoting: Quoting; eol: string },
  huge: string,
) {
  const lines = [t.header, ...t.rows].map((cells) =>
    cells.map((c) => quoteCell(c, o.delimiter, o.quoting)).join(o.delimiter),
  );
  if (huge && lines.length > 1) lines[1] = `${lines[1] ?? ''}${o.delimiter}"${huge}"`;
  if (o.eol !== 'mixed') return lines.join(o.eol) + o.eol;
  return lines.map((line, i) => line + (i % 3 === 1 ? '\r\n' : '\n')).join('');
}

export function mutate(text: string, [mutation, at]: [Mutation, number]): string {
  const pos = Math.floor(at * text.length);
  switch (mutation) {
    case 'truncate':
      return text.slice(0, Math.max(1, pos));
    case 'nul':
      return `${text.slice(0, pos)}\0\0${text.slice(pos)}`;
    case 'noise':
      return `${text.slice(0, pos)}${String.fromCharCode(...Array.from({ length: 16 }, (_, i) => (i * 37 + pos) % 256))}${text.slice(pos)}`;
    case 'stray-quote': {
      const lineStart = text.lastIndexOf('\n', pos) + 1;
      return `${text.slice(0, lineStart)}"${text.slice(lineStart)}`;
    }
    case 'title-lines':
      return `Leads report\nFiltered by: Owner = "Jane"\n\n${text}`;
    case 'footer':
      return `${text}\nGrand Totals (${Math.round(at * 100)} records)\nCopyright (c) 2026 Salesforce, Inc.\n`;
    case 'blank-lines':
      return `${text.slice(0, pos)}\n\n\n${text.slice(pos)}`;
  }
}

const CP1252: Record<number, number> = {
  0x20ac: 0x80,
  0x2019: 0x92,
  0x2018: 0x91,
  0x201c: 0x93,
  0x201d: 0x94,
  0x2013: 0x96,
  0x2014: 0x97,
  0x0153: 0x9c,
};
export function encode(text: string, encoding: (typeof ENCODINGS)[number]): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  if (encoding === 'utf-8-bom') return new TextEncoder().encode(`\uFEFF${text}`);
  if (encoding === 'windows-1252') {
    return Uint8Array.from(text, (ch) => {
      const code = ch.codePointAt(0) ?? 63;
      return code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : (CP1252[code] ?? 63);
    });
  }
  const body = encoding === 'utf-16le' ? text : `\uFEFF${text}`;
  const out = new Uint8Array(body.length * 2);
  for (let i = 0; i < body.length; i++) {
    const unit = body.charCodeAt(i);
    const [lo, hi] = [unit & 0xff, unit >> 8];
    out[2 * i] = encoding === 'utf-16be-bom' ? hi : lo;
    out[2 * i + 1] = encoding === 'utf-16be-bom' ? lo : hi;
  }
  return out;
}
