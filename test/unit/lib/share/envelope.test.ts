// Format 3's check (envelope.ts): a link changed or cut anywhere opens nothing different.
import { deflateSync, inflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { defaultProvenance } from '../../../../src/lib/calculator/benchmarks';
import { DEFAULT_DEFINITION } from '../../../../src/lib/metrics/context';
import { encodeBase64UrlBytes } from '../../../../src/lib/share/base64url';
import { decodeShareState, encodeShareState, type ShareState } from '../../../../src/lib/share/hash';
import { CASE_A } from '../calculator/fixtures';

const state = (): ShareState => ({
  view: 'funnel',
  filters: { dimensions: { source: ['Paid Search'] } },
  definition: { ...DEFAULT_DEFINITION, slaHours: 24 },
  calculator: {
    currency: 'USD',
    period: 'year',
    scenarios: [0, 1].map((i) => ({
      id: `s${i}`,
      name: i === 0 ? 'Today' : 'Scenario 2',
      baseline: i === 0,
      inputs: { ...CASE_A, followUpRate: i === 0 ? CASE_A.followUpRate : 1 },
      provenance: defaultProvenance(),
      overridden: i === 0 ? [] : ['followUpRate'],
    })),
  },
});

/** The same state as format 2 wrote it: version byte 2, then the JSON's raw DEFLATE, no check. */
const formatTwo = (value: ShareState) => {
  const json = inflateSync(Buffer.from(encodeShareState(value), 'base64url').subarray(5));
  return encodeBase64UrlBytes(Uint8Array.of(2, ...deflateSync(json, { level: 9 })));
};

describe('the share envelope, format 3', () => {
  it('refuses every one-character change that would open a different view', () => {
    const valid = encodeShareState(state());
    const expected = decodeShareState(valid);
    expect(expected).toMatchObject({ kind: 'ok', state: state() });
    let refused = 0;
    for (let i = 0; i < valid.length; i++) {
      for (const c of ['A', 'B', '9', '_']) {
        if (valid[i] === c) continue;
        const changed = decodeShareState(valid.slice(0, i) + c + valid.slice(i + 1));
        // A change only in the last character's unused bits decodes to the same bytes.
        if (changed.kind === 'ok') expect(changed).toEqual(expected);
        else refused += 1;
      }
    }
    // Without the check, ~3% of these changes inflate to valid JSON of another view.
    expect(refused).toBeGreaterThan(valid.length * 3 - 8);
  });

  it('refuses a link cut short anywhere', () => {
    const valid = encodeShareState(state());
    for (let end = 1; end < valid.length - 1; end++) {
      expect(decodeShareState(valid.slice(0, end)).kind).toBe('error');
    }
  });

  it('still reads format 2 links, made before the check', () => {
    expect(decodeShareState(formatTwo(state()))).toMatchObject({ kind: 'ok', state: state() });
  });
});
