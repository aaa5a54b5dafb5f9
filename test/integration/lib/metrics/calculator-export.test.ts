/**
 * The exported calculator block carries the data-prefilled baseline whether or not the Calculator
 * view was opened (DESIGN.md test contract): load the sample, build the export document through the
 * function the "Export metrics (JSON)" button runs, with a calculator whose prefill was never applied,
 * and the baseline's inputs are the data's rates as the independent reference computes them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { MetricsEngine, type KnownFields } from '../../../../src/lib/metrics';
import type { Db } from '../../../../src/lib/db';
import { initialCalculator } from '../../../../src/store/calculator-state';
import { metricsExport } from '../../../../src/store/metrics-export';
import { sample } from '../../../support/files';
import { differences, loadDataset, referenceFamilies } from './compare';
import { sampleReference } from './datasets';

interface ExportedScenario {
  baseline: boolean;
  inputs: Record<string, number | null>;
  provenance: Record<string, { kind: string }>;
}

describe('the exported calculator block', () => {
  const data = sampleReference();
  let db: Db;
  let known: KnownFields;
  beforeAll(async () => {
    ({ db, known } = await loadDataset({ leads: sample('leads.csv'), deals: sample('deals.csv') }));
  });

  it('carries the data-prefilled baseline without the Calculator ever being opened', async () => {
    const untouched = initialCalculator();
    const doc = await metricsExport({
      engine: new MetricsEngine(db),
      state: { known },
      hasData: true,
      calculator: untouched,
      rejectedRows: { leads: 0, deals: 0 },
    });
    const { families } = referenceFamilies(data, {});
    const expected = families.prefill;
    const calculator = doc.calculator as { period: string; scenarios: ExportedScenario[] };
    expect(calculator.period).toBe('year');
    const baseline = calculator.scenarios.find((s) => s.baseline);
    if (!baseline) throw new Error('no baseline scenario');
    const fromData = {
      inboundLeads: expected.inboundLeads,
      followUpRate: families.followUp.rate,
      leadToSqlRate: expected.leadToSqlRate,
      sqlCloseRate: expected.sqlCloseRate,
      averageDeal: expected.averageDeal,
      nurturedShare: expected.nurturedShare,
    };
    for (const [field, value] of Object.entries(fromData))
      expect({ field, value }).not.toEqual({ field, value: null });
    const actual = Object.fromEntries(Object.keys(fromData).map((field) => [field, baseline.inputs[field]]));
    expect(differences(actual, fromData)).toEqual([]);
    // Not the 50% benchmark: the sample's follow-up rate, as the dashboard shows it.
    expect(baseline.inputs['followUpRate']).not.toBe(0.5);
    expect(baseline.inputs['followUpRate']).toBe(doc.followUp.rate);
    for (const field of Object.keys(fromData)) expect(baseline.provenance[field]?.kind).toBe('data');
    // The store's calculator itself was left as it was (the prefill is applied to the export only).
    expect(untouched.scenarios[0]?.inputs.followUpRate).not.toBe(baseline.inputs['followUpRate']);
  });

  it('keeps the benchmarks without data', async () => {
    const empty = await loadDataset({});
    const untouched = initialCalculator();
    const doc = await metricsExport({
      engine: new MetricsEngine(empty.db),
      state: { known: empty.known },
      hasData: false,
      calculator: untouched,
      rejectedRows: { leads: 0, deals: 0 },
    });
    const calculator = doc.calculator as { scenarios: ExportedScenario[] };
    expect(calculator.scenarios[0]?.inputs).toEqual(untouched.scenarios[0]?.inputs);
  });
});
