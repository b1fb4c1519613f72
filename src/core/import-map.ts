/**
 * Importing CSV files from other job trackers (spreadsheets, Huntr, Teal, Simplify, Notion exports …):
 * tolerant header mapping, status words and date formats, and validation of one row. Pure, no browser API.
 */
import { LIMITS, STATUSES, type Status } from './application';
import { canonicalUrl } from './canonical-url';
import { MONTH_NAMES, readIsoDate } from './dates';
import { cleanMultiline, cleanText } from './sanitize';

export type ImportField = 'company' | 'title' | 'status' | 'appliedAt' | 'location' | 'url' | 'notes' | 'source' | 'jobId';

/** Header names (folded: lower case, letters and digits only) per field, most specific first. */
const HEADER_NAMES: Record<ImportField, string[]> = {
  company: [
    'company',
    'companyname',
    'employer',
    'employername',
    'organization',
    'organisation',
    'org',
    'hiringcompany',
    'business',
    'firm',
    'client',
    'companyorganization',
  ],
  title: [
    'jobtitle',
    'title',
    'position',
    'positiontitle',
    'role',
    'roletitle',
    'jobrole',
    'jobposition',
    'jobname',
    'job',
    'vacancy',
    'opening',
    'postingtitle',
  ],
  status: [
    'status',
    'stage',
    'applicationstatus',
    'currentstatus',
    'jobstatus',
    'outcome',
    'result',
    'state',
    'progress',
    'pipeline',
    'step',
  ],
  appliedAt: [
    'dateapplied',
    'appliedon',
    'applicationdate',
    'appliedat',
    'applieddate',
    'dateofapplication',
    'applied',
    'datesubmitted',
    'submittedon',
    'submitted',
    'date',
    'dateadded',
    'created',
    'createdat',
    'added',
  ],
  location: ['location', 'joblocation', 'city', 'place', 'where', 'office', 'worklocation', 'country'],
  url: [
    'url',
    'link',
    'joblink',
    'joburl',
    'jobposting',
    'posting',
    'postingurl',
    'postinglink',
    'listing',
    'listingurl',
    'applicationlink',
    'applicationurl',
    'website',
    'joburllink',
    'href',
  ],
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
  [
    'withdrawn',
    [
      'withdrawn',
      'withdrew',
      'withdraw',
      'cancelled',
      'canceled',
      'notinterested',
      'offerdeclined',
      'declinedoffer',
      'ideclined',
      'retracted',
      'archived',
    ],
  ],
  ['offer', ['offer', 'offered', 'offerreceived', 'offerextended', 'gotoffer', 'negotiating', 'negotiation']],
  [
    'ghosted',
    [
      'ghosted',
      'noresponse',
      'noreply',
      'noanswer',
      'noresponseyet',
      'nonews',
      'silence',
      'unresponsive',
      'nohear',
      'neverheardback',
      'noheardback',
    ],
  ],
  [
    'rejected',
    [
      'rejected',
      'rejection',
      'declined',
      'notselected',
      'unsuccessful',
      'turneddown',
      'denied',
      'closed',
      'notmovingforward',
      'nomovingforward',
      'notprogressed',
      'refused',
      'lost',
      'dead',
    ],
  ],
  [
    'interviewing',
    [
      'interview',
      'interviewing',
      'interviews',
      'interviewed',
      'onsite',
      'finalround',
      'final',
      'technicalinterview',
      'secondinterview',
      'firstinterview',
      'panel',
      'superday',
    ],
  ],
  [
    'screening',
    [
      'screening',
      'screen',
      'phonescreen',
      'phonescreening',
      'recruitercall',
      'recruiterscreen',
      'hrcall',
      'hrscreen',
      'initialcall',
      'introcall',
      'assessment',
      'onlineassessment',
      'takehome',
      'codingchallenge',
      'test',
      'inreview',
      'underreview',
      'reviewing',
      'shortlisted',
    ],
  ],
  [
    'applied',
    ['applied', 'submitted', 'sent', 'applicationsent', 'applicationsubmitted', 'pending', 'waiting', 'awaitingresponse', 'open', 'active'],
  ],
];

/** The Baskets status for a tracker's status word, or undefined when the word is not understood. A blank cell → applied. */
export function parseStatusWord(word: string): Status | undefined {
  if (word.trim() === '') return 'applied';
  const w = foldHeader(word);
  // "💀", "?" or "—" fold to nothing: not a blank cell, and not a word Baskets knows.
  if (!w) return undefined;
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
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

type DateReading = { iso: string } | { error: string };

function ymd(y: number, m: number, d: number): DateReading {
  if (![y, m, d].every(Number.isInteger)) return NOT_UNDERSTOOD;
  if (y < 100) y += 2000;
  if (y < 1970 || y > 9999) return { error: 'is outside the years Baskets keeps (1970 to 9999)' };
  if (m < 1 || m > 12) return { error: 'has no such month' };
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d < 1 || d > days) return { error: `names no real day (${MONTH_NAMES[m - 1]} ${y} has ${days} days)` };
  // A date without a time is stored at noon UTC, so it shows as the same calendar day in every time zone but ±12h.
  return { iso: new Date(Date.UTC(y, m - 1, d, 12)).toISOString() };
}
const NOT_UNDERSTOOD: DateReading = { error: 'is not understood' };

/**
 * Dates as trackers write them: ISO 8601 ("2024-03-05", "2024-03-05T10:00:00Z"), US "03/05/2024" (month first,
 * unless the first number is above 12), dotted European "05.03.2024" (day first), "5 Mar 2024", "March 5, 2024",
 * "05-Mar-2024". The day must exist as written: "2025-02-29" or "31/04/2024" is an error, never rolled over into
 * the next month. Returns the full ISO string, or why the value is not a date.
 */
export function readDateLoose(value: string): DateReading {
  const s = value.trim();
  if (!s) return NOT_UNDERSTOOD;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  if (/^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}/.test(s)) {
    const read = readIsoDate(s);
    if (!read.ok) {
      if (read.reason === 'no-such-day') return ymd(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10)));
      return read.reason === 'no-such-time' ? { error: 'names no real time of day' } : NOT_UNDERSTOOD;
    }
    const year = new Date(read.time).getUTCFullYear();
    if (year < 1970 || year > 9999) return { error: 'is outside the years Baskets keeps (1970 to 9999)' };
    return { iso: new Date(read.time).toISOString() };
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(s) ?? /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    return a > 12 ? ymd(Number(m[3]), b, a) : ymd(Number(m[3]), a, b);
  }
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(s);
  if (m) return ymd(Number(m[3]), Number(m[2]), Number(m[1]));
  const words = s
    .toLowerCase()
    .replace(/,/g, ' ')
    .replace(/(\d)(st|nd|rd|th)\b/g, '$1')
    .split(/[\s\-/.]+/)
    .filter(Boolean);
  // drop a weekday name ("Tue 5 Mar 2024")
  if (words.length === 4 && /^[a-z]+$/.test(words[0] as string) && !Object.hasOwn(MONTHS, words[0] as string)) words.shift();
  if (words.length === 3) {
    const [x, y, z] = words as [string, string, string];
    if (/^\d{1,2}$/.test(x) && Object.hasOwn(MONTHS, y) && /^\d{2,4}$/.test(z)) return ymd(Number(z), MONTHS[y] as number, Number(x));
    if (Object.hasOwn(MONTHS, x) && /^\d{1,2}$/.test(y) && /^\d{2,4}$/.test(z)) return ymd(Number(z), MONTHS[x] as number, Number(y));
    if (/^\d{4}$/.test(x) && Object.hasOwn(MONTHS, y) && /^\d{1,2}$/.test(z)) return ymd(Number(x), MONTHS[y] as number, Number(z));
  }
  return NOT_UNDERSTOOD;
}

/** `readDateLoose` as a full ISO string, or undefined when the value is not a real date. */
export function parseDateLoose(value: string): string | undefined {
  const read = readDateLoose(value);
  return 'iso' in read ? read.iso : undefined;
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
  let appliedAt: string | undefined;
  if (rawDate) {
    const read = readDateLoose(rawDate);
    if ('error' in read) return { error: `the date "${cleanText(rawDate, 40)}" ${read.error}` };
    appliedAt = read.iso;
  }
  // A blank status means "applied"; a word Baskets does not know is an error, never a quiet "applied".
  const rawStatus = get('status');
  const statusWord = cleanText(rawStatus, 200);
  const status = rawStatus.trim() === '' ? 'applied' : statusWord ? parseStatusWord(statusWord) : undefined;
  if (!status) {
    const shown = statusWord ? `"${cleanText(statusWord, 60)}"` : 'made only of invisible characters';
    return { error: `the status ${shown} is not one Baskets knows (${STATUSES.join(', ')}, or leave it blank for applied)` };
  }
  const notes = cleanMultiline(get('notes'), LIMITS.notes);
  const row: TrackerRow = {
    company,
    title,
    location: cleanText(get('location'), LIMITS.location),
    url,
    source:
      cleanText(get('source'), LIMITS.source)
        .toLowerCase()
        .replace(/[^a-z0-9.-]+/g, '-') || 'import',
    status,
    notes,
  };
  if (appliedAt) row.appliedAt = appliedAt;
  const jobId = cleanText(get('jobId'), LIMITS.jobId);
  if (jobId) row.jobId = jobId;
  return { row };
}
