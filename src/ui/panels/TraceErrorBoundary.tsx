/** Catches a failure while tracing or drawing a trace and shows it instead of a blank panel. */
import { Component, type ReactNode } from 'react';

/** Props: what to render, and how to show an error message. */
interface Props {
  readonly children: ReactNode;
  readonly fallback: (message: string) => ReactNode;
}

/** An error boundary; give it a new key to try again (e.g. when the flows change). */
export class TraceErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    return this.state.error ? this.props.fallback(this.state.error.message) : this.props.children;
  }
}
