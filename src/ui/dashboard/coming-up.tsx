/**
 * "Coming up": offers waiting for a decision, interviews with a date and follow-ups that are due, soonest first,
 * at the top of the Applications and Board views. Each item opens its record. Hidden when nothing is coming up.
 */
import { useMemo, useState } from 'preact/hooks';
import { comingUp, type ComingUpItem } from '../../core/coming-up';
import { activeApplications } from '../../db/index';
import { useDashboard } from './context';
import { useLoad } from './use-records';

export const COMING_UP_SHOWN = 5;

const KIND_LABELS: Record<ComingUpItem['kind'], string> = {
  offer: 'Offer decision',
  interview: 'Interview',
  'follow-up': 'Follow-up due',
};

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', month: 'short', day: 'numeric' });
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

/** "tomorrow", "in 3 days", "2 days ago", in the user's language. */
export function relativeDay(days: number): string {
  return relative.format(days, 'day');
}

/** "Tue, Dec 9" and, for a set hour (not midnight or the noon a date-only entry gets), "2:30 PM". */
export function whenText(item: ComingUpItem): string {
  const d = new Date(item.at);
  const h = d.getHours();
  const m = d.getMinutes();
  const timed = item.kind !== 'follow-up' && !((h === 0 || h === 12) && m === 0);
  return timed ? `${dayFormat.format(d)}, ${timeFormat.format(d)}` : dayFormat.format(d);
}

export function ComingUpStrip() {
  const api = useDashboard();
  const [all, setAll] = useState(false);
  const data = useLoad(activeApplications, [api.version]);
  const picked = useMemo(() => (data.state === 'ready' ? comingUp(data.value, new Date(), Number.MAX_SAFE_INTEGER).items : []), [data]);
  if (picked.length === 0) return null;
  const shown = all ? picked : picked.slice(0, COMING_UP_SHOWN);
  const more = picked.length - shown.length;
  return (
    <section class="coming-up" aria-labelledby="coming-up-heading">
      <h2 id="coming-up-heading" class="coming-up-heading">
        Coming up
      </h2>
      <ul class="coming-up-list">
        {shown.map((item) => (
          <li key={`${item.kind}:${item.id}`}>
            <button
              type="button"
              class={`coming-up-item coming-up-${item.kind}${item.days < 0 ? ' overdue' : ''}`}
              onClick={() => api.openRecord(item.id)}
            >
              <span class="coming-up-kind">{KIND_LABELS[item.kind]}</span>{' '}
              <span class="coming-up-what">
                {item.company || 'Unknown company'}: {item.nextStep || item.title || 'Untitled job'}
              </span>{' '}
              <span class="coming-up-when">
                {relativeDay(item.days)} · {whenText(item)}
              </span>
            </button>
          </li>
        ))}
        {(more > 0 || all) && picked.length > COMING_UP_SHOWN && (
          <li>
            <button type="button" class="btn btn-small btn-quiet coming-up-more" onClick={() => setAll((a) => !a)}>
              {all ? 'Show fewer' : `${more} more`}
            </button>
          </li>
        )}
      </ul>
    </section>
  );
}
