/**
 * Hostile files for the fuzz suite: CSV text broken every way exports and hand edits break it
 * (quotes and escapes, line breaks and CR in cells, BOMs and the supported encodings, NUL bytes,
 * huge fields, thousands of columns, duplicate and blank headers, mixed line endings, truncation),
 * plus binary noise and damaged workbooks.
 */
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { leadsWorkbook } from '../fixtures/make/workbooks.mjs';
import { csvText, encode, ENCODINGS, mutate, MUTATIONS, type Mutation, type Quoting } from './hostile-bytes';

export interface HostileFile {
  name: string;
  kind: 'leads' | 'deals';
  bytes: Uint8Array;
  /** How it was made, for the summary and a failing case's note. */
  about: string;
}

/** `quick`: what `npm test` runs (small files); `full`: huge fields past the reader's 2 MB row. */
export type Scale = 'quick' | 'full';

const HEADERS = [
  'Lead ID',
  'Created Date',
  'Company',
  'Lead Source',
  'Lead Status',
  'Lead Owner',
  'Email',
  'Deal ID',
  'Amount',
  'Stage',
  'Close Date',
  'Currency',
];
const WORDS = [
  'Acme',
  'Web',
  'Referral',
  'New',
  'Won',
  'Closed Lost',
  '2026-04-01',
  '04/03/2026',
  '31.12.2025',
  '2026-04-01T10:00:00+02:00',
  '1.234,50',
  '$1,200.00',
  '€9,99',
  '1 234,50 EUR',
  '',
  ' ',
  'Doe, Jane',
  'García',
  'NULL',
  'N/A',
  '-',
  '0',
  '1e308',
  'TRUE',
  '=SUM(A1)',
  'ジョン',
];
const NASTY = [
  'a',
  'b',
  '"',
  '"',
  ',',
  ';',
  '\t',
  '|',
  '\n',
  '\r',
  '\r\n',
  '\\',
  ' ',
  'é',
  '€',
  '😀',
  '\uFEFF',
  '\u2028',
];

const cell = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 6, arbitrary: fc.string({ unit: fc.constantFrom(...NASTY), maxLength: 10 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  { weight: 2, arbitrary: fc.double().map(String) },
);

const header = fc.oneof(
  { weight: 3, arbitrary: fc.shuffledSubarray(HEADERS, { minLength: 1, maxLength: 8 }) },
  // Duplicate and blank headers, and odd text.
  {
    weight: 2,
    arbitrary: fc.array(fc.oneof(fc.constantFrom(...HEADERS, '', ' ', 'Email'), cell), {
      minLength: 1,
      maxLength: 10,
    }),
  },
);

/** Rows mostly of the header's width, some a value short or long. */
const rowsFor = (width: number, maxRows: number) =>
  fc.array(
    fc
      .tuple(
        fc.constantFrom(0, 0, 0, 0, 0, 0, -1, 1),
        fc.array(cell, { minLength: width + 1, maxLength: width + 1 }),
      )
      .map(([jitter, cells]) => cells.slice(0, Math.max(1, width + jitter))),
    { minLength: 1, maxLength: maxRows },
  );

const table = (scale: Scale) =>
  fc.oneof(
    {
      weight: 40,
      arbitrary: header.chain((h) => rowsFor(h.length, 40).map((rows) => ({ header: h, rows }))),
    },
    // Thousands of columns.
    {
      weight: 1,
      arbitrary: fc.integer({ min: 1000, max: scale === 'quick' ? 1200 : 3000 }).chain((width) =>
        fc
          .array(
            fc.array(fc.constantFrom('1', 'x', '', '2026-01-01'), { minLength: width, maxLength: width }),
            { maxLength: 3 },
          )
          .map((rows) => ({
            header: Array.from({ length: width }, (_, i) => (i % 7 === 3 ? 'Col' : `Col ${i}`)),
            rows,
          })),
      ),
    },
  );

const csvOptions = fc.record({
  delimiter: fc.constantFrom(',', ',', ';', '\t', '|'),
  quoting: fc.constantFrom<Quoting>('rfc', 'rfc', 'rfc', 'always', 'never', 'backslash'),
  eol: fc.constantFrom('\n', '\r\n', '\r', 'mixed'),
  encoding: fc.constantFrom(...ENCODINGS),
  mutations: fc.array(
    fc.tuple(
      fc.constantFrom<Mutation>(...MUTATIONS),
      fc.noBias(fc.nat({ max: 1000 })).map((n) => n / 1000),
    ),
    { maxLength: 3 },
  ),
  gzip: fc.constantFrom(false, false, false, false, false, true),
  kind: fc.constantFrom<'leads' | 'deals'>('leads', 'deals'),
});

const csvFile = (scale: Scale) =>
  fc
    .tuple(
      table(scale),
      csvOptions,
      fc.oneof(
        { weight: 12, arbitrary: fc.constant(0) },
        { weight: 1, arbitrary: fc.integer({ min: 50_000, max: scale === 'full' ? 2_300_000 : 300_000 }) },
      ),
    )
    .map(([t, o, hugeSize]): HostileFile => {
      let text = csvText(t, o, 'x'.repeat(hugeSize));
      for (const m of o.mutations) text = mutate(text, m);
      let bytes = encode(text, o.encoding);
      if (o.gzip) bytes = gzipSync(bytes);
      const about = `csv ${t.header.length} cols × ${t.rows.length} rows, ${JSON.stringify(o.delimiter)} ${o.quoting} ${JSON.stringify(o.eol)} ${o.encoding}${o.gzip ? ' gzip' : ''}${hugeSize ? ` huge ${hugeSize}` : ''}${o.mutations.length ? ` [${o.mutations.map((m) => m[0]).join(', ')}]` : ''}`;
      return { name: `${o.kind}-fuzz.csv${o.gzip ? '.gz' : ''}`, kind: o.kind, bytes, about };
    });

const noise = fc.uint8Array({ minLength: 1, maxLength: 4096 }).map((bytes): HostileFile => ({
  name: 'leads-noise.csv',
  kind: 'leads',
  bytes,
  about: `binary noise ${bytes.length} B`,
}));

let workbook: Uint8Array | undefined;
const brokenWorkbook = fc
  .tuple(
    fc.noBias(fc.nat({ max: 1000 })).map((n) => n / 1000),
    fc.constantFrom('truncate', 'flip', 'zero', 'intact'),
  )
  .map(([at, how]): HostileFile => {
    workbook ??= new Uint8Array(leadsWorkbook({ rows: 30 }).bytes);
    const bytes = workbook.slice();
    const pos = Math.floor(at * bytes.length);
    const cut = how === 'truncate' ? bytes.subarray(0, Math.max(4, pos)) : bytes;
    if (how === 'flip')
      for (let i = pos; i < Math.min(bytes.length, pos + 64); i++) cut[i] = (cut[i] ?? 0) ^ 0x5a;
    if (how === 'zero') cut.fill(0, pos, pos + 512);
    return { name: 'leads-broken.xlsx', kind: 'leads', bytes: cut, about: `workbook ${how} at ${pos}` };
  });

export const hostileFile = (scale: Scale) =>
  fc.oneof(
    { weight: 16, arbitrary: csvFile(scale) },
    { weight: 1, arbitrary: noise },
    { weight: 2, arbitrary: brokenWorkbook },
  );
