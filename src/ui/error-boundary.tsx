import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  readonly title: string;
  readonly text: string;
  /** What to say instead when the browser is offline: most likely, a screen's code could not be fetched. */
  readonly offline: { readonly title: string; readonly text: string };
  readonly reloadLabel: string;
  readonly children: ReactNode;
}

/**
 * Turns an unexpected error in a screen into a calm, recoverable one. Nothing is cleared: the person's answers
 * stay saved, and reloading starts the planner again from them.
 */
export class ErrorBoundary extends Component<
  ErrorBoundaryProps,
  { readonly hasError: boolean; readonly isOffline: boolean }
> {
  override state = { hasError: false, isOffline: false };

  static getDerivedStateFromError(): { hasError: boolean; isOffline: boolean } {
    return { hasError: true, isOffline: typeof navigator !== 'undefined' && !navigator.onLine };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.hasError) return this.props.children;
    const { title, text } = this.state.isOffline ? this.props.offline : this.props;
    return (
      <div role="alert">
        <h1>{title}</h1>
        <p>{text}</p>
        <button
          type="button"
          className="button"
          onClick={() => {
            window.location.reload();
          }}
        >
          {this.props.reloadLabel}
        </button>
      </div>
    );
  }
}
