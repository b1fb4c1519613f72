// Issue #13's hardening in real Firefox: the same tests hardening.e2e.ts runs in Chromium (hostile pages
// and strings, messages forged by the page, reloads during a capture, the in-page note), from hardening-cases.ts.
import { hardeningSuite } from './hardening-cases';

hardeningSuite('firefox');
