/**
 * What registry.ts says of each metric: its builder, the fields it needs and the sentence shown when
 * they are missing, which figures need more, and whether a snapshot or the JSON carries it.
 */
import type { MetricContext } from './context';
import type { Knowledge } from './known';
import type { MetricQuery } from './query';

/** A figure of a metric's result that needs other fields than the metric as a whole. */
export interface FigureSpec {
  needs: (k: Knowledge) => boolean;
  missing: string;
}

export interface MetricSpec<P extends readonly unknown[], T, F extends string = never> {
  build: (ctx: MetricContext, ...params: P) => MetricQuery<T>;
  /** Whether the loaded files have what the metric needs (else its figures are null). */
  needs: (k: Knowledge) => boolean;
  /** Shown instead of the metric when `needs` is false. */
  missing: string;
  /**
   * Figures of the result (by field, or by funnel stage) that need other fields, with their own
   * sentence; a figure not listed needs what the metric needs.
   */
  figures?: Record<F, FigureSpec>;
  /**
   * The parameter sets a snapshot stores, for a dataset whose Sources view groups by `dimensions`;
   * absent: never in a snapshot (row-level lists).
   */
  snapshot?: (dimensions: readonly string[]) => P[];
  /** The key of the `leadgap-metrics.json` document that carries it (run with no parameter). */
  document?: 'funnel' | 'followUp' | 'revenue' | 'bySource' | 'byOwner' | 'speedToLead' | 'comparison';
}

export const spec = <P extends readonly unknown[], T, F extends string = never>(s: MetricSpec<P, T, F>) => s;
export const once = (): [][] => [[]];

export const LEADS = 'Needs a leads file.';
export const FOLLOW_UP = 'Needs a follow-up column (first touch, last activity, touches or status).';
export const FIRST_TOUCH = 'Needs a first-touch time (e.g. “First Call Date Time”).';
export const WON = 'Needs a deals file with an outcome (or a closed-won export).';
export const AMOUNTS = 'Needs a deals file with an outcome and deal amounts.';
export const FOLLOW_UP_CREATED =
  'Needs a created date and a follow-up column (first touch, last activity, touches or status).';
