import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

interface Props {
  label: string;
  /** A second way out besides reloading (an opened snapshot: back to the live app). */
  back?: { label: string; onClick: () => void } | undefined;
  /** It stands in for the whole page (an opened snapshot), off the window's edges. */
  alone?: boolean | undefined;
  children: ReactNode;
}

/**
 * Catches what a view throws while it renders, above all its code failing to arrive (offline, or a
 * newer version of the site replaced the file the page asks for), and says so where the view would
 * be, with a way out; without it React unmounts the whole app and the page goes blank. Around each
 * code-split part: the views (keyed by view, so another view starts afresh), an opened snapshot and
 * the print version.
 */
export class ViewProblem extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    const { label, back, alone, children } = this.props;
    if (!error) return children;
    return (
      <section className={`card problem${alone ? ' alone' : ''}`} role="alert" data-testid="view-problem">
        <h2>{label} could not be shown</h2>
        <p>
          Reloading the page usually fixes this: a lost connection, or a newer version of LeadGap published
          since this page was opened, can keep a view’s code from arriving. Your data is still loaded.
        </p>
        <p className="muted small detail">{error.message}</p>
        <p className="problem-actions">
          <button type="button" className="primary" onClick={() => window.location.reload()}>
            Reload the page
          </button>
          {back && (
            <button type="button" onClick={back.onClick}>
              {back.label}
            </button>
          )}
        </p>
      </section>
    );
  }
}
