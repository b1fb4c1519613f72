import '../theme.css';
import './popup.css';
import { render } from 'preact';
import { ErrorBoundary } from '../components/error-boundary';
import { Popup } from './popup';

const root = document.getElementById('app');
if (root) {
  render(
    <ErrorBoundary>
      <Popup />
    </ErrorBoundary>,
    root,
  );
}
