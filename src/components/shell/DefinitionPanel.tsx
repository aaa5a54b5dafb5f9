import { useEffect, useRef, useState, type FormEvent } from 'react';
import { browserTimeZone } from '../../lib/time/zone';
import { useAppStore } from '../../store';
import { WorkingHoursFields } from './WorkingHoursFields';
import { draftOf, settingsOf } from './working-hours-draft';

const toText = (statuses: string[]) => statuses.map((s) => (s === '' ? '(blank)' : s)).join('\n');
/** One status a line; "(blank)" stands for an empty status. */
const fromText = (text: string) => [
  ...new Set(
    text
      .split('\n')
      .map((s) => s.trim())
      .filter((s) => s !== '')
      .map((s) => (s === '(blank)' ? '' : s)),
  ),
];

/**
 * Marketing and sales agreeing on what a lead is, in one place: SLA hours, as-of date, which
 * statuses count as untouched and as qualified, the export's time zone and the working hours. A modal dialog (Esc closes, focus stays inside).
 */
export function DefinitionPanel({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const definition = useAppStore((s) => s.definition);
  const setDefinition = useAppStore((s) => s.setDefinition);
  const resetDefinition = useAppStore((s) => s.resetDefinition);
  const [sla, setSla] = useState(String(definition.slaHours));
  const [asOf, setAsOf] = useState(definition.asOf ?? '');
  const [untouched, setUntouched] = useState(toText(definition.untouchedStatuses));
  const [qualified, setQualified] = useState(toText(definition.qualifiedStatuses));
  const [clock, setClock] = useState(() => draftOf(definition));
  const browserZone = browserTimeZone();
  const clockSettings = settingsOf(clock, browserZone);
  const slaHours = Number(sla);
  const slaValid = Number.isFinite(slaHours) && slaHours > 0 && slaHours <= 24 * 365;

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!slaValid || !clockSettings.ok) return;
    setDefinition({
      ...clockSettings.value,
      slaHours,
      asOf: asOf === '' ? null : asOf,
      untouchedStatuses: fromText(untouched),
      qualifiedStatuses: fromText(qualified),
    });
    onClose();
  };

  return (
    <dialog ref={dialog} className="definition-dialog" onClose={onClose} aria-labelledby="definition-title">
      <form onSubmit={save}>
        <h2 id="definition-title">What counts as a lead, worked and qualified</h2>
        <p className="muted small">Every figure on every view follows these settings.</p>
        <label htmlFor="def-sla">Follow-up SLA (hours)</label>
        <input
          id="def-sla"
          type="number"
          min={1}
          step={1}
          value={sla}
          onChange={(e) => setSla(e.target.value)}
          aria-invalid={!slaValid}
          aria-describedby="def-sla-help"
        />
        <p id="def-sla-help" className={`small ${slaValid ? 'muted' : 'gap-text'}`}>
          {slaValid
            ? 'A lead is within SLA if first followed up within this many hours (practitioners use 48).'
            : 'Enter a number of hours above 0.'}
        </p>
        <label htmlFor="def-asof">As-of date</label>
        <input id="def-asof" type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
        <p className="small muted">
          Leave empty to use the latest date in your data. Ages are measured to this day.
        </p>
        <label htmlFor="def-untouched">Statuses that mean “not worked yet” (one per line)</label>
        <textarea
          id="def-untouched"
          rows={6}
          value={untouched}
          onChange={(e) => setUntouched(e.target.value)}
        />
        <label htmlFor="def-qualified">Statuses that mean “sales-qualified” (one per line)</label>
        <textarea
          id="def-qualified"
          rows={6}
          value={qualified}
          onChange={(e) => setQualified(e.target.value)}
        />
        <WorkingHoursFields
          draft={clock}
          onChange={setClock}
          browserZone={browserZone}
          error={clockSettings.ok ? null : clockSettings.error}
        />
        <div className="row-actions" style={{ marginTop: '1rem' }}>
          <button
            type="submit"
            className="primary"
            disabled={!slaValid || !clockSettings.ok}
            data-testid="save-definition"
          >
            Apply
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="link"
            onClick={() => {
              resetDefinition();
              onClose();
            }}
          >
            Back to the defaults
          </button>
        </div>
      </form>
    </dialog>
  );
}
