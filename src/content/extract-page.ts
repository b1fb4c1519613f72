import { adapterFor } from '../sites/index';
import { generic } from '../sites/generic';
import type { SiteAdapter } from '../sites/types';
import { readJob } from './job';

import type { PageExtraction } from '../messages';
export type { PageExtraction };

/** The adapter for a page: the site's own, else the generic detector (JSON-LD and heuristics). */
export function pickAdapter(url: URL): SiteAdapter {
  return adapterFor(url) ?? generic;
}

/** Reads the job on a page with the same adapters auto-capture uses. Never reads a form field's value. */
export function extractPage(doc: Document, href: string): PageExtraction {
  const url = new URL(href);
  const adapter = pickAdapter(url);
  const { stage, signal = '' } = adapter.detectStage(doc, url);
  return { job: readJob(adapter, doc, url), stage, signal };
}
