import { describe, expect, it } from 'vitest';
import { decodeShareState, encodeShareState } from '../../../../src/lib/share/hash';
import type { ReportFigures } from '../../../../src/lib/share/report-figures';
import {
  MAX_REPORT_JSON,
  decodeReportSection,
  encodeReportSection,
} from '../../../../src/lib/share/report-section';

const period = (from: string, to: string, leads: number) => ({
  from,
  to,
  toDate: false,
  leads,
  followedUp: Math.floor(leads / 2),
  followUpRate: Math.floor(leads / 2) / leads,
  withinSla: 3,
  slaCompliance: 0.75,
  neverFollowedUp: leads - Math.floor(leads / 2),
  wonLeads: 1,
  wonAmount: 1234.5,
  leadToWin: 1 / leads,
  medianResponseHours: 2.5,
  leakedRevenue: 617.25,
});

const REPORT: ReportFigures = {
  comparison: {
    granularity: 'month',
    current: period('2026-11-01', '2026-11-30', 40),
    previous: period('2026-10-01', '2026-10-31', 32),
  },
  reps: [
    { owner: 'Rep A', leads: 20, followUpRate: 0.5, previousLeads: 10, previousRate: 0.4 },
    { owner: 'Rep B', leads: 20, followUpRate: null, previousLeads: 0, previousRate: null },
  ],
  waiting: 20,
  waitingByOwner: [{ owner: 'Rep B', untouched: 12 }],
  waitingByAge: [
    { bucket: '0-2d', count: 1 },
    { bucket: '90d+', count: 4 },
  ],
};

const roundTrip = (raw: unknown) => decodeReportSection(JSON.parse(JSON.stringify(raw)));

describe('the report section of a link', () => {
  it('reads back what it writes, inside a whole link', () => {
    expect(roundTrip(encodeReportSection(REPORT))).toMatchObject({ ok: true, value: REPORT });
    const link = decodeShareState(encodeShareState({ view: 'report', report: REPORT }));
    expect(link.kind === 'ok' && link.state.report).toEqual(REPORT);
  });

  it('reads a link made before the periods had a median response and leaked revenue: not known', () => {
    const section = encodeReportSection(REPORT) as { comparison: { current: Record<string, unknown> } };
    const older = Object.fromEntries(
      Object.entries(section.comparison.current).filter(
        ([key]) => key !== 'medianResponseHours' && key !== 'leakedRevenue',
      ),
    );
    const result = roundTrip({ ...section, comparison: { ...section.comparison, current: older } });
    expect(result.ok && result.value.comparison.current).toEqual({
      ...REPORT.comparison.current,
      medianResponseHours: null,
      leakedRevenue: null,
    });
    const negative = { ...section.comparison.current, medianResponseHours: -1 };
    expect(roundTrip({ ...section, comparison: { ...section.comparison, current: negative } }).ok).toBe(
      false,
    );
  });

  it('refuses a real name where an alias belongs', () => {
    const named = { ...encodeReportSection(REPORT), reps: [{ ...REPORT.reps[0], owner: 'Alice Smith' }] };
    expect(roundTrip(named)).toEqual({ ok: false, error: 'report.reps[0].owner is not a rep alias' });
    const waiting = { ...encodeReportSection(REPORT), waitingByOwner: [{ owner: 'a@b.co', untouched: 1 }] };
    expect(roundTrip(waiting).ok).toBe(false);
  });

  it('refuses more than twelve owners, long JSON, a newer format and impossible figures', () => {
    const rep = REPORT.reps[0];
    const many = { ...encodeReportSection(REPORT), reps: Array.from({ length: 13 }, () => rep) };
    expect(roundTrip(many)).toEqual({ ok: false, error: 'report.reps has more than 12 items' });
    const long = { ...encodeReportSection(REPORT), pad: 'x'.repeat(MAX_REPORT_JSON) };
    expect(roundTrip(long).ok).toBe(false);
    expect(roundTrip({ ...encodeReportSection(REPORT), v: 2 })).toEqual({
      ok: false,
      error: 'it was written by a newer version of LeadGap (report format 2)',
    });
    const backwards = encodeReportSection({
      ...REPORT,
      comparison: { ...REPORT.comparison, current: period('2026-11-30', '2026-11-01', 40) },
    });
    expect(roundTrip(backwards)).toEqual({ ok: false, error: 'the current period ends before it starts' });
    const tooMany = encodeReportSection({
      ...REPORT,
      comparison: {
        ...REPORT.comparison,
        previous: { ...period('2026-10-01', '2026-10-31', 32), wonLeads: 33 },
      },
    });
    expect(roundTrip(tooMany).ok).toBe(false);
    expect(roundTrip({ ...encodeReportSection(REPORT), waiting: -1 }).ok).toBe(false);
    expect(roundTrip({ ...encodeReportSection(REPORT), waitingByAge: [{ bucket: '1y', count: 1 }] }).ok).toBe(
      false,
    );
  });

  it('reads only its own keys', () => {
    const raw = JSON.parse(
      `{"__proto__": {"polluted": 1}, ${JSON.stringify(encodeReportSection(REPORT)).slice(1)}`,
    );
    const result = decodeReportSection(raw);
    expect(result.ok && Object.keys(result.value)).toEqual([
      'comparison',
      'reps',
      'waiting',
      'waitingByOwner',
      'waitingByAge',
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
