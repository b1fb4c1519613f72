/**
 * The registry of site adapters, in alphabetical order of id. One import and one array entry per site.
 * `generic` is separate: it is the opt-in detector for any other site.
 */
import type { SiteAdapter } from './types';
import { ashby } from './ashby';
import { bamboohr } from './bamboohr';
import { breezy } from './breezy';
import { generic } from './generic';
import { glassdoor } from './glassdoor';
import { greenhouse } from './greenhouse';
import { icims } from './icims';
import { indeed } from './indeed';
import { jazzhr } from './jazzhr';
import { jobvite } from './jobvite';
import { lever } from './lever';
import { linkedin } from './linkedin';
import { personio } from './personio';
import { recruitee } from './recruitee';
import { smartrecruiters } from './smartrecruiters';
import { teamtailor } from './teamtailor';
import { wellfound } from './wellfound';
import { workable } from './workable';
import { workday } from './workday';
import { ziprecruiter } from './ziprecruiter';

export const ADAPTERS: readonly SiteAdapter[] = [
  ashby,
  bamboohr,
  breezy,
  glassdoor,
  greenhouse,
  icims,
  indeed,
  jazzhr,
  jobvite,
  lever,
  linkedin,
  personio,
  recruitee,
  smartrecruiters,
  teamtailor,
  wellfound,
  workable,
  workday,
  ziprecruiter,
];

/** The adapter whose site this URL belongs to (never `generic`), or undefined. */
export function adapterFor(url: URL): SiteAdapter | undefined {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  for (const adapter of ADAPTERS) {
    try {
      if (adapter.claims(url)) return adapter;
    } catch {
      // a broken claims() must not hide the other sites
    }
  }
  return undefined;
}

/** `adapterFor(url)`, else the generic detector when the user opted in to it for this page. */
export function resolveAdapter(url: URL, options: { generic: boolean }): SiteAdapter | undefined {
  return adapterFor(url) ?? (options.generic && generic.claims(url) ? generic : undefined);
}

export { generic };

/** Every site, for the UI (settings, filters): id and label, alphabetical, generic last. */
export const SITES: readonly { id: string; label: string }[] = [...ADAPTERS, generic].map(({ id, label }) => ({ id, label }));
