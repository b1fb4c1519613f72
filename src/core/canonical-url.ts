import { cleanUrl } from './sanitize';

/** Query parameters that only say how the user arrived, never which job it is. */
const TRACKING_PARAMS = new Set([
  'source',
  'src',
  'gh_src',
  'ref',
  'referrer',
  'refid',
  'trk',
  'trackingid',
  'lipi',
  'fbclid',
  'gclid',
  'dclid',
  'msclkid',
  'mc_cid',
  'mc_eid',
  'igshid',
  'from',
  'lever-origin',
  'lever-source',
  'lever-via',
  'utm',
  'sid',
  'vjs',
  'tk',
  'from_site',
]);

/**
 * The canonical form of a job URL: http(s) only, no credentials, no fragment, lower-case host,
 * no trailing slash, tracking parameters (`utm_*`, `gh_src`, `source`, …) removed and the rest sorted.
 * Returns '' for anything that is not an http(s) URL.
 */
export function canonicalUrl(value: string): string {
  const clean = cleanUrl(value);
  if (!clean) return '';
  const url = new URL(clean);
  url.hash = '';
  const kept = [...url.searchParams.entries()]
    .filter(([key]) => {
      const k = key.toLowerCase();
      return !k.startsWith('utm_') && !TRACKING_PARAMS.has(k);
    })
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = '';
  for (const [k, v] of kept) url.searchParams.append(k, v);
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) url.pathname = url.pathname.replace(/\/+$/, '');
  return url.href;
}
