/**
 * The toolbar badge: a short "+1" right after a capture (until the popup is opened or two minutes pass),
 * so a page that hides the in-page note takes nothing from the user; an amber "!" while too many hopes
 * rest on one employer and the user has not snoozed the Plan-B note ("Remind me in 3 days"); otherwise the number of things waiting for the user (pending candidates, due
 * follow-ups, ghost suggestions, outcomes from the inbox); else nothing. While an inbox suggestion waits, the
 * title asks its question ("From your inbox: Acme has answered about Data Analyst. Record a rejection?").
 */
import type { InboxSuggestion } from '../core/inbox/types';
import { suggestionQuestion } from '../core/inbox/wording';
import { spreadStateKey, type SpreadResult } from '../core/spread';
import type { LastCapture } from '../messages';

export interface BadgeState {
  text: string;
  color: string;
  title: string;
}

export const AMBER = '#b45309';

export const TEAL = '#0b6e63';

/** How long the "+1" stays after a capture when the popup is not opened. */
export const CAPTURE_BADGE_MS = 2 * 60 * 1000;

/** Whether `capture` (not yet seen in the popup) still earns the "+1" at `now` (epoch ms). */
export function captureBadgeShows(capture: LastCapture | null | undefined, now: number): capture is LastCapture {
  return !!capture && Number.isFinite(capture.at) && now >= capture.at - 1000 && now - capture.at < CAPTURE_BADGE_MS;
}

/** The "+1" after a capture; its title says what was saved and where to undo it. */
export function captureBadge(capture: LastCapture): BadgeState {
  const what = capture.title && capture.company ? `${capture.title} at ${capture.company}` : capture.title || capture.company;
  return { text: '+1', color: TEAL, title: `Baskets — saved ${what}. Open to undo.` };
}

/**
 * `lastCapture` is the last capture the popup has not shown yet (or null); `now` is epoch ms. A capture
 * less than two minutes old wins over everything else: it is the one confirmation a page cannot hide.
 * `planBSnoozed` (isPlanBSnoozed) keeps the Plan-B "!" and its words out of the badge. `inbox` is the newest
 * inbox suggestion, already counted in `waiting`.
 */
export function badgeFor(
  spread: SpreadResult,
  waiting: number,
  lastCapture: LastCapture | null = null,
  now: number = Date.now(),
  planBSnoozed = false,
  inbox: Pick<InboxSuggestion, 'kind' | 'company' | 'title'> | null = null,
): BadgeState {
  if (captureBadgeShows(lastCapture, now)) return captureBadge(lastCapture);
  const note = (spread.level === 'warn' || spread.level === 'alert') && !!spread.note;
  if (note && !planBSnoozed) {
    return { text: '!', color: AMBER, title: `Baskets — ${spread.summary}` };
  }
  if (waiting > 0) {
    const text = waiting > 99 ? '99+' : String(waiting);
    if (inbox) {
      const others = waiting - 1;
      const more = others > 0 ? ` And ${others} more ${others === 1 ? 'thing needs' : 'things need'} your answer.` : '';
      return { text, color: TEAL, title: `${suggestionQuestion(inbox)}${more}` };
    }
    return { text, color: TEAL, title: `Baskets — ${waiting} ${waiting === 1 ? 'thing needs' : 'things need'} your answer` };
  }
  return { text: '', color: TEAL, title: spread.activeEmployers && !note ? `Baskets — ${spread.summary}` : 'Baskets' };
}

/**
 * Whether a capture or status change should raise the Plan-B notification: only when the user opted
 * in, only for a warning, never twice for the same warning state, and not while the note is snoozed.
 * `key` is what to remember: while snoozed, the last one stays, so the state can still be told once the
 * snooze ends.
 */
export function planBNotice(
  spread: SpreadResult,
  lastKey: unknown,
  enabled: boolean,
  planBSnoozed = false,
): { key: string; show: boolean } {
  const key = spread.level === 'warn' || spread.level === 'alert' ? spreadStateKey(spread) : '';
  if (planBSnoozed && key !== '') return { key: typeof lastKey === 'string' ? lastKey : '', show: false };
  return { key, show: enabled && key !== '' && key !== lastKey };
}
