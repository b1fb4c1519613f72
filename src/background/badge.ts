/**
 * The toolbar badge: an amber "!" while too many hopes rest on one employer; otherwise the number of
 * things waiting for the user (pending candidates, due follow-ups, ghost suggestions); else nothing.
 */
import { spreadStateKey, type SpreadResult } from '../core/spread';

export interface BadgeState {
  text: string;
  color: string;
  title: string;
}

export const AMBER = '#b45309';
export const TEAL = '#0b6e63';

export function badgeFor(spread: SpreadResult, waiting: number): BadgeState {
  if (spread.level === 'warn' || spread.level === 'alert') {
    return { text: '!', color: AMBER, title: `Baskets — ${spread.summary}` };
  }
  if (waiting > 0) {
    const text = waiting > 99 ? '99+' : String(waiting);
    return { text, color: TEAL, title: `Baskets — ${waiting} ${waiting === 1 ? 'thing needs' : 'things need'} your answer` };
  }
  return { text: '', color: TEAL, title: spread.activeEmployers ? `Baskets — ${spread.summary}` : 'Baskets' };
}

/**
 * Whether a capture or status change should raise the Plan-B notification: only when the user opted
 * in, only for a warning, and never twice for the same warning state. `key` is what to remember.
 */
export function planBNotice(spread: SpreadResult, lastKey: unknown, enabled: boolean): { key: string; show: boolean } {
  const key = spread.level === 'warn' || spread.level === 'alert' ? spreadStateKey(spread) : '';
  return { key, show: enabled && key !== '' && key !== lastKey };
}
