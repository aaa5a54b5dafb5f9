import { useState, type FormEvent } from 'react';
import type { CalculatorPeriod, ScenarioComparison } from '../../lib/calculator';
import { MAX_SCENARIOS } from '../../store';
import { money, signedMoney } from './calc-format';
import { gapWord } from './words';
import { shownOutputs } from '../../lib/calculator';

export interface ScenarioActions {
  select: (id: string) => void;
  add: () => void;
  duplicate: (id: string) => void;
  rename: (id: string, name: string) => void;
  remove: (id: string) => void;
  makeBaseline: (id: string) => void;
}

interface Props {
  comparisons: readonly ScenarioComparison[];
  selectedId: string;
  currency: string;
  period: CalculatorPeriod;
  actions: ScenarioActions;
}

/** The scenarios side by side: each one's GAP and its change against the baseline, and what to do with it. */
export function ScenarioCards({ comparisons, selectedId, currency, actions }: Props) {
  const full = comparisons.length >= MAX_SCENARIOS;
  return (
    <section className="calc-scenarios" aria-labelledby="calc-scenarios-title">
      <div className="calc-section-head">
        <h3 id="calc-scenarios-title">Scenarios</h3>
        <button
          type="button"
          onClick={actions.add}
          disabled={full}
          title={full ? `At most ${MAX_SCENARIOS} scenarios` : undefined}
        >
          Add scenario
        </button>
      </div>
      <ul className="calc-scenario-list">
        {comparisons.map((comparison) => (
          <ScenarioCard
            key={comparison.scenario.id}
            comparison={comparison}
            selected={comparison.scenario.id === selectedId}
            canRemove={comparisons.length > 1}
            canDuplicate={!full}
            currency={currency}
            actions={actions}
          />
        ))}
      </ul>
    </section>
  );
}

function ScenarioCard({
  comparison,
  selected,
  canRemove,
  canDuplicate,
  currency,
  actions,
}: {
  comparison: ScenarioComparison;
  selected: boolean;
  canRemove: boolean;
  canDuplicate: boolean;
  currency: string;
  actions: ScenarioActions;
}) {
  const { scenario, outputs, gapDelta } = comparison;
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm-delete'>('view');
  const [name, setName] = useState(scenario.name);
  const gap = shownOutputs(outputs, scenario.provenance).gap;

  const submitRename = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() !== '') actions.rename(scenario.id, name);
    setMode('view');
  };

  return (
    <li
      className={`calc-scenario${selected ? ' selected' : ''}${scenario.baseline ? ' baseline' : ''}`}
      data-testid="scenario"
      data-name={scenario.name}
      data-gap={gap ?? undefined}
      data-gap-change={gapDelta}
    >
      {mode === 'rename' ? (
        <form className="calc-rename" onSubmit={submitRename}>
          <label className="visually-hidden" htmlFor={`rename-${scenario.id}`}>
            New name for {scenario.name}
          </label>
          <input
            id={`rename-${scenario.id}`}
            type="text"
            value={name}
            maxLength={80}
            autoFocus
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                setName(scenario.name);
                setMode('view');
              }
            }}
          />
          <div className="row-actions">
            <button type="submit" className="small primary" disabled={name.trim() === ''}>
              Save
            </button>
            <button
              type="button"
              className="small"
              onClick={() => {
                setName(scenario.name);
                setMode('view');
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <button
          type="button"
          className="calc-scenario-name"
          aria-pressed={selected}
          onClick={() => actions.select(scenario.id)}
          title={selected ? 'The inputs and charts below show this scenario' : 'Show this scenario below'}
        >
          {scenario.name}
        </button>
      )}
      <p className="calc-scenario-tag small">
        {scenario.baseline ? <span className="badge">Baseline</span> : null}
        {selected ? <span className="badge selected">Shown below</span> : null}
      </p>
      {gap === null ? (
        <p className="calc-scenario-delta small muted">GAP: enter your goal</p>
      ) : (
        <p className={`calc-scenario-gap num${gap > 0 ? ' gap-text' : ''}`}>
          <span className="small muted">{gapWord(gap)}</span> {money(Math.abs(gap), currency)}
        </p>
      )}
      <p className="calc-scenario-delta small num">
        {scenario.baseline ? (
          <span className="muted">The baseline</span>
        ) : Math.round(gapDelta) === 0 ? (
          <span className="muted">Same GAP as the baseline</span>
        ) : (
          <>
            <strong>{signedMoney(gapDelta, currency)}</strong>{' '}
            <span className="muted">
              {gapDelta < 0 ? 'GAP vs baseline (smaller)' : 'GAP vs baseline (larger)'}
            </span>
          </>
        )}
      </p>
      {mode === 'confirm-delete' ? (
        <div className="calc-confirm" role="group" aria-label={`Delete ${scenario.name}?`}>
          <span className="small">Delete “{scenario.name}”?</span>
          <button type="button" className="small danger" onClick={() => actions.remove(scenario.id)}>
            Delete
          </button>
          <button type="button" className="small" onClick={() => setMode('view')}>
            Keep
          </button>
        </div>
      ) : (
        mode === 'view' && (
          <div className="calc-scenario-actions" role="group" aria-label={`${scenario.name}: actions`}>
            <button
              type="button"
              className="link small"
              onClick={() => actions.duplicate(scenario.id)}
              disabled={!canDuplicate}
              aria-label={`Duplicate ${scenario.name}`}
            >
              Duplicate
            </button>
            <button
              type="button"
              className="link small"
              onClick={() => {
                setName(scenario.name);
                setMode('rename');
              }}
              aria-label={`Rename ${scenario.name}`}
            >
              Rename
            </button>
            {!scenario.baseline && (
              <button
                type="button"
                className="link small"
                onClick={() => actions.makeBaseline(scenario.id)}
                aria-label={`Make ${scenario.name} the baseline`}
              >
                Make baseline
              </button>
            )}
            <button
              type="button"
              className="link small danger"
              onClick={() => setMode('confirm-delete')}
              disabled={!canRemove}
              aria-label={`Delete ${scenario.name}`}
            >
              Delete
            </button>
          </div>
        )
      )}
    </li>
  );
}
