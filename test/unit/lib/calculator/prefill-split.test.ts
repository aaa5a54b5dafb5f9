import { describe, expect, it } from 'vitest';
import { splitRates } from '../../../../src/lib/calculator/prefill-split';

describe('splitRates: the rates multiply back to the data (issue 13)', () => {
  it('with every stage: 1,000 leads, 600 followed, 150 qualified, 30 won', () => {
    // follow-up 600/1,000 = 60%; lead→SQL 150/600 = 25%; SQL close 30/150 = 20%; 60% × 25% × 20% = 3%
    const r = splitRates({ leads: 1000, followed: 600, qualified: 150, won: 30 });
    expect(r.followUpRate).toBe(0.6);
    expect(r.leadToSqlRate).toBe(0.25);
    expect(r.sqlCloseRate).toBe(0.2);
    expect((r.followUpRate ?? 0) * (r.leadToSqlRate ?? 0) * (r.sqlCloseRate ?? 0)).toBeCloseTo(30 / 1000, 15);
    expect(r.notes).toEqual([]);
    expect(r.sources.sqlCloseRate).toEqual({ kind: 'data' });
  });

  it('without a qualified stage: SQL close at the benchmark 20%, lead→SQL the rest', () => {
    // won / followed = 30 / 600 = 5% = lead→SQL × close; close 20% (McDade) → lead→SQL 25%
    const r = splitRates({ leads: 1000, followed: 600, qualified: null, won: 30 });
    expect(r.followUpRate).toBe(0.6);
    expect(r.sqlCloseRate).toBe(0.2);
    expect(r.leadToSqlRate).toBeCloseTo(0.25, 15);
    expect((r.followUpRate ?? 0) * (r.leadToSqlRate ?? 0) * (r.sqlCloseRate ?? 0)).toBeCloseTo(0.03, 15);
    expect(r.sources.sqlCloseRate.kind).toBe('benchmark');
    expect(r.notes.join(' ')).toMatch(/no qualified stage/);
  });

  it('without a qualified stage and a high lead-to-win: lead→SQL 100%, close takes the product', () => {
    // won / followed = 300 / 600 = 50% > 20%: lead→SQL 100%, close 50%
    const r = splitRates({ leads: 1000, followed: 600, qualified: null, won: 300 });
    expect(r.leadToSqlRate).toBe(1);
    expect(r.sqlCloseRate).toBe(0.5);
  });

  it('without follow-up (Olist-like): follow-up assumed 50%, the product still equals lead-to-win', () => {
    // lead-to-win 842 / 8,000 = 10.525%; ÷ 50% = 21.05% = lead→SQL × close; close 21.05% > 20% → lead→SQL 100%
    const r = splitRates({ leads: 8000, followed: null, qualified: null, won: 842 });
    expect(r.followUpRate).toBe(0.5);
    expect(r.sources.followUpRate.kind).toBe('benchmark');
    expect(r.leadToSqlRate).toBe(1);
    expect(r.sqlCloseRate).toBeCloseTo(0.2105, 15);
    expect((r.followUpRate ?? 0) * (r.leadToSqlRate ?? 0) * (r.sqlCloseRate ?? 0)).toBeCloseTo(
      842 / 8000,
      15,
    );
    expect(r.notes.join(' ')).toMatch(/Follow-up is not in your data/);
  });

  it('without follow-up, with a qualified stage: lead→SQL = qualified share ÷ assumed follow-up', () => {
    // 1,000 leads, 200 qualified, 40 won; follow-up 50% → lead→SQL 20% / 50% = 40%; close 4% / 50% / 40% = 20%
    const r = splitRates({ leads: 1000, followed: null, qualified: 200, won: 40 });
    expect(r.leadToSqlRate).toBeCloseTo(0.4, 15);
    expect(r.sqlCloseRate).toBeCloseTo(0.2, 15);
  });

  it('with no deal linked: SQL close unknown (null, not 0); lead→SQL still from the data', () => {
    const r = splitRates({ leads: 1000, followed: 600, qualified: 150, won: null });
    expect(r.followUpRate).toBe(0.6);
    expect(r.leadToSqlRate).toBe(0.25);
    expect(r.sqlCloseRate).toBeNull();
    expect(r.notes.join(' ')).toMatch(/Won leads are not in your data/);
  });

  it('with no leads: nothing', () => {
    const r = splitRates({ leads: 0, followed: 0, qualified: 0, won: 0 });
    expect([r.followUpRate, r.leadToSqlRate, r.sqlCloseRate]).toEqual([null, null, null]);
  });
});
