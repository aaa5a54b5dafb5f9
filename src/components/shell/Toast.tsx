/**
 * A message that does not move the page: fixed at the bottom of the window, read out politely. The
 * parent keeps the text and clears it (or replaces it) when the next action starts.
 */
export function Toast({
  text,
  problem = false,
  testId,
  onClose,
}: {
  text: string | null;
  problem?: boolean;
  testId?: string;
  onClose: () => void;
}) {
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {text && (
        <p className={`toast${problem ? ' is-problem' : ''}`} data-testid={testId}>
          <span>{text}</span>
          <button type="button" className="link small" onClick={onClose} aria-label="Dismiss message">
            ×
          </button>
        </p>
      )}
    </div>
  );
}
