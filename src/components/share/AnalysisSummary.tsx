import { useShallow } from 'zustand/react/shallow';
import { dimensionLabel, useAppStore } from '../../store';
import { clockWords } from '../shell/working-hours-draft';

/** The filters and the lead definition in one line, for printed pages (filter inputs do not print). */
export function AnalysisSummary({ asOf }: { asOf?: string | undefined }) {
  const { filters, definition, uploads } = useAppStore(
    useShallow((s) => ({ filters: s.filters, definition: s.definition, uploads: s.uploads })),
  );
  const parts = Object.entries(filters.dimensions ?? {}).map(
    ([dimension, values]) => `${dimensionLabel(uploads, dimension)}: ${(values ?? []).join(', ')}`,
  );
  if (filters.createdFrom || filters.createdTo) {
    parts.unshift(`Leads created ${filters.createdFrom ?? '…'} to ${filters.createdTo ?? '…'}`);
  }
  return (
    <p className="analysis-summary small" data-testid="analysis-summary">
      <strong>Filters:</strong> {parts.length > 0 ? parts.join(' · ') : 'none (all leads)'} ·{' '}
      <strong>SLA:</strong> {definition.slaHours} h · <strong>As of:</strong>{' '}
      {asOf ?? definition.asOf ?? 'the latest date in the data'}
      {definition.businessHours && (
        <>
          {' '}
          · <strong>Working hours:</strong> {clockWords(definition).hours}
        </>
      )}
    </p>
  );
}
