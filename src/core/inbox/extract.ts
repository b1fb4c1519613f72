/**
 * The sender of an email, and the employer and job it names: from the subject ("Your application for Data Analyst
 * at Acme"), the sender's display name ("Acme Talent Team", "Acme via Greenhouse") and the body ("the Data Analyst
 * position at Acme"). '' when unsure: a wrong name is worse than none. Pure.
 */
import { safeString } from './text';
import { isPlatformDomain } from './senders';

export interface Sender {
  name: string;
  address: string;
  local: string;
  domain: string;
}

/** `Name <local@domain>` or a bare address → its parts, lower-cased address ('' parts when absent). */
export function parseSender(from: unknown): Sender {
  const raw = safeString(from, 1000).trim();
  let name = '';
  let address = '';
  const angle = /^(.*?)<\s*([^<>\s]{1,320})\s*>\s*$/.exec(raw);
  if (angle) {
    name = (angle[1] ?? '').trim();
    address = angle[2] ?? '';
  } else {
    const bare = /(?:^|\s)([^\s<>@"]{1,200}@[^\s<>@"]{1,200})\s*$/.exec(raw);
    if (bare) {
      address = bare[1] ?? '';
      name = raw.slice(0, raw.length - bare[0].length).trim();
    } else name = raw;
  }
  name = name.replace(/^["'\s]+|["'\s]+$/g, '').replace(/\s+/g, ' ');
  address = address.replace(/^mailto:/i, '').toLowerCase();
  const at = address.lastIndexOf('@');
  let local = '';
  let domain = '';
  if (at > 0) {
    local = address.slice(0, at);
    domain = address
      .slice(at + 1)
      .replace(/[^a-z0-9.-]/g, '')
      .replace(/^\.+|\.+$/g, '');
    if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(domain)) domain = '';
  }
  return { name, address, local, domain };
}

/** The sender's domain, lower-cased, '' when none. */
export function senderDomain(from: unknown): string {
  return parseSender(from).domain;
}

const NAME_CHARS = String.raw`[\p{L}\p{N}][\p{L}\p{N}&.,'’\- ]{0,60}?`;
const TITLE_CHARS = String.raw`[\p{L}\p{N}(][\p{L}\p{N}&.,'’/()+#\- ]{1,90}?`;

function tidy(value: string | undefined, max: number): string {
  if (!value) return '';
  const v = value
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'“”‘’«»:–—-]+|[\s"'“”‘’«»!?.,:;–—-]+$/g, '')
    .trim();
  if (v.length < 2 || v.length > max) return '';
  return v;
}

/** Display-name endings that mark the employer: "Acme Talent Team", "Acme via Greenhouse", "Jane from Acme". */
const SENDER_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`^(${NAME_CHARS})\s+(?:via|through|über|par|vía|por|tramite)\s+[\p{L}\p{N} .-]{2,40}$`, 'iu'),
  new RegExp(
    String.raw`^(${NAME_CHARS})\s*[-–|:,]?\s*(?:talent acquisition|talent team|talent|recruiting team|recruiting|recruitment team|recruitment|recruiters|hiring team|hiring|careers team|careers|career|jobs|job|hr team|hr|human resources|people team|people & culture|people and culture|people|team|karriere|personal|personalabteilung|recrutement|rh|ressources humaines|reclutamiento|recursos humanos|talento|werving|recrutamento|selezione|risorse umane)$`,
    'iu',
  ),
  new RegExp(
    String.raw`^(?:[\p{L}.'-]{1,30}(?: [\p{L}.'-]{1,30}){0,2})\s+(?:from|at|@|bei|de chez|chez|de|van|da|di)\s+(${NAME_CHARS})$`,
    'u',
  ),
  new RegExp(
    String.raw`^(?:the )?(?:talent acquisition|recruiting|recruitment|hiring|careers|hr|people) (?:team )?(?:at|@|from|of)\s+(${NAME_CHARS})$`,
    'iu',
  ),
];

/** Subject patterns: [regex, index of the title group (0 = none), index of the company group (0 = none)]. */
const SUBJECT_PATTERNS: ReadonlyArray<readonly [RegExp, number, number]> = [
  [
    new RegExp(
      String.raw`(?:application|applying|applied|apply|candidacy|interest|interview|offer|assessment)\s+(?:for|to|as)\s+(?:the\s+)?(?:position\s+of\s+|role\s+of\s+)?(${TITLE_CHARS})\s+(?:position\s+|role\s+|job\s+)?(?:at|with|@)\s+(${NAME_CHARS})$`,
      'iu',
    ),
    1,
    2,
  ],
  [new RegExp(String.raw`your application (?:was sent to|to|at|with)\s+(${NAME_CHARS})$`, 'iu'), 0, 1],
  // A job board's "your application was sent to X" in the other languages
  [
    new RegExp(
      String.raw`(?:se ha enviado a|ha sido enviada a|a été envoyée à|a ete envoyee a|(?:is )?(?:verzonden|verstuurd) naar|è stata inviata a|e stata inviata a|foi enviada para|foi enviada à|foi enviada a)\s+(${NAME_CHARS})$`,
      'iu',
    ),
    0,
    1,
  ],
  [new RegExp(String.raw`wurde an\s+(${NAME_CHARS})\s+(?:gesendet|übermittelt|uebermittelt|geschickt|versendet)$`, 'iu'), 0, 1],
  [
    new RegExp(
      String.raw`(?:thank you|thanks) for (?:applying|your application|your interest)(?: to| at| with| in)\s+(${NAME_CHARS})$`,
      'iu',
    ),
    0,
    1,
  ],
  [new RegExp(String.raw`(?:interview|offer|update|news)\s+(?:with|from|at)\s+(${NAME_CHARS})$`, 'iu'), 0, 1],
  [
    new RegExp(String.raw`(?:application|interview|offer)\s+(?:for|as)\s+(?:the\s+)?(${TITLE_CHARS})(?:\s+(?:position|role|job))?$`, 'iu'),
    1,
    0,
  ],
  // de
  [
    new RegExp(
      String.raw`bewerbung\s+(?:als|für|fuer|auf die stelle(?: als)?)\s+(${TITLE_CHARS})\s+(?:bei|an)\s+(?:der\s+|die\s+|dem\s+)?(${NAME_CHARS})$`,
      'iu',
    ),
    1,
    2,
  ],
  [new RegExp(String.raw`bewerbung\s+(?:bei|an)\s+(?:der\s+|die\s+|dem\s+)?(${NAME_CHARS})$`, 'iu'), 0, 1],
  [new RegExp(String.raw`bewerbung\s+(?:als|für|fuer)\s+(?:die\s+stelle\s+(?:als\s+)?)?(${TITLE_CHARS})$`, 'iu'), 1, 0],
  // fr
  [
    new RegExp(
      String.raw`candidature\s+(?:au poste de|pour le poste de|pour le poste d'|au poste d'|pour)\s+(${TITLE_CHARS})\s+(?:chez|au sein de|à|a)\s+(${NAME_CHARS})$`,
      'iu',
    ),
    1,
    2,
  ],
  [new RegExp(String.raw`candidature\s+(?:chez|au sein de)\s+(${NAME_CHARS})$`, 'iu'), 0, 1],
  // es / pt / it (title "en/na/no/presso" company)
  [
    new RegExp(
      String.raw`(?:candidatura|solicitud|postulación|postulacion|inscrição|inscricao)\s+(?:para|a|al|à|per|come)\s+(?:el puesto de |la posición de |la posicion de |la vaga de |a vaga de |vaga de |la posizione di |il ruolo di )?(${TITLE_CHARS})\s+(?:en|na|no|presso|em|in)\s+(${NAME_CHARS})$`,
      'iu',
    ),
    1,
    2,
  ],
  [
    new RegExp(
      String.raw`(?:candidatura|candidature|solicitud|postulación|postulacion)\s+(?:para|per|a|al|à|au|come)\s+(?:el puesto de |la posición de |la posicion de |la vaga de |a vaga de |vaga de |la posizione di |il ruolo di |poste de |poste d'|puesto de )?(${TITLE_CHARS})$`,
      'iu',
    ),
    1,
    0,
  ],
  // nl
  [
    new RegExp(String.raw`sollicitatie\s+(?:als|voor|naar)\s+(?:de functie (?:van )?)?(${TITLE_CHARS})\s+(?:bij)\s+(${NAME_CHARS})$`, 'iu'),
    1,
    2,
  ],
  [new RegExp(String.raw`sollicitatie\s+bij\s+(${NAME_CHARS})$`, 'iu'), 0, 1],
  [new RegExp(String.raw`sollicitatie\s+(?:als|voor)\s+(?:de functie (?:van )?)?(${TITLE_CHARS})$`, 'iu'), 1, 0],
];

/** Body sentences: "the Data Analyst position at Acme", "your application to Acme", "joining Acme". */
const BODY_PATTERNS: ReadonlyArray<readonly [RegExp, number, number]> = [
  [
    new RegExp(
      String.raw`\b(?:the|our|for)\s+(?:position of\s+|role of\s+)?(${TITLE_CHARS})\s+(?:position|role|job|opening|vacancy)\s+(?:at|with)\s+(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,3})`,
      'u',
    ),
    1,
    2,
  ],
  [
    new RegExp(
      String.raw`\b(?:application|applying|applied)\s+(?:for|to)\s+(?:the\s+)?(${TITLE_CHARS})\s+(?:position\s+|role\s+)?at\s+(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,3})`,
      'u',
    ),
    1,
    2,
  ],
  [
    new RegExp(
      String.raw`\b(?:(?:application|applying|applied)\s+(?:to|at|with)|interest in joining|interest in working at|interest in)\s+(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,3})(?=[.,!]|\s+(?:and|for|we|has|is)\b|$)`,
      'u',
    ),
    0,
    1,
  ],
  [
    new RegExp(
      String.raw`\b(?:Stelle|Position)\s+(?:als\s+)?(${TITLE_CHARS})\s+bei\s+(?:der\s+|uns,?\s+der\s+)?(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,3})`,
      'u',
    ),
    1,
    2,
  ],
  [
    new RegExp(
      String.raw`\bposte\s+(?:de\s+|d'\s*)?(${TITLE_CHARS})\s+(?:chez|au sein de)\s+(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,3})`,
      'u',
    ),
    1,
    2,
  ],
];

/** Words that are never an employer's name, whatever position they are in. */
const NOT_A_COMPANY = new Set([
  'us',
  'our team',
  'the team',
  'our company',
  'the company',
  'this position',
  'this role',
  'the position',
  'the role',
  'you',
  'your',
  'linkedin',
  'indeed',
  'greenhouse',
  'lever',
  'workday',
  'ashby',
  'smartrecruiters',
  'icims',
  'workable',
  'bamboohr',
  'breezy',
  'jazzhr',
  'jobvite',
  'personio',
  'recruitee',
  'teamtailor',
  'wellfound',
  'ziprecruiter',
  'glassdoor',
  'no-reply',
  'noreply',
  'no reply',
  'notifications',
  'mailer-daemon',
  'the hiring team',
  'hiring team',
  'recruiting team',
  'talent team',
  'talent acquisition',
  'uns',
  'nous',
  'nosotros',
  'ons',
  'noi',
  'nós',
]);

function acceptCompany(name: string): string {
  const n = tidy(name, 80);
  if (!n) return '';
  if (NOT_A_COMPANY.has(n.toLowerCase())) return '';
  if (/@|https?:|www\./i.test(n)) return '';
  if (!/\p{L}/u.test(n)) return '';
  return n;
}

function acceptTitle(title: string): string {
  const t = tidy(
    title.replace(
      /^\s*(?:(?:applying|applied|apply|application|your application|interest)\s+(?:to|for|as)\s+)?(?:the|a|an|our|your|this)\s+/i,
      '',
    ),
    120,
  );
  if (!t) return '';
  if (/\b(?:apply|applying|applied|application|thank|thanks|interest|position|role|job)\b/i.test(t) && !/\bjob\b/i.test(title.slice(-4)))
    return '';
  if (/^(?:the|a|an|our|your|this|position|role|job|application)$/i.test(t)) return '';
  return t;
}

/** The employer and job title the email itself names ('' when unsure). */
export function namedCompanyAndTitle(
  sender: Sender,
  subject: string,
  bodySentences: readonly string[],
): { company: string; title: string } {
  let company = '';
  let title = '';
  const subj = subject
    .replace(/^\s*(?:(?:re|fw|fwd|aw|wg|tr|rv|sv|vs|r|i)\s*:\s*)+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 300);
  for (const [re, ti, ci] of SUBJECT_PATTERNS) {
    const m = re.exec(subj);
    if (!m) continue;
    if (ti && !title) title = acceptTitle(m[ti] ?? '');
    if (ci && !company) company = acceptCompany(m[ci] ?? '');
    if (company && title) break;
  }
  // "Acme | Data Analyst" / "Acme - Data Analyst: next steps" – only when nothing else was read from the subject.
  if (!company && !title) {
    const pipe = /^([^|]{2,60}) \| ([^|]{2,90})$/.exec(subj);
    if (pipe) {
      company = acceptCompany(pipe[1] ?? '');
      title = company ? acceptTitle(pipe[2] ?? '') : '';
    }
  }
  if (!company && sender.name && !isPlatformDomain(sender.domain || 'x.invalid')) {
    for (const re of SENDER_PATTERNS) {
      const m = re.exec(sender.name);
      if (m) {
        company = acceptCompany(m[1] ?? '');
        if (company) break;
      }
    }
  }
  if (!company && sender.name) {
    // "Acme via Greenhouse" and "Acme Recruiting" also come from the tracking system's own domain.
    for (const re of SENDER_PATTERNS.slice(0, 2)) {
      const m = re.exec(sender.name);
      if (m) {
        company = acceptCompany(m[1] ?? '');
        if (company) break;
      }
    }
  }
  if (!company || !title) {
    const limit = Math.min(bodySentences.length, 40);
    for (let i = 0; i < limit && (!company || !title); i++) {
      const s = (bodySentences[i] as string).slice(0, 400);
      for (const [re, ti, ci] of BODY_PATTERNS) {
        const m = re.exec(s);
        if (!m) continue;
        if (ti && !title) title = acceptTitle(m[ti] ?? '');
        if (ci && !company) company = acceptCompany(m[ci] ?? '');
      }
    }
  }
  return { company, title };
}
