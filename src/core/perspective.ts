/**
 * Perspective: when an application is closed (rejected, ghosted, withdrawn), put it in proportion with the
 * user's own numbers and, where one exists, a published reference figure, always naming its source. The
 * figures live in reference-figures.json (data, not code), so updating them to a newer report is a data
 * change. Pure: no browser API.
 */
import { isActive, type Application } from './application';
import { stageReached } from './lessons';
import rawFigures from './reference-figures.json';
import { isRecord } from './guards';

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

function findFigure(sources: readonly ReferenceSource[], id: string): { figure: ReferenceFigure; source: ReferenceSource } | undefined {
  for (const source of sources) {
    const figure = source.figures.find((f) => f.id === id);
    if (figure) return { figure, source };
  }
  return undefined;
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
      notAlone:
        'You are not alone: many employers never answer most of the people who apply, so a silence is one of the most common ways an application ends.',
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
