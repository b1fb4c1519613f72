import type { Application } from '../../core/application';

/** The feedback-request email for one application, as editable plain text. */
export function feedbackDraft(app: Application): string {
  const role = app.title || 'the role';
  const company = app.company || 'your company';
  return [
    `Subject: ${role} — a request for feedback`,
    '',
    'Hello,',
    '',
    `Thank you for considering me for ${role} at ${company}. Would you share a few words on what would have made my application stronger? Any feedback would help me a great deal.`,
    '',
    'Kind regards,',
  ].join('\n');
}
