import '../theme.css';
import './welcome.css';
import { render } from 'preact';
import { WelcomePage } from './welcome';

const root = document.getElementById('app');
if (root) render(<WelcomePage />, root);
