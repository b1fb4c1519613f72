import '../theme.css';
import './options.css';
import { render } from 'preact';
import { ErrorBoundary } from '../components/error-boundary';
import { OptionsPage } from './options';

const root = document.getElementById('app');
if (root) {
  render(
    <ErrorBoundary>
      <OptionsPage />
    </ErrorBoundary>,
    root,
  );
}
