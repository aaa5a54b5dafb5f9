import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store';
import { formatCount } from '../common/format';

export function Rail() {
  const { view, setView, uploads } = useAppStore(
    useShallow((s) => ({ view: s.view, setView: s.setView, uploads: s.uploads })),
  );
  const files = uploads.map((u) => ({
    id: u.prepared.uploadId,
    name: u.report.fileName,
    kind: u.report.kind,
    rows: u.report.rowsLoaded,
  }));
  return (
    <aside className="rail" aria-label="LeadGap">
      <div className="brand">
        Lead<span className="gap">Gap</span>
      </div>
      <nav aria-label="Views">
        <ul>
          <li>
            <button
              type="button"
              aria-current={view === 'data' ? 'page' : undefined}
              onClick={() => setView('data')}
            >
              Data
            </button>
          </li>
        </ul>
      </nav>
      <section className="at-a-glance" aria-label="Loaded files">
        <h2>Loaded files</h2>
        {files.length === 0 ? (
          <p className="muted small">None yet.</p>
        ) : (
          <dl>
            {files.map((f) => (
              <div key={f.id} style={{ display: 'contents' }}>
                <dt>{f.kind === 'leads' ? 'Leads' : 'Deals'}</dt>
                <dd>
                  {f.name} <span className="muted num">({formatCount(f.rows)} rows)</span>
                </dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      <section className="at-a-glance" aria-label="Lead definition">
        <h2>Lead definition</h2>
        <dl>
          <dt>SLA</dt>
          <dd>48 h to first follow-up</dd>
          <dt>Untouched</dt>
          <dd>blank, New, Open, Not Contacted, Untouched, Unworked</dd>
        </dl>
      </section>
    </aside>
  );
}
