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
