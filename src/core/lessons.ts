/**
 * Lessons: after an application ends without a job, the user may write what went well, what could
 * improve and any feedback. Here: which outcomes offer that reflection, how far an application got,
 * and the themes that recur across lessons of the same stage. Pure: no browser API.
 */
import { deu, eng, fra, ita, nld, por, spa } from 'stopword';
import {
  ACTIVE_STATUSES,
  CLOSED_NEGATIVE_STATUSES,
  type ActiveStatus,
  type Application,
  type ClosedNegativeStatus,
  type Status,
} from './application';

/** Outcomes after which Baskets offers a moment of reflection. */
/** The statuses that offer a reflection: those that end an application without a job. */
export type ReflectionStatus = ClosedNegativeStatus;

export function offersReflection(status: Status): status is ReflectionStatus {
  return (CLOSED_NEGATIVE_STATUSES as readonly string[]).includes(status);
}

const STAGE_RANK: Record<ActiveStatus, number> = { applied: 0, screening: 1, interviewing: 2, offer: 3 };

function stageOf(status: Status): ActiveStatus | undefined {
  if (status === 'accepted') return 'offer';
  return (ACTIVE_STATUSES as readonly string[]).includes(status) ? (status as ActiveStatus) : undefined;
}

/**
 * The furthest stage an application reached, from its whole history and its current status
 * (an accepted job implies an offer). Applied at least.
 */
export function stageReached(app: Pick<Application, 'status' | 'history'>): ActiveStatus {
  let best: ActiveStatus = stageOf(app.status) ?? 'applied';
  const history = Array.isArray(app.history) ? app.history : [];
  for (const entry of history) {
    const s = stageOf(entry.status);
    if (s && STAGE_RANK[s] > STAGE_RANK[best]) best = s;
  }
  return best;
}

/** The lessons as one text (could improve, feedback, went well), empty when nothing was written. */
export function lessonsText(app: Pick<Application, 'lessons'>): string {
  const l = app.lessons;
  if (!l) return '';
  return [l.couldImprove, l.feedback, l.wentWell].filter((t) => typeof t === 'string' && t.trim() !== '').join('\n');
}

export function hasLessons(app: Pick<Application, 'lessons'>): boolean {
  return lessonsText(app) !== '';
}

/*
 * Words that never make a theme on their own.
 *
 * - Stop words of the seven languages Baskets' users write in, from the maintained `stopword` package
 *   (only these seven lists are imported, so the bundler leaves the other 55 out).
 * - On top, a short list of words that are noise in THIS context. Every lesson is about a job application, so
 *   "interview", "company", "role", "job" or "work" are in nearly all of them and say nothing ("2 of 3 rejections
 *   after an interview mention work"). The package's English list is short (108 words), so a few verbs and adverbs
 *   people use to tell what happened ("went", "felt", "really", "asked") are added too. Such a word can still be
 *   part of a phrase next to a real word ("take-home task", "salary expectations"); it is never a theme alone.
 * Apostrophes are dropped, as tokenize() drops them ("didn't" → "didnt").
 */
const CONTEXT_NOISE = [
  // The job search itself.
  'interview',
  'interviews',
  'interviewer',
  'interviewers',
  'company',
  'companies',
  'role',
  'roles',
  'job',
  'jobs',
  'work',
  'position',
  'application',
  'applied',
  'apply',
  'hiring',
  'process',
  // How people tell what happened.
  'went',
  'felt',
  'feel',
  'think',
  'thought',
  'really',
  'maybe',
  'bit',
  'lot',
  'quite',
  'just',
  'not',
  'no',
  'yes',
  'good',
  'better',
  'bad',
  'next',
  'time',
  'need',
  'needed',
  'know',
  'asked',
  'ask',
  'told',
  'tell',
  'mentioned',
  'said',
  'didnt',
  'dont',
  'wasnt',
  'couldnt',
  'wouldnt',
  'cant',
  'isnt',
  'ive',
  'im',
  'less',
  'even',
  'again',
  'one',
  'two',
  'things',
  'thing',
  'going',
  'doing',
  'done',
  // What the other side did, as feedback tells it ("they wanted more depth", "they liked the focus").
  'want',
  'wanted',
  'like',
  'liked',
  'looking',
  'looked',
  'seemed',
  'got',
];

let stopSet: Set<string> | undefined;
let noiseSet: Set<string> | undefined;

/** Built on first use, so pages that import this module for other helpers (the popup) do not pay for the lists. */
function isStopword(word: string): boolean {
  stopSet ??= new Set([eng, deu, fra, spa, nld, por, ita].flat().map((w) => w.toLowerCase().replace(/['’]/g, '')));
  return stopSet.has(word);
}

function isContextNoise(word: string): boolean {
  noiseSet ??= new Set(CONTEXT_NOISE);
  return noiseSet.has(word);
}

/** Lowercase words (letters and digits, any script); apostrophes dropped, hyphenated words split. */
export function tokenize(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/['’]/g, '')
      .match(/[\p{L}\p{N}][\p{L}\p{N}+#]*/gu) ?? []
  );
}

/** A light singular form so that "interview" and "interviews" count together. */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** A word that can be part of a phrase: not a stop word, not a number, three letters or more. */
function isPhraseWord(word: string): boolean {
  return word.length >= 3 && !/^\d+$/.test(word) && !isStopword(word);
}

/**
 * Terms of one text: content words and phrases of two adjacent words, each once. Keys are stems; values a surface
 * form. A word alone must not be context noise; a phrase needs one word that is not ("salary expectations" and
 * "take-home task" yes, "interview process" no).
 */
function termsOf(text: string): Map<string, string> {
  const out = new Map<string, string>();
  // Phrases never span a sentence or clause break.
  for (const clause of text.split(/[.!?;:,()\n]+/)) {
    const words = tokenize(clause);
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      if (!isPhraseWord(w)) continue;
      const k = stem(w);
      if (!isContextNoise(w) && !out.has(k)) out.set(k, w);
      const next = words[i + 1];
      if (next !== undefined && isPhraseWord(next) && !(isContextNoise(w) && isContextNoise(next))) {
        const bk = `${k} ${stem(next)}`;
        if (!out.has(bk)) out.set(bk, `${w} ${next}`);
      }
    }
  }
  return out;
}

export interface LessonTheme {
  /** The words as the user wrote them, e.g. "system design". */
  term: string;
  /** Applications in the group whose lessons mention it. */
  count: number;
  /** Applications in the group with any lessons written. */
  of: number;
  applicationIds: string[];
  /** "3 of 4 rejections after an interview mention system design" */
  text: string;
}

export interface LessonGroup {
  stage: ActiveStatus;
  /** "after an interview" */
  label: string;
  /** Closed (reflection) applications that reached this stage, newest first. */
  applications: Application[];
  /** Of those, the ones with lessons written. */
  withLessons: number;
  themes: LessonTheme[];
}

const STAGE_LABEL: Record<ActiveStatus, string> = {
  applied: 'at the application stage',
  screening: 'after a screening',
  interviewing: 'after an interview',
  offer: 'after an offer',
};

export function stageLabel(stage: ActiveStatus): string {
  return STAGE_LABEL[stage];
}

function outcomeNoun(apps: readonly Application[]): string {
  const statuses = new Set(apps.map((a) => a.status));
  if (statuses.size === 1) {
    if (statuses.has('rejected')) return 'rejections';
    if (statuses.has('ghosted')) return 'applications left unanswered';
    if (statuses.has('withdrawn')) return 'withdrawals';
  }
  return 'closed applications';
}

/**
 * Words and two-word phrases that come back in the lessons of at least `minCount` applications
 * (default 2). Stopwords are skipped; a single word is dropped when a phrase containing it covers the
 * same applications. Most frequent first, at most `limit`.
 */
export function findThemes(
  apps: readonly Application[],
  stage: ActiveStatus,
  options: { minCount?: number; limit?: number } = {},
): LessonTheme[] {
  const minCount = Math.max(2, options.minCount ?? 2);
  const limit = options.limit ?? 5;
  const written = apps.filter(hasLessons);
  const seen = new Map<string, { ids: string[]; forms: Map<string, number> }>();
  for (const app of written) {
    for (const [key, form] of termsOf(lessonsText(app))) {
      let entry = seen.get(key);
      if (!entry) {
        entry = { ids: [], forms: new Map() };
        seen.set(key, entry);
      }
      entry.ids.push(app.id);
      entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
    }
  }
  const recurring = [...seen.entries()].filter(([, e]) => e.ids.length >= minCount);
  const bigrams = recurring.filter(([k]) => k.includes(' '));
  const themes = recurring.filter(([key, e]) => {
    if (key.includes(' ')) return true;
    // Drop "design" when "system design" already covers the same applications.
    return !bigrams.some(([bk, be]) => bk.split(' ').includes(key) && be.ids.length === e.ids.length);
  });
  themes.sort(
    ([ka, a], [kb, b]) => b.ids.length - a.ids.length || Number(kb.includes(' ')) - Number(ka.includes(' ')) || (ka < kb ? -1 : 1),
  );
  // One phrase per idea: "design questions" and "practise system" add nothing next to a more
  // frequent "system design" that shares a word with them. A lone word found in exactly the lessons that
  // already gave a phrase is most likely part of the same sentence ("salary expectations came too early"):
  // it says nothing new, so "early" is not listed next to "salary expectations".
  const kept: Array<[string, (typeof themes)[number][1]]> = [];
  const sameApps = (a: string[], b: string[]) => a.length === b.length && a.every((id) => b.includes(id));
  for (const [key, e] of themes) {
    const words = key.split(' ');
    const overlapped = kept.some(
      ([k, ke]) =>
        k !== key && ke.ids.length >= e.ids.length && k.includes(' ') && words.length > 1 && k.split(' ').some((w) => words.includes(w)),
    );
    const echoes = words.length === 1 && kept.some(([k, ke]) => k.includes(' ') && sameApps(ke.ids, e.ids));
    if (!overlapped && !echoes) kept.push([key, e]);
  }
  const noun = outcomeNoun(apps);
  return kept.slice(0, limit).map(([, e]) => {
    const term = [...e.forms.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
    const count = e.ids.length;
    return {
      term,
      count,
      of: written.length,
      applicationIds: [...e.ids].sort(),
      text: `${count} of ${written.length} ${noun} ${STAGE_LABEL[stage]} mention ${term}`,
    };
  });
}

/**
 * Closed applications (rejected, ghosted, withdrawn) grouped by the stage they reached, furthest stage
 * first, with the themes recurring in each group's lessons. Stages with no closed application are left out.
 */
export function groupLessons(apps: readonly Application[]): LessonGroup[] {
  const byStage = new Map<ActiveStatus, Application[]>();
  for (const app of apps) {
    if (!offersReflection(app.status)) continue;
    const stage = stageReached(app);
    const list = byStage.get(stage);
    if (list) list.push(app);
    else byStage.set(stage, [app]);
  }
  const groups: LessonGroup[] = [];
  for (const stage of [...ACTIVE_STATUSES].reverse()) {
    const list = byStage.get(stage);
    if (!list) continue;
    list.sort((a, b) => (a.appliedAt < b.appliedAt ? 1 : a.appliedAt > b.appliedAt ? -1 : a.id < b.id ? -1 : 1));
    groups.push({
      stage,
      label: STAGE_LABEL[stage],
      applications: list,
      withLessons: list.filter(hasLessons).length,
      themes: findThemes(list, stage),
    });
  }
  return groups;
}
