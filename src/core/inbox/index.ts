/**
 * Outcomes from the inbox: the one entry point the background and `npm run eval:emails` use.
 * `readEmail(email, applications, aliases)` classifies one opened email and matches it to an application, on the
 * device, never throwing. The parts are exported for tests. Pure: no browser API, no network.
 */
import { readMail } from './classify';
import { employerApplications, matchRead, namesTitleOf } from './match';
import { parseSender } from './extract';
import { MAIL_KINDS, type EmailInput, type KnownApplication, type MailVerdict } from './types';

export { classifyEmail, type Classification } from './classify';
export { matchEmail, similarTitles } from './match';
export { senderDomain } from './extract';

const NOTHING: MailVerdict = Object.freeze({
  kind: 'none',
  confidence: 0,
  match: Object.freeze({ strength: 'none', applicationId: null, candidates: [], reason: 'unreadable email' }),
  company: '',
  title: '',
  senderDomain: '',
  quote: '',
}) as MailVerdict;

/**
 * What one email says and which application it is about. `aliases`: alias companyKey → canonical companyKey.
 * Never throws: an email it cannot read is `none`.
 */
export function readEmail(
  email: EmailInput,
  applications: readonly KnownApplication[],
  aliases?: ReadonlyMap<string, string>,
): MailVerdict {
  try {
    const atEmployer = employerApplications(parseSender((email as Partial<EmailInput> | null)?.from).domain, applications, aliases);
    const read = readMail(email, {
      employerSender: atEmployer.length > 0,
      // "Re: Technical Writer" from the employer's own domain: about that application, as plainly as hiring words
      namesApplication: (subject, body) => namesTitleOf(atEmployer, subject, body),
    });
    const kind = MAIL_KINDS.includes(read.kind) ? read.kind : 'none';
    // Nothing is ever done with a `none` email, and an unrelated mail from an employer's own domain (a pipeline
    // failure, a receipt) must not count as a match: a `none` email matches no application.
    const match =
      kind !== 'none' && read.aboutAnApplication
        ? matchRead(read, applications, aliases)
        : { strength: 'none' as const, applicationId: null, candidates: [], reason: 'not about an application' };
    return {
      kind,
      confidence: Number.isFinite(read.confidence) ? Math.min(1, Math.max(0, read.confidence)) : 0,
      match,
      company: read.company,
      title: read.title,
      senderDomain: read.sender.domain,
      quote: read.quote,
    };
  } catch {
    return { ...NOTHING, match: { ...NOTHING.match, candidates: [] } };
  }
}
