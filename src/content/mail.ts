/**
 * Entry of content-mail.js: the mail content script, registered at run time by the background while the user has
 * opted in (never in the manifest). It only wires; see mail-watch.ts.
 */
import { ext } from './ext';
import { watchMail } from './mail-watch';

void watchMail({ win: window, api: ext() });
