import { Component, type ReactNode } from 'react';

/** A crash in one part shows a message instead of blanking the page; the draft is safe in the local journal. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert">
        <p>Something went wrong: {this.state.error.message}</p>
        <p>Your draft is kept on this device. Reload the page to continue.</p>
        <button type="button" onClick={() => location.reload()}>
          Reload
        </button>
      </div>
    );
  }
}
