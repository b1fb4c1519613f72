/** Display helpers for the dashboard (and the popup): local calendar days for ISO dates, site labels. */
import { SITE_CATALOG } from '../../core/site-catalog';
import { isDateInput } from '../components/format';

/** One date format for every page (components/format.ts); the dashboard's views import it from here too. */
export { formatDate } from '../components/format';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** True for a time of day written `HH:MM` (24 h), as an <input type="time"> gives it. */
export function isTimeInput(value: string): boolean {
  return TIME.test(value);
}

/** ISO timestamp for a local day and time of day, or undefined when either is not one. */
export function fromDateTimeInput(day: string, time: string): string | undefined {
  if (!isDateInput(day) || !isTimeInput(time)) return undefined;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Date(y, m - 1, d, hh, mm, 0, 0).toISOString();
}

/**
 * `HH:MM` of an ISO timestamp's local time, for <input type="time">; '' when missing, invalid or exactly local noon,
 * which is how fromDateInput keeps a day without a time (a step set for 12:00 therefore reads as "that day").
 */
export function toTimeInput(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  if (d.getHours() === 12 && d.getMinutes() === 0 && d.getSeconds() === 0 && d.getMilliseconds() === 0) return '';
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Start (00:00) or end (23:59:59.999) of a local day, as ISO, for date-range filters. */
export function dayBoundary(value: string, end: boolean): string | undefined {
  if (!isDateInput(value)) return undefined;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = end ? new Date(y, m - 1, d, 23, 59, 59, 999) : new Date(y, m - 1, d, 0, 0, 0, 0);
  return date.toISOString();
}

const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export function formatDateTime(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : dateTimeFormat.format(d);
}

export function formatPercent(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return '—';
  return `${Math.round(ratio * 100)}%`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** A safe link target for a job posting: http(s) only, else undefined. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

const SITE_LABELS: ReadonlyMap<string, string> = new Map(SITE_CATALOG.filter((s) => s.id !== 'generic').map((s) => [s.id, s.label]));

/** The host of a web address without a leading "www.", '' when it is not one. */
function hostOf(url: string | undefined): string {
  const href = safeHref(url);
  return href ? new URL(href).hostname.replace(/^www\./, '') : '';
}

/**
 * A record's site as people name it: "Indeed" for `indeed`, the page's host for `generic` ("Other site" without
 * one), "Added by hand" and "Imported" for the two non-sites, and the id itself for one Baskets no longer knows.
 */
export function siteLabel(source: string, url?: string): string {
  const known = SITE_LABELS.get(source);
  if (known) return known;
  if (source === 'generic') return hostOf(url) || 'Other site';
  if (source === 'manual') return 'Added by hand';
  if (source === 'import') return 'Imported';
  return source || 'Unknown site';
}

/** Names of the sources that are not job sites. */
const NON_SITES: ReadonlyArray<{ id: string; label: string }> = [
  { id: 'manual', label: 'Added by hand' },
  { id: 'import', label: 'Imported' },
  { id: 'generic', label: 'Other site' },
];

/**
 * The choices of a site picker: every known site by name (value: its id), then "Other site", "Added by hand" and
 * "Imported"; a source Baskets no longer knows is kept as a choice of its own, so opening a record never changes it.
 */
export function siteChoices(current?: string): Array<{ id: string; label: string }> {
  const sites = SITE_CATALOG.filter((s) => s.id !== 'generic').map((s) => ({ id: s.id, label: s.label }));
  const all = [...sites, NON_SITES[2]!, NON_SITES[0]!, NON_SITES[1]!];
  if (current && !all.some((c) => c.id === current)) all.push({ id: current, label: siteLabel(current) });
  return all;
}
