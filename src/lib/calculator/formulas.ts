import { assertFinite, divideOrNull } from './finite';
import type { CalculatorInputs, CalculatorOutputs } from './types';

/**
 * Revenue − Inbound − Nurturing = The GAP, exactly as DESIGN.md states it.
 * Throws a RangeError if an input or a result is not finite; validated inputs never do.
 */
export function computeGap(inputs: CalculatorInputs): CalculatorOutputs {
  assertFinite({ ...inputs }, 'computeGap');
  const {
    revenueGoal,
    priorRevenue,
    retentionRate,
    inboundLeads,
    followUpRate,
    leadToSqlRate,
    sqlCloseRate,
    averageDeal,
    nurturedShare,
    nurtureToSqlRate,
  } = inputs;

  const retained = priorRevenue * retentionRate;
  const newRevenueNeeded = revenueGoal - retained;
  const revenuePerSql = sqlCloseRate * averageDeal;
  const followedUp = inboundLeads * followUpRate;
  const inboundRevenue = followedUp * leadToSqlRate * revenuePerSql;
  const nurtureRevenue = followedUp * (1 - leadToSqlRate) * nurturedShare * nurtureToSqlRate * revenuePerSql;
  const gap = newRevenueNeeded - inboundRevenue - nurtureRevenue;
  const revenueLostToNoFollowUp = inboundLeads * (1 - followUpRate) * leadToSqlRate * revenuePerSql;

  let sqlsNeeded: number | null = 0;
  let leadsNeeded: number | null = 0;
  if (gap > 0) {
    sqlsNeeded = divideOrNull(gap, revenuePerSql);
    leadsNeeded = sqlsNeeded === null ? null : divideOrNull(sqlsNeeded, followUpRate * leadToSqlRate);
  }

  const outputs: CalculatorOutputs = {
    retained,
    newRevenueNeeded,
    inboundRevenue,
    nurtureRevenue,
    gap,
    sqlsNeeded,
    leadsNeeded,
    revenueLostToNoFollowUp,
    leadsPerRevenue: divideOrNull(1, followUpRate * leadToSqlRate * revenuePerSql),
  };
  assertFinite(
    { retained, newRevenueNeeded, inboundRevenue, nurtureRevenue, gap, revenueLostToNoFollowUp },
    'computeGap result',
  );
  return outputs;
}
