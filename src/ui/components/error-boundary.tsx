import { Component, type ComponentChildren } from 'preact';
import { errorMessage } from './format';
import { ErrorState } from './states';

/** Catches a rendering error anywhere below, so a page shows what went wrong instead of going blank. */
export class ErrorBoundary extends Component<{ children: ComponentChildren }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static override getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown) {
    console.error('Baskets page error', error);
  }

  override render() {
    if (this.state.error) {
      return (
        <ErrorState
          title="This page ran into a problem"
          message={errorMessage(this.state.error, 'Something went wrong while showing this page.')}
          onRetry={() => this.setState({ error: null })}
        />
      );
    }
    return this.props.children;
  }
}
