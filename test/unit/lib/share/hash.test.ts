import { inflateSync } from 'fflate';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { defaultProvenance } from '../../../../src/lib/calculator/benchmarks';
import { encodeBase64Url } from './base64url-text';
import type { SharedCalculator } from '../../../../src/lib/share/calculator-section';
import {
  MAX_ENCODED_LENGTH,
  decodeShareState,
  encodeShareState,
  readShareHash,
  shareHash,
} from '../../../../src/lib/share/hash';
import { CASE_A } from '../calculator/fixtures';

const calculator = (): SharedCalculator => ({
  currency: 'EUR',
  period: 'quarter',
  scenarios: [
    {
      id: 'today',
      name: 'Today',
      baseline: true,
      inputs: { ...CASE_A },
      provenance: { ...defaultProvenance(), followUpRate: { kind: 'data' } },
      overridden: [],
    },
    {
      id: 'all',
      name: '100% follow-up — Café',
      baseline: false,
      inputs: { ...CASE_A, followUpRate: 1 },
      provenance: { ...defaultProvenance(), followUpRate: { kind: 'assumption' } },
      overridden: ['followUpRate'],
    },
  ],
});

/** The `s` value for any JSON, to build malformed links. */
const raw = (json: unknown) => encodeBase64Url(JSON.stringify(json));
const link = (json: unknown) => `#s=${raw(json)}`;
const good = () =>
  JSON.parse(JSON.stringify({ v: 1, calculator: calculator() })) as {
    v: number;
    calculator: { currency: unknown; period: unknown; scenarios: Record<string, unknown>[] };
  };

/** The i-th scenario of a JSON copy, as a plain record. */
function sc(json: ReturnType<typeof good>, i: number): Record<string, unknown> {
  const scenario = json.calculator.scenarios[i];
  if (!scenario) throw new Error(`no scenario ${i}`);
  return scenario;
}
const inputsOf = (json: ReturnType<typeof good>, i: number) =>
  sc(json, i)['inputs'] as Record<string, unknown>;
const provenanceOf = (json: ReturnType<typeof good>, i: number) =>
  sc(json, i)['provenance'] as Record<string, unknown>;

function errorOf(hash: string): string {
  const result = readShareHash(hash, { newId: () => 'new' });
  if (result.kind !== 'error') throw new Error(`expected an error, got ${JSON.stringify(result)}`);
  return result.message;
}

describe('the share hash', () => {
  it('round-trips the calculator (names with any characters, provenance, overrides)', () => {
    const hash = shareHash({ calculator: calculator() });
    expect(hash).toMatch(/^#s=[A-Za-z0-9_-]+$/);
    expect(readShareHash(hash)).toEqual({ kind: 'ok', state: { calculator: calculator() }, warnings: [] });
    // Without the '#', and with other parameters around it.
    expect(readShareHash(`x=1&${hash.slice(1)}&y=2`)).toMatchObject({ kind: 'ok' });
  });

  it('is the documented envelope: a version byte 3, the CRC-32 of the JSON, then its raw DEFLATE', () => {
    const bytes = Buffer.from(encodeShareState({ calculator: calculator() }), 'base64url');
    expect(bytes[0]).toBe(3);
    const text = inflateSync(bytes.subarray(5));
    // Node's zlib computes the check independently of src/lib/share/crc32.ts.
    expect(bytes.readUInt32BE(1)).toBe(crc32(text));
    const json = JSON.parse(new TextDecoder().decode(text)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['calculator']);
    // An empty override list is left out to keep links short.
    const scenarios = (json['calculator'] as { scenarios: Record<string, unknown>[] }).scenarios;
    expect(scenarios.map((s) => s['overridden'])).toEqual([undefined, ['followUpRate']]);
  });

  it('says "none" when there is no s parameter', () => {
    expect(readShareHash('')).toEqual({ kind: 'none' });
    expect(readShareHash('#')).toEqual({ kind: 'none' });
    expect(readShareHash('#main')).toEqual({ kind: 'none' });
    expect(readShareHash('#view=calculator')).toEqual({ kind: 'none' });
  });

  it('an envelope with only v is valid and carries nothing', () => {
    expect(readShareHash(link({ v: 1 }))).toEqual({ kind: 'ok', state: {}, warnings: [] });
  });

  it('rejects broken encodings with a sentence, never an exception', () => {
    expect(errorOf('#s=')).toMatch(/could not be opened: it is empty\. Your own settings were kept\.$/);
    expect(errorOf('#s=%%%')).toMatch(/base64url/);
    expect(errorOf('#s=abcde')).toMatch(/cut short/);
    expect(errorOf(`#s=${encodeBase64Url('{"v":1,')}`)).toMatch(/not valid JSON/);
    expect(errorOf(`#s=${encodeBase64Url('[1,2]')}`)).toMatch(/not an object/);
    expect(errorOf(`#s=${encodeBase64Url('null')}`)).toMatch(/not an object/);
    expect(errorOf(`#s=${'A'.repeat(MAX_ENCODED_LENGTH + 4)}`)).toMatch(/more than a link can hold/);
  });

  it('refuses other versions, saying when the link is newer', () => {
    expect(errorOf(link({ v: 4, calculator: calculator() }))).toMatch(/newer version of LeadGap \(format 4/);
    expect(errorOf(link({ v: 2, calculator: calculator() }))).toMatch(/no format version/);
    expect(errorOf(link({ calculator: calculator() }))).toMatch(/no format version/);
    expect(errorOf(link({ v: '1' }))).toMatch(/no format version/);
  });

  it('format 1 ignores the sections it did not have, with a warning (a newer link still opens what it knows)', () => {
    const result = readShareHash(link({ ...good(), filters: { source: ['Web'] } }));
    expect(result).toMatchObject({ kind: 'ok', state: { calculator: calculator() } });
    expect(result.kind === 'ok' && result.warnings).toEqual([
      '"filters" is not something this version understands; it was ignored',
    ]);
  });

  it('validates every calculator field and names what is wrong', () => {
    const cases: [string, (json: ReturnType<typeof good>) => void, RegExp][] = [
      [
        'not an object',
        (j) => ((j as Record<string, unknown>)['calculator'] = 'x'),
        /calculator settings are not an object/,
      ],
      [
        'currency',
        (j) => (j.calculator.currency = 'dollars'),
        /currency "dollars" is not a three-letter ISO code/,
      ],
      ['period', (j) => (j.calculator.period = 'week'), /period "week" is not one of year, quarter or month/],
      [
        'scenarios',
        (j) => ((j.calculator as Record<string, unknown>)['scenarios'] = {}),
        /scenarios are not a list/,
      ],
      ['no scenarios', (j) => (j.calculator.scenarios = []), /there are no scenarios/],
      [
        'too many',
        (j) => (j.calculator.scenarios = Array(13).fill(j.calculator.scenarios[0])),
        /13 scenarios; at most 12/,
      ],
      ['scenario type', (j) => (j.calculator.scenarios[1] = 5 as never), /scenario 2 is not an object/],
      ['name', (j) => (sc(j, 0)['name'] = '  '), /scenario 1 has no name/],
      ['long name', (j) => (sc(j, 0)['name'] = 'x'.repeat(81)), /longer than 80 characters/],
      ['baseline', (j) => (sc(j, 0)['baseline'] = 'yes'), /"baseline" must be true or false/],
      ['inputs', (j) => delete sc(j, 0)['inputs'], /scenario 1 \("Today"\) has no inputs/],
      [
        'rate out of range',
        (j) => (inputsOf(j, 1)['followUpRate'] = 1.5),
        /scenario 2 \("100% follow-up — Café"\): Follow-up rate must be between 0% and 100% \(got 150%\)/,
      ],
      [
        'string number',
        (j) => (inputsOf(j, 0)['averageDeal'] = '5000'),
        /Average deal size must be a number/,
      ],
      ['missing input', (j) => delete inputsOf(j, 0)['revenueGoal'], /Revenue goal is required/],
      [
        'provenance kind',
        (j) => (provenanceOf(j, 0)['sqlCloseRate'] = { kind: 'magic' }),
        /the source of SQL close rate is not data, benchmark or assumption/,
      ],
      [
        'benchmark without a source',
        (j) => (provenanceOf(j, 0)['sqlCloseRate'] = { kind: 'benchmark' }),
        /the source of SQL close rate/,
      ],
      ['overridden', (j) => (sc(j, 0)['overridden'] = 'all'), /"overridden" must be a list/],
    ];
    for (const [what, breakIt, message] of cases) {
      const json = good();
      breakIt(json);
      const error = errorOf(link(json));
      expect(error, what).toMatch(message);
      expect(error, what).toMatch(
        /^This link's saved view could not be opened: the calculator's scenarios: /,
      );
    }
  });

  it('never lets JSON keys reach object prototypes', () => {
    const text = `{"v":1,"__proto__":{"polluted":true},"calculator":${JSON.stringify(calculator())}}`;
    const result = decodeShareState(encodeBase64Url(text));
    expect(result.kind).toBe('ok');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    // An input named "constructor" or "__proto__" is not an input: ignored, the rest is checked.
    const json = good();
    inputsOf(json, 0)['constructor'] = 'x';
    expect(readShareHash(link(json)).kind).toBe('ok');
  });

  it('repairs what it safely can, with warnings: baseline count, ids, provenance, unknown overrides', () => {
    const json = good();
    for (const s of json.calculator.scenarios) s['baseline'] = true;
    sc(json, 1)['id'] = 'today'; // repeated
    delete sc(json, 1)['provenance'];
    sc(json, 1)['overridden'] = ['followUpRate', 'nonsense'];
    const result = readShareHash(link(json), { newId: () => 'fresh' });
    if (result.kind !== 'ok') throw new Error(JSON.stringify(result));
    const [first, second] = result.state.calculator?.scenarios ?? [];
    expect(first).toMatchObject({ id: 'today', baseline: true });
    expect(second).toMatchObject({ id: 'fresh', baseline: false, overridden: ['followUpRate'] });
    expect(Object.values(second?.provenance ?? {}).every((p) => p.kind === 'assumption')).toBe(true);
    expect(result.warnings).toHaveLength(2);
  });

  it('trims names and lower-case currency is refused (codes are upper case)', () => {
    const json = good();
    sc(json, 0)['name'] = '  Today  ';
    const result = readShareHash(link(json));
    expect(result.kind === 'ok' && result.state.calculator?.scenarios[0]?.name).toBe('Today');
    json.calculator.currency = 'usd';
    expect(errorOf(link(json))).toMatch(/currency "usd"/);
  });
});
