import { useShallow } from 'zustand/react/shallow';
import { VIEWS } from '../../lib/views';
import { useAppStore } from '../../store';
import { focusSoon, VIEW_HEADING_ID } from '../common/focus-moves';
import { formatCount } from '../common/format';
import { DefinitionSummary } from './DefinitionSummary';
import { useRestoringFiles } from './RestoringFiles';

export function Rail() {
  const { view, setView, uploads } = useAppStore(
    useShallow((s) => ({ view: s.view, setView: s.setView, uploads: s.uploads })),
  );
  // After a reload, the saved files not read back yet are listed too, as loading.
  const loading = useRestoringFiles().filter((f) => f.state !== 'back');
  return (
    <aside className="rail" aria-label="LeadGap">
      <div className="brand">
        Lead<span className="gap">Gap</span>
      </div>
      <nav aria-label="Views">
        <ul>
          {VIEWS.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                aria-current={view === item.id ? 'page' : undefined}
                onClick={() => {
                  setView(item.id);
                  focusSoon(VIEW_HEADING_ID);
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <section className="at-a-glance" aria-label="Loaded files">
        <h2>Loaded files</h2>
        {uploads.length === 0 && loading.length === 0 ? (
          <p className="muted small">None yet.</p>
        ) : (
          <dl>
            {uploads.map((u) => (
              <div key={u.prepared.uploadId} style={{ display: 'contents' }}>
                <dt>{u.report.kind === 'leads' ? 'Leads' : 'Deals'}</dt>
                <dd>
                  {u.report.fileName}{' '}
                  <span className="muted num">({formatCount(u.report.rowsLoaded)} rows)</span>
                </dd>
              </div>
            ))}
            {loading.map((f) => (
              <div key={f.uploadId} style={{ display: 'contents' }} data-testid="rail-loading-file">
                <dt>{f.kind === 'leads' ? 'Leads' : 'Deals'}</dt>
                <dd>
                  {f.fileName} <span className="muted">(loading…)</span>
                </dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      <DefinitionSummary />
    </aside>
  );
}
