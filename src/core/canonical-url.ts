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
  // The query is split by hand: in Firefox content scripts URLSearchParams iterators are not iterable.
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((pair) => {
      if (!pair) return false;
      const key = safeDecode((pair.split('=')[0] ?? '').replace(/\+/g, ' ')).toLowerCase();
      return !key.startsWith('utm_') && !TRACKING_PARAMS.has(key);
    })
    .sort((a, b) => {
      const ka = a.split('=')[0] ?? '';
      const kb = b.split('=')[0] ?? '';
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
  url.search = kept.length ? `?${kept.join('&')}` : '';
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) url.pathname = url.pathname.replace(/\/+$/, '');
  return url.href;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
