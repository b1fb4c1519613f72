/**
 * A short, warm, editable draft asking an employer for feedback after an application ended, and a
 * mailto: link that carries it safely. Baskets never sends anything: the user's mail program opens the draft.
 * Pure: no browser API.
 */
import { LIMITS, type Application } from './application';
import { stageReached } from './lessons';
import { cleanText } from './sanitize';

export interface FeedbackEmailDraft {
  subject: string;
  body: string;
}

export interface FeedbackEmailOptions {
  /** Signs the email (the name set once in options). Without one the draft ends at "Kind regards,", never in a placeholder. */
  senderName?: string;
  /** "Dear Sam," instead of "Hello,". */
  contactName?: string;
}

/**
 * A draft naming the company and the role, suited to how far the application got and how it ended.
 * A rejection or a withdrawal asks for feedback; a silence (ghosted) is one polite follow-up: it asks
 * whether the role is still open, and only then for a line of feedback.
 */
export function feedbackEmailDraft(
  app: Pick<Application, 'company' | 'title' | 'status' | 'history'>,
  options: FeedbackEmailOptions = {},
): FeedbackEmailDraft {
  const company = cleanText(app.company, LIMITS.company) || 'your company';
  const title = cleanText(app.title, LIMITS.title);
  const role = title ? `the ${title} role` : 'the role';
  const contact = cleanText(options.contactName, 100);
  const sender = cleanText(options.senderName, 100);
  const stage = stageReached(app);
  const met = stage === 'interviewing' || stage === 'offer';
  const spoke = stage === 'screening';
  const silent = app.status === 'ghosted';

  const about = title ? `${title} at ${company}` : `at ${company}`;
  const subject = silent
    ? `Following up on my application ${title ? 'for ' : ''}${about}`
    : `Feedback on my application ${title ? 'for ' : ''}${about}`;

  const thanks = met
    ? `Thank you for considering me for ${role} at ${company}, and for the time you and the team spent with me in the interviews.`
    : spoke
      ? `Thank you for considering me for ${role} at ${company}, and for taking the time to speak with me.`
      : `Thank you for considering my application for ${role} at ${company}.`;

  const outcome = silent
    ? 'I wanted to follow up once: is the position still open? If it has moved on without me, that is fine.'
    : app.status === 'withdrawn'
      ? 'Although I withdrew from the process, I valued what I learned along the way.'
      : 'I was sorry to hear it did not work out, and I appreciate you letting me know.';

  const what = met ? 'my interviews' : 'my application';
  const ask = silent
    ? `Either way, a line or two of feedback on ${what} would help me a great deal.`
    : `If you have a moment, I would be grateful for any feedback on ${what}: even a line or two on what I could do better would help me a great deal.`;

  const body = [
    contact ? `Dear ${contact},` : 'Hello,',
    '',
    `${thanks} ${outcome}`,
    '',
    ask,
    '',
    'Thank you again, and all the best to you and the team.',
    '',
    'Kind regards,',
    ...(sender ? [sender] : []),
  ].join('\n');

  return { subject, body };
}

// A plain address: no spaces, no characters with a meaning in a URL or a mail header.
const ADDRESS =
  /^[A-Za-z0-9.!$'*+\-/=^_`{|}~]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+$/;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Whether `to` is an address mailtoUrl will put in the link. */
export function isPlainEmailAddress(to: string): boolean {
  return ADDRESS.test(to.trim());
}

/**
 * `mailto:` link for a draft (RFC 6068): subject and body percent-encoded, line breaks as CRLF, so nothing
 * in them can add a header or a recipient. A recipient that is not a plain address is left out (the user
 * types it in their mail program).
 */
export function mailtoUrl(draft: FeedbackEmailDraft, to = ''): string {
  const address = isPlainEmailAddress(to) ? to.trim() : '';
  // encodeURIComponent throws on a lone surrogate (possible in edited text): replace it first.
  const enc = (s: string) => encodeURIComponent(s.replace(LONE_SURROGATE, '\ufffd').replace(/\r\n?|\n/g, '\r\n'));
  const subject = draft.subject.replace(/[\r\n]+/g, ' ');
  return `mailto:${address.replace(/[%?&#/]/g, encodeURIComponent)}?subject=${enc(subject)}&body=${enc(draft.body)}`;
}
