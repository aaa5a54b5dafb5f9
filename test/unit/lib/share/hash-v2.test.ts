import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { defaultProvenance } from '../../../../src/lib/calculator/benchmarks';
import { encodeBase64UrlBytes } from '../../../../src/lib/share/base64url';
import { encodeCalculatorSection, type SharedCalculator } from '../../../../src/lib/share/calculator-section';
import {
  MAX_JSON_BYTES,
  encodeShareState,
  readShareHash,
  shareHash,
  type ShareState,
} from '../../../../src/lib/share/hash';
import { DEFAULT_DEFINITION } from '../../../../src/lib/metrics/context';
import { CASE_A } from '../calculator/fixtures';
import { encodeBase64Url } from './base64url-text';

/** A format-1 `s` value (plain JSON, calculator only), as links made by issue 4's build carry. */
function encodeShareStateV1(state: Pick<ShareState, 'calculator'>): string {
  const json: Record<string, unknown> = { v: 1 };
  if (state.calculator) json['calculator'] = encodeCalculatorSection(state.calculator);
  return encodeBase64UrlBytes(new TextEncoder().encode(JSON.stringify(json)));
}

const calculator = (n = 2): SharedCalculator => ({
  currency: 'EUR',
  period: 'quarter',
  scenarios: Array.from({ length: n }, (_, i) => ({
    id: `s${i}`,
    name: i === 0 ? 'Today' : `Scenario ${i + 1} — Café`,
    baseline: i === 0,
    inputs: { ...CASE_A, followUpRate: i === 0 ? CASE_A.followUpRate : 1 },
    provenance: { ...defaultProvenance(), followUpRate: { kind: 'data' } },
    overridden: i === 0 ? [] : ['followUpRate'],
  })),
});

const full = (): ShareState => ({
  view: 'reps',
  filters: {
    createdFrom: '2025-01-01',
    createdTo: '2025-06-30',
    dimensions: { source: ['Paid Search', '(blank)'], x_industry: ['Software'] },
  },
  definition: { ...DEFAULT_DEFINITION, slaHours: 24, asOf: '2025-07-01' },
  calculator: calculator(3),
});

/** A format-2 `s` value for any JSON (or raw bytes after the version byte), to build bad links. */
function packed(json: unknown, version = 2): string {
  const deflated = deflateSync(new TextEncoder().encode(JSON.stringify(json)));
  return `#s=${encodeBase64UrlBytes(Uint8Array.of(version, ...deflated))}`;
}

function errorOf(hash: string): string {
  const result = readShareHash(hash, { newId: () => 'new' });
  if (result.kind !== 'error') throw new Error(`expected an error, got ${JSON.stringify(result)}`);
  expect(result.message).toMatch(
    /^This link's saved view could not be opened: .+\. Your own settings were kept\.$/,
  );
  return result.message;
}

describe('the share hash, format 2 (compressed, all sections)', () => {
  it('round-trips view, filters, lead definition and calculator', () => {
    const hash = shareHash(full());
    expect(hash).toMatch(/^#s=[A-Za-z0-9_-]+$/);
    expect(readShareHash(hash)).toEqual({ kind: 'ok', state: full(), warnings: [] });
    // Only some sections: the others stay undefined (the receiver keeps its own).
    expect(readShareHash(shareHash({ view: 'calculator' }))).toEqual({
      kind: 'ok',
      state: { view: 'calculator' },
      warnings: [],
    });
    expect(readShareHash(shareHash({}))).toEqual({ kind: 'ok', state: {}, warnings: [] });
  });

  it('is shorter than the plain JSON of format 1 (deflate pays for itself)', () => {
    const plain = (state: ShareState) => encodeBase64Url(JSON.stringify({ v: 1, ...state })).length;
    for (const state of [full(), { ...full(), calculator: calculator(12) }]) {
      const compressed = encodeShareState(state).length;
      expect(compressed).toBeLessThan(plain(state) * 0.5);
    }
    // For the record (the issue asks why deflate was added): a typical link and a 12-scenario one.
    const typical = encodeShareState(full()).length;
    const twelve = encodeShareState({ ...full(), calculator: calculator(12) }).length;
    console.info(
      `share hash: typical ${typical} chars (plain ${plain(full())}); 12 scenarios ${twelve} chars (plain ${plain({ ...full(), calculator: calculator(12) })})`,
    );
  });

  it('reads format 1 links (issue 4) as they were: calculator only', () => {
    const v1 = `#s=${encodeShareStateV1({ calculator: calculator() })}`;
    expect(v1.slice(3, 5)).toBe('ey'); // base64url of '{"'
    expect(readShareHash(v1)).toEqual({ kind: 'ok', state: { calculator: calculator() }, warnings: [] });
    // A format 1 link carrying keys of format 2 keeps format 1's meaning: they are ignored.
    const mixed = `#s=${encodeBase64Url(JSON.stringify({ v: 1, view: 'reps', calculator: JSON.parse(JSON.stringify(calculator())) }))}`;
    const result = readShareHash(mixed);
    expect(result).toMatchObject({ kind: 'ok', state: { calculator: calculator() } });
    expect(result.kind === 'ok' && result.warnings).toEqual([
      '"view" is not something this version understands; it was ignored',
    ]);
  });

  it('refuses newer and unknown formats, damaged data and deflate bombs', () => {
    expect(errorOf(packed({ view: 'reps' }, 4))).toMatch(/newer version of LeadGap \(format 4;/);
    expect(errorOf(packed({ view: 'reps' }, 0))).toMatch(/no format version this app knows/);
    expect(errorOf(packed({ view: 'reps' }, 1))).toMatch(/no format version this app knows/);
    expect(errorOf(`#s=${encodeBase64UrlBytes(Uint8Array.of(2, 0xff, 0xff, 0xff, 0x07))}`)).toMatch(
      /damaged|not valid/,
    );
    // Cut short: the last third of a real link is missing.
    const real = shareHash(full());
    expect(errorOf(real.slice(0, Math.floor(real.length * 0.66)))).toMatch(
      /damaged|cut short|not valid JSON/,
    );
    // 10 MB of spaces deflate to ~10 KB; reading stops at MAX_JSON_BYTES.
    const bomb = deflateSync(new Uint8Array(10 * 1024 * 1024).fill(0x20));
    expect(bomb.length).toBeLessThan(20_000);
    expect(MAX_JSON_BYTES).toBeLessThan(10 * 1024 * 1024);
    expect(errorOf(`#s=${encodeBase64UrlBytes(Uint8Array.of(2, ...bomb))}`)).toMatch(/unpacks to more than/);
    // Valid deflate of something that is not JSON, or not an object, or not UTF-8.
    const raw = (bytes: Uint8Array) => `#s=${encodeBase64UrlBytes(Uint8Array.of(2, ...deflateSync(bytes)))}`;
    expect(errorOf(raw(new TextEncoder().encode('{"view":')))).toMatch(/not valid JSON/);
    expect(errorOf(raw(new TextEncoder().encode('[1]')))).toMatch(/not an object/);
    expect(errorOf(raw(Uint8Array.of(0xc3, 0x28)))).toMatch(/not valid UTF-8/);
  });

  it('ignores unknown sections with a warning, and never pollutes prototypes', () => {
    const result = readShareHash(packed({ view: 'funnel', widgets: [1], __proto__: { polluted: true } }));
    expect(result).toMatchObject({ kind: 'ok', state: { view: 'funnel' } });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const text = `{"view":"funnel","__proto__":{"polluted":true},"filters":{"__proto__":{"x":1}}}`;
    const hash = `#s=${encodeBase64UrlBytes(Uint8Array.of(2, ...deflateSync(new TextEncoder().encode(text))))}`;
    const parsed = readShareHash(hash);
    expect(parsed).toMatchObject({ kind: 'ok', state: { view: 'funnel', filters: {} } });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('validates the filters and names what is wrong', () => {
    const cases: [unknown, RegExp][] = [
      ['Web', /the filters: they are not an object/],
      [{ createdFrom: '2025-02-30' }, /"createdFrom" "2025-02-30" is not a day/],
      [{ createdTo: 20250101 }, /"createdTo" 20250101 is not a day/],
      [{ createdFrom: '2025-06-01', createdTo: '2025-01-01' }, /ends \(2025-01-01\) before it starts/],
      [{ dimensions: ['source'] }, /"dimensions" is not an object/],
      [{ dimensions: { lead_id: ['x'] } }, /"lead_id" is not a lead column that can be filtered/],
      [{ dimensions: { "source'; DROP TABLE leads; --": ['x'] } }, /is not a lead column/],
      [{ dimensions: { email: ['a@b.c'] } }, /"email" is not a lead column/],
      [{ dimensions: { source: 'Web' } }, /the values of "source" are not a list/],
      [{ dimensions: { source: [1] } }, /a value of "source" is not text/],
      [{ dimensions: { source: ['x'.repeat(201)] } }, /longer than 200 characters/],
      [{ dimensions: { source: Array(201).fill('x') } }, /"source" has 201 values; at most 200/],
      [
        { dimensions: Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`x_c${i}`, ['v']])) },
        /25 columns are filtered; at most 24/,
      ],
    ];
    for (const [filters, message] of cases) {
      expect(errorOf(packed({ filters })), JSON.stringify(filters).slice(0, 60)).toMatch(message);
    }
    // Empty lists and repeated values are tidied, not refused.
    expect(readShareHash(packed({ filters: { dimensions: { source: [], owner: ['A', 'A'] } } }))).toEqual({
      kind: 'ok',
      state: { filters: { dimensions: { owner: ['A'] } } },
      warnings: [],
    });
  });

  it('validates the lead definition and the view', () => {
    const good = { slaHours: 48, asOf: null, untouchedStatuses: ['', 'New'], qualifiedStatuses: ['SQL'] };
    const cases: [unknown, RegExp][] = [
      [null, /the lead definition: it is not an object/],
      [{ ...good, slaHours: 0 }, /the SLA 0 is not a number of hours above 0/],
      [{ ...good, slaHours: '48' }, /the SLA "48"/],
      [{ ...good, slaHours: 1e9 }, /at most a year/],
      [{ ...good, asOf: 'yesterday' }, /as-of date "yesterday" is not a day/],
      [{ ...good, untouchedStatuses: 'New' }, /"untouchedStatuses" is not a list/],
      [{ ...good, qualifiedStatuses: [null] }, /a status in "qualifiedStatuses" is not text/],
      [{ ...good, qualifiedStatuses: Array(101).fill('x') }, /more than 100 statuses/],
    ];
    for (const [definition, message] of cases) {
      expect(errorOf(packed({ definition })), JSON.stringify(definition)).toMatch(message);
    }
    expect(readShareHash(packed({ definition: good }))).toMatchObject({
      kind: 'ok',
      state: { definition: good },
    });
    expect(errorOf(packed({ view: 'admin' }))).toMatch(/the view: "admin" is not a view of this app/);
    expect(errorOf(packed({ view: { toString: 'x' } }))).toMatch(/the view: .* is not a view/);
  });

  it('a calculator error inside format 2 is reported like in format 1', () => {
    const json = JSON.parse(JSON.stringify({ calculator: calculator() })) as {
      calculator: { scenarios: { inputs: Record<string, unknown> }[] };
    };
    const first = json.calculator.scenarios[0];
    if (first) first.inputs['followUpRate'] = 7;
    expect(errorOf(packed(json))).toMatch(
      /the calculator's scenarios: scenario 1 \("Today"\): Follow-up rate/,
    );
  });
});
