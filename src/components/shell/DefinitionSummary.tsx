import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useAppStore } from '../../store';
import { DefinitionPanel } from './DefinitionPanel';
import { clockWords } from './working-hours-draft';

const list = (statuses: string[]) => statuses.map((s) => (s === '' ? 'blank' : s)).join(', ');

/** The lead definition at a glance; every figure follows it, and it is edited in one place. */
export function DefinitionSummary() {
  const definition = useAppStore((s) => s.definition);
  const [open, setOpen] = useState(false);
  return (
    <section className="at-a-glance" aria-label="Lead definition">
      <h2>Lead definition</h2>
      <dl>
        <dt>SLA</dt>
        <dd>{definition.slaHours} h to first follow-up</dd>
        <dt>As of</dt>
        <dd>{definition.asOf ?? 'latest date in the data'}</dd>
        <dt>Untouched</dt>
        <dd>{list(definition.untouchedStatuses)}</dd>
        <dt>Qualified</dt>
        <dd>{list(definition.qualifiedStatuses)}</dd>
        <dt>Times in</dt>
        <dd data-testid="definition-zone">{clockWords(definition).zone}</dd>
        <dt>Working hours</dt>
        <dd data-testid="definition-hours">{clockWords(definition).hours}</dd>
      </dl>
      <button type="button" className="link" onClick={() => setOpen(true)} data-testid="edit-definition">
        Edit the lead definition
      </button>
      {open && createPortal(<DefinitionPanel onClose={() => setOpen(false)} />, document.body)}
    </section>
  );
}
