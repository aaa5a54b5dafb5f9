// In-page recorder for the benchmark, installed with `context.addInitScript(installRecorder)` so it
// runs before the app. Every time is the page's own `performance.now()`, taken when the DOM changed
// (a MutationObserver callback, before the next paint), so how often Node polls does not matter.
//
// What it records on `window.__benchRec`:
//   clicks   [{ t, testid }]            every click (capture phase: before the app's handlers)
//   changes  [{ t, id, files }]         every change of an <input type=file>
//   events   [{ t, key, state, text }]  every change of: the dataset status (key 'status', its
//            data-state and text), a view root (key 'view-<name>', data-state or 'gone'), the number
//            of filter chips (key 'chips', state = count), a mapping review (key 'review', 'on'/'off')
// and `current()`, the same observables right now.
//
// This function is serialized into the page: it must not use anything from its module.
/* global window, document, MutationObserver, HTMLInputElement, Element */

export function installRecorder() {
  if (window.__benchRec) return;
  const rec = { clicks: [], changes: [], events: [], last: {} };
  window.__benchRec = rec;
  const now = () => performance.now();
  const testidOf = (node) => {
    const el = node instanceof Element ? node.closest('[data-testid]') : null;
    return el ? el.getAttribute('data-testid') : null;
  };
  document.addEventListener(
    'click',
    (event) => rec.clicks.push({ t: now(), testid: testidOf(event.target) }),
    true,
  );
  document.addEventListener(
    'change',
    (event) => {
      const el = event.target;
      if (el instanceof HTMLInputElement && el.type === 'file') {
        rec.changes.push({
          t: now(),
          id: el.getAttribute('data-testid') || el.id,
          files: el.files?.length ?? 0,
        });
      }
    },
    true,
  );

  const current = () => {
    const status = document.querySelector('[data-testid="dataset-status"]');
    const views = {};
    for (const el of document.querySelectorAll('[data-testid^="view-"]')) {
      views[el.getAttribute('data-testid')] = el.getAttribute('data-state') ?? 'unknown';
    }
    const confirm = document.querySelector('[data-testid="confirm-mapping"]');
    return {
      status: status ? { state: status.getAttribute('data-state'), text: status.textContent ?? '' } : null,
      views,
      chips: document.querySelectorAll('[data-testid="filter-chip"]').length,
      review: confirm ? (confirm.disabled ? 'blocked' : 'on') : 'off',
      busy: document.querySelector('main [aria-busy="true"]') !== null,
      step: document.querySelector('main [aria-live] h2')?.textContent?.trim() ?? null,
    };
  };
  rec.current = current;

  const push = (key, state, text, t) => {
    const sig = `${state}|${text ?? ''}`;
    if (rec.last[key] === sig) return;
    rec.last[key] = sig;
    rec.events.push({ t, key, state, text });
  };
  const snapshot = () => {
    const t = now();
    const c = current();
    if (c.status) push('status', c.status.state, c.status.text, t);
    for (const [key, state] of Object.entries(c.views)) push(key, state, undefined, t);
    for (const key of Object.keys(rec.last)) {
      if (key.startsWith('view-') && !(key in c.views)) push(key, 'gone', undefined, t);
    }
    push('chips', c.chips, undefined, t);
    push('review', c.review, undefined, t);
    // The loading card's heading ("Step 2 of 3: reading and typing the rows of leads.csv"): its
    // changes time each step of a load.
    push('step', c.step ?? 'none', undefined, t);
  };
  const start = () => {
    new MutationObserver(snapshot).observe(document.documentElement, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['data-state', 'disabled'],
    });
    snapshot();
  };
  if (document.documentElement) start();
  else document.addEventListener('DOMContentLoaded', start, { once: true });
}
