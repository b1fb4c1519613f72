/**
 * Phrase families and rules added while tuning on the project's email set, each with an example written for this
 * test (general hiring wording, not a copy of any email in test/emails). Each row: expected kind, from, subject, body.
 */
import { describe, expect, it } from 'vitest';
import { classifyEmail } from '../../../src/core/inbox';
import type { MailKind } from '../../../src/core/inbox/types';

type Row = readonly [MailKind, string, string, string];

const REJECTIONS: readonly Row[] = [
  // "not going to progress your application", terse, after "Thanks for applying"
  [
    'rejection',
    'Kestrel <no-reply@hire.lever.co>',
    'Kestrel - Data Engineer',
    'Hi Ana,\nThanks for applying.\nWe are not going to progress your application at this stage.\nKestrel',
  ],
  // "the decision not to move forward" after an onsite
  [
    'rejection',
    'Mia Lund <mia@orbital.io>',
    'Your Orbital interviews',
    'Hi Ana,\nThank you for spending the day with us.\nWe have made the tough decision not to proceed with your candidacy for the Platform role.\nAll the best, Mia',
  ],
  // "won't be extending an offer"
  [
    'rejection',
    'Lee Park <lee@bramble.com>',
    'Following up',
    "Hi Ana,\nThanks for meeting the team last week for the Analyst role.\nI'm sorry to say we won't be extending you an offer.\nTake care, Lee",
  ],
  // "won't be moving you forward to the next stage" (would otherwise read as an interview)
  [
    'rejection',
    'Tessa <tessa@quill.co.uk>',
    'RE: Analyst phone screen',
    'Hi Ana,\nThanks for the call. Having spoken to the hiring manager, we will not be moving you forward to the next round.\nBest, Tessa',
  ],
  // "decided to move on with candidates whose…"
  [
    'rejection',
    'Hollow Careers <no-reply@hollow.de>',
    'Your application at Hollow',
    'Thank you for your application for the Data role. After reviewing all applications we have decided to move on with candidates whose experience is closer to the role.',
  ],
  // a job board's status line: "Not selected by employer"
  [
    'rejection',
    'JobBoard <donotreply@indeed.com>',
    'An update on your application to Fenwick',
    'Application status update\nThe employer changed the status of your application: Not selected by employer.',
  ],
  // de: "den Prozess mit einem anderen Kandidaten fortzusetzen"
  [
    'rejection',
    'Lena Graf <l.graf@brise.de>',
    'Rückmeldung zu deinem Gespräch',
    'Hallo Ana,\ndanke für das Gespräch. Wir haben uns entschieden, mit einer anderen Kandidatin fortzufahren.\nViele Grüße Lena',
  ],
  // de: "entschieden, andere Kandidat*innen … zu berücksichtigen"
  [
    'rejection',
    'Brise Karriere <no-reply@brise.de>',
    'Update zu deiner Bewerbung',
    'Hallo Ana,\nvielen Dank für deine Bewerbung. Nach Prüfung haben wir uns entschieden, andere Kandidat*innen im Prozess zu berücksichtigen.',
  ],
  // fr: "pas en mesure d'y donner suite"
  [
    'rejection',
    'Lumen <no-reply@hire.lever.co>',
    'Votre candidature',
    'Bonjour,\nMerci pour votre candidature. Nous ne sommes pas en mesure d’y donner suite.',
  ],
  // fr: "nous ne retiendrons pas votre candidature"
  [
    'rejection',
    'Lumen <no-reply@lumen.teamtailor-mail.com>',
    'Votre candidature',
    'Bonjour,\nMerci d’avoir postulé. Après étude, nous ne retiendrons pas votre dossier pour ce poste.\nL’équipe Lumen',
  ],
  // fr: "nous n'allons pas poursuivre le processus avec vous"
  [
    'rejection',
    'Lumen <no-reply@eu.greenhouse-mail.io>',
    'Votre candidature chez Lumen',
    'Bonjour,\nMerci pour votre candidature au poste de Data Analyst. Nous ne souhaitons pas poursuivre avec vous pour ce poste.',
  ],
  // es: "continuar con otra persona"
  [
    'rejection',
    'Rocío <rocio@brisa.es>',
    'Re: proceso Analista',
    'Hola Ana,\ngracias por la entrevista. Hemos decidido seguir con otras personas para la posición.\nUn saludo',
  ],
  // es: "no podemos seguir adelante con ella"
  [
    'rejection',
    'Brisa <no-reply@hire.lever.co>',
    'Tu candidatura en Brisa',
    'Hola Ana,\nhemos revisado tu candidatura y no vamos a seguir adelante con tu proceso por ahora.\nEquipo Brisa',
  ],
  // es: a job board's "ha sido descartada"
  [
    'rejection',
    'Portal <noreply@infojobs.net>',
    'Tu solicitud para Analista en Brisa ha sido descartada',
    'La empresa ha actualizado el estado de tu candidatura.',
  ],
  // nl: "uw profiel sluit niet voldoende aan"
  [
    'rejection',
    'Dijk B.V. <hr@dijk.nl>',
    'Uw sollicitatie',
    'Geachte heer,\nHartelijk dank voor uw sollicitatie. Wij hebben vastgesteld dat uw ervaring onvoldoende aansluit bij wat de functie vraagt.\nMet vriendelijke groet',
  ],
  // it: "non potremo procedere con la tua candidatura"
  [
    'rejection',
    'Vela <careers@vela.it>',
    'La tua candidatura',
    'Ciao Ana,\ngrazie per il tuo tempo. Purtroppo non possiamo procedere con la tua candidatura.\nIl team Vela',
  ],
  // pt: "não vamos seguir com a sua candidatura"
  [
    'rejection',
    'Brisa <rh@brisa.pt>',
    'A sua candidatura',
    'Olá Ana,\nobrigado pelo interesse. Infelizmente não vamos seguir em frente com a sua candidatura.',
  ],
];

function check(rows: readonly Row[]): void {
  for (const [kind, from, subject, body] of rows) {
    it(`${kind}: ${subject} — ${body.slice(0, 60).replace(/\n/g, ' ')}`, () => {
      expect(classifyEmail({ from, subject, body, date: '2026-04-01T10:00:00Z' }).kind).toBe(kind);
    });
  }
}

describe('tuned rejection phrases', () => check(REJECTIONS));
