import type { CalculatorInputs, InputProvenance } from './types';

/** A published figure with who published it, so the UI can say where a number came from. */
export interface Benchmark {
  value: number;
  source: string;
  claim: string;
}

export interface BenchmarkRange {
  low: number;
  high: number;
  source: string;
  claim: string;
}

// Only the figures DESIGN.md names; each value is a fraction.
export const SQL_CLOSE_BEST_IN_CLASS: Benchmark = {
  value: 0.3,
  source: 'McDade',
  claim: 'Best-in-class SQL close rate: 30%',
};

export const SQL_CLOSE_AVERAGE: Benchmark = {
  value: 0.2,
  source: 'McDade',
  claim: 'Average SQL close rate: 20%',
};

export const INQUIRIES_BUYING_12_MONTHS: Benchmark = {
  value: 0.45,
  source: 'Obermayer, "Rule of 45"',
  claim: 'About 45% of inquiries buy from someone within 12 months',
};

export const INQUIRIES_BUYING_6_MONTHS: Benchmark = {
  value: 0.26,
  source: 'Obermayer, "Rule of 45"',
  claim: 'About 26% of inquiries buy from someone within 6 months',
};

export const NURTURE_SHARE: BenchmarkRange = {
  low: 0.22,
  high: 0.32,
  source: 'PointClear',
  claim: '22–32% of lead dispositions go to nurturing',
};

/** "About half of marketing leads are never followed up", i.e. a follow-up rate of about 50%. */
export const FOLLOW_UP_TYPICAL: Benchmark = {
  value: 0.5,
  source: 'Bedwany',
  claim: 'About half of marketing leads are never followed up',
};

/** 75–90% never followed up in Obermayer's audits, i.e. a follow-up rate of 10–25%. */
export const FOLLOW_UP_AUDITED: BenchmarkRange = {
  low: 0.1,
  high: 0.25,
  source: 'Obermayer',
  claim: "75–90% of inquiries were never followed up in Obermayer's audits",
};

const NURTURE_SHARE_MIDPOINT = (NURTURE_SHARE.low + NURTURE_SHARE.high) / 2;

/**
 * Starting inputs for a consultant with no data yet. Benchmarks where DESIGN.md names one
 * (SQL close, nurtured share, follow-up). Revenue goal, prior revenue, retention and nurture→SQL
 * have no source: they start empty (0 placeholders, provenance `empty`) and are asked for. Lead
 * volume, lead→SQL and average deal are round, illustrative assumptions the data or the user replaces. The inbound leads and average deal match Obermayer's
 * worked example so the Rule of 45 cross-check reads naturally next to the GAP.
 */
export function defaultInputs(): CalculatorInputs {
  return {
    revenueGoal: 0,
    priorRevenue: 0,
    retentionRate: 0,
    inboundLeads: 1_000,
    followUpRate: FOLLOW_UP_TYPICAL.value,
    leadToSqlRate: 0.1,
    sqlCloseRate: SQL_CLOSE_AVERAGE.value,
    averageDeal: 10_000,
    nurturedShare: NURTURE_SHARE_MIDPOINT,
    nurtureToSqlRate: 0,
  };
}

/** Where each of defaultInputs()'s values comes from. */
export function defaultProvenance(): InputProvenance {
  const assumption = { kind: 'assumption' } as const;
  const empty = { kind: 'empty' } as const;
  return {
    revenueGoal: empty,
    priorRevenue: empty,
    retentionRate: empty,
    inboundLeads: assumption,
    followUpRate: { kind: 'benchmark', source: FOLLOW_UP_TYPICAL.source },
    leadToSqlRate: assumption,
    sqlCloseRate: { kind: 'benchmark', source: `${SQL_CLOSE_AVERAGE.source} (average)` },
    averageDeal: assumption,
    nurturedShare: {
      kind: 'benchmark',
      source: `${NURTURE_SHARE.source} (midpoint of 22–32%)`,
    },
    nurtureToSqlRate: empty,
  };
}
