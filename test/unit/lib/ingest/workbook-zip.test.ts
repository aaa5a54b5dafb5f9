import { describe, expect, it } from 'vitest';
import { zipIntact } from '../../../../src/lib/ingest/workbook-zip';
import { leadsWorkbook, truncatedWorkbook } from '../../../fixtures/make/workbooks.mjs';

describe('zipIntact', () => {
  it('passes a workbook as Excel writes it, and text that is not a zip', () => {
    expect(zipIntact(new Uint8Array(leadsWorkbook({ rows: 30 }).bytes))).toBe(true);
    expect(zipIntact(new TextEncoder().encode('a,b\n1,2\n'))).toBe(true);
  });

  it('refuses a workbook cut short or with a damaged part (the reader looped forever on this one)', () => {
    expect(zipIntact(new Uint8Array(truncatedWorkbook().bytes))).toBe(false);
    const whole = new Uint8Array(leadsWorkbook({ rows: 30 }).bytes);
    // The fuzz suite's case: 512 bytes zeroed at 10205 (test/fuzz/regressions).
    const damaged = whole.slice();
    damaged.fill(0, 10205, 10205 + 512);
    expect(zipIntact(damaged)).toBe(false);
    // The long run's case: 64 bytes XOR 0x5a at 10865; the parts still inflate, to other bytes.
    const flipped = whole.slice();
    for (let i = 10865; i < 10865 + 64; i++) flipped[i] = (flipped[i] ?? 0) ^ 0x5a;
    expect(zipIntact(flipped)).toBe(false);
  });
});
