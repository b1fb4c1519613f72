/**
 * Perspective: when a rejection is recorded, put it in proportion with the user's own numbers and
 * published reference figures, always naming their source. The figures live in reference-figures.json
 * (data, not code), so updating them to a newer report is a data change. Pure: no browser API.
 */
import { isActive, type Application } from './application';
import { stageReached } from './lessons';
import rawFigures from './reference-figures.json';

export type ReferenceFigureId = 'applicant-to-interview' | 'interview-to-hire' | (string & {});

export interface ReferenceFigure {
  id: ReferenceFigureId;
  /** 0..1 */
  rate: number;
  /** "about 3% of applicants get an interview" */
  text: string;
}

export interface ReferenceSource {
  id: string;
  publisher: string;
  title: string;
  year: number;
  /** Whose data it is, e.g. "hiring data from over 60,000 small businesses in 2024". */
  scope: string;
  /** A link for the user to read it; never fetched. */
  url: string;
  figures: ReferenceFigure[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string {
  return typeof v === 'string' ? v.trim() : '';
}

/** Read the figures file, keeping only well-formed sources and figures (a rate between 0 and 1, a text, a name). */
export function parseReferenceFigures(raw: unknown): ReferenceSource[] {
  if (!isRecord(raw) || !Array.isArray(raw.sources)) return [];
  const out: ReferenceSource[] = [];
  for (const s of raw.sources) {
    if (!isRecord(s)) continue;
    const figures: ReferenceFigure[] = [];
    for (const f of Array.isArray(s.figures) ? s.figures : []) {
      if (!isRecord(f)) continue;
      const rate = f.rate;
      if (typeof rate !== 'number' || !(rate > 0 && rate <= 1) || !str(f.id) || !str(f.text)) continue;
      figures.push({ id: str(f.id), rate, text: str(f.text) });
    }
    const year = s.year;
    if (!str(s.publisher) || !str(s.title) || typeof year !== 'number' || !Number.isInteger(year) || figures.length === 0) continue;
    const url = str(s.url);
    out.push({
      id: str(s.id) || `${str(s.publisher)}-${year}`,
      publisher: str(s.publisher),
      title: str(s.title),
      year,
      scope: str(s.scope),
      url: /^https:\/\//.test(url) ? url : '',
      figures,
    });
  }
  return out;
}

/** The published figures shipped with Baskets. */
export const REFERENCE_SOURCES: readonly ReferenceSource[] = Object.freeze(parseReferenceFigures(rawFigures));

/** "CareerPlug's 2025 Recruiting Metrics Report" (the title already carries the year). */
export function sourceName(source: Pick<ReferenceSource, 'publisher' | 'title' | 'year'>): string {
  const title = source.title.includes(String(source.year)) ? source.title : `${source.title} (${source.year})`;
  const owner = source.publisher.endsWith('s') ? `${source.publisher}'` : `${source.publisher}'s`;
  return `${owner} ${title}`;
}

export interface PerspectiveReference {
  /** "CareerPlug's 2025 Recruiting Metrics Report: about 3% of applicants get an interview, about 27% of interviews end in a hire." */
  text: string;
  source: ReferenceSource;
}

export interface RejectionPerspective {
  /** This is rejection number … (counting every rejected application, this one included). */
  rejectionNumber: number;
  totalApplications: number;
  /** Still applied, screening, interviewing or offer. */
  stillActive: number;
  /** Applications that reached an interview. */
  interviews: number;
  /** interviews / totalApplications (0..1). */
  interviewRate: number;
  /** "Rejection 9 of 40 applications; 6 still active; your interview rate is 12%." */
  userLine: string;
  references: PerspectiveReference[];
  /** A kind sentence that sets the two side by side, chosen by how far the rejected application got. */
  context: string;
}

function pct(rate: number): string {
  const p = rate * 100;
  return `${p > 0 && p < 1 ? Math.round(p * 10) / 10 : Math.round(p)}%`;
}

function findFigure(sources: readonly ReferenceSource[], id: string): { figure: ReferenceFigure; source: ReferenceSource } | undefined {
  for (const source of sources) {
    const figure = source.figures.find((f) => f.id === id);
    if (figure) return { figure, source };
  }
  return undefined;
}

/**
 * The perspective to show when `rejectedId` is (being) recorded as rejected. The record may still carry its
 * previous status in `apps` (the UI can ask before saving): it is counted as rejected either way.
 */
export function rejectionPerspective(
  apps: readonly Application[],
  rejectedId: string,
  sources: readonly ReferenceSource[] = REFERENCE_SOURCES,
): RejectionPerspective {
  let rejections = 0;
  let active = 0;
  let interviews = 0;
  let rejected: Application | undefined;
  for (const app of apps) {
    const isThis = app.id === rejectedId;
    if (isThis) rejected = app;
    if (isThis || app.status === 'rejected') rejections++;
    else if (isActive(app.status)) active++;
    const stage = stageReached(app);
    if (stage === 'interviewing' || stage === 'offer') interviews++;
  }
  const total = apps.length;
  const interviewRate = total > 0 ? interviews / total : 0;

  const stillActive = active === 0 ? 'none still active' : `${active} still active`;
  const userLine = `Rejection ${rejections} of ${total} ${total === 1 ? 'application' : 'applications'}; ${stillActive}; your interview rate is ${pct(interviewRate)}.`;

  const references: PerspectiveReference[] = sources.map((source) => ({
    source,
    text: `${sourceName(source)}: ${source.figures.map((f) => f.text).join(', ')}.`,
  }));

  const reachedInterview = rejected ? ['interviewing', 'offer'].includes(stageReached(rejected)) : false;
  const hire = findFigure(sources, 'interview-to-hire');
  const interview = findFigure(sources, 'applicant-to-interview');
  let context: string;
  if (reachedInterview && hire) {
    context = `Getting to an interview is already the hard part. Even then, ${hire.figure.text} (${sourceName(hire.source)}), so most interviews end like this one for everyone.`;
  } else if (interview) {
    const named = `${interview.figure.text} (${sourceName(interview.source)})`;
    context =
      total >= 5 && interviewRate > interview.figure.rate
        ? `Your interview rate of ${pct(interviewRate)} is above the usual: ${named}. Most applications end without an interview, for everyone; this one says little about you.`
        : `Most applications end without an interview, for everyone: ${named}. This one says little about you.`;
  } else {
    context = 'Most applications end without a job, for everyone. This one says little about you.';
  }

  return { rejectionNumber: rejections, totalApplications: total, stillActive: active, interviews, interviewRate, userLine, references, context };
}

/** The outcomes that close an application without a job, each with its own closing step. */
export type ClosingOutcome = 'rejected' | 'ghosted' | 'withdrawn';

export interface ClosingPerspective {
  outcome: ClosingOutcome;
  /** One warm sentence that puts this outcome in proportion, from the user's own numbers where they help. */
  proportion: string;
  /** How common the outcome is. Starts "You are not alone". Holds a published figure only when `source` is set. */
  notAlone: string;
  /** Where the figure in `notAlone` comes from; named once, by the UI, under the sentence. */
  source?: ReferenceSource;
}

function applications(n: number): string {
  return `${n} ${n === 1 ? 'application' : 'applications'}`;
}

/**
 * The closing step's two sentences for `closedId`, which is (being) closed as `outcome`: the record may still
 * carry its previous status in `apps`. Each figure appears once: the user's own counts in `proportion`, the
 * published figure (with its source) in `notAlone`. Ghosted and withdrawn have no published figure Baskets
 * can cite with confidence, so they are said without a number.
 */
export function closingPerspective(
  apps: readonly Application[],
  closedId: string,
  outcome: ClosingOutcome,
  sources: readonly ReferenceSource[] = REFERENCE_SOURCES,
): ClosingPerspective {
  let active = 0;
  let interviews = 0;
  let closed: Application | undefined;
  for (const app of apps) {
    const stage = stageReached(app);
    if (stage === 'interviewing' || stage === 'offer') interviews++;
    if (app.id === closedId) closed = app;
    else if (isActive(app.status)) active++;
  }
  const total = apps.length;
  const inPlay = active === 1 ? '1 other application is still in play' : `${active} other applications are still in play`;

  if (outcome === 'ghosted') {
    return {
      outcome,
      proportion:
        active > 0
          ? `A silence says more about a crowded hiring inbox than about you, and ${inPlay}.`
          : 'A silence says more about a crowded hiring inbox than about you.',
      notAlone: 'You are not alone: many employers never answer most of the people who apply, so a silence is one of the most common ways an application ends.',
    };
  }

  if (outcome === 'withdrawn') {
    return {
      outcome,
      proportion:
        active > 0
          ? `Stepping back was your choice, and knowing what you do not want makes the next choice easier; ${inPlay}.`
          : 'Stepping back was your choice, and knowing what you do not want makes the next choice easier.',
      notAlone: 'You are not alone: many people step out of a hiring process once they learn more about the role, the pay or the team.',
    };
  }

  const reachedInterview = closed ? ['interviewing', 'offer'].includes(stageReached(closed)) : false;
  if (reachedInterview) {
    const hire = findFigure(sources, 'interview-to-hire');
    return {
      outcome,
      proportion:
        active > 0
          ? `You got to an interview here, further than most applications go, and ${inPlay}.`
          : 'You got to an interview here, further than most applications go.',
      notAlone: hire
        ? `You are not alone: ${hire.figure.text}, so most interviews end this way, for everyone.`
        : 'You are not alone: most interviews end without an offer, for everyone.',
      ...(hire ? { source: hire.source } : {}),
    };
  }

  const interview = findFigure(sources, 'applicant-to-interview');
  let proportion: string;
  if (total < 3) proportion = 'Early in a search, every answer feels bigger than it is; this one says little about you.';
  else if (interview && total >= 5 && interviews / total > interview.figure.rate)
    proportion = `${interviews} of your ${applications(total)} reached an interview, more than most people manage, so this one says little about you.`;
  else if (active > 0) proportion = `One answer among your ${applications(total)}, and ${inPlay}.`;
  else proportion = `One answer among your ${applications(total)}; it says little about you.`;
  return {
    outcome,
    proportion,
    notAlone: interview
      ? `You are not alone: ${interview.figure.text}, so most applications end like this one, for everyone.`
      : 'You are not alone: most applications end without an interview, for everyone.',
    ...(interview ? { source: interview.source } : {}),
  };
}
