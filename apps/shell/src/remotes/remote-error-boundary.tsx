import { Component, type ErrorInfo, type ReactNode } from 'react';

/** Props of {@link RemoteErrorBoundary}. */
export interface RemoteErrorBoundaryProps {
  /** The remote's id, for the log. */
  remoteId: string;
  /** Shown in place of the remote once it has thrown. */
  fallback: ReactNode;
  /** A new value clears the error and renders the remote again (the retry button changes it). */
  resetKey: unknown;
  children: ReactNode;
}

interface State {
  error: unknown;
  resetKey: unknown;
}

/**
 * Keeps a remote that throws while rendering inside its own area: the rest of the page stays,
 * the error is logged by the remote's name, and `fallback` takes the remote's place until retried.
 */
export class RemoteErrorBoundary extends Component<RemoteErrorBoundaryProps, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('a remote threw a falsy value') };
  }

  static getDerivedStateFromProps(props: RemoteErrorBoundaryProps, state: State): Partial<State> | null {
    return Object.is(props.resetKey, state.resetKey) ? null : { error: null, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`Remote "${this.props.remoteId}" crashed while rendering`, error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.error ? this.props.fallback : this.props.children;
  }
}
