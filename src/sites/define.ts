/**
 * One site, as data: `defineSite({...})` turns a definition (where the site lives, examples, when its
 * pages rest, how it shows each stage, where each field comes from) into the `SiteAdapter` the content
 * script, background and tests use. Every site's stages are read by the one detector below
 * (`detectStage`) from its `stage` recipe; a site whose page needs code gets a small `hook`.
 *
 * build.mjs reads the definitions to generate the manifest's hosts and content scripts, the UI's catalog
 * (`catalog.ts`) and the rest table (`rest.ts`): nothing about a site is written twice.
 */
import {
  CAPTCHA_SELECTORS,
  FORM_ERROR_SELECTORS,
  confirmationIn,
  exists,
  extractWith,
  firstShown,
  hasJobPosting,
  query,
  stage,
  textLike,
  textMatching,
  textOf,
  type FieldSources,
} from './lib';
import { ALREADY_APPLIED, EMAIL_CONFIRMATION_PENDING, companyOnly, shownForm } from './lib-extra';
import type { SiteAdapter, Stage, StageResult } from './types';
import { isSiteId } from '../core/guards';

/**
 * Whether a site's pages show nothing to capture until the user acts on them (see src/content/wake.ts):
 * `never` (looked at on arrival), `always`, or on every origin but `except` (those are looked at on arrival).
 * `why` is kept as the comment of the generated rest table.
 */
export type RestRule = { when: 'never' } | { when: 'always'; why: string } | { when: 'except'; origins: readonly string[]; why: string };

/** Selectors and the stage their presence means, with the signal to store. */
export interface Marker {
  selectors: readonly string[];
  /** True: only a shown element counts (see `isShown`); false: any element in the page. */
  shown: boolean;
  signal: string;
}

/**
 * How one site shows its stages. `detectStage` reads the recipe in a fixed, evidence-first order:
 *  1. `hook` (the site's own code, when data cannot say it) — it may decide, or return undefined;
 *  2. `blocked` present → 'none' (a security challenge is no page of the site);
 *  3. off a job page (`isJobPage` false) → 'none';
 *  4. `awaiting` present (a code step) or an e-mail still to confirm in `pending` → 'submitting';
 *  5. no form shown and a `success` element shown → 'submitted'; `failure` shown → 'failed'; `signIn` → 'form';
 *  6. a shown `form` wins on its own page: CAPTCHA → 'submitting', else 'form' (whatever success sits beside it);
 *  7. `confirmationPath` → 'submitted'; a confirmation text in `confirmation` (under `confirmationScope`) or
 *     `extraConfirmation` → 'submitted';
 *  8. `formMarkers` present (a sign-in step, an open dialog) or `formPath` → 'form';
 *  9. "already applied" in `alreadyApplied` → 'posting'; `late` hook;
 * 10. a JSON-LD JobPosting (`jsonLd`), `posting` markers or `postingPath` → 'posting'; else `otherwise` ('none').
 */
export interface StageRecipe {
  /** For sites whose address says which stage applies: the first recipe whose `when` holds is used. */
  when?: (url: URL) => boolean;
  hook?: (doc: Document, url: URL) => StageResult | undefined;
  blocked?: readonly string[];
  /** False for pages that are not about one job (search, lists, accounts): stage 'none', only the company is read. */
  isJobPage?: (url: URL) => boolean;
  awaiting?: Marker;
  /** Elements that may say an e-mail must still be confirmed. */
  pending?: readonly string[];
  /** A shown element that replaces the form once the application is in (with text, when `needsText`). */
  success?: Marker & { needsText?: boolean };
  failure?: Marker;
  /** A sign-in or account step before the form: present → 'form'. */
  signIn?: Marker;
  /** The application form, most specific first; a form counts only when shown. */
  form: readonly string[];
  /** CAPTCHA widgets waiting for the user while the form is shown (default `CAPTCHA_SELECTORS`, present anywhere). */
  captcha?: { selectors: readonly string[]; shown: boolean };
  /** Validation errors of a shown form (default `FORM_ERROR_SELECTORS` inside the form); only the signal differs. */
  formErrors?: readonly string[];
  /** A path that only exists after a successful submission (checked when no form is shown). */
  confirmationPath?: RegExp;
  /** Elements that carry the site's confirmation message, most specific first. */
  confirmation: readonly string[];
  /** At most this many element reads for the confirmation (default 60). */
  confirmationReads?: number;
  /** Confirmation texts count only on these paths. */
  confirmationScope?: RegExp;
  /** Confirmation texts count only when none of these is shown (e.g. any form, not just the application's). */
  confirmationUnless?: readonly string[];
  /** A site-specific confirmation (e.g. a short "Applied!" toast), checked right after `confirmation`. */
  extraConfirmation?: (doc: Document, url: URL) => string;
  formMarkers?: readonly Marker[];
  /** An address that is the form even before it renders (an embed). */
  formPath?: RegExp;
  alreadyApplied?: readonly string[];
  alreadyAppliedText?: RegExp;
  late?: (doc: Document, url: URL) => StageResult | undefined;
  /** A JSON-LD JobPosting makes a job page a posting (default true). */
  jsonLd?: boolean;
  posting: readonly string[];
  postingPath?: (url: URL) => boolean;
  otherwise?: { stage: Stage; signal: string };
}

export interface SiteDefinition {
  /** File name in src/sites and the `source` of records; lower-case letters and digits; never changes. */
  id: string;
  /** Shown to users. */
  label: string;
  /** Exact hosts: `matches` become https://<host>/* and `claims` the host list, so the two never disagree. */
  hosts?: readonly string[];
  /** Match patterns (when `hosts` is not enough, e.g. subdomains). */
  matches?: readonly string[];
  /** Fine-grained check of a URL inside `matches` (defaults to the host list). */
  claims?: (url: URL) => boolean;
  /** URLs it must claim, and ones it must not (tested against every other site). */
  examples: { claims: readonly string[]; rejects: readonly string[] };
  /** True for single-page apps that must be followed through history changes and DOM mutations. */
  spa: boolean;
  rest?: RestRule;
  /** How the site shows each stage: one recipe, or several picked by address (`when`). */
  stage: StageRecipe | readonly StageRecipe[];
  /** Where each field comes from, in order, with its provenance (see lib-sources.ts). */
  fields: (url: URL, doc: Document) => FieldSources;
}

/** A site adapter made from a definition; `rest` is read by build.mjs for the generated rest table. */
export type DefinedSite = SiteAdapter & { readonly rest: RestRule };

function present(doc: Document, marker: Marker): boolean {
  return marker.shown ? firstShown(doc, marker.selectors) !== null : exists(doc, marker.selectors);
}

/** The one stage detector: reads a recipe in the order documented on `StageRecipe`. */
export function detectStage(doc: Document, url: URL, recipe: StageRecipe): StageResult {
  const hooked = recipe.hook?.(doc, url);
  if (hooked) return hooked;
  if (recipe.blocked && exists(doc, recipe.blocked)) return stage('none', 'security challenge');
  if (recipe.isJobPage && !recipe.isJobPage(url)) return stage('none', 'not a job page');
  if (recipe.awaiting && present(doc, recipe.awaiting)) return stage('submitting', recipe.awaiting.signal);
  if (recipe.pending) {
    const pending = textLike(doc, recipe.pending, EMAIL_CONFIRMATION_PENDING, true);
    if (pending) return stage('submitting', `email confirmation pending:${pending.slice(0, 100)}`);
  }
  const shown = shownForm(doc, recipe.form);
  if (!shown && recipe.success) {
    if (recipe.success.needsText) {
      const text = textMatching(doc, recipe.success.selectors, /\S/);
      if (text) return stage('submitted', `text:${text.slice(0, 120)}`);
    } else {
      const el = firstShown(doc, recipe.success.selectors);
      if (el) return stage('submitted', `text:${textOf(el, 120) || recipe.success.signal}`);
    }
  }
  if (recipe.failure && present(doc, recipe.failure)) return stage('failed', recipe.failure.signal);
  if (recipe.signIn && present(doc, recipe.signIn)) return stage('form', recipe.signIn.signal);
  if (shown) {
    const captcha = recipe.captcha ?? { selectors: CAPTCHA_SELECTORS, shown: false };
    if (captcha.selectors.length && present(doc, { ...captcha, signal: '' })) return stage('submitting', 'captcha waiting');
    const errors = recipe.formErrors ? exists(doc, recipe.formErrors) : exists(shown.form, FORM_ERROR_SELECTORS);
    return stage('form', errors ? 'form with errors' : `form:${shown.selector}`);
  }
  if (recipe.confirmationPath?.test(url.pathname)) return stage('submitted', `url:${url.pathname.slice(-60)}`);
  if (!recipe.confirmationScope || recipe.confirmationScope.test(url.pathname)) {
    const confirmed = confirmationIn(doc, recipe.confirmation, recipe.confirmationReads ?? 60);
    if (confirmed && !(recipe.confirmationUnless && firstShown(doc, recipe.confirmationUnless))) {
      return stage('submitted', `text:${confirmed.slice(0, 120)}`);
    }
  }
  const extra = recipe.extraConfirmation?.(doc, url);
  if (extra) return stage('submitted', `text:${extra.slice(0, 120)}`);
  for (const marker of recipe.formMarkers ?? []) if (present(doc, marker)) return stage('form', marker.signal);
  if (recipe.formPath?.test(url.pathname)) return stage('form', `url:${url.pathname.slice(-60)}`);
  if (recipe.alreadyApplied) {
    const already = textLike(doc, recipe.alreadyApplied, recipe.alreadyAppliedText ?? ALREADY_APPLIED);
    if (already) return stage('posting', `already applied:${already.slice(0, 80)}`);
  }
  const late = recipe.late?.(doc, url);
  if (late) return late;
  if ((recipe.jsonLd ?? true) && hasJobPosting(doc)) return stage('posting', 'json-ld:JobPosting');
  for (const s of recipe.posting) if (query(doc, s)) return stage('posting', `posting:${s}`);
  if (recipe.postingPath?.(url)) return stage('posting', `url:${url.pathname.slice(-60)}`);
  const otherwise = recipe.otherwise ?? { stage: 'none', signal: 'no posting, form or confirmation' };
  return stage(otherwise.stage, otherwise.signal);
}

function recipeFor(stageDef: StageRecipe | readonly StageRecipe[], url: URL): StageRecipe {
  const recipes: readonly StageRecipe[] = Array.isArray(stageDef) ? stageDef : [stageDef as StageRecipe];
  return recipes.find((r) => !r.when || r.when(url)) ?? recipes[recipes.length - 1]!;
}

/** The adapter of one site. Throws on a definition that could never work (caught by the unit tests and the build). */
export function defineSite(def: SiteDefinition): DefinedSite {
  if (!isSiteId(def.id)) throw new Error(`site id ${def.id} must be lower-case letters, digits and dashes (at most 40)`);
  const hosts = def.hosts?.map((h) => h.toLowerCase());
  const matches = def.matches ?? hosts?.map((h) => `https://${h}/*`);
  if (!matches?.length) throw new Error(`site ${def.id}: give hosts or matches`);
  const claims = def.claims ?? (hosts ? (url: URL) => hosts.includes(url.hostname.toLowerCase()) : undefined);
  if (!claims) throw new Error(`site ${def.id}: give hosts or claims`);
  const recipes: readonly StageRecipe[] = Array.isArray(def.stage) ? def.stage : [def.stage as StageRecipe];
  if (!recipes.length) throw new Error(`site ${def.id}: give a stage recipe`);
  return {
    id: def.id,
    label: def.label,
    matches,
    claims,
    examples: def.examples,
    spa: def.spa,
    rest: def.rest ?? { when: 'never' },
    detectStage: (doc, url) => detectStage(doc, url, recipeFor(def.stage, url)),
    extract(doc, url) {
      const found = extractWith(doc, url, def.fields(url, doc));
      const recipe = recipeFor(def.stage, url);
      return recipe.isJobPage && !recipe.isJobPage(url) ? companyOnly(found) : found;
    },
  };
}
