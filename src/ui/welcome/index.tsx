import '../theme.css';
import './welcome.css';
import { render } from 'preact';
import { ErrorBoundary } from '../components/error-boundary';
import { WelcomePage } from './welcome';

const root = document.getElementById('app');
if (root) {
  render(
    <ErrorBoundary>
      <WelcomePage />
    </ErrorBoundary>,
    root,
  );
}
