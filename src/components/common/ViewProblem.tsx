import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/**
 * Catches what a view throws while it renders, above all its code failing to arrive (offline, or a
 * newer version of the site replaced the file the page asks for), and says so where the view would
 * be, with a way out; without it React unmounts the whole app and the page goes blank. Around each
 * code-split part: the views (keyed by view, so another view starts afresh), an opened snapshot and
 * the print version.
 */
export class ViewProblem extends Component<{ label: string; children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="card problem" role="alert" data-testid="view-problem">
        <h2>{this.props.label} could not be shown</h2>
        <p>
          Reloading the page usually fixes this: a lost connection, or a newer version of LeadGap published
          since this page was opened, can keep a view’s code from arriving. Your data is still loaded.
        </p>
        <p className="muted small detail">{error.message}</p>
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </section>
    );
  }
}
