/**
 * The matcher: which of the user's applications an email is about. The employer by `companyKey` (and the user's
 * aliases), found as whole words in the sender's name, the sender's own domain, the subject and the body; then the
 * job title where several applications share the employer. When in doubt, `ambiguous` (the user picks) or `none`:
 * a wrong match must stay rare. Pure.
 */
import { companyKey } from '../company-key';
import type { Sender } from './extract';
import { DOMAIN_NOISE, PUBLIC_SECOND_LEVEL, isAtsDomain, isPlatformDomain } from './senders';
import { readMail } from './classify';
import { fold, type Sentence } from './text';
import type { EmailInput, KnownApplication, MailMatch } from './types';

const ACTIVE = new Set(['applied', 'screening', 'interviewing', 'offer']);

/**
 * Employer names that are also everyday words (or too short to be told from one): found in a subject or body, they
 * count only in a strong position ("at Square", "the Notion team", "bei Otto", capitalised).
 */
export const COMMON_WORD_NAMES: ReadonlySet<string> = new Set(
  (
    'apple square notion indeed meta block stripe target gap visa shell oracle lime bolt chime plaid ramp mercury affirm ' +
    'zoom slack box front loom calm snap discord ring nest amazon delta united national capital progressive general ' +
    'elastic confluent snowflake clover toast oscar ro hims noom figure brave signal dash stack tide root current ' +
    'wise n26 monday linear retool attentive intercom drift gong outreach clari lattice rippling deel remote gusto ' +
    'carta brex pilot bench found mosaic harvey jasper writer cohere mistral anthropic scale labelbox hugging ' +
    'otto post bank energy energie hello fresh sky three orange free bouygues sun jet next boots argos tesco ' +
    'unity epic riot valve mojang king supercell roblox reddit twitch canva miro asana airtable coda craft ' +
    'pitch prezi typeform tally census segment amplitude heap mixpanel looker mode sigma hex deepnote ' +
    'compass redfin zillow opendoor offerpad better divvy bill expensify ramp navan lyft uber bird spin ' +
    'vista liberty guardian pioneer summit horizon apex vertex zenith atlas titan nova orbit spark pulse ' +
    'echo bloom sage mint olive ivy pine oak maple willow cedar river stone rock wave tide ocean coral ' +
    'people talent team careers jobs job work hire hiring recruit recruiting apply application ' +
    'on it ai one two go do be at in of to us we you the and for with as by an or if so up'
  ).split(' '),
);

/** Words before a name that put it in a strong position: "at Acme", "bei Acme", "join Acme". */
const STRONG_BEFORE = new Set(['at', 'bei', 'chez', 'bij', 'presso', 'join', 'joining', 'from', 'von', 'with', 'para', 'in', '@']);
/** Words after a name that put it in a strong position: "Acme team", "Acme Recruiting". */
const STRONG_AFTER = new Set([
  'team',
  'teams',
  'recruiting',
  'recruitment',
  'talent',
  'hiring',
  'careers',
  'hr',
  'people',
  'karriere',
  'recrutement',
  'inc',
  'gmbh',
  'ltd',
  'llc',
  'ag',
  'sa',
  'bv',
]);

interface Token {
  /** As written (for the capitalisation check). */
  raw: string;
  /** Folded like company-key.ts folds a name. */
  key: string;
}

/** Words as companyKey sees them: case and accents folded, apostrophes and dots dropped, "&" read as "and". */
function keyTokens(text: string): Token[] {
  const out: Token[] = [];
  // "Notion's team": the possessive is not part of the name.
  const cleaned = text
    .replace(/&/g, ' and ')
    .replace(/(?<=\p{L})['’]s(?![\p{L}\p{N}])/gu, '')
    .replace(/['’`´.]/g, '');
  for (const raw of cleaned.split(/[^\p{L}\p{N}\p{M}]+/u)) {
    if (!raw) continue;
    const key = /^[a-z0-9]+$/.test(raw) ? raw : fold(raw).replace(/ /g, '');
    if (key) out.push({ raw, key });
  }
  return out;
}

type Place = 'sender' | 'domain' | 'named' | 'subject' | 'body-strong' | 'body';
const PLACE_SCORE: Readonly<Record<Place, number>> = { sender: 3, domain: 3, named: 3, subject: 2, 'body-strong': 2, body: 1 };
const PLACE_REASON: Readonly<Record<Place, string>> = {
  sender: 'company in sender name',
  domain: 'sender domain',
  named: 'company named by the email',
  subject: 'company in subject',
  'body-strong': 'company in body',
  body: 'company in body',
};

interface Group {
  canonical: string;
  keys: Set<string>;
  apps: KnownApplication[];
}

const MAX_WINDOW = 6;

/** Find every group key in a token stream, as whole words. Calls `found(group, strongPosition)`. */
function scanTokens(
  tokens: readonly Token[],
  byKey: ReadonlyMap<string, Group>,
  prefixes: ReadonlySet<string>,
  found: (g: Group, key: string, strong: boolean, capitalised: boolean, at: number) => void,
): void {
  for (let i = 0; i < tokens.length; i++) {
    let joined = '';
    for (let n = 0; n < MAX_WINDOW && i + n < tokens.length; n++) {
      joined += (tokens[i + n] as Token).key;
      // No employer key starts with these words: stop widening the window.
      if (!prefixes.has(joined)) break;
      const g = byKey.get(joined);
      if (!g) continue;
      const before = i > 0 ? (tokens[i - 1] as Token).key : '';
      const after = i + n + 1 < tokens.length ? (tokens[i + n + 1] as Token).key : '';
      const strong = STRONG_BEFORE.has(before) || STRONG_AFTER.has(after);
      const first = (tokens[i] as Token).raw;
      const capitalised = /^\p{Lu}/u.test(first);
      found(g, joined, strong, capitalised, i);
    }
  }
}

/** The labels of a sender domain that could name the employer ("careers.acme-corp.co.uk" → ["acmecorp"]). */
function domainNames(domain: string): string[] {
  if (!domain || isPlatformDomain(domain)) return [];
  const labels = domain.split('.');
  labels.pop(); // the top-level domain
  if (labels.length >= 2 && PUBLIC_SECOND_LEVEL.includes(labels[labels.length - 1] as string)) labels.pop();
  const out: string[] = [];
  for (const label of labels) {
    if (DOMAIN_NOISE.includes(label)) continue;
    const key = label.replace(/[^a-z0-9]/g, '');
    if (!key) continue;
    out.push(key);
    // "acmecareers.com", "jobs-acme.de", "acmegroup.com"
    const trimmed = label
      .replace(/^(?:jobs|careers|karriere|join|work|team|get|try|use|make)-?/, '')
      .replace(/-?(?:careers|jobs|karriere|group|hq|hr|mail|recruiting|talent|app|corp|inc|llc|ltd|gmbh|ag|bv|sa|sas|srl|spa|plc)$/, '')
      .replace(/[^a-z0-9]/g, '');
    if (trimmed && trimmed !== key) out.push(trimmed);
  }
  return out;
}

function titleWords(title: string): string {
  return fold(title)
    .replace(/\b(?:m w d|w m d|f m d|m f d|h f|f h|m f|all genders?|w m|m w|d f m|x f m|h f x|f h x)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Two job titles name the same job: one contains the other's words, or they share most of them. */
export function similarTitles(a: string, b: string): boolean {
  const wa = new Set(titleWords(a).split(' ').filter(Boolean));
  const wb = new Set(titleWords(b).split(' ').filter(Boolean));
  if (wa.size === 0 || wb.size === 0) return false;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  if (common === Math.min(wa.size, wb.size) && common >= 1 && (common >= 2 || Math.max(wa.size, wb.size) <= 2)) return true;
  return common / (wa.size + wb.size - common) >= 0.5;
}

function titleIn(title: string, texts: readonly string[]): boolean {
  const words = titleWords(title);
  if (!words) return false;
  const needles = [` ${words} `];
  // "Data Analyst - Remote", "Data Analyst, Payments", "Data Analyst (Berlin)": also the part before the qualifier.
  const head = titleWords(title.split(/\s[-–—|]\s|,|\(/)[0] ?? '');
  if (head && head !== words && head.split(' ').length >= 2) needles.push(` ${head} `);
  return texts.some((t) => needles.some((n) => t.includes(n)));
}

/** Words that describe an employer's business after its name ("Bank", "Group"), dropped when 2+ words remain. */
const DESCRIPTORS = new Set([
  'bank',
  'group',
  'groupe',
  'grupo',
  'gruppe',
  'gruppo',
  'groep',
  'holding',
  'holdings',
  'technologies',
  'technology',
  'labs',
  'software',
  'systems',
  'international',
  'digital',
  'services',
  'financial',
  'europe',
  'deutschland',
  'germany',
  'france',
  'espana',
  'nederland',
  'italia',
  'uk',
]);

/** companyKey of a company name without its trailing descriptor words (and legal form), or '' when nothing is left of 2+ words. */
function withoutDescriptor(company: string): string {
  const words = company.replace(/\./g, '').replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  const full = companyKey(company);
  // Drop the legal form first: the trailing words companyKey ignores.
  while (words.length > 1 && companyKey(words.slice(0, -1).join(' ')) === full) words.pop();
  let dropped = false;
  while (words.length > 2 && DESCRIPTORS.has(fold(words[words.length - 1] as string))) {
    words.pop();
    dropped = true;
  }
  if (!dropped || words.length < 2) return '';
  return companyKey(words.join(' '));
}

export interface MatchContext {
  sender: Sender;
  subject: string;
  sentences: readonly Sentence[];
  /** The employer and title the classifier read from the email ('' when none). */
  company: string;
  title: string;
}

function none(reason: string): MailMatch {
  return { strength: 'none', applicationId: null, candidates: [], reason };
}

/** Match an already-read email (see classify.ts) against the applications. */
export function matchRead(ctx: MatchContext, applications: readonly KnownApplication[], aliases?: ReadonlyMap<string, string>): MailMatch {
  const apps = Array.isArray(applications) ? applications.filter((a) => a && typeof a.id === 'string' && a.id) : [];
  if (apps.length === 0) return none('no applications');
  const canon = (key: string): string => {
    const c = aliases instanceof Map ? aliases.get(key) : undefined;
    return typeof c === 'string' && c ? c : key;
  };
  const groups = new Map<string, Group>();
  for (const app of apps) {
    const key = typeof app.companyKey === 'string' && app.companyKey ? app.companyKey : companyKey(String(app.company ?? ''));
    if (!key) continue;
    const c = canon(key);
    let g = groups.get(c);
    if (!g) groups.set(c, (g = { canonical: c, keys: new Set([c]), apps: [] }));
    g.keys.add(key);
    g.apps.push(app);
  }
  // "Trade Republic Bank GmbH" is written "Trade Republic", "ABN AMRO Bank N.V." "ABN AMRO": a name of two words
  // or more also counts without a trailing descriptor ("Bank", "Group", "Technologies" …). Never a one-word rest
  // ("Deutsche Bank" is not "Deutsche").
  const shortKeys = new Map<string, Group | null>();
  for (const g of groups.values()) {
    for (const app of g.apps) {
      const short = withoutDescriptor(String(app.company ?? ''));
      if (!short || g.keys.has(short) || groups.has(short)) continue;
      const prev = shortKeys.get(short);
      shortKeys.set(short, prev === undefined || prev === g ? g : null);
    }
  }
  for (const [short, g] of shortKeys) if (g) g.keys.add(short);
  if (aliases instanceof Map) {
    for (const [alias, target] of aliases) {
      const g = typeof target === 'string' ? groups.get(target) : undefined;
      if (g && typeof alias === 'string' && alias) g.keys.add(alias);
    }
  }
  const byKey = new Map<string, Group>();
  for (const g of groups.values()) for (const k of g.keys) if (!byKey.has(k)) byKey.set(k, g);
  const prefixes = new Set<string>();
  for (const k of byKey.keys()) for (let i = 1; i <= Math.min(k.length, 80); i++) prefixes.add(k.slice(0, i));

  const best = new Map<Group, Place>();
  const note = (g: Group, place: Place): void => {
    const prev = best.get(g);
    if (!prev || PLACE_SCORE[place] > PLACE_SCORE[prev]) best.set(g, place);
  };
  const common = (key: string): boolean => key.length <= 3 || COMMON_WORD_NAMES.has(key);

  // The sender's own domain, and the tenant name tracking systems put in the address ("acme@myworkday.com").
  for (const name of domainNames(ctx.sender.domain)) {
    const g = byKey.get(name);
    if (g) note(g, 'domain');
  }
  if (isAtsDomain(ctx.sender.domain) && ctx.sender.local) {
    const g = byKey.get(ctx.sender.local.replace(/[^a-z0-9]/g, ''));
    if (g) note(g, 'domain');
  }
  // The sender's display name: "Acme Talent Team", "Acme via Greenhouse". Common words count only as the
  // whole name or at its start ("Square Recruiting"), never inside a person's name.
  // "Acme via Greenhouse": what follows "via" is the platform, not an employer.
  const senderTokens = keyTokens(ctx.sender.name.replace(/\s+(?:via|through|über|par|vía|por|tramite)\s+.*$/iu, ''));
  // On a platform's own domain, the platform's name ("Indeed <noreply@indeed.com>") is not the employer Indeed.
  const platformNames = isPlatformDomain(ctx.sender.domain)
    ? new Set(ctx.sender.domain.split('.').map((l) => l.replace(/[^a-z0-9]/g, '')))
    : null;
  if (platformNames) for (const n of [...platformNames]) platformNames.add(n.replace(/(?:email|mail|hq|jobs)$/, ''));
  scanTokens(senderTokens, byKey, prefixes, (g, key, strong, capitalised, at) => {
    if (platformNames?.has(key)) return;
    if (!common(key) || (capitalised && (strong || at === 0))) note(g, 'sender');
  });
  // What the classifier read as the employer ("Thank you for applying to Acme").
  if (ctx.company) {
    const g = byKey.get(companyKey(ctx.company));
    if (g) note(g, 'named');
  }
  scanTokens(keyTokens(ctx.subject), byKey, prefixes, (g, key, strong, capitalised) => {
    if (!common(key)) note(g, 'subject');
    else if (strong && capitalised) note(g, 'subject');
  });
  for (const s of ctx.sentences) {
    if (s.index === 0) continue;
    scanTokens(keyTokens(s.text), byKey, prefixes, (g, key, strong, capitalised) => {
      if (!common(key)) note(g, strong ? 'body-strong' : 'body');
      else if (strong && capitalised) note(g, 'body-strong');
    });
  }
  if (best.size === 0) return none('no known employer named');

  let top = 0;
  for (const place of best.values()) top = Math.max(top, PLACE_SCORE[place]);
  const leaders = [...best].filter(([, place]) => PLACE_SCORE[place] === top);
  if (leaders.length > 1) return none('several employers named');
  const [group, place] = leaders[0] as [Group, Place];
  const reason = PLACE_REASON[place];

  const texts = ctx.sentences.map((s) => s.norm);
  const subjectNorm = texts[0] ?? ' ';
  const ids = (list: readonly KnownApplication[]): string[] => list.map((a) => a.id);

  if (group.apps.length === 1) {
    const app = group.apps[0] as KnownApplication;
    if (ctx.title && !similarTitles(ctx.title, String(app.title ?? '')) && !titleIn(String(app.title ?? ''), texts)) {
      return none(`${reason}; the email names another job`);
    }
    return { strength: 'exact', applicationId: app.id, candidates: [app.id], reason };
  }

  // Several applications at this employer: the job title tells them apart.
  let named = group.apps.filter((a) => titleIn(String(a.title ?? ''), texts));
  if (named.length > 1) {
    // "Senior Data Analyst" also contains "Data Analyst": keep the longest titles that were found.
    named = named.filter(
      (a) =>
        !named.some(
          (b) =>
            b !== a &&
            titleWords(String(b.title ?? '')).length > titleWords(String(a.title ?? '')).length &&
            titleWords(String(b.title ?? '')).includes(titleWords(String(a.title ?? ''))),
        ),
    );
  }
  if (named.length === 0 && ctx.title) named = group.apps.filter((a) => similarTitles(ctx.title, String(a.title ?? '')));
  if (named.length > 1) {
    const active = named.filter((a) => ACTIVE.has(String(a.status)));
    if (active.length >= 1) named = active;
  }
  if (named.length === 1) {
    const app = named[0] as KnownApplication;
    const where = titleIn(String(app.title ?? ''), [subjectNorm]) ? 'title in subject' : 'title in body';
    return { strength: 'exact', applicationId: app.id, candidates: [app.id], reason: `${reason}; ${where}` };
  }
  if (named.length > 1)
    return { strength: 'ambiguous', applicationId: null, candidates: ids(named), reason: `${reason}; several jobs fit` };
  // No title named: the user picks among the active ones (all of them when none is active).
  const active = group.apps.filter((a) => ACTIVE.has(String(a.status)));
  if (!ctx.title && active.length === 1) {
    const app = active[0] as KnownApplication;
    return { strength: 'exact', applicationId: app.id, candidates: [app.id], reason: `${reason}; only active application there` };
  }
  const pool = active.length >= 2 ? active : group.apps;
  return { strength: 'ambiguous', applicationId: null, candidates: ids(pool), reason: `${reason}; several applications there` };
}

/** Match an email against the applications (reads the email itself; see `readEmail` for both at once). */
export function matchEmail(email: EmailInput, applications: readonly KnownApplication[], aliases?: ReadonlyMap<string, string>): MailMatch {
  return matchRead(readMail(email), applications, aliases);
}

/**
 * The distinctive first word of a name of 2+ words ("cobaltline.net" is "Cobaltline Networks", "telaris.es" is
 * "Telaris Ibérica"): only a long word that is no common name ("meta", "summit"), so that a short or common label never counts.
 * Used only to know that a sender writes from an employer's own domain, never to pick the application.
 */
function firstWordKey(company: string): string {
  const words = company.split(/\s+/).filter(Boolean);
  if (words.length < 2) return '';
  const first = companyKey(words[0] as string);
  return first.length >= 6 && !COMMON_WORD_NAMES.has(first) ? first : '';
}

/**
 * The user's applications at the employer whose own domain `domain` is ("jules@orbitalgames.gg" for "Orbital
 * Games"); none for hiring systems, job boards and webmail. A short note from a person there is hiring mail even
 * when it names no job.
 */
export function employerApplications(
  domain: string,
  applications: readonly KnownApplication[],
  aliases?: ReadonlyMap<string, string>,
): KnownApplication[] {
  const names = domainNames(domain);
  if (names.length === 0 || !Array.isArray(applications)) return [];
  // "nimbus.ai" for "Nimbus AI": the top-level domain can be part of the name
  const labels = domain.split('.');
  if (labels.length >= 2) names.push(`${labels[labels.length - 2]}${labels[labels.length - 1]}`.replace(/[^a-z0-9]/g, ''));
  // "Smit & Berg" is keyed "smitandberg", its domain is "smitberg.nl": an employer's key may also be read
  // without its "and"s. Only the key: a domain keeps its letters ("grand.com" never stands for "Gr").
  const bare = (k: string): string => k.replace(/and/g, '');
  const wanted = new Set(names.filter((n) => n.length >= 4));
  const aliasOf = new Map<string, string[]>();
  if (aliases instanceof Map) {
    for (const [alias, target] of aliases) {
      if (typeof alias !== 'string' || typeof target !== 'string') continue;
      const list = aliasOf.get(target) ?? [];
      list.push(alias);
      aliasOf.set(target, list);
    }
  }
  const out: KnownApplication[] = [];
  for (const app of applications) {
    if (!app) continue;
    const key = typeof app.companyKey === 'string' && app.companyKey ? app.companyKey : companyKey(String(app.company ?? ''));
    if (!key) continue;
    const keys = [key, withoutDescriptor(String(app.company ?? '')), firstWordKey(String(app.company ?? '')), ...(aliasOf.get(key) ?? [])];
    if (keys.some((k) => k && (wanted.has(k) || wanted.has(bare(k))))) out.push(app);
  }
  return out;
}

/** Does the mail's own text name the job title of one of `apps` ("Re: Technical Writer")? */
export function namesTitleOf(apps: readonly KnownApplication[], subject: string, body: readonly Sentence[]): boolean {
  if (apps.length === 0) return false;
  const text = ` ${fold(subject)} ${body
    .slice(0, 40)
    .map((s) => s.norm.trim())
    .join(' ')} `;
  return apps.some((app) => {
    const t = titleWords(String(app.title ?? ''));
    return t.length >= 3 && text.includes(` ${t} `);
  });
}
