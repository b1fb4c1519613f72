/**
 * Who sends hiring mail: applicant-tracking systems and job boards (by domain), webmail providers, and the
 * local parts that send alerts and newsletters. Data only. A hiring-system sender raises confidence; it never
 * decides the kind by itself. Their domains are never read as the employer's.
 */

/** Applicant-tracking systems, one entry per system: the domains their candidate mail comes from. */
export const ATS_DOMAINS: Readonly<Record<string, readonly string[]>> = {
  greenhouse: ['greenhouse-mail.io', 'greenhouse.io'],
  lever: ['hire.lever.co', 'lever.co'],
  workday: ['myworkday.com', 'workday.com', 'myworkdayjobs.com'],
  ashby: ['ashbyhq.com'],
  smartrecruiters: ['smartrecruiters.com', 'smartrecruiters-mail.com'],
  icims: ['icims.com'],
  workable: ['workablemail.com', 'workable.com'],
  bamboohr: ['bamboohr.com'],
  breezy: ['breezy.hr', 'breezyhr.com'],
  jazzhr: ['applytojob.com', 'jazzhr.com'],
  jobvite: ['jobvite.com'],
  personio: ['personio.de', 'personio.com'],
  recruitee: ['recruitee.com'],
  teamtailor: ['teamtailor.com', 'teamtailor-mail.com'],
  wellfound: ['wellfound.com', 'angel.co'],
  ziprecruiter: ['ziprecruiter.com'],
  taleo: ['taleo.net'],
  successfactors: ['successfactors.com', 'successfactors.eu', 'sapsf.com', 'sapsf.eu'],
  oraclecloud: ['oraclecloud.com'],
  pinpoint: ['pinpointhq.com'],
  rippling: ['rippling.com', 'rippling-ats.com'],
  jobylon: ['jobylon.com'],
  join: ['join.com'],
  softgarden: ['softgarden.io', 'softgarden.de'],
  dvinci: ['dvinci.de', 'dvinci-hr.com'],
  welcometothejungle: ['welcometothejungle.com', 'welcomekit.co'],
  homerun: ['homerun.co'],
  comeet: ['comeet.co', 'comeet.com'],
  gem: ['gem.com'],
  hirevue: ['hirevue.com'],
  hackerrank: ['hackerrank.com', 'hackerrankforwork.com'],
  codility: ['codility.com'],
  codesignal: ['codesignal.com'],
  testgorilla: ['testgorilla.com'],
  calendly: ['calendly.com'],
  goodtime: ['goodtime.io'],
  gupy: ['gupy.io', 'gupy.com.br'],
};

/**
 * Job boards: their mail is about the user's own application only from some addresses (LinkedIn's
 * `jobs-noreply@linkedin.com` "Your application was sent to X"; Indeed Apply confirmations); the rest are alerts.
 */
export const JOB_BOARD_DOMAINS: readonly string[] = [
  'linkedin.com',
  'indeed.com',
  'indeedemail.com',
  'glassdoor.com',
  'stepstone.de',
  'stepstone.com',
  'xing.com',
  'monster.com',
  'welcometothejungle.com',
  'infojobs.net',
  'indeed.de',
  'indeed.fr',
  'indeed.es',
  'indeed.nl',
  'indeed.it',
  'indeed.co.uk',
  'otta.com',
  'hired.com',
  'dice.com',
];

/** Mailbox providers: the sender's domain names nobody's employer. */
export const WEBMAIL_DOMAINS: readonly string[] = [
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  't-online.de',
  'orange.fr',
  'free.fr',
  'laposte.net',
  'libero.it',
  'zoho.com',
];

/** Local parts (before the @) of senders that only send alerts, digests and marketing. */
export const ALERT_LOCAL_PARTS: readonly string[] = [
  'jobalerts',
  'jobalerts-noreply',
  'job-alerts',
  'jobalert',
  'alert',
  'alerts',
  'newsletter',
  'newsletters',
  'nieuwsbrief',
  'infolettre',
  'boletin',
  'news',
  'marketing',
  'digest',
  'promotions',
  'offers',
  'recommendations',
  'jobs-listings',
  'jobs-recommendations',
  'updates-noreply',
  'notifications-noreply',
];

/** Words in a domain that say "mail system", not "employer": dropped before a domain label is read as a name. */
export const DOMAIN_NOISE: readonly string[] = [
  'mail',
  'email',
  'e',
  'em',
  'mg',
  'mx',
  'smtp',
  'send',
  'sender',
  'bounce',
  'bounces',
  'notify',
  'notifications',
  'noreply',
  'no-reply',
  'jobs',
  'careers',
  'career',
  'karriere',
  'recruiting',
  'recruitment',
  'talent',
  'hr',
  'people',
  'hiring',
  'apply',
  'www',
  'us',
  'eu',
  'info',
  'news',
];

/** Second-level labels that are part of a country's public suffix ("acme.co.uk", "acme.com.br"). */
export const PUBLIC_SECOND_LEVEL: readonly string[] = ['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ltd', 'plc', 'or', 'ne', 'gv'];

function endsWithDomain(domain: string, suffix: string): boolean {
  return domain === suffix || domain.endsWith(`.${suffix}`);
}

const ALL_ATS = Object.values(ATS_DOMAINS).flat();

/** The tracking system a domain belongs to, or ''. */
export function atsOf(domain: string): string {
  for (const [name, domains] of Object.entries(ATS_DOMAINS)) {
    if (domains.some((d) => endsWithDomain(domain, d))) return name;
  }
  return '';
}

export function isAtsDomain(domain: string): boolean {
  return ALL_ATS.some((d) => endsWithDomain(domain, d));
}

export function isJobBoardDomain(domain: string): boolean {
  return JOB_BOARD_DOMAINS.some((d) => endsWithDomain(domain, d));
}

export function isWebmailDomain(domain: string): boolean {
  return WEBMAIL_DOMAINS.some((d) => endsWithDomain(domain, d));
}

/** The domain is a platform's (tracking system, job board, webmail): it never names the employer. */
export function isPlatformDomain(domain: string): boolean {
  return isAtsDomain(domain) || isJobBoardDomain(domain) || isWebmailDomain(domain);
}
