import type { FieldProvenance } from '../core/application';

/**
 * The contract every site adapter satisfies. Adapters are pure: they read a Document and a URL,
 * never a browser API, never a form field's value.
 */

/** Where the user is in an application, as far as the page shows. */
export type Stage = 'none' | 'posting' | 'form' | 'submitting' | 'submitted' | 'failed';

export interface Extraction {
  company: string;
  title: string;
  location: string;
  jobId?: string;
  /** Canonical job URL (see `canonicalUrl`), '' when unknown. */
  url: string;
  /** How each non-empty company, title and location was found (strongest first: structured, labelled, title, slug). */
  fields: FieldProvenance;
}

export interface StageResult {
  stage: Stage;
  /** Short human-readable evidence, e.g. "url:/confirmation" or "text:Application submitted!". Stored as capture.signal. */
  signal?: string;
}

export interface SiteAdapter {
  /** File name in src/sites and the `source` of records; never changes once records carry it. */
  id: string;
  /** Shown to users. */
  label: string;
  /** Hosts and paths this adapter claims, as match patterns like the manifest's (e.g. "https://jobs.lever.co/*"). */
  matches: readonly string[];
  /** Decides whether a URL inside `matches` is really this site's (fine-grained, cheap). */
  claims(url: URL): boolean;
  /** Example URLs it must claim, and ones it must not (tested against every other adapter). */
  examples: { claims: readonly string[]; rejects: readonly string[] };
  /** True for single-page apps that must be followed through history changes and DOM mutations. */
  spa: boolean;
  detectStage(doc: Document, url: URL): StageResult;
  extract(doc: Document, url: URL): Extraction;
}
