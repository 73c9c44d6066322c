import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  readonly title: string;
  readonly text: string;
  readonly reloadLabel: string;
  readonly children: ReactNode;
}

/**
 * Turns an unexpected error in a screen into a calm, recoverable one. Nothing is cleared: the person's answers
 * stay saved, and reloading starts the planner again from them.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { readonly hasError: boolean }> {
  override state = { hasError: false };

  static getDerivedStateFromError(): { hasError: boolean } {
    return { hasError: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.hasError) return this.props.children;
    return (
      <div role="alert">
        <h1>{this.props.title}</h1>
        <p>{this.props.text}</p>
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
