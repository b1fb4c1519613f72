/**
 * Importing CSV files from other job trackers (spreadsheets, Huntr, Teal, Simplify, Notion exports …):
 * tolerant header mapping, status words and date formats, and validation of one row. Pure, no browser API.
 */
import { LIMITS, type Status } from './application';
import { canonicalUrl } from './canonical-url';
import { cleanMultiline, cleanText } from './sanitize';

export type ImportField = 'company' | 'title' | 'status' | 'appliedAt' | 'location' | 'url' | 'notes' | 'source' | 'jobId';

/** Header names (folded: lower case, letters and digits only) per field, most specific first. */
const HEADER_NAMES: Record<ImportField, string[]> = {
  company: ['company', 'companyname', 'employer', 'employername', 'organization', 'organisation', 'org', 'hiringcompany', 'business', 'firm', 'client', 'companyorganization'],
  title: ['jobtitle', 'title', 'position', 'positiontitle', 'role', 'roletitle', 'jobrole', 'jobposition', 'jobname', 'job', 'vacancy', 'opening', 'postingtitle'],
  status: ['status', 'stage', 'applicationstatus', 'currentstatus', 'jobstatus', 'outcome', 'result', 'state', 'progress', 'pipeline', 'step'],
  appliedAt: ['dateapplied', 'appliedon', 'applicationdate', 'appliedat', 'applieddate', 'dateofapplication', 'applied', 'datesubmitted', 'submittedon', 'submitted', 'date', 'dateadded', 'created', 'createdat', 'added'],
  location: ['location', 'joblocation', 'city', 'place', 'where', 'office', 'worklocation', 'country'],
  url: ['url', 'link', 'joblink', 'joburl', 'jobposting', 'posting', 'postingurl', 'postinglink', 'listing', 'listingurl', 'applicationlink', 'applicationurl', 'website', 'joburllink', 'href'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks', 'details', 'description', 'jobdescription', 'memo'],
  source: ['source', 'site', 'jobboard', 'board', 'platform', 'via', 'foundon', 'foundvia', 'channel', 'websitename'],
  jobId: ['jobid', 'reqid', 'requisitionid', 'requisition', 'postingid', 'jobnumber', 'reference', 'referencenumber'],
};

/** Looser rules for headers no exact name matched ("Company (employer)", "Application Status Date" …). */
const HEADER_CONTAINS: Array<[ImportField, RegExp]> = [
  ['appliedAt', /(applied|application|submit).*(date|on|at)|date.*(applied|application|submit)/],
  ['company', /company|employer|organi[sz]ation/],
  ['title', /title|position|role/],
  ['status', /status|stage/],
  ['url', /url|link/],
  ['location', /location|city/],
  ['notes', /note|comment/],
];

export function foldHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

export type ColumnMap = Partial<Record<ImportField, number>>;

/** Which column holds which field. The first column that names a field wins; unknown columns are ignored. */
export function mapHeaders(headers: readonly string[]): ColumnMap {
  const folded = headers.map(foldHeader);
  const map: ColumnMap = {};
  const taken = new Set<number>();
  for (const field of Object.keys(HEADER_NAMES) as ImportField[]) {
    for (const name of HEADER_NAMES[field]) {
      const i = folded.findIndex((h, idx) => h === name.replace(/[^a-z0-9]/g, '') && !taken.has(idx));
      if (i >= 0) {
        map[field] = i;
        taken.add(i);
        break;
      }
    }
  }
  for (const [field, re] of HEADER_CONTAINS) {
    if (map[field] !== undefined) continue;
    const i = folded.findIndex((h, idx) => !taken.has(idx) && re.test(h));
    if (i >= 0) {
      map[field] = i;
      taken.add(i);
    }
  }
  return map;
}

/** Status words of other trackers, folded like headers. */
const STATUS_WORDS: Array<[Status, string[]]> = [
  ['accepted', ['accepted', 'offeraccepted', 'hired', 'signed', 'joined', 'acceptedoffer']],
  ['withdrawn', ['withdrawn', 'withdrew', 'withdraw', 'cancelled', 'canceled', 'notinterested', 'offerdeclined', 'declinedoffer', 'ideclined', 'retracted', 'archived']],
  ['offer', ['offer', 'offered', 'offerreceived', 'offerextended', 'gotoffer', 'negotiating', 'negotiation']],
  ['ghosted', ['ghosted', 'noresponse', 'noreply', 'noanswer', 'noresponseyet', 'nonews', 'silence', 'unresponsive', 'nohear', 'neverheardback', 'noheardback']],
  ['rejected', ['rejected', 'rejection', 'declined', 'notselected', 'unsuccessful', 'turneddown', 'denied', 'closed', 'notmovingforward', 'nomovingforward', 'notprogressed', 'refused', 'lost', 'dead']],
  ['interviewing', ['interview', 'interviewing', 'interviews', 'interviewed', 'onsite', 'finalround', 'final', 'technicalinterview', 'secondinterview', 'firstinterview', 'panel', 'superday']],
  ['screening', ['screening', 'screen', 'phonescreen', 'phonescreening', 'recruitercall', 'recruiterscreen', 'hrcall', 'hrscreen', 'initialcall', 'introcall', 'assessment', 'onlineassessment', 'takehome', 'codingchallenge', 'test', 'inreview', 'underreview', 'reviewing', 'shortlisted']],
  ['applied', ['applied', 'submitted', 'sent', 'applicationsent', 'applicationsubmitted', 'pending', 'waiting', 'awaitingresponse', 'open', 'active']],
];

/** The Baskets status for a tracker's status word, or undefined when the word is not understood. '' → applied. */
export function parseStatusWord(word: string): Status | undefined {
  const w = foldHeader(word);
  if (!w) return 'applied';
  for (const [status, words] of STATUS_WORDS) if (words.includes(w)) return status;
  // Phrases: "2nd interview scheduled", "Rejected after onsite", "Phone screen done".
  if (/accept|hired/.test(w)) return 'accepted';
  if (/withdr|notinterested/.test(w)) return 'withdrawn';
  if (/reject|declin|unsuccess|notselected/.test(w)) return 'rejected';
  if (/ghost|noresponse|noreply|noanswer/.test(w)) return 'ghosted';
  if (/offer/.test(w)) return 'offer';
  if (/interview|onsite/.test(w)) return 'interviewing';
  if (/screen|assessment|takehome|challenge|recruiter/.test(w)) return 'screening';
  if (/appl|submit/.test(w)) return 'applied';
  return undefined;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

function ymd(y: number, m: number, d: number): string | undefined {
  if (y < 100) y += 2000;
  if (y < 1970 || y > 9999 || m < 1 || m > 12 || d < 1) return undefined;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return undefined;
  // A date without a time is stored at noon UTC, so it shows as the same calendar day in every time zone but ±12h.
  return new Date(Date.UTC(y, m - 1, d, 12)).toISOString();
}

/**
 * Dates as trackers write them: ISO 8601 ("2024-03-05", "2024-03-05T10:00:00Z"), US "03/05/2024" (month first,
 * unless the first number is above 12), dotted European "05.03.2024" (day first), "5 Mar 2024", "March 5, 2024",
 * "05-Mar-2024". Returns a full ISO string, or undefined when not understood.
 */
export function parseDateLoose(value: string): string | undefined {
  const s = value.trim();
  if (!s) return undefined;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s)) {
    const t = Date.parse(s);
    return Number.isNaN(t) ? undefined : new Date(t).toISOString();
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(s) ?? /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    return a > 12 ? ymd(Number(m[3]), b, a) : ymd(Number(m[3]), a, b);
  }
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(s);
  if (m) return ymd(Number(m[3]), Number(m[2]), Number(m[1]));
  const words = s.toLowerCase().replace(/,/g, ' ').replace(/(\d)(st|nd|rd|th)\b/g, '$1').split(/[\s\-/.]+/).filter(Boolean);
  // drop a weekday name ("Tue 5 Mar 2024")
  if (words.length === 4 && /^[a-z]+$/.test(words[0] as string) && !(words[0] as string in MONTHS)) words.shift();
  if (words.length === 3) {
    const [x, y, z] = words as [string, string, string];
    if (/^\d{1,2}$/.test(x) && y in MONTHS && /^\d{2,4}$/.test(z)) return ymd(Number(z), MONTHS[y] as number, Number(x));
    if (x in MONTHS && /^\d{1,2}$/.test(y) && /^\d{2,4}$/.test(z)) return ymd(Number(z), MONTHS[x] as number, Number(y));
    if (/^\d{4}$/.test(x) && y in MONTHS && /^\d{1,2}$/.test(z)) return ymd(Number(x), MONTHS[y] as number, Number(z));
  }
  return undefined;
}

export interface TrackerRow {
  company: string;
  title: string;
  location: string;
  url: string;
  source: string;
  jobId?: string;
  status: Status;
  /** ISO, or undefined when the file has no date for this row. */
  appliedAt?: string;
  notes: string;
}

/** Validate one row of a tracker CSV. */
export function readTrackerRow(cells: readonly string[], map: ColumnMap): { row: TrackerRow } | { error: string } {
  const get = (f: ImportField): string => {
    const i = map[f];
    return i === undefined ? '' : (cells[i] ?? '');
  };
  const company = cleanText(get('company'), LIMITS.company);
  const title = cleanText(get('title'), LIMITS.title);
  if (!company && !title) return { error: 'no company and no job title' };
  const rawUrl = get('url').trim();
  const url = rawUrl ? canonicalUrl(/^[a-z][a-z0-9+.-]*:/i.test(rawUrl) ? rawUrl : `https://${rawUrl}`) : '';
  const rawDate = get('appliedAt').trim();
  const appliedAt = rawDate ? parseDateLoose(rawDate) : undefined;
  if (rawDate && !appliedAt) return { error: `the date "${cleanText(rawDate, 40)}" is not understood` };
  const rawStatus = cleanText(get('status'), 60);
  let notes = cleanMultiline(get('notes'), LIMITS.notes);
  let status = parseStatusWord(rawStatus);
  if (!status) {
    // Keep the tracker's own word rather than lose it.
    status = 'applied';
    notes = `${notes ? `${notes}\n` : ''}Status in the imported file: ${rawStatus}`.slice(0, LIMITS.notes);
  }
  const row: TrackerRow = {
    company,
    title,
    location: cleanText(get('location'), LIMITS.location),
    url,
    source: cleanText(get('source'), LIMITS.source).toLowerCase().replace(/[^a-z0-9.-]+/g, '-') || 'import',
    status,
    notes,
  };
  if (appliedAt) row.appliedAt = appliedAt;
  const jobId = cleanText(get('jobId'), LIMITS.jobId);
  if (jobId) row.jobId = jobId;
  return { row };
}
