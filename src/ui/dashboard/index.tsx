import { render } from 'preact';
import '../theme.css';
import './dashboard.css';
import { Dashboard } from './app';

const root = document.getElementById('app');
if (root) render(<Dashboard />, root);
