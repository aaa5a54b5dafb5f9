/**
 * The lead follow-up report's figures (the Report view, its snapshot and its link) from the metrics'
 * results, one rule for all three: the reps ranked by follow-up this period (the owners the filters
 * chose), and what waits for a first follow-up by owner and by age. Pure.
 */
import type { AgeBucket, Comparison, OwnerRow, SegmentChange } from '../metrics';
import { repAlias } from './snapshot-privacy';

export interface ReportRep {
  owner: string;
  leads: number;
  followUpRate: number | null;
  previousLeads: number;
  previousRate: number | null;
}

export interface ReportWaiting {
  owner: string;
  untouched: number;
}

export interface ReportFigures {
  comparison: Comparison;
  reps: ReportRep[];
  /** Leads never followed up (the view's filters; null: follow-up unknown). */
  waiting: number | null;
  waitingByOwner: ReportWaiting[];
  waitingByAge: { bucket: AgeBucket; count: number }[] | null;
}

/** Reps with leads this period, best follow-up first (unknown last), then by name. */
export function rankReps(rows: readonly SegmentChange[] | null, chosen?: readonly string[]): ReportRep[] {
  return [...(rows ?? [])]
    .filter((row) => row.current.leads > 0 && (!chosen?.length || chosen.includes(row.value)))
    .sort(
      (a, b) =>
        (b.current.followUpRate ?? -1) - (a.current.followUpRate ?? -1) || a.value.localeCompare(b.value),
    )
    .map((row) => ({
      owner: row.value,
      leads: row.current.leads,
      followUpRate: row.current.followUpRate,
      previousLeads: row.previous.leads,
      previousRate: row.previous.followUpRate,
    }));
}

/** Owners with leads never followed up, most first. */
export function waitingByOwner(rows: readonly OwnerRow[] | null): ReportWaiting[] {
  return (rows ?? [])
    .flatMap((row) =>
      row.followedUp === null || row.leads - row.followedUp <= 0
        ? []
        : [{ owner: row.owner, untouched: row.leads - row.followedUp }],
    )
    .sort((a, b) => b.untouched - a.untouched || a.owner.localeCompare(b.owner));
}

/**
 * The report for a link: owner names become "Rep A", "Rep B"… (by leads this period, then by those
 * waiting), the same alias in both lists; at most `max` owners in each list, so the link stays short.
 */
export function pseudonymisedReport(report: ReportFigures, max: number): ReportFigures {
  const order = [
    ...[...report.reps]
      .sort((a, b) => b.leads - a.leads || a.owner.localeCompare(b.owner))
      .map((r) => r.owner),
    ...report.waitingByOwner.map((w) => w.owner),
  ];
  const aliases = new Map<string, string>();
  for (const owner of order) if (!aliases.has(owner)) aliases.set(owner, repAlias(aliases.size));
  const alias = (owner: string) => aliases.get(owner) ?? owner;
  return {
    ...report,
    reps: report.reps.slice(0, max).map((r) => ({ ...r, owner: alias(r.owner) })),
    waitingByOwner: report.waitingByOwner.slice(0, max).map((w) => ({ ...w, owner: alias(w.owner) })),
  };
}
