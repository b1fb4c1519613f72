/**
 * Phrase families and rules added while tuning on the project's email set, each with an example written for this
 * test (general hiring wording, not a copy of any email in test/emails). Each row: expected kind, from, subject, body.
 */
import { describe, expect, it } from 'vitest';
import { companyKey } from '../../../src/core/company-key';
import { classifyEmail, readEmail } from '../../../src/core/inbox';
import type { KnownApplication, MailKind } from '../../../src/core/inbox/types';

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

const QUOTED_AND_CONDITIONAL: readonly Row[] = [
  // a newsletter quoting a rejection sentence, in each language's quotation marks
  [
    'none',
    'Career Notes <hello@careernotes.example>',
    'Why rejection stings',
    'This issue: "Unfortunately, we have decided to move forward with other candidates." We all know that line. Here is what to do next.',
  ],
  [
    'none',
    'Karriere Magazin <redaktion@karriere-mag.example>',
    'Absagen richtig lesen',
    '„Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerber entschieden haben.“ Kaum ein Satz ist so gefürchtet.',
  ],
  [
    'none',
    'Le Mag Emploi <redaction@magemploi.example>',
    'Rebondir après un refus',
    '« Nous avons le regret de vous informer que votre candidature n’a pas été retenue. » Ce message, nous l’avons tous lu.',
  ],
  [
    'none',
    'Blog Empleo <hola@blogempleo.example>',
    'Cómo superar un rechazo',
    '«Lamentamos comunicarte que hemos decidido continuar con otros candidatos.» Así empiezan muchos correos.',
  ],
  [
    'none',
    'Werkblad <redactie@werkblad.example>',
    'Deze week in Werkblad',
    '"Helaas moeten we je laten weten dat we niet verder gaan met je sollicitatie." Zo ga je ermee om.',
  ],
  // a rejection that quotes the job title is still a rejection
  [
    'rejection',
    'Orbital <no-reply@us.greenhouse-mail.io>',
    'Your application',
    'Hi Ana, thank you for applying for the "Senior Data Analyst (Payments)" role. Unfortunately we have decided to move forward with other candidates.',
  ],
  // "without a reply from us within three weeks, consider your application unsuccessful" is a confirmation
  [
    'confirmation',
    'Lumen <no-reply@hire.lever.co>',
    'Candidature reçue',
    'Bonjour,\nNous accusons bonne réception de votre candidature.\nSans réponse de notre part sous quatre semaines, vous pourrez considérer que votre candidature n’a pas été retenue.',
  ],
  [
    'confirmation',
    'Brise <no-reply@brise.de>',
    'Eingangsbestätigung',
    'Hallo Ana,\nvielen Dank für deine Bewerbung.\nOhne Rückmeldung von uns innerhalb von vier Wochen ist deine Bewerbung leider nicht berücksichtigt worden.',
  ],
  [
    'confirmation',
    'Quill <jobs@quill.co.uk>',
    'Application received',
    'Thanks for applying to Quill.\nIf you have not heard from us within 30 days, your application has been unsuccessful on this occasion.',
  ],
];

describe('quoted outcome sentences and "without a reply from us" are not outcomes', () => check(QUOTED_AND_CONDITIONAL));

const INTERVIEWS: readonly Row[] = [
  // "move you to the technical interview" + "calendar invitation"
  [
    'interview',
    'Dana Wu <dana@kelpie.io>',
    'Next step: technical interview',
    'Hi Ana,\nGood news: we would like to move you to the technical interview stage.\nDetails: Monday 14:00 with our lead engineer. A calendar invite will follow.',
  ],
  // subject "interview confirmed"
  [
    'interview',
    'Dana Wu <dana@kelpie.io>',
    'Data Engineer - onsite confirmed',
    'Hi Ana,\nSee you on Friday at 10:00 at our office for your Data Engineer interviews.\nDana',
  ],
  // "invite you to the final round"
  [
    'interview',
    'Rui <rui@quasar.ai>',
    'Invitation: final interview round',
    'Hi Ana,\nWe would like to invite you to the final round for the ML Engineer position.\nPlease confirm the date works for you.',
  ],
  // "join us for your virtual onsite" + "here is your schedule"
  [
    'interview',
    'Quasar <no-reply@us.greenhouse-mail.io>',
    'Your onsite schedule',
    'Hi Ana,\nWe are excited to have you join us for your virtual onsite for the Analyst role!\n09:00 Case study with Lin\n10:00 Hiring manager conversation with Tom',
  ],
  // a recruiter's "I'd love to have a quick phone screen", after "thanks for applying"
  [
    'interview',
    'Tom Reyes <tom@pebble.com>',
    'Your application to Pebble',
    'Hi Ana, thanks for applying to the Analyst role at Pebble!\nI would love to have a short phone screen with you this week. Are you free on Thursday?',
  ],
  // "we'd like to offer you an interview" is an interview, not an offer
  [
    'interview',
    'Nina <nina@birch.dev>',
    'Writer role - we would like to offer you an interview',
    'Hi Ana,\nThe team enjoyed your samples and we would like to offer you an interview with our editor.\nWhich afternoon works for you?',
  ],
  // a rescheduling with a scheduling link and "pick a new time"
  [
    'interview',
    'Ivy <ivy@birch.dev>',
    'Rescheduling your interview',
    'Hi Ana,\nUnfortunately your interviewer is out sick tomorrow.\nCould you pick a new time here? https://app.greenhouse.io/scheduling/abc123',
  ],
  // de: "zu einem persönlichen Auswahlgespräch einladen"
  [
    'interview',
    'Rhein AG <karriere@rhein.de>',
    'Einladung zum Auswahlgespräch',
    'Sehr geehrte Frau Lopez,\nwir laden Sie gerne zu einem persönlichen Auswahlgespräch ein.\nTermin: 3. Mai, 10 Uhr',
  ],
  // de: "wir möchten dir gern ein erstes Gespräch … anbieten"
  [
    'interview',
    'Jan <jan@rhein.de>',
    'Deine Bewerbung',
    'Hallo Ana,\nvielen Dank für deine Bewerbung. Wir würden dir gerne ein kurzes Gespräch mit unserer Teamleitung anbieten.\nPasst dir Dienstag?',
  ],
  // nl: "nodigen je uit voor een technisch interview" + "plan je gesprek"
  [
    'interview',
    'Dijk <dijk@myworkday.com>',
    'Uitnodiging',
    'Hoi Ana,\nBedankt voor je sollicitatie. We nodigen je graag uit voor een korte kennismaking.\nPlan je gesprek via je kandidaatportaal.',
  ],
  // nl: rescheduling that opens with "Helaas": "een nieuw tijdstip kiezen"
  [
    'interview',
    'Dijk <no-reply@recruitee.com>',
    'Ons gesprek',
    'Hoi Ana,\nHelaas moeten we ons gesprek van donderdag verzetten.\nWil je een ander moment kiezen via de link?',
  ],
  // es: "tener una primera conversación contigo" + "reserva un hueco"
  [
    'interview',
    'Brisa <no-reply@hire.lever.co>',
    '¡Queremos conocerte!',
    'Hola Ana,\ngracias por tu candidatura. Nos gustaría tener una breve llamada contigo.\nReserva un hueco aquí: https://brisa.example/agenda',
  ],
  // nl: "we laten je weten of we je uitnodigen" is a confirmation, not an invitation
  [
    'confirmation',
    'Dijk <dijk@myworkday.com>',
    'Bedankt voor je sollicitatie',
    'Hoi Ana,\nWe hebben je sollicitatie ontvangen. Binnen een week laten we weten of we je uitnodigen voor een gesprek.',
  ],
];

describe('tuned interview phrases', () => check(INTERVIEWS));

const SIGNALS: readonly Row[] = [
  // a recruiter introducing themself about the user's own application is not cold outreach
  [
    'interview',
    'Omar <omar@lattice.io>',
    'Lattice - Analyst - phone interview',
    "Hi Ana,\nI'm a recruiter on the Finance team at Lattice.\nThank you for applying for the Analyst position.\nWe would like to schedule a 30 minute phone interview with you.",
  ],
  // …while a cold pitch still is
  [
    'none',
    'Omar <omar@talentbridge.example>',
    'Opportunity',
    "Hi Ana,\nI'm a recruiter at TalentBridge. I came across your profile and would like to schedule a call about a role with my client.",
  ],
  // "your search" alone is not a job alert: a rejection that first hopes the search is going well
  [
    'rejection',
    'Pia <pia@lattice.io>',
    'Your application',
    'Hi Ana,\nI hope your search is going well.\nUnfortunately we have decided not to proceed with your application for the Analyst role.',
  ],
  [
    'none',
    'Jobs <jobalerts-noreply@jobsite.example>',
    '12 new jobs matching your search',
    'Data Analyst at Lattice - Berlin\nAnalyst at Pebble - Remote',
  ],
];

describe('outreach and alert signals', () => check(SIGNALS));

const ASSESSMENTS_AND_OFFERS: readonly Row[] = [
  // a take-home project
  [
    'assessment',
    'Kelpie <no-reply@ashbyhq.com>',
    'Frontend Engineer - next step',
    'Hi Ana,\nThanks for the chat. The next step is a short take-home project: a small dashboard in React.\nSend us your repository within a week.',
  ],
  // an invitation from an assessment platform's own domain
  [
    'assessment',
    'Quasar via HackerRank <support@hackerrankforwork.com>',
    'Quasar has invited you to take a test',
    'Hi Ana,\nQuasar has invited you to take the Data Engineer online assessment.\nDuration: 60 minutes.',
  ],
  // receipts for a test already taken, in several languages
  [
    'none',
    'Quasar via HackerRank <support@hackerrankforwork.com>',
    'Test submitted',
    'Hi Ana,\nThanks for taking the Data Engineer coding test for Quasar.\nQuasar will review your answers.\nThe HackerRank Team',
  ],
  [
    'none',
    'Rhein AG <rhein@myworkday.com>',
    'Online-Test erhalten',
    'Sehr geehrte Frau Lopez,\nvielen Dank, dass Sie den Online-Test für die Stelle Controller absolviert haben.\nWir melden uns bald.',
  ],
  [
    'none',
    'Dijk <no-reply@recruitee.com>',
    'Assessment ontvangen',
    'Hoi Ana,\nBedankt voor het maken van de online test voor de functie Analist.\nWe nemen binnenkort contact op.',
  ],
  // a one-way video interview is an interview
  [
    'interview',
    'Pebble Recruiting <noreply@hirevue.com>',
    'Pebble - Analyst: your video interview',
    'Hi Ana,\nYou are moving forward in the hiring process for the Analyst role.\nThe next step is an on-demand video interview with five questions.',
  ],
  // es: "nos encantaría que te unieras a…" + "propuesta formal" is an offer
  [
    'offer',
    'Rocío <rocio@brisa.es>',
    'Propuesta para unirte a Brisa',
    'Hola Ana,\ntras las entrevistas, nos encantaría que te unieras a Brisa como Analista.\nTe envío hoy la propuesta formal.',
  ],
];

describe('tuned assessment and offer rules', () => check(ASSESSMENTS_AND_OFFERS));

const CONFIRMATIONS: readonly Row[] = [
  // es: a job board's "te has inscrito en la oferta"
  [
    'confirmation',
    'Portal Empleo <noreply@infojobs.net>',
    'Te has inscrito en la oferta Analista',
    'Tu inscripción en la oferta Analista de Brisa se ha realizado correctamente.\nSigue el estado de tu candidatura en tu perfil.',
  ],
  // nl: "je sollicitatie … is verstuurd", the job title in between
  [
    'confirmation',
    'Vacaturesite <noreply@nationalevacaturebank.nl>',
    'Je sollicitatie bij Dijk is verstuurd',
    'Je sollicitatie op de vacature Analist bij Dijk is verstuurd.\nBekijk je sollicitaties in je account.',
  ],
  // de: "wurde erfolgreich übermittelt"
  [
    'confirmation',
    'Rhein AG <karriere@rhein.de>',
    'Deine Bewerbung wurde erfolgreich versendet',
    'Hallo Ana,\ndeine Bewerbung als Controller wurde erfolgreich übermittelt.\nDas Recruiting-Team meldet sich bei dir.',
  ],
  // a parcel that "is verstuurd" is no application
  [
    'none',
    'Webshop <service@webshop.example>',
    'Je bestelling is verstuurd',
    'Hoi Ana,\nJe bestelling 5521 is verstuurd en komt morgen aan.',
  ],
];

describe('tuned confirmation phrases', () => check(CONFIRMATIONS));

const MORE: readonly Row[] = [
  [
    'rejection',
    'Orbital <hr@orbital.io>',
    'Analyst role',
    'Hi Ana, thanks for applying. The position has been cancelled, so we are closing all applications.',
  ],
  [
    'rejection',
    'Orbital <hr@orbital.io>',
    'Your application',
    'Hi Ana, an update on the Analyst role: we are no longer hiring for it this year.',
  ],
  [
    'rejection',
    'Brise <hr@brise.de>',
    'Deine Bewerbung',
    'Hallo Ana, nach dem Gespräch haben wir entschieden, mit dir nicht weiterzugehen.',
  ],
  ['rejection', 'Lumen <rh@lumen.fr>', 'Votre candidature', 'Bonjour Ana, nous ne donnerons pas suite à votre candidature.'],
  ['rejection', 'Brisa <rrhh@brisa.es>', 'Tu candidatura', 'Hola Ana, tras las entrevistas nos hemos decantado por otro perfil.'],
  [
    'rejection',
    'Dijk <hr@dijk.nl>',
    'Je sollicitatie',
    'Hoi Ana, na de gesprekken hebben we gekozen voor een kandidaat die meer ervaring heeft.',
  ],
  [
    'rejection',
    'Dijk <hr@dijk.nl>',
    'Je sollicitatie',
    'Beste Ana, bedankt voor je sollicitatie. Helaas moeten wij je deze keer teleurstellen.',
  ],
  // "let's find a time" after "thanks for applying"
  [
    'interview',
    'Tom <tom@pebble.com>',
    'Analyst role',
    "Hi Ana, thanks for applying! Let's find a time to talk about the Analyst role. What does your week look like?",
  ],
  [
    'interview',
    'Lumen <rh@lumen.fr>',
    'Votre candidature',
    'Bonjour Ana, merci pour votre candidature. Pouvons-nous trouver un créneau pour échanger cette semaine ?',
  ],
  [
    'interview',
    'Dijk <hr@dijk.nl>',
    'Je sollicitatie',
    'Hoi Ana, bedankt voor je sollicitatie! Kunnen we een moment prikken voor een kennismaking?',
  ],
];

describe('more rejection and invitation families', () => check(MORE));

const FORWARDS_WITHDRAWALS_RESCHEDULES: readonly Row[] = [
  // a rejection forwarded under a friend's note, with each language's separator, is not the user's outcome
  [
    'none',
    'Lea <lea@gmail.com>',
    'Fwd: Votre candidature',
    'Regarde, on en parle ce soir.\n\n---------- Message transféré ---------\nDe : Lumen\nNous avons le regret de vous informer que votre candidature n’a pas été retenue.',
  ],
  [
    'none',
    'Lea <lea@gmail.com>',
    'Fwd: Tu candidatura',
    'Mira, hablamos luego.\n\n---------- Mensaje reenviado ---------\nDe: Brisa\nLamentamos comunicarte que no has sido seleccionada.',
  ],
  [
    'none',
    'Lea <lea@gmail.com>',
    'Fwd: sollicitatie',
    'Zie hieronder, balen.\n\n---------- Doorgestuurd bericht ---------\nVan: Dijk\nHelaas hebben we besloten niet verder te gaan met je sollicitatie.',
  ],
  [
    'none',
    'Lea <lea@gmail.com>',
    'Fwd: candidatura',
    'Guarda qui.\n\n---------- Messaggio inoltrato ---------\nDa: Vela\nPurtroppo non possiamo procedere con la tua candidatura.',
  ],
  // a withdrawal the user asked for
  [
    'none',
    'Orbital <no-reply@hire.lever.co>',
    'Application withdrawn',
    'Hi Ana,\nAs requested, your application for the Analyst role has been withdrawn. We will not be moving forward with your application.',
  ],
  [
    'none',
    'Brise <no-reply@personio.de>',
    'Bewerbung zurückgezogen',
    'Hallo Ana,\ndeine Bewerbung wurde zurückgezogen. Wir werden deine Bewerbung nicht weiter berücksichtigen.',
  ],
  // reschedulings that open with "Leider" / "Malheureusement"
  [
    'interview',
    'Brise <hr@brise.de>',
    'Neuer Termin für unser Vorstellungsgespräch',
    'Hallo Ana,\nleider muss unser Vorstellungsgespräch am Montag verschoben werden. Bitte wähle einen neuen Termin über den Link.',
  ],
  [
    'interview',
    'Lumen <rh@lumen.fr>',
    'Report de votre entretien',
    'Bonjour Ana,\nmalheureusement notre entretien de lundi doit être décalé. Pouvez-vous choisir un nouveau créneau ?',
  ],
];

describe('forwarded outcomes, withdrawals and reschedulings', () => check(FORWARDS_WITHDRAWALS_RESCHEDULES));

describe('matching: names as mail writes them', () => {
  let n = 0;
  const app = (company: string, title: string): KnownApplication => {
    n += 1;
    return { id: `t-${n}`, company, companyKey: companyKey(company), title, status: 'applied', appliedAt: '2026-02-01T10:00:00Z' };
  };
  const read = (from: string, subject: string, body: string, apps: KnownApplication[]) =>
    readEmail({ from, subject, body, date: '2026-04-01T10:00:00Z' }, apps);

  it('"Kestrel Invest Bank AG" is written "Kestrel Invest"', () => {
    const k = app('Kestrel Invest Bank AG', 'Risk Analyst');
    const v = read('Kestrel Invest <kestrel@myworkday.com>', 'Your application', 'Thank you for applying for the Risk Analyst role.', [k]);
    expect(v.kind).toBe('confirmation');
    expect(v.match).toMatchObject({ strength: 'exact', applicationId: k.id });
  });
  it('but "Hanse Bank" is never "Hanse" alone, and another employer named "Kestrel Invest" keeps its own key', () => {
    const h = app('Hanse Bank', 'Analyst');
    const v = read('Hanse <jobs@hanse-shop.example>', 'Your application', 'Thank you for applying for the Analyst role at Hanse.', [h]);
    expect(v.match.strength).toBe('none');
  });
  it('an employer domain with an "app" suffix or a "get" prefix', () => {
    const f = app('Fennec', 'Business Analyst');
    expect(
      read('Lu <lu@fennecapp.com>', 'Re: proceso', 'Hola, gracias por la entrevista. Hemos decidido continuar con otra persona.', [f])
        .match,
    ).toMatchObject({
      strength: 'exact',
      applicationId: f.id,
    });
    expect(
      read('Lu <lu@getfennec.com>', 'Re: proceso', 'Hola, gracias por la entrevista. Hemos decidido continuar con otra persona.', [f])
        .match,
    ).toMatchObject({
      strength: 'exact',
      applicationId: f.id,
    });
  });
  it('a possessive: "a recruiter on Pebble\'s team"', () => {
    const p = app('Pebble', 'Analyst');
    const v = read(
      'Dana <dana@recruit-mail.example>',
      'Next step',
      "Hi, I'm Dana, a recruiter on Pebble's team. Thanks for applying for our Analyst role. I'd like to set up a 30 minute call: https://calendly.com/dana/30",
      [p],
    );
    expect(v.kind).toBe('interview');
    expect(v.match).toMatchObject({ strength: 'exact', applicationId: p.id });
  });
  it('a job board\'s "sent to X" in Spanish and Dutch', () => {
    const t = app('Typeform', 'UX Writer');
    const es = read(
      'LinkedIn <jobs-noreply@linkedin.com>',
      'Sam, tu solicitud se ha enviado a Typeform',
      'Tu solicitud se ha enviado a Typeform\nUX Writer',
      [t],
    );
    expect(es.kind).toBe('confirmation');
    expect(es.match).toMatchObject({ strength: 'exact', applicationId: t.id });
    const nl = read(
      'LinkedIn <jobs-noreply@linkedin.com>',
      'Je sollicitatie is verzonden naar Typeform',
      'Je sollicitatie is verzonden naar Typeform\nUX Writer',
      [t],
    );
    expect(nl.match).toMatchObject({ strength: 'exact', applicationId: t.id });
  });
});

const MORE_FAMILIES: readonly Row[] = [
  [
    'rejection',
    'Orbital <hr@orbital.io>',
    'Your application',
    'Hi Ana, thanks for applying. We will not be able to proceed with your candidacy.',
  ],
  [
    'rejection',
    'Orbital <hr@orbital.io>',
    'Your application',
    'Hi Ana, having reviewed your application, we will not be inviting you to interview.',
  ],
  [
    'rejection',
    'Orbital <hr@orbital.io>',
    'Analyst role',
    'Hi Ana, thanks for applying. We have decided to cancel the search for this role.',
  ],
  [
    'rejection',
    'Orbital <hr@orbital.io>',
    'Analyst role',
    'Hi Ana, after the interviews the team has chosen to head in another direction for the role.',
  ],
  ['rejection', 'Orbital <hr@orbital.io>', 'Your application', "Hi Ana, we're going to pass on your application for now."],
  [
    'rejection',
    'Orbital <hr@orbital.io>',
    'Your interviews',
    'Hi Ana, thank you for the interviews. We made the decision not to hire you for this role.',
  ],
  ['rejection', 'Orbital <hr@orbital.io>', 'Your application', 'Hi Ana, we are unable to move your application to the next round.'],
  ['rejection', 'Orbital <hr@orbital.io>', 'Your application', 'Hi Ana, your application will not be taken forward.'],
  [
    'rejection',
    'Orbital <hr@orbital.io>',
    'Your application',
    'Hi Ana, we have given the role to a candidate with more payments experience.',
  ],
  ['rejection', 'Brise <hr@brise.de>', 'Deine Bewerbung', 'Hallo Ana, nach reiflicher Überlegung haben wir uns gegen dich entschieden.'],
  // "we will pass on your application to the hiring manager" forwards it: not a rejection
  [
    'confirmation',
    'Orbital <hr@orbital.io>',
    'Application received',
    'Hi Ana, thanks for applying! We will pass on your application to the hiring manager this week.',
  ],
  [
    'interview',
    'Dijk <hr@dijk.nl>',
    'Je sollicitatie',
    'Hoi Ana, bedankt voor je sollicitatie. We willen graag een kennismaking met je inplannen.',
  ],
  [
    'offer',
    'Brise <hr@brise.de>',
    'Deine Bewerbung',
    'Hallo Ana, nach den Gesprächen freuen wir uns, dir die Stelle als Analystin anbieten zu können. Den Vertrag senden wir dir morgen.',
  ],
];

describe('further rejection, invitation and offer families', () => check(MORE_FAMILIES));

const NOT_OUTCOMES: readonly Row[] = [
  // a coaching service's mock interview with a booking link
  [
    'none',
    'Interview Coach <hello@coach.example>',
    'Your interview prep guide',
    'Hi Ana, here is your interview preparation guide. Book a practice interview with a coach: https://calendly.com/coach/practice',
  ],
  [
    'none',
    'Probe <info@karrierecoach.example>',
    'Bewerbungstraining',
    'Hallo Ana, buche dein Probeinterview für das nächste Vorstellungsgespräch: https://calendly.com/kc/probe',
  ],
  // onboarding after an accepted offer
  [
    'none',
    'Orbital <people@orbital.io>',
    'Welcome to Orbital!',
    'Hi Ana, congratulations on accepting our offer! Your start date is 2 June and your onboarding checklist is attached.',
  ],
  [
    'none',
    'Brise <hr@brise.de>',
    'Willkommen bei Brise',
    'Hallo Ana, schön, dass du unser Angebot angenommen hast! Herzlichen Glückwunsch und willkommen im Team.',
  ],
];

describe('coaching and onboarding mail is not an outcome', () => check(NOT_OUTCOMES));

const ROMANCE_AND_DUTCH: readonly Row[] = [
  [
    'interview',
    'Brisa <rrhh@brisa.es>',
    'Tu candidatura',
    'Hola Ana, gracias por tu candidatura. Nos encantaría conocerte: ¿podemos hablar el jueves?',
  ],
  [
    'interview',
    'Vela <hr@vela.it>',
    'La tua candidatura',
    'Ciao Ana, grazie per la tua candidatura. Ci piacerebbe conoscerti con una call conoscitiva di 20 minuti.',
  ],
  [
    'offer',
    'Dijk <hr@dijk.nl>',
    'Je sollicitatie',
    'Hoi Ana, gefeliciteerd! Na de gesprekken willen we je graag de functie als Analist aanbieden.',
  ],
];

describe('es/it invitations and a Dutch offer', () => check(ROMANCE_AND_DUTCH));

const BALANCED_QUOTES: readonly Row[] = [
  // a rejection naming the job in quotation marks is still a rejection (balanced marks quote only the title)
  [
    'rejection',
    'Orbital <hr@orbital.io>',
    'Your application',
    'Hi Ana, unfortunately we have decided to move forward with other candidates for the "Analyst" role.',
  ],
  [
    'rejection',
    'Orbital <hr@orbital.io>',
    'Your application',
    'Hi Ana, unfortunately we have decided to move forward with other candidates for the “Analyst” role.',
  ],
  [
    'rejection',
    'Brise <hr@brise.de>',
    'Deine Bewerbung',
    'Hallo Ana, leider haben wir uns für andere Kandidaten für die Stelle „Analystin“ entschieden.',
  ],
  // a quotation that runs over two sentences is still quoted
  [
    'none',
    'Career Notes <hello@careernotes.example>',
    'Rejection, again',
    '"Unfortunately, we have decided to move forward with other candidates. We wish you the best," says the email. Here is how to answer it.',
  ],
];

describe('balanced quotation marks around a title do not hide the outcome', () => check(BALANCED_QUOTES));

const TEMPLATE_FAMILIES: readonly Row[] = [
  [
    'rejection',
    'Kelpie <kelpie@myworkday.com>',
    'Application status',
    'Dear Ana, thank you for applying to the Analyst position. We have reviewed your application and concluded that we will not be moving forward.',
  ],
  [
    'rejection',
    'Kelpie <no-reply@kelpie.teamtailor-mail.com>',
    'Your application',
    "Hi Ana, thanks for applying. Unfortunately we don't have a role that fits your profile right now.",
  ],
  [
    'rejection',
    'Kelpie <hr@kelpie.io>',
    'Your application',
    'Hi Ana, thank you for applying. We felt your background is not the right match for this position.',
  ],
  [
    'rejection',
    'Kelpie <hr@kelpie.io>',
    'Your application',
    "Hi Ana, thanks for applying. I'm afraid we won't be taking your candidacy further.",
  ],
  [
    'rejection',
    'Kelpie <hr@kelpie.io>',
    'Analyst position',
    'Hi Ana, thank you for applying. The Analyst position has been put on hold, and we regret to tell you that we are closing all applications.',
  ],
  [
    'interview',
    'Kelpie <hr@kelpie.io>',
    'Analyst role',
    'Hi Ana, thanks for applying! Please grab a slot for a 20 minute intro call: https://kelpie.example/book',
  ],
];

describe('more template families', () => check(TEMPLATE_FAMILIES));

const EUROPEAN_TEMPLATES: readonly Row[] = [
  [
    'rejection',
    'Rhein <noreply@softgarden.io>',
    'Ihre Bewerbung',
    'Sehr geehrte Frau Lopez, wir bedauern, Ihnen keine bessere Nachricht geben zu können.',
  ],
  [
    'rejection',
    'Rhein <hr@rhein.de>',
    'Ihre Bewerbung',
    'Sehr geehrte Frau Lopez, wir haben entschieden, die Stelle mit einem Bewerber zu besetzen, der mehr Erfahrung mitbringt.',
  ],
  [
    'rejection',
    'Lumen <rh@lumen.fr>',
    'Votre candidature',
    'Bonjour Ana, nous avons choisi de privilégier d’autres profils pour ce poste.',
  ],
  ['rejection', 'Brisa <rrhh@brisa.es>', 'Tu candidatura', 'Hola Ana, hemos decidido contratar a otro candidato para el puesto.'],
  ['rejection', 'Brisa <rrhh@brisa.es>', 'Tu candidatura', 'Hola Ana, lamentablemente no ha sido posible avanzar con tu candidatura.'],
  [
    'rejection',
    'Dijk <hr@dijk.nl>',
    'Je sollicitatie',
    'Beste Ana, we hebben besloten een andere kandidaat uit te nodigen voor het gesprek.',
  ],
  ['rejection', 'Vela <hr@vela.it>', 'La tua candidatura', 'Ciao Ana, abbiamo scelto di non proseguire con il tuo profilo.'],
  [
    'interview',
    'Rhein <hr@rhein.de>',
    'Deine Bewerbung',
    'Hallo Ana, danke für deine Bewerbung! Wir würden dich gerne in einem kurzen Telefonat kennenzulernen. Buche dir einen Termin über den Link.',
  ],
  [
    'interview',
    'Dijk <hr@dijk.nl>',
    'Je sollicitatie',
    'Beste Ana, naar aanleiding van je sollicitatie nodigen wij je graag uit voor een gesprek op 12 mei.',
  ],
];

describe('European template families', () => check(EUROPEAN_TEMPLATES));

const SENT_CONFIRMATIONS: readonly Row[] = [
  [
    'confirmation',
    'Jobboard <noreply@jobboard.fr>',
    'Candidature envoyée',
    'Votre candidature pour le poste d’Analyste chez Lumen a bien été transmise.',
  ],
  [
    'confirmation',
    'Vela <noreply@vela.it>',
    'Candidatura inviata',
    'Ciao Ana, la tua candidatura per Analista è stata inoltrata con successo.',
  ],
  ['confirmation', 'Brisa <noreply@brisa.es>', 'Solicitud enviada', 'Hola Ana, tu solicitud para Analista se ha enviado correctamente.'],
];

describe('"application sent" subjects', () => check(SENT_CONFIRMATIONS));

const PROCESS_DESCRIPTIONS: readonly Row[] = [
  // a confirmation that lists the steps to come is not an assessment or interview
  [
    'confirmation',
    'Kelpie <no-reply@ashbyhq.com>',
    'Application received',
    'Hi Ana, thanks for applying. Our process: a recruiter call, a take-home project and a final interview. We will be in touch.',
  ],
  // …while "the next step in our process is a take-home project" still asks for one
  [
    'assessment',
    'Kelpie <no-reply@ashbyhq.com>',
    'Next step',
    'Hi Ana, thanks for the call. As the next step in our process, please complete a take-home project within 5 days.',
  ],
];

describe('process descriptions', () => check(PROCESS_DESCRIPTIONS));

const SCHEDULING_ASKS: readonly Row[] = [
  [
    'interview',
    'Orbital <talent@orbital.io>',
    'Next steps',
    "Hi Ana, thanks for applying! We'd love to chat. Could you share two or three times that work for you next week?",
  ],
  [
    'interview',
    'Orbital <talent@orbital.io>',
    'Quick chat?',
    "Hi Ana, I'm the hiring manager for the Analyst role. Do you have 15 minutes on Thursday for a quick call?",
  ],
  [
    'interview',
    'Orbital <talent@orbital.io>',
    'Analyst interview',
    'Hi Ana, confirming your onsite on 4 May at 10:00 for the Analyst role. Ask for Lena at reception.',
  ],
  [
    'interview',
    'Orbital <talent@orbital.io>',
    'Analyst role',
    'Hi Ana, the interviewers enjoyed meeting you and would like to move you forward to the final round.',
  ],
];

describe('scheduling asks', () => check(SCHEDULING_ASKS));
