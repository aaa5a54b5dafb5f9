import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { datasetState, dimensionLabel, useAppStore } from '../../store';

const STEP = {
  unpacking: 'Opening the workbook',
  detecting: 'Step 1 of 3: recognising the columns of',
  reading: 'Step 2 of 3: reading the rows of',
  matching: 'Step 3 of 3: linking deals to leads for',
} as const;

/**
 * One polite live region for what changes away from the focus: each step of a load (not every MB),
 * the result when it is in, errors, and what the filters now are. The status pill says the state too,
 * but only in a word.
 */
export function Announcer() {
  const { step, state, files, problems, filterWords } = useAppStore(
    useShallow((s) => ({
      step: s.progress ? `${STEP[s.progress.phase]} ${s.progress.fileName}` : null,
      state: datasetState(s),
      files: s.uploads.length,
      problems: s.problems.length,
      filterWords: filtersInWords(s),
    })),
  );
  const [message, setMessage] = useState('');
  const before = useRef({ step, state, filterWords });
  useEffect(() => {
    const was = before.current;
    before.current = { step, state, filterWords };
    if (step && step !== was.step) setMessage(`${step}…`);
    else if (state !== was.state && state === 'ready')
      setMessage(`Loaded: ${files} file${files === 1 ? '' : 's'}. The figures are ready.`);
    else if (state !== was.state && state === 'error')
      setMessage(
        `A file could not be loaded: ${problems} problem${problems === 1 ? '' : 's'} on the Data view.`,
      );
    else if (filterWords !== was.filterWords)
      setMessage(
        filterWords
          ? `Every view is filtered to ${filterWords}.`
          : 'Filters cleared: every view shows all leads.',
      );
  }, [step, state, files, problems, filterWords]);
  return (
    <p className="visually-hidden" role="status" data-testid="announcer">
      {message}
    </p>
  );
}

type Store = Parameters<Parameters<typeof useAppStore>[0]>[0];

function filtersInWords(s: Store): string {
  const parts = Object.entries(s.filters.dimensions ?? {}).flatMap(([dimension, values]) =>
    values && values.length > 0 ? [`${dimensionLabel(s.uploads, dimension)} ${values.join(' or ')}`] : [],
  );
  if (s.filters.createdFrom || s.filters.createdTo)
    parts.push(`leads created ${s.filters.createdFrom ?? 'any time'} to ${s.filters.createdTo ?? 'now'}`);
  return parts.join(', ');
}
