/**
 * User settings: their shape, defaults, a tolerant reader for whatever storage holds, and a strict
 * validator for what the options page wants to save. Pure: no browser API.
 */
import type { ActiveStatus } from './application';
import { isRecord, isSiteId } from './guards';

export type HopeWeights = Record<ActiveStatus, number>;

export interface Settings {
  /** How much hope an active application carries, by its current stage. */
  hopeWeights: HopeWeights;
  /** Warn when one employer holds at least this share of all hope (0.1–0.95). */
  topShareWarn: number;
  /** Warn when fewer employers than this are still active (1–20). */
  minActiveEmployers: number;
  /** The top-share warning needs at least this many active applications (1–50). */
  minActiveApplications: number;
  /** The share the "apply to N more" suggestion aims to get under (0.1–0.95, at most topShareWarn). */
  targetShare: number;
  /** Days without a status change after which an applied/screening record is suggested as ghosted (3–180). */
  ghostDays: number;
  /** Default days until a follow-up reminder (1–90). */
  followUpDays: number;
  /** Applications per week the user aims for (0 = no goal, up to 200). */
  weeklyGoal: number;
  /** Per-site switches. Every site is on unless stored here as `false`; only overrides are stored. */
  sites: Record<string, boolean>;
  /** Show the in-page toast after a capture. */
  toast: boolean;
  /** System notifications for Plan-B warnings and reminders. */
  notifications: boolean;
  /** Watch any site (generic adapter), which needs an optional host permission. */
  anySite: boolean;
  /**
   * Outcomes from the inbox (opt-in): read the email the user opens in Gmail or Outlook on the web and suggest
   * the outcome it tells. Needs the optional mail host permissions.
   */
  inbox: boolean;
  /** With `inbox` on: keep a quote (at most 200 characters) of the email with each suggestion and recorded outcome. */
  inboxQuote: boolean;
  /** The user's name, to sign feedback requests; '' = not set (the draft then ends without a signature). */
  yourName: string;
}

export const DEFAULT_HOPE_WEIGHTS: Readonly<HopeWeights> = Object.freeze({
  applied: 1,
  screening: 2,
  interviewing: 4,
  offer: 8,
});

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  hopeWeights: DEFAULT_HOPE_WEIGHTS,
  topShareWarn: 0.5,
  minActiveEmployers: 3,
  minActiveApplications: 2,
  targetShare: 0.4,
  ghostDays: 21,
  followUpDays: 7,
  weeklyGoal: 10,
  sites: Object.freeze({}) as Record<string, boolean>,
  toast: true,
  notifications: false,
  anySite: false,
  inbox: false,
  inboxQuote: true,
  yourName: '',
});

interface NumberRule {
  min: number;
  max: number;
  integer: boolean;
  label: string;
}

const WEIGHT_ORDER = ['applied', 'screening', 'interviewing', 'offer'] as const satisfies readonly ActiveStatus[];
const WEIGHT_RULE: NumberRule = { min: 0.1, max: 100, integer: false, label: 'Hope weight' };
const WEIGHT_NAMES: Record<ActiveStatus, string> = {
  applied: 'Applied',
  screening: 'Screening',
  interviewing: 'Interviewing',
  offer: 'Offer',
};

type NumberField =
  'topShareWarn' | 'minActiveEmployers' | 'minActiveApplications' | 'targetShare' | 'ghostDays' | 'followUpDays' | 'weeklyGoal';

/** Sane ranges, shared by the tolerant reader (clamps) and the validator (explains). */
export const SETTING_RANGES: Readonly<Record<NumberField, Readonly<NumberRule>>> = Object.freeze({
  topShareWarn: { min: 0.1, max: 0.95, integer: false, label: 'The warning share' },
  minActiveEmployers: { min: 1, max: 20, integer: true, label: 'The minimum number of active employers' },
  minActiveApplications: { min: 1, max: 50, integer: true, label: 'The minimum number of active applications' },
  targetShare: { min: 0.1, max: 0.95, integer: false, label: 'The target share' },
  ghostDays: { min: 3, max: 180, integer: true, label: 'Days before suggesting "ghosted"' },
  followUpDays: { min: 1, max: 90, integer: true, label: 'Days until a follow-up' },
  weeklyGoal: { min: 0, max: 200, integer: true, label: 'The weekly goal' },
});

const NUMBER_FIELDS = Object.keys(SETTING_RANGES) as NumberField[];
const BOOLEAN_FIELDS = ['toast', 'notifications', 'anySite', 'inbox', 'inboxQuote'] as const;
/** Longest name kept for signing feedback requests. */
export const YOUR_NAME_MAX = 100;

/**
 * A name as it may sign an email: one line (control, format and line-break characters become spaces,
 * so nothing can add a header or a bidi trick to a mailto: draft), spaces collapsed, at most YOUR_NAME_MAX
 * characters (never cutting a surrogate pair). Anything that is not a string gives ''.
 */
export function normalizeYourName(v: unknown): string {
  if (typeof v !== 'string') return '';
  const oneLine = v
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return Array.from(oneLine).slice(0, YOUR_NAME_MAX).join('').trim();
}

/** Site ids are the adapter file names: lowercase letters, digits and dashes. */

function toNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '') return Number(v);
  return Number.NaN;
}

function clamp(value: number, rule: NumberRule): number {
  const v = rule.integer ? Math.round(value) : value;
  return Math.min(rule.max, Math.max(rule.min, v));
}

/** Make weights non-decreasing with stage: a later stage never carries less hope than an earlier one. */
function monotonicWeights(w: HopeWeights): HopeWeights {
  const out = { ...w };
  let prev = 0;
  for (const stage of WEIGHT_ORDER) {
    out[stage] = Math.max(out[stage], prev);
    prev = out[stage];
  }
  return out;
}

/** Whether a site adapter is switched on. */
export function isSiteEnabled(settings: Pick<Settings, 'sites'>, siteId: string): boolean {
  return Object.prototype.hasOwnProperty.call(settings.sites, siteId) ? settings.sites[siteId] !== false : true;
}

function normalizeSites(v: unknown): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  if (!isRecord(v)) return out;
  for (const [id, on] of Object.entries(v)) {
    // Only overrides are stored: an enabled site is the default.
    if (isSiteId(id) && on === false) out[id] = false;
  }
  return out;
}

/**
 * Read settings from anything (storage may hold an older or damaged object): every missing or bad field
 * falls back to its default, numbers are clamped to their range, weights are made non-decreasing, and the
 * target share is kept at or below the warning share. Never throws.
 */
export function normalizeSettings(raw: unknown): Settings {
  const src = isRecord(raw) ? raw : {};
  const rawWeights = isRecord(src.hopeWeights) ? src.hopeWeights : {};
  const weights = { ...DEFAULT_HOPE_WEIGHTS };
  for (const stage of WEIGHT_ORDER) {
    const n = toNumber(rawWeights[stage]);
    if (Number.isFinite(n)) weights[stage] = clamp(n, WEIGHT_RULE);
  }
  const out: Settings = {
    ...DEFAULT_SETTINGS,
    hopeWeights: monotonicWeights(weights),
    sites: normalizeSites(src.sites),
  };
  for (const field of NUMBER_FIELDS) {
    const n = toNumber(src[field]);
    if (Number.isFinite(n)) out[field] = clamp(n, SETTING_RANGES[field]);
  }
  if (out.targetShare > out.topShareWarn) out.targetShare = out.topShareWarn;
  for (const field of BOOLEAN_FIELDS) {
    const b = src[field];
    if (typeof b === 'boolean') out[field] = b;
  }
  out.yourName = normalizeYourName(src.yourName);
  return out;
}

export type SettingsPatch = Partial<Omit<Settings, 'hopeWeights'>> & { hopeWeights?: Partial<HopeWeights> };

export type SettingsValidation = { ok: true; value: Settings } | { ok: false; errors: Record<string, string> };

function formatNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function rangeMessage(rule: NumberRule, asPercent: boolean): string {
  if (asPercent) {
    return `${rule.label} must be between ${Math.round(rule.min * 100)}% and ${Math.round(rule.max * 100)}% (${formatNumber(rule.min)}–${formatNumber(rule.max)}).`;
  }
  return `${rule.label} must be ${rule.integer ? 'a whole number ' : ''}between ${formatNumber(rule.min)} and ${formatNumber(rule.max)}.`;
}

/**
 * Check a change the user wants to make, on top of the current settings. Returns the complete new settings,
 * or one readable message per field in error (keys are field names, `hopeWeights.<stage>` for weights).
 * Nothing is clamped silently here: out-of-range values are errors, so the user sees why.
 */
export function validateSettingsPatch(patch: unknown, current: Settings = DEFAULT_SETTINGS): SettingsValidation {
  const errors: Record<string, string> = {};
  if (!isRecord(patch)) return { ok: false, errors: { settings: 'The settings could not be read.' } };
  const base = normalizeSettings(current);
  const next: Settings = { ...base, hopeWeights: { ...base.hopeWeights }, sites: { ...base.sites } };

  for (const [field, value] of Object.entries(patch)) {
    if (field === 'hopeWeights') {
      if (!isRecord(value)) {
        errors.hopeWeights = 'Hope weights must be numbers.';
        continue;
      }
      for (const [stage, w] of Object.entries(value)) {
        if (!(WEIGHT_ORDER as readonly string[]).includes(stage)) {
          errors[`hopeWeights.${stage}`] = 'Unknown stage.';
          continue;
        }
        const n = toNumber(w);
        const key = stage as ActiveStatus;
        if (!Number.isFinite(n) || n < WEIGHT_RULE.min || n > WEIGHT_RULE.max) {
          errors[`hopeWeights.${key}`] =
            `The ${WEIGHT_NAMES[key]} weight must be a positive number between ${WEIGHT_RULE.min} and ${WEIGHT_RULE.max}.`;
        } else {
          next.hopeWeights[key] = n;
        }
      }
    } else if ((NUMBER_FIELDS as string[]).includes(field)) {
      const f = field as NumberField;
      const rule = SETTING_RANGES[f];
      const n = toNumber(value);
      const percent = f === 'topShareWarn' || f === 'targetShare';
      if (!Number.isFinite(n) || n < rule.min || n > rule.max || (rule.integer && !Number.isInteger(n))) {
        errors[f] = rangeMessage(rule, percent);
      } else {
        next[f] = n;
      }
    } else if ((BOOLEAN_FIELDS as readonly string[]).includes(field)) {
      if (typeof value !== 'boolean') errors[field] = 'Must be on or off.';
      else next[field as (typeof BOOLEAN_FIELDS)[number]] = value;
    } else if (field === 'yourName') {
      if (typeof value !== 'string') errors.yourName = 'Your name must be text.';
      else if (Array.from(value.trim()).length > YOUR_NAME_MAX) errors.yourName = `Your name must be at most ${YOUR_NAME_MAX} characters.`;
      else next.yourName = normalizeYourName(value);
    } else if (field === 'sites') {
      if (!isRecord(value)) {
        errors.sites = 'Site switches must be on or off.';
        continue;
      }
      for (const [id, on] of Object.entries(value)) {
        if (!isSiteId(id)) errors[`sites.${id}`] = 'Unknown site.';
        else if (typeof on !== 'boolean') errors[`sites.${id}`] = 'Must be on or off.';
        else if (on) delete next.sites[id];
        else next.sites[id] = false;
      }
    } else {
      errors[field] = 'Unknown setting.';
    }
  }

  // Cross-field rules, reported only when the fields themselves are fine.
  let prev: ActiveStatus | undefined;
  for (const stage of WEIGHT_ORDER) {
    if (prev && !errors[`hopeWeights.${stage}`] && !errors[`hopeWeights.${prev}`]) {
      if (next.hopeWeights[stage] < next.hopeWeights[prev]) {
        errors[`hopeWeights.${stage}`] =
          `The ${WEIGHT_NAMES[stage]} weight must be at least the ${WEIGHT_NAMES[prev]} weight (${formatNumber(next.hopeWeights[prev])}): a later stage carries more hope, not less.`;
      }
    }
    prev = stage;
  }
  if (!errors.targetShare && !errors.topShareWarn && next.targetShare > next.topShareWarn) {
    errors.targetShare = `The target share must not be above the warning share (${Math.round(next.topShareWarn * 100)}%).`;
  }

  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: next };
}
