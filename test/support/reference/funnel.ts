/** The funnel family: stage counts and conversions, overall and segmented by source or owner. */
import type { Fact } from './facts';
import { BLANK } from './model';
import type { Reference } from './reference';
import { count, groupBy, rate } from './util';

export function counts(ref: Reference, facts: Fact[]) {
  const won = ref.hasLeads && ref.wonKnown ? count(facts, (f) => f.won) : null;
  return [
    ref.hasLeads ? facts.length : null,
    ref.followUpKnown ? count(facts, (f) => f.followedUp) : null,
    ref.qualifiedKnown ? count(facts, (f) => f.qualified) : null,
    ref.opportunityKnown ? count(facts, (f) => f.opportunity) : null,
    won,
  ];
}

export function stages(counts: (number | null)[]) {
  const names = ['leads', 'followed_up', 'qualified', 'opportunity', 'won'];
  const leads = counts[0] ?? null;
  return names.map((stage, i) => {
    const c = counts[i] ?? null;
    let previous: number | null = null;
    for (let j = i - 1; j >= 0 && previous === null; j--) previous = counts[j] ?? null;
    return {
      stage,
      count: c,
      fromPrevious: i === 0 || c === null ? null : rate(c, previous),
      fromLeads: c === null ? null : rate(c, leads),
    };
  });
}

export function funnel(ref: Reference) {
  return stages(counts(ref, ref.facts));
}

export function segmented(ref: Reference, by: 'source' | 'owner', top: number) {
  if (!ref.has(by)) return null;
  const groups = groupBy(ref.facts, (x) => x.lead[by] ?? BLANK);
  const rows = groups
    .slice(0, top)
    .map(([segment, g]) => ({ segment, other: false, stages: stages(counts(ref, g)) }));
  const rest = groups.slice(top).flatMap(([, g]) => g);
  if (rest.length > 0) rows.push({ segment: 'Other', other: true, stages: stages(counts(ref, rest)) });
  return rows;
}
