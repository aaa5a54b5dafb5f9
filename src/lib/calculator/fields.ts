import type { CalculatorField } from './types';

/** The inputs in the order the calculator shows them. */
export const CALCULATOR_FIELDS = [
  'revenueGoal',
  'priorRevenue',
  'retentionRate',
  'inboundLeads',
  'followUpRate',
  'leadToSqlRate',
  'sqlCloseRate',
  'averageDeal',
  'nurturedShare',
  'nurtureToSqlRate',
] as const satisfies readonly CalculatorField[];

export type FieldKind = 'money' | 'count' | 'rate';

export const FIELD_KINDS: Readonly<Record<CalculatorField, FieldKind>> = {
  revenueGoal: 'money',
  priorRevenue: 'money',
  retentionRate: 'rate',
  inboundLeads: 'count',
  followUpRate: 'rate',
  leadToSqlRate: 'rate',
  sqlCloseRate: 'rate',
  averageDeal: 'money',
  nurturedShare: 'rate',
  nurtureToSqlRate: 'rate',
};

export const FIELD_LABELS: Readonly<Record<CalculatorField, string>> = {
  revenueGoal: 'Revenue goal',
  priorRevenue: 'Prior-period revenue',
  retentionRate: 'Retention rate',
  inboundLeads: 'Inbound leads',
  followUpRate: 'Follow-up rate',
  leadToSqlRate: 'Lead-to-SQL rate',
  sqlCloseRate: 'SQL close rate',
  averageDeal: 'Average deal size',
  nurturedShare: 'Nurtured share',
  nurtureToSqlRate: 'Nurture-to-SQL rate',
};
