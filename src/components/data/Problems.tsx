import { dismissProblems, useAppStore } from '../../store';

/** Files that could not be loaded at all: what happened, and what to do. */
export function Problems() {
  const problems = useAppStore((s) => s.problems);
  if (problems.length === 0) return null;
  return (
    <section className="card problem" role="alert" data-testid="upload-error">
      <h2>
        {problems.length === 1
          ? 'A file could not be loaded'
          : `${problems.length} files could not be loaded`}
      </h2>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <strong>{p.fileName}</strong>: {p.problem} {p.hint}
          </li>
        ))}
      </ul>
      <button type="button" onClick={dismissProblems}>
        Dismiss
      </button>
    </section>
  );
}
