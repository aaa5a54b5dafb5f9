import { useAppStore } from '../../store';
import { CALC_INPUTS_ID, focusLost } from '../common/focus-moves';

/** The filters that scope the prefill, as chips (× removes one), and one button to use all data. */
export function CalculatorScope() {
  const filters = useAppStore((s) => s.filters);
  const removeFilter = useAppStore((s) => s.removeFilter);
  const clearFilters = useAppStore((s) => s.clearFilters);
  const hasData = useAppStore((s) => s.uploads.length > 0);
  const chips: { key: string; label: string; remove: () => void }[] = [];
  for (const [dimension, values] of Object.entries(filters.dimensions ?? {})) {
    for (const value of values ?? [])
      chips.push({
        key: `${dimension}=${value}`,
        label: `${dimension}: ${value}`,
        remove: () => removeFilter(dimension, value),
      });
  }
  if (filters.createdFrom || filters.createdTo)
    chips.push({
      key: 'created',
      label: `created: ${filters.createdFrom ?? '…'} to ${filters.createdTo ?? '…'}`,
      remove: () => removeFilter('created'),
    });
  if (!hasData || chips.length === 0) return null;
  return (
    <div className="card calc-scope" data-testid="calculator-scope">
      <span className="small">Prefilled from the leads under these filters:</span>
      <ul className="calc-scope-chips">
        {chips.map((chip, index) => (
          <li key={chip.key} className="chip" data-testid="calculator-filter-chip">
            {chip.label}{' '}
            <button
              type="button"
              className="small"
              aria-label={`Remove filter ${chip.label}`}
              onClick={(event) => {
                const list = event.currentTarget.closest('ul');
                chip.remove();
                refocus(list, index);
              }}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="small"
        data-testid="calculator-use-all-data"
        onClick={() => {
          clearFilters();
          refocus(null, 0);
        }}
      >
        Use all data
      </button>
    </div>
  );
}

/** The removed chip's x is gone: the chip now in its place, else the inputs its figures refilled. */
function refocus(list: Element | null, index: number): void {
  requestAnimationFrame(() => {
    if (!focusLost()) return;
    const buttons = list?.isConnected ? list.querySelectorAll<HTMLButtonElement>('button') : undefined;
    const next = buttons?.[Math.min(index, buttons.length - 1)];
    (next ?? document.getElementById(CALC_INPUTS_ID))?.focus();
  });
}
