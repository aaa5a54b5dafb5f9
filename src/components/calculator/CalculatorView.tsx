import { useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { compareToBaseline, missingInputs, type CalculatorField } from '../../lib/calculator';
import { ViewRoot } from '../views/ViewRoot';
import { RuleOf45 } from './RuleOf45';
import { installHashSync, useAppStore, useCalculatorPrefill, useCurrencyMix, useMetric } from '../../store';
import { CalculatorScope } from './CalculatorScope';
import { CalculatorToolbar } from './CalculatorToolbar';
import { GapHeadline } from './GapHeadline';
import { GapWaterfall } from './GapWaterfall';
import { InputsPanel } from './InputsPanel';
import { LeverChart } from './LeverChart';
import { ScenarioCards, type ScenarioActions } from './ScenarioCards';
import { ScenarioTable } from './ScenarioTable';

const EMPTY: readonly CalculatorField[] = [];

/**
 * The GAP calculator: Revenue − Inbound − Nurturing = The GAP (DESIGN.md). Works with no data
 * (benchmarks and assumptions); with data, the baseline is prefilled from it. Scenarios persist
 * and live in the URL hash.
 */
export function CalculatorView() {
  const calculator = useAppStore((s) => s.calculator);
  const shareProblem = useAppStore((s) => s.shareProblem);
  const hasData = useAppStore((s) => s.uploads.length > 0);
  const a = useAppStore(
    useShallow((s) => ({
      setInput: s.setCalculatorInput,
      resetInput: s.resetCalculatorInput,
      applyPrefill: s.applyCalculatorPrefill,
      add: s.addCalculatorScenario,
      duplicate: s.duplicateCalculatorScenario,
      rename: s.renameCalculatorScenario,
      remove: s.removeCalculatorScenario,
      makeBaseline: s.setCalculatorBaseline,
      select: s.selectCalculatorScenario,
      setCurrency: s.setCalculatorCurrency,
      setPeriod: s.setCalculatorPeriod,
      startOver: s.resetCalculator,
      setShareProblem: s.setShareProblem,
      setView: s.setView,
    })),
  );
  const prefill = useCalculatorPrefill();
  const revenue = useMetric('revenue');
  const mix = useCurrencyMix();
  const { applyPrefill } = a;

  useEffect(() => {
    installHashSync();
  }, []);
  // Data figures go into the baseline as they arrive, leaving inputs the user changed alone.
  useEffect(() => {
    if (prefill.data) applyPrefill(prefill.data);
  }, [prefill.data, applyPrefill]);

  const comparisons = useMemo(() => compareToBaseline(calculator.scenarios), [calculator.scenarios]);
  const selected = comparisons.find((c) => c.scenario.id === calculator.selectedId) ?? comparisons[0];
  const actions: ScenarioActions = useMemo(
    () => ({
      select: a.select,
      add: a.add,
      duplicate: a.duplicate,
      rename: a.rename,
      remove: a.remove,
      makeBaseline: a.makeBaseline,
    }),
    [a.select, a.add, a.duplicate, a.rename, a.remove, a.makeBaseline],
  );
  if (!selected) return null;
  const { scenario, outputs } = selected;

  return (
    <ViewRoot name="calculator" loading={prefill.loading}>
      <div className="calculator" data-testid="calculator">
        {shareProblem && (
          <div className="card problem calc-share-problem" role="alert">
            <p>{shareProblem}</p>
            <button type="button" className="small" onClick={() => a.setShareProblem(null)}>
              Dismiss
            </button>
          </div>
        )}
        <CalculatorToolbar
          currency={calculator.currency}
          period={calculator.period}
          prefill={prefill}
          hasData={hasData}
          onCurrency={a.setCurrency}
          onPeriod={a.setPeriod}
          onUseData={() => prefill.data && a.applyPrefill(prefill.data, { force: true })}
          onGoToData={() => a.setView('data')}
          onStartOver={a.startOver}
        />
        <CalculatorScope />
        <GapHeadline
          comparison={selected}
          currency={calculator.currency}
          period={calculator.period}
          leak={
            prefill.data
              ? {
                  // Deals in several currencies: no leaked revenue summed across them (lib/metrics/currencies.ts).
                  leakedRevenue: mix?.mixed ? null : (revenue.data?.leakedRevenue ?? null),
                  prefill: prefill.data,
                }
              : undefined
          }
        />
        <ScenarioCards
          comparisons={comparisons}
          selectedId={scenario.id}
          currency={calculator.currency}
          period={calculator.period}
          actions={actions}
        />
        <div className="calc-workspace">
          <InputsPanel
            scenario={scenario}
            scenarios={calculator.scenarios}
            overridden={calculator.overridden[scenario.id] ?? EMPTY}
            currency={calculator.currency}
            period={calculator.period}
            dataBasis={calculator.dataBasis}
            prefill={prefill.data}
            onSelect={a.select}
            onChange={(field, value) => a.setInput(scenario.id, field, value)}
            onReset={(field) => a.resetInput(scenario.id, field, prefill.data)}
          />
          <div className="calc-charts">
            {missingInputs(scenario.provenance).length === 0 && (
              <GapWaterfall
                outputs={outputs}
                revenueGoal={scenario.inputs.revenueGoal}
                currency={calculator.currency}
                period={calculator.period}
                scenarioName={scenario.name}
              />
            )}
            {/* Both price leads with the average deal: without it they would draw $0 bars. */}
            {scenario.provenance.averageDeal.kind !== 'empty' && (
              <>
                <LeverChart inputs={scenario.inputs} currency={calculator.currency} />
                <RuleOf45 inputs={scenario.inputs} currency={calculator.currency} />
              </>
            )}
          </div>
        </div>
        <ScenarioTable comparisons={comparisons} currency={calculator.currency} />
      </div>
    </ViewRoot>
  );
}
