import { describe, expect, it } from 'vitest';
import type { OwnerRow, SegmentChange } from '../../../../src/lib/metrics';
import { pseudonymisedReport, rankReps, waitingByOwner } from '../../../../src/lib/share/report-figures';

const seg = (value: string, leads: number, rate: number | null, pLeads = 0, pRate: number | null = null) =>
  ({
    value,
    current: { leads, followedUp: rate === null ? null : rate * leads, followUpRate: rate },
    previous: { leads: pLeads, followedUp: null, followUpRate: pRate },
    followUpChange: null,
  }) satisfies SegmentChange;

const owner = (name: string, leads: number, followedUp: number | null) =>
  ({ owner: name, leads, followedUp }) as OwnerRow;

describe('the report figures', () => {
  it('ranks the reps with leads this period by follow-up, unknown last, ties by name', () => {
    const rows = [
      seg('Cy', 4, 0.5),
      seg('Al', 2, 0.5),
      seg('Bo', 3, 1),
      seg('Di', 0, null, 5, 0.2),
      seg('Ed', 1, null),
    ];
    expect(rankReps(rows).map((r) => r.owner)).toEqual(['Bo', 'Al', 'Cy', 'Ed']);
    expect(rankReps(rows, ['Cy', 'Ed']).map((r) => r.owner)).toEqual(['Cy', 'Ed']);
    expect(rankReps(null)).toEqual([]);
  });

  it('lists who has leads waiting, most first', () => {
    const rows = [owner('Al', 5, 5), owner('Bo', 5, 2), owner('Cy', 9, 5), owner('Di', 3, null)];
    expect(waitingByOwner(rows)).toEqual([
      { owner: 'Cy', untouched: 4 },
      { owner: 'Bo', untouched: 3 },
    ]);
  });

  it('gives each owner one alias in both lists, by leads this period, and keeps at most max', () => {
    const reps = rankReps([seg('Small', 1, 1), seg('Big', 9, 0.1), seg('Mid', 5, 0.5)]);
    const report = pseudonymisedReport(
      {
        comparison: null as never,
        reps,
        waiting: 7,
        waitingByOwner: [
          { owner: 'Gone', untouched: 4 },
          { owner: 'Big', untouched: 3 },
        ],
        waitingByAge: null,
      },
      2,
    );
    // By leads: Big → Rep A, Mid → Rep B, Small → Rep C; then Gone (waiting only) → Rep D.
    expect(report.reps.map((r) => r.owner)).toEqual(['Rep C', 'Rep B']);
    expect(report.waitingByOwner).toEqual([
      { owner: 'Rep D', untouched: 4 },
      { owner: 'Rep A', untouched: 3 },
    ]);
  });
});
