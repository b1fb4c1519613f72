import '../theme.css';
import './options.css';
import { render } from 'preact';
import { OptionsPage } from './options';

const root = document.getElementById('app');
if (root) render(<OptionsPage />, root);
