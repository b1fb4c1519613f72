/**
 * Second tuning round: mail written by hand, not by templates: forwards, replies in a thread, short notes from a
 * person at the employer, offers that never say "offer". Each example is written for this test (general wording,
 * not a copy of any email in an evaluation set). Each row: expected kind, from, subject, body.
 */
import { describe, expect, it } from 'vitest';
import { companyKey } from '../../../src/core/company-key';
import { classifyEmail, readEmail } from '../../../src/core/inbox';
import type { KnownApplication, MailKind } from '../../../src/core/inbox/types';

type Row = readonly [MailKind, string, string, string];

function check(rows: readonly Row[]): void {
  for (const [kind, from, subject, body] of rows) {
    it(`${kind}: ${subject} — ${body.slice(0, 60).replace(/\n/g, ' ')}`, () => {
      expect(classifyEmail({ from, subject, body, date: '2026-04-01T10:00:00Z' }).kind).toBe(kind);
    });
  }
}

const FORWARDS: readonly Row[] = [
  [
    'rejection',
    'Ana Silva <ana@mail.example>',
    'Fwd: Your application',
    'sigh, for the records\n\n---------- Forwarded message ---------\nFrom: Pinecrest Talent <jobs@pinecrest.com>\nDate: Mon, 2 Mar 2026\nSubject: Your application\nTo: ana@mail.example\n\nDear Ana,\nUnfortunately your application has not been successful on this occasion.\nWe wish you well.',
  ],
  [
    'rejection',
    'Ana Silva <ana@mail.example>',
    'I: Esito colloquio',
    'Ti giro la risposta.\n\n-------- Messaggio inoltrato --------\nOggetto: Esito colloquio\nData: 3 marzo 2026\nMittente: Ufficio HR <hr@lunaria.it>\nA: Ana <ana@mail.example>\n\nGentile Ana,\npurtroppo abbiamo deciso di proseguire con un altro candidato.\nCordiali saluti',
  ],
  // Outlook: "FW:" and a plain "From: … Sent: …" block
  [
    'rejection',
    'Ana Silva <ana@mail.example>',
    'FW: Analyst role',
    'FYI\n\nFrom: Jo Reed <jo@harbourline.co.uk>\nSent: 2 March 2026 10:00\nTo: Ana Silva\nSubject: Analyst role\n\nHi Ana,\nWe have decided to proceed with other candidates for the Analyst role.\nBest, Jo',
  ],
  // someone else's news, forwarded to the user ("look what Lea got"): addressed to neither the forwarder's
  // address nor name, it stays quoted history
  [
    'none',
    'Ana Silva <ana@mail.example>',
    'Fwd: Your application',
    'look what Lea got\n\n---------- Forwarded message ---------\nFrom: Pinecrest Talent <jobs@pinecrest.com>\nSubject: Your application\nTo: lea@mail.example\n\nDear Lea,\nUnfortunately your application has not been successful on this occasion.',
  ],
  // the forwarded greeting names the forwarder, no "To:" line
  [
    'rejection',
    'Ana Silva <ana@mail.example>',
    'Fwd: Your application',
    '---------- Forwarded message ---------\nFrom: Pinecrest Talent <jobs@pinecrest.com>\nSubject: Your application\n\nDear Ana,\nUnfortunately your application has not been successful on this occasion.',
  ],
  // a reply (not a forward) still reads only the new text
  [
    'none',
    'Ana Silva <ana@mail.example>',
    'Re: Analyst role',
    'Thanks Jo, understood.\n\nOn Mon, 2 Mar 2026 at 10:00, Jo Reed <jo@harbourline.co.uk> wrote:\n> We have decided to proceed with other candidates for the Analyst role.',
  ],
];

const THREADS: readonly Row[] = [
  // the new text names no job, the quoted history does: a thread about the application
  [
    'interview',
    'Rui Costa <rui@lattice-works.io>',
    'Re: quick chat?',
    "Great, Thursday at 3pm works. I've sent you a calendar invite with a Meet link. You'll be speaking with me and our design lead.\n\nOn Tue, 3 Mar 2026 at 09:12, Ana Silva <ana@mail.example> wrote:\n> Thanks for getting back to me about the Designer role! Thursday afternoon works.",
  ],
  // without the thread, the same note is not about hiring
  [
    'none',
    'Rui Costa <rui@lattice-works.io>',
    'quick chat?',
    "Great, Thursday at 3pm works. I've sent you a calendar invite with a Meet link.",
  ],
  // a quotation mark opened in the middle of a sentence: a review site quoting someone
  [
    'none',
    'Reviews <noreply@reviews.example>',
    'What interviewing at Pinecrest is like',
    'Pinecrest — Analyst interview "Two stages: an online numerical test and a competency interview. I got an offer after three weeks." — Anonymous',
  ],
];

describe('forwarded messages are read, replies are not', () => check(FORWARDS));
describe('a thread about an application, and quotation marks opened mid-sentence', () => check(THREADS));

describe("a short note from a person at the employer's own domain", () => {
  const apps: KnownApplication[] = [
    {
      id: 'a1',
      company: 'Kestrel Labs',
      companyKey: companyKey('Kestrel Labs'),
      title: 'ML Engineer',
      status: 'interviewing',
      appliedAt: '2026-02-01',
    },
  ];
  const note = {
    from: 'Dev <dev@kestrellabs.com>',
    subject: 'can we move it?',
    body: 'Hi Ana, can we reschedule our system design round to Friday, same time? Same Meet link. Sorry!',
    date: '2026-04-01T10:00:00Z',
  };
  it('is an interview when the user applied there', () => {
    expect(readEmail(note, apps).kind).toBe('interview');
  });
  it('is not when the sender is no employer of the user', () => {
    expect(readEmail({ ...note, from: 'Dev <dev@otherplace.com>' }, apps).kind).toBe('none');
  });
  it('needs more than one phrase when the mail names no job', () => {
    expect(readEmail({ ...note, subject: 'hi', body: 'Hi Ana, can we reschedule our system design round to Friday?' }, apps).kind).toBe(
      'none',
    );
  });
  it('but one is enough when it names the job title of the application there', () => {
    const body = 'Hi Ana, can we reschedule our system design round to Friday?';
    expect(readEmail({ ...note, subject: 'Re: ML Engineer', body }, apps).kind).toBe('interview');
  });
  it('is a rejection on a strong phrase only, never on "we regret… has not been successful"', () => {
    const payment = 'We regret to inform you that your payment has not been successful. Please update your card.';
    expect(readEmail({ ...note, subject: 'Payment', body: payment }, apps).kind).toBe('none');
    expect(
      readEmail({ ...note, subject: 'Update', body: "Hi Ana, we've decided not to move forward. Thanks for your time." }, apps).kind,
    ).toBe('rejection');
  });
});

const HAND_REJECTIONS: readonly Row[] = [
  [
    'rejection',
    'Kim <kim@fernway.io>',
    'Re: Designer role',
    'Hi Ana — we went a different way on this one. Thanks for the portfolio, really enjoyed it.\nKim',
  ],
  [
    'rejection',
    'Kim <kim@fernway.io>',
    'Following up',
    "Hi Ana,\nThanks for the call about the Designer role. We've decided to go ahead with someone whose background is closer to print.\nKim",
  ],
  [
    'rejection',
    'Kim <kim@fernway.io>',
    'Designer role',
    'Hi Ana,\nAfter talking to the team we are moving forward with folks who have shipped a design system before.\nKim',
  ],
  ['rejection', 'Kim <kim@fernway.io>', 'Your application', "Hi Ana, we won't be progressing with the Designer role for you. Sorry!"],
  [
    'rejection',
    'Kim <kim@fernway.io>',
    'Your application',
    "Hi Ana, I'm afraid we're going to pass this time. Thanks for your time on the Designer role.",
  ],
  ['rejection', 'Kim <kim@fernway.io>', 'Re: Designer role', "Hi Ana, it's a no from us for the Designer role, sadly. Good luck!"],
  [
    'rejection',
    'Jan <jan@hafenwerk.de>',
    'Ihre Bewerbung',
    'Hallo Ana,\ndanke für das nette Gespräch. Wir haben uns diesmal anders entschieden.\nViele Grüße, Jan',
  ],
  ['rejection', 'Jan <jan@hafenwerk.de>', 'Ihre Bewerbung', 'Hallo Ana,\nwir gehen bei dieser Stelle einen anderen Weg.\nJan'],
  ['rejection', 'Jan <jan@hafenwerk.de>', 'Deine Bewerbung', 'Hallo Ana,\nwir machen mit jemand anderem weiter.\nJan'],
  ['rejection', 'Jan <jan@hafenwerk.de>', 'Deine Bewerbung', 'Hallo Ana,\nnach dem Gespräch gehen wir leider nicht mit dir weiter.\nJan'],
  ['rejection', 'Léa <lea@brume.fr>', 'Votre candidature', 'Bonjour Ana,\nnous avons fait un autre choix pour ce poste.\nLéa'],
  ['rejection', 'Léa <lea@brume.fr>', 'Votre candidature', "Bonjour Ana,\nnous avons fait le choix d'un autre profil pour le poste.\nLéa"],
  ['rejection', 'Léa <lea@brume.fr>', 'Votre candidature', 'Bonjour Ana,\nnous allons partir sur un autre profil, désolée.\nLéa'],
  ['rejection', 'Léa <lea@brume.fr>', 'Votre candidature', "Bonjour Ana,\nnous n'irons pas plus loin pour ce poste.\nLéa"],
  ['rejection', 'Pablo <pablo@sierra.es>', 'Tu candidatura', 'Hola Ana,\nhemos tomado otra dirección para el puesto.\nPablo'],
  ['rejection', 'Pablo <pablo@sierra.es>', 'Tu candidatura', 'Hola Ana,\nno vamos a seguir adelante contigo en el proceso.\nPablo'],
  [
    'rejection',
    'Pablo <pablo@sierra.es>',
    'Tu candidatura',
    'Hola Ana,\nhemos decidido seguir adelante con otra persona para el puesto.\nPablo',
  ],
  ['rejection', 'Sanne <sanne@dijkveld.nl>', 'Je sollicitatie', 'Hoi Ana,\nwe hebben voor de functie een andere keuze gemaakt.\nSanne'],
  ['rejection', 'Sanne <sanne@dijkveld.nl>', 'Je sollicitatie', 'Hoi Ana,\nwe gaan helaas niet verder met je.\nSanne'],
  ['rejection', 'Sanne <sanne@dijkveld.nl>', 'Je sollicitatie', 'Hoi Ana,\nwe hebben voor iemand anders gekozen.\nSanne'],
  ['rejection', 'Rita <rita@alvorada.pt>', 'Sua candidatura', 'Olá Ana,\nseguimos por outro caminho nesta vaga.\nRita'],
  ['rejection', 'Rita <rita@alvorada.pt>', 'Sua candidatura', 'Olá Ana,\nnão vamos seguir com você no processo.\nRita'],
  ['rejection', 'Rita <rita@alvorada.pt>', 'Sua candidatura', 'Olá Ana,\ndecidimos seguir com outra pessoa para a vaga.\nRita'],
  ['rejection', 'Marco <marco@lagomar.it>', 'La tua candidatura', 'Ciao Ana,\nabbiamo fatto un’altra scelta per la posizione.\nMarco'],
  ['rejection', 'Marco <marco@lagomar.it>', 'La tua candidatura', 'Ciao Ana,\nabbiamo preso un’altra direzione per il ruolo.\nMarco'],
  ['rejection', 'Marco <marco@lagomar.it>', 'La tua candidatura', 'Ciao Ana,\nnon proseguiremo con te nella selezione.\nMarco'],
  [
    'rejection',
    'Marco <marco@lagomar.it>',
    'La tua candidatura',
    'Ciao Ana,\nabbiamo deciso di proseguire con qualcun altro per il ruolo.\nMarco',
  ],
  // "whose experience lines up more closely" supports a rejection, it does not make one
  [
    'none',
    'Kim <kim@fernway.io>',
    'Designer role',
    'Hi Ana, the role suits people whose experience lines up more closely with print. Want to chat about it?',
  ],
];

const HAND_INTERVIEWS: readonly Row[] = [
  [
    'interview',
    'Dana <dana@larkspur.com>',
    'Analyst role',
    'Hi Ana,\nGreat news: the team would like you to come in for a second round interview next week.\nDana',
  ],
  ['interview', 'Dana <dana@larkspur.com>', 'Analyst role', "Hi Ana,\nYou'll be meeting with our CFO and the team lead on Tuesday.\nDana"],
  ['interview', 'Dana <dana@larkspur.com>', 'Analyst role', "Hi Ana,\nI've sent you a calendar invite for Thursday at 2pm.\nDana"],
  ['interview', 'Dana <dana@larkspur.com>', 'Analyst role', 'Hi Ana,\nWhich of these times works: Tue 10:00 or Wed 15:30?\nDana'],
  ['interview', 'Dana <dana@larkspur.com>', 'Analyst role', 'Hi Ana,\nWhat day works best for you next week?\nDana'],
  [
    'interview',
    'Dana <dana@larkspur.com>',
    'Analyst role',
    'Hi Ana,\nCould we move your panel interview to Monday at 11? Same link.\nDana',
  ],
  // supporting wording alone is not enough
  [
    'none',
    'Dana <dana@larkspur.com>',
    'Analyst role',
    'Hi Ana,\nCan we move the deadline for the role description? Change of date on our side.\nDana',
  ],
  // a calendar invite for a webinar is not an interview (no hiring context, a newsletter signal)
  ['none', 'Events <events@cloudco.example>', 'Your seat', "We've sent you a calendar invite for the webinar on Thursday."],
  [
    'interview',
    'Personal <personal@hafenwerk.de>',
    'Verschiebung Ihres Vorstellungsgesprächs',
    'Sehr geehrte Ana,\nleider müssen wir Ihren Termin am Freitag absagen. Als Ersatztermin schlagen wir Montag 10 Uhr vor.',
  ],
  [
    'interview',
    'Jan <jan@hafenwerk.de>',
    'Bewerbung',
    'Hallo Ana,\nkönnen wir das Gespräch am Donnerstag auf Freitag verschieben? Welcher der Termine passt dir am besten?\nJan',
  ],
  ['interview', 'Jan <jan@hafenwerk.de>', 'Bewerbung', 'Hallo Ana,\nich habe dir gerade eine Kalendereinladung geschickt.\nJan'],
  [
    'interview',
    'Léa <lea@brume.fr>',
    'Votre candidature',
    'Bonjour Ana,\nserait-il possible de décaler notre entretien de jeudi à vendredi ? Quel créneau vous convient ?\nLéa',
  ],
  ['interview', 'Léa <lea@brume.fr>', 'Votre candidature', 'Bonjour Ana,\nje vous ai envoyé une invitation pour jeudi 10h.\nLéa'],
  [
    'interview',
    'Pablo <pablo@sierra.es>',
    'Tu candidatura',
    'Hola Ana,\n¿podemos cambiar la entrevista del jueves al viernes? ¿Qué horario te viene mejor?\nPablo',
  ],
  ['interview', 'Pablo <pablo@sierra.es>', 'Tu candidatura', 'Hola Ana,\nte he enviado una invitación para el jueves.\nPablo'],
  [
    'interview',
    'Sanne <sanne@dijkveld.nl>',
    'Je sollicitatie',
    'Hoi Ana,\nwe moeten het gesprek van donderdag helaas verplaatsen. Welk moment je het beste uitkomt?\nSanne',
  ],
  ['interview', 'Sanne <sanne@dijkveld.nl>', 'Je sollicitatie', 'Hoi Ana,\nik heb je een agenda-uitnodiging gestuurd voor vrijdag.\nSanne'],
  [
    'interview',
    'Rita <rita@alvorada.pt>',
    'Sua candidatura',
    'Olá Ana,\nprecisamos remarcar a nossa entrevista de quinta. Qual desses horários funciona?\nRita',
  ],
  ['interview', 'Rita <rita@alvorada.pt>', 'Sua candidatura', 'Olá Ana,\nenviei um convite para sexta às 10h.\nRita'],
  [
    'interview',
    'Marco <marco@lagomar.it>',
    'La tua candidatura',
    'Ciao Ana,\npossiamo spostare il colloquio di giovedì a venerdì? Quale di questi orari ti va bene?\nMarco',
  ],
  ['interview', 'Marco <marco@lagomar.it>', 'La tua candidatura', 'Ciao Ana,\nti ho inviato un invito per venerdì.\nMarco'],
];

const HAND_OFFERS: readonly Row[] = [
  ['offer', 'Dana <dana@larkspur.com>', 'Analyst role', "Hi Ana,\nWe'd love to have you on board as our next Analyst!\nDana"],
  ['offer', 'Dana <dana@larkspur.com>', 'Analyst role', "Hi Ana,\nI'm delighted to share that you got the job. Details to follow.\nDana"],
  ['offer', 'Dana <dana@larkspur.com>', 'Analyst role', 'Hi Ana,\nGreat news: we have selected you for the role.\nDana'],
  // "join us for an interview" is an invitation, not an offer
  [
    'interview',
    'Dana <dana@larkspur.com>',
    'Analyst role',
    "Hi Ana,\nWe'd like to invite you to an interview. We'd love to have you join us for it.\nDana",
  ],
  [
    'offer',
    'Jan <jan@hafenwerk.de>',
    'Gute Nachrichten',
    'Hallo Ana,\nwir würden dich sehr gern als Entwicklerin bei uns an Bord holen. Den Arbeitsvertrag schicke ich morgen.\nJan',
  ],
  ['offer', 'Jan <jan@hafenwerk.de>', 'Deine Bewerbung', 'Hallo Ana,\nwir möchten dir eine Zusage geben!\nJan'],
  ['offer', 'Jan <jan@hafenwerk.de>', 'Deine Bewerbung', 'Hallo Ana,\nwir möchten dich gerne einstellen.\nJan'],
  // "we would have liked to have you on board" in a rejection stays a rejection
  [
    'rejection',
    'Jan <jan@hafenwerk.de>',
    'Deine Bewerbung',
    'Hallo Ana,\nwir hätten dich gern an Bord gehabt, haben uns aber leider für eine andere Kandidatin entschieden.\nJan',
  ],
  ['offer', 'Léa <lea@brume.fr>', 'Votre candidature', 'Bonjour Ana,\nnous souhaitons vous recruter pour le poste !\nLéa'],
  ['offer', 'Léa <lea@brume.fr>', 'Votre candidature', "Bonjour Ana,\nnous serions ravis de vous accueillir dans l'équipe.\nLéa"],
  ['offer', 'Pablo <pablo@sierra.es>', 'Tu candidatura', 'Hola Ana,\nnos encantaría contar contigo para el puesto.\nPablo'],
  ['offer', 'Pablo <pablo@sierra.es>', 'Tu candidatura', 'Hola Ana,\nqueremos contratarte.\nPablo'],
  ['offer', 'Pablo <pablo@sierra.es>', 'Tu candidatura', 'Hola Ana,\n¡eres la persona elegida para el puesto!\nPablo'],
  ['offer', 'Sanne <sanne@dijkveld.nl>', 'Je sollicitatie', 'Hoi Ana,\nwe willen je graag aannemen als analist!\nSanne'],
  // "aanbod" alone is a recruiter's pitch
  ['none', 'Joost <joost@bureau.example>', 'Vacature', 'Hoi Ana,\nmijn klant doet een mooi aanbod voor deze vacature.'],
  ['offer', 'Rita <rita@alvorada.pt>', 'Sua candidatura', 'Olá Ana,\nqueremos contar com você na equipe!\nRita'],
  ['offer', 'Rita <rita@alvorada.pt>', 'Sua candidatura', 'Olá Ana,\nvocê foi aprovada para a vaga! Segue a proposta em anexo.\nRita'],
  ['offer', 'Marco <marco@lagomar.it>', 'La tua candidatura', 'Ciao Ana,\nvorremmo assumerti per il ruolo.\nMarco'],
  ['offer', 'Marco <marco@lagomar.it>', 'La tua candidatura', 'Ciao Ana,\nci piacerebbe averti nel team per questa posizione.\nMarco'],
];

const HAND_OTHERS: readonly Row[] = [
  [
    'assessment',
    'Kim <kim@fernway.io>',
    'Next step: practical test',
    'Hi Ana,\nThanks for applying! Next is a practical exercise, about two hours.',
  ],
  ['confirmation', 'Gupy <naoresponda@gupy.io>', 'Candidatura enviada', 'Olá Ana,\nSua candidatura foi recebida com sucesso.\nEquipe Gupy'],
  // agencies' pitches, in every language, with interview wording after them
  ['none', 'Max <max@search.example>', 'Role', "Hi Ana, I'm recruiting for a fintech. Would you be available for a quick call this week?"],
  [
    'none',
    'Max <max@search.example>',
    'Position',
    'Hi Ana, for one of my clients I am looking for an analyst. Would you be available for a quick call?',
  ],
  [
    'none',
    'Max <max@search.example>',
    'Position',
    'Hallo Ana,\nich bin auf Ihr Profil aufmerksam geworden. Hätten Sie Zeit für ein kurzes Telefonat?',
  ],
  [
    'none',
    'Max <max@search.example>',
    'Poste',
    "Bonjour Ana,\npour l'un de mes clients je cherche un analyste. Je vous propose un échange ?",
  ],
  ['none', 'Max <max@search.example>', 'Puesto', 'Hola Ana,\npara uno de mis clientes busco un analista. ¿Podemos agendar una llamada?'],
  ['none', 'Max <max@search.example>', 'Vacature', 'Hoi Ana,\nik kwam je profiel tegen. Zullen we een gesprek inplannen?'],
  ['none', 'Max <max@search.example>', 'Vaga', 'Olá Ana,\nencontrei seu perfil. Podemos agendar uma conversa?'],
  ['none', 'Max <max@search.example>', 'Posizione', 'Ciao Ana,\nho visto il tuo profilo. Possiamo fissare un colloquio conoscitivo?'],
  [
    'none',
    'Reviews <noreply@reviews.example>',
    'Interview reviews for you',
    'Read more interview reviews: "they invited me to an interview after a week".',
  ],
];

describe('hand-written rejections', () => check(HAND_REJECTIONS));
describe('hand-written invitations, reschedules and calendar invites', () => check(HAND_INTERVIEWS));
describe('offers that never say "offer"', () => check(HAND_OFFERS));
describe('practical tests, Gupy, agencies and review digests', () => check(HAND_OTHERS));

/**
 * Notes from people at employers the user applied to (their own domains): the applications make the mail hiring
 * mail, the phrase decides the kind.
 */
const P = 'Kim Lee <kim@fernway.io>';
const FROM_EMPLOYERS: readonly Row[] = [
  ['rejection', P, 'Re: Product Manager', "Hi Ana, I wanted to let you know we've decided not to move forward. Thanks for your time."],
  [
    'rejection',
    P,
    'Re: Product Manager',
    'Hey Ana, quick update: the team has decided to go with another candidate. Really appreciated meeting you.',
  ],
  ['rejection', P, 'Re: Product Manager', "Hi Ana, bad news I'm afraid, we've offered the role to someone else."],
  ['rejection', P, 'Product Manager role', "Hi Ana, after a lot of back and forth we're not going to move forward with your application."],
  ['rejection', P, 'Product Manager role', "Hi Ana, I'm sorry to say it's not going to work out this time."],
  ['rejection', P, 'Product Manager role', "Hi Ana, unfortunately we've filled the role internally."],
  ['rejection', P, 'Product Manager role', 'Hi Ana, we ended up hiring someone with more B2B experience. Sorry!'],
  ['rejection', P, 'Product Manager role', 'Hi Ana, the hiring manager decided to pursue other candidates. Best of luck.'],
  ['rejection', P, 'Re: interview', "Ana, I'm afraid the team won't be taking you forward to the next round."],
  ['rejection', P, 'Re: interview', "Ana - we won't be moving ahead with your candidacy. Thank you for your patience."],
  ['rejection', P, 'Product Manager role', "Hi Ana, we've chosen another candidate for the PM role."],
  [
    'rejection',
    'Ana <ana@mail.example>',
    'Fwd: Product Manager role',
    "see below :(\n\n-------- Forwarded Message --------\nSubject: Product Manager role\nDate: Mon, 2 Mar 2026\nFrom: Kim <kim@fernway.io>\nTo: Ana\n\nHi Ana, we've decided to move forward with other candidates.",
  ],
  [
    'rejection',
    'Ana <ana@mail.example>',
    'WG: Ihre Bewerbung',
    'zur Info\n\n---------- Weitergeleitete Nachricht ---------\nVon: HR <hr@hafenwerk.de>\nDatum: Mo., 2. März 2026\nBetreff: Ihre Bewerbung\nAn: Ana\n\nSehr geehrte Ana,\nleider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.',
  ],
  [
    'rejection',
    'Ana <ana@mail.example>',
    'TR: Votre candidature',
    "\n\n-------- Message transféré --------\nDe : RH <rh@brume.fr>\nDate : lun. 2 mars 2026\nObjet : Votre candidature\nÀ : Ana\n\nBonjour,\nnous sommes au regret de vous informer que votre candidature n'a pas été retenue.",
  ],
  [
    'rejection',
    'Ana <ana@mail.example>',
    'RV: Tu candidatura',
    'Mira\n\nInicio del mensaje reenviado:\n\nDe: RRHH <rh@sierra.es>\nAsunto: Tu candidatura\nFecha: 2 de marzo de 2026\nPara: Ana\n\nHola Ana,\nhemos decidido continuar con otros candidatos.',
  ],
  [
    'rejection',
    'Ana <ana@mail.example>',
    'Doorst: Je sollicitatie',
    '\nBegin doorgestuurd bericht:\n\nVan: HR <hr@dijkveld.nl>\nOnderwerp: Je sollicitatie\nDatum: 2 maart 2026\nAan: Ana\n\nBeste Ana,\nhelaas hebben we gekozen voor een andere kandidaat.',
  ],
  [
    'rejection',
    'Ana <ana@mail.example>',
    'FW: Your application',
    'FYI\n\n-----Original Message-----\nFrom: Talent <talent@pinecrest.com>\nSent: Monday, March 2, 2026 10:00 AM\nTo: Ana\nSubject: Your application\n\nDear Ana, we regret to inform you that we will not be moving forward with your application.',
  ],
  [
    'interview',
    P,
    'Re: Product Manager',
    'Hi Ana, great chatting yesterday! The team would love to meet you in person — are you free next Tuesday or Wednesday afternoon?',
  ],
  ['interview', P, 'Re: Product Manager', 'Hi Ana, could you do a 30 min call with our CTO on Thursday?'],
  [
    'interview',
    P,
    'Re: Product Manager',
    "Hi Ana, we'd like to bring you in for a final round with the founders. What does your week look like?",
  ],
  [
    'interview',
    P,
    'Product Manager – next steps',
    "Hi Ana, next up is a chat with the hiring manager. Here's my calendar link to grab a slot: https://cal.example/kim",
  ],
  ['interview', P, 'Re: Product Manager', "Ana, the panel is confirmed for Thursday at 10. I've sent over the invite."],
  [
    'interview',
    P,
    'Re: Product Manager',
    "Hi Ana, just a heads up that we need to reschedule Friday's interview. Would Monday at 3pm work instead?",
  ],
  ['interview', P, 'Re: Product Manager', 'Hi Ana, are you around for a quick chat about the PM role sometime this week?'],
  [
    'interview',
    P,
    'Re: Product Manager',
    'Hi Ana, the team enjoyed the first conversation and would like to set up a second one with our VP.',
  ],
  [
    'offer',
    P,
    'Good news!',
    "Hi Ana, I'm delighted to share that the team would like to bring you on board as our next PM! I'll send the paperwork tomorrow.",
  ],
  ['offer', P, 'Good news!', 'Hi Ana, great news — we want you on the team! The formal paperwork will follow.'],
  ['offer', P, 'Product Manager', "Hi Ana, I'm thrilled to tell you the job is yours if you want it! Salary is 80k, start date flexible."],
  [
    'offer',
    'Jan <jan@hafenwerk.de>',
    'Gute Nachrichten',
    'Hallo Ana,\nwir freuen uns, dir mitteilen zu können, dass du die Stelle bekommst! Den Vertrag schicke ich dir morgen.',
  ],
  [
    'offer',
    'Sanne <sanne@dijkveld.nl>',
    'Goed nieuws',
    'Hoi Ana,\nhierbij ontvang je ons aanbod voor de functie van analist. Startdatum in overleg.',
  ],
  [
    'offer',
    'Rita <rita@alvorada.pt>',
    'Boas notícias',
    'Olá Ana,\nenviamos a nossa proposta para a vaga de analista. Data de início a combinar.',
  ],
  ['offer', 'Marco <marco@lagomar.it>', 'Buone notizie', 'Ciao Ana,\nti inviamo la nostra proposta per il ruolo di analista.'],
  [
    'offer',
    'Léa <lea@brume.fr>',
    'Bonne nouvelle',
    "Bonjour Ana,\nj'ai le plaisir de vous annoncer que nous souhaitons vous recruter ! Je vous envoie la proposition d'embauche demain.",
  ],
  ['offer', 'Pablo <pablo@sierra.es>', 'Buenas noticias', 'Hola Ana,\n¡el puesto es tuyo! Te envío la propuesta mañana.'],
  ['none', P, 'Re: coffee', 'Hi Ana, we went another way with the office design in the end. See you Friday!'],
];

describe('notes from people at employers the user applied to', () => {
  const apps: KnownApplication[] = ['Fernway', 'Hafenwerk', 'Dijkveld', 'Alvorada', 'Lagomar', 'Brume', 'Sierra', 'Pinecrest'].map(
    (c, i) => ({
      id: `e${i}`,
      company: c,
      companyKey: companyKey(c),
      title: c === 'Fernway' ? 'Product Manager' : 'Analyst',
      status: 'applied',
      appliedAt: '2026-02-01',
    }),
  );
  for (const [kind, from, subject, body] of FROM_EMPLOYERS) {
    it(`${kind}: ${subject} — ${body.slice(0, 60).replace(/\n/g, ' ')}`, () => {
      expect(readEmail({ from, subject, body, date: '2026-04-01T10:00:00Z' }, apps).kind).toBe(kind);
    });
  }
});

describe("Apple Mail's forward separator in each language", () => {
  const separators = [
    'Inicio del mensaje reenviado:',
    'Begin doorgestuurd bericht:',
    'Inizio messaggio inoltrato:',
    'Início da mensagem reencaminhada:',
    'Anfang der weitergeleiteten Nachricht:',
  ];
  for (const sep of separators) {
    it(sep, () => {
      const body = `ver abaixo\n\n${sep}\n\nFrom: Talent <talent@pinecrest.com>\nSubject: Your application\n\nDear Ana, we have decided to move forward with other candidates.`;
      expect(classifyEmail({ from: 'Ana <ana@mail.example>', subject: 'Your application', body, date: '2026-04-01T10:00:00Z' }).kind).toBe(
        'rejection',
      );
    });
  }
});

/** Hand-written notes in the six other languages, and none-mail from employers' own domains. */
const D = 'Jan Becker <jan@hafenwerk.de>',
  F = 'Léa Martin <lea@brume.fr>',
  E = 'Pablo Ruiz <pablo@sierra.es>',
  N = 'Sanne Bakker <sanne@dijkveld.nl>',
  T = 'Rita Sousa <rita@alvorada.pt>',
  I = 'Marco Rossi <marco@lagomar.it>';
const EUROPEAN_NOTES: readonly Row[] = [
  // de
  [
    'rejection',
    D,
    'Re: Backend-Stelle',
    'Hallo Ana,\nkurzes Update: wir haben uns für eine andere Person entschieden. Danke dir für deine Zeit!\nJan',
  ],
  [
    'rejection',
    D,
    'Re: Gespräch letzte Woche',
    'Hallo Ana,\nes tut mir leid, aber es wird diesmal leider nichts. Das Team hat sich für jemanden mit mehr Kotlin-Erfahrung entschieden.\nJan',
  ],
  ['rejection', D, 'Re: Gespräch', 'Hallo Ana,\nwir werden den Prozess mit dir leider nicht fortsetzen.\nJan'],
  [
    'interview',
    D,
    'Re: Backend-Stelle',
    'Hallo Ana,\nhättest du Lust, nächste Woche zu einem zweiten Gespräch mit unserem CTO vorbeizukommen? Welcher Tag passt dir?\nJan',
  ],
  ['interview', D, 'Re: Backend-Stelle', 'Hallo Ana,\nkönnen wir unser Gespräch morgen auf 15 Uhr verlegen?\nJan'],
  ['interview', D, 'Re: Backend-Stelle', 'Hallo Ana,\npasst dir Donnerstag um 10 Uhr für ein kurzes Gespräch?\nJan'],
  ['offer', D, 'Gute Neuigkeiten', 'Hallo Ana,\nich freue mich, dir eine Zusage für die Stelle als Backend-Entwicklerin zu geben!\nJan'],
  ['offer', D, 'Gute Neuigkeiten', 'Hallo Ana,\nwir möchten dich sehr gerne im Team haben! Den Vertrag bekommst du diese Woche.\nJan'],
  // fr
  [
    'rejection',
    F,
    'Re: poste de designer',
    'Bonjour Ana,\nje reviens vers vous : nous avons finalement retenu une autre personne pour le poste.\nLéa',
  ],
  ['rejection', F, 'Re: entretien', "Bonjour Ana,\nmerci pour l'échange. Malheureusement nous n'allons pas donner suite.\nLéa"],
  ['rejection', F, 'Re: entretien', "Bonjour Ana,\nl'équipe a choisi de continuer avec quelqu'un d'autre.\nLéa"],
  [
    'interview',
    F,
    'Re: poste de designer',
    'Bonjour Ana,\nseriez-vous disponible jeudi ou vendredi pour un second entretien avec notre directrice ?\nLéa',
  ],
  [
    'interview',
    F,
    'Re: poste de designer',
    "Bonjour Ana,\nl'équipe aimerait vous revoir pour un dernier échange. Quelles sont vos disponibilités ?\nLéa",
  ],
  [
    'offer',
    F,
    'Bonne nouvelle',
    "Bonjour Ana,\nj'ai le plaisir de vous annoncer que nous aimerions vous faire une offre pour le poste de designer !\nLéa",
  ],
  [
    'offer',
    F,
    'Bonne nouvelle',
    "Bonjour Ana,\nnous sommes ravis de vous compter bientôt parmi nous ! Vous trouverez la promesse d'embauche en pièce jointe.\nLéa",
  ],
  // es
  ['rejection', E, 'Re: puesto backend', 'Hola Ana,\nal final nos hemos quedado con otra persona para el puesto. ¡Mucha suerte!\nPablo'],
  ['rejection', E, 'Re: entrevista', 'Hola Ana,\nte escribo para decirte que no vamos a continuar con tu proceso.\nPablo'],
  ['interview', E, 'Re: puesto backend', 'Hola Ana,\n¿tendrías un rato el jueves para una segunda entrevista con el CTO?\nPablo'],
  ['interview', E, 'Re: puesto backend', 'Hola Ana,\n¿te iría bien hablar el martes a las 10?\nPablo'],
  ['offer', E, 'Buenas noticias', 'Hola Ana,\n¡nos encantaría que formaras parte del equipo! Te paso las condiciones por aquí.\nPablo'],
  // nl
  ['rejection', N, 'Re: functie analist', 'Hoi Ana,\nwe hebben besloten om met een andere kandidaat verder te gaan.\nSanne'],
  ['rejection', N, 'Re: gesprek', 'Hoi Ana,\nhelaas gaan we het niet met je doen. Succes verder!\nSanne'],
  [
    'interview',
    N,
    'Re: functie analist',
    'Hoi Ana,\nzou je volgende week langs willen komen voor een tweede gesprek? Wanneer kan je?\nSanne',
  ],
  ['interview', N, 'Re: functie analist', 'Hoi Ana,\nkunnen we ons gesprek van morgen een uurtje later doen?\nSanne'],
  ['offer', N, 'Goed nieuws', 'Hoi Ana,\nwe willen je graag een contract aanbieden voor de functie van analist!\nSanne'],
  // pt
  ['rejection', T, 'Re: vaga de analista', 'Olá Ana,\ninfelizmente optamos por outro candidato para a vaga.\nRita'],
  ['rejection', T, 'Re: entrevista', 'Olá Ana,\ndecidimos não seguir com o seu processo.\nRita'],
  ['interview', T, 'Re: vaga de analista', 'Olá Ana,\nvocê teria disponibilidade na quinta para uma segunda conversa com o gestor?\nRita'],
  ['offer', T, 'Boas notícias', 'Olá Ana,\ntemos o prazer de te fazer uma proposta para a vaga de analista!\nRita'],
  // it
  ['rejection', I, 'Re: posizione analista', 'Ciao Ana,\nalla fine abbiamo scelto un altro candidato per la posizione.\nMarco'],
  ['rejection', I, 'Re: colloquio', 'Ciao Ana,\npurtroppo non andremo avanti con la tua candidatura.\nMarco'],
  ['interview', I, 'Re: posizione analista', 'Ciao Ana,\nsaresti disponibile giovedì per un secondo colloquio con il nostro CTO?\nMarco'],
  ['offer', I, 'Buone notizie', "Ciao Ana,\nsiamo felici di farti un'offerta per la posizione di analista!\nMarco"],
  // none traps from employers the user applied to
  ['none', P, 'Team lunch', "Hi all, we're moving Friday's lunch to Thursday. Same place."],
  ['none', P, 'Your order', "Thanks for your order! We've sent a calendar invite for your delivery window."],
  ['none', P, 'Fernway newsletter', 'This month at Fernway: we are hiring! Meet the team at our open day. Unsubscribe.'],
  [
    'none',
    P,
    'Invitation: Fernway product webinar',
    'Join us for a webinar on our new product. Would you be free for a quick call afterwards?',
  ],
  ['none', P, 'Re: Product Manager', "Thanks Ana, got it — I'll pass it on to the hiring manager."],
  ['none', D, 'Re: Bewerbung', 'Hallo Ana,\ndanke für die Unterlagen, ich gebe sie an das Team weiter.\nJan'],
];

describe('hand-written notes in six languages, and none-mail from employers', () => {
  const apps: KnownApplication[] = ['Fernway', 'Hafenwerk', 'Dijkveld', 'Alvorada', 'Lagomar', 'Brume', 'Sierra'].map((c, i) => ({
    id: `n${i}`,
    company: c,
    companyKey: companyKey(c),
    title: 'Analyst',
    status: 'applied',
    appliedAt: '2026-02-01',
  }));
  for (const [kind, from, subject, body] of EUROPEAN_NOTES) {
    it(`${kind}: ${subject} — ${body.slice(0, 60).replace(/\n/g, ' ')}`, () => {
      expect(readEmail({ from, subject, body, date: '2026-04-01T10:00:00Z' }, apps).kind).toBe(kind);
    });
  }
});

/** None-mail from the domains of employers the user applied to, and forwarded none-mail. */
const BILLING = 'Fernway <billing@fernway.io>';
const COLLEAGUE = 'Kim Lee <kim@fernway.io>';
const INFO = 'Hafenwerk <info@hafenwerk.de>';
const EMPLOYER_NONE: readonly Row[] = [
  [
    'none',
    BILLING,
    'Payment failed',
    'Unfortunately your payment has not been successful. Please update your card. We regret to inform you that your subscription is paused.',
  ],
  ['none', BILLING, 'Your Fernway order', 'Thanks for your order. Unfortunately the item is not available. We wish you the best.'],
  ['none', COLLEAGUE, 'Re: coffee next week?', "Hey Ana! Sure, let's meet Tuesday. Which of these times work: 10 or 11?"],
  ['none', COLLEAGUE, 'Re: your talk', 'Hi Ana, loved your talk. Would you be free for a quick call next week to discuss a podcast?'],
  ['none', COLLEAGUE, 'Event', "Hi Ana, we'd love to meet you in person at our meetup next week!"],
  ['none', COLLEAGUE, 'Re: referral', "Hi Ana, I've forwarded your CV to the hiring manager. Fingers crossed!"],
  ['none', INFO, 'Newsletter', 'Neues von Hafenwerk: wir stellen ein! Leider müssen wir das Sommerfest verschieben.'],
  ['none', COLLEAGUE, 'Re: feedback', 'Thanks Ana, we went another way with the logo, but I appreciate the input.'],
  ['none', COLLEAGUE, 'Offsite', 'Team, can we move our offsite planning meeting to Friday?'],
  [
    'none',
    'Ana <ana@mail.example>',
    'Fwd: Job alert: 12 new jobs for you',
    'FYI\n\n---------- Forwarded message ---------\nFrom: Jobs <alerts@jobboard.example>\nSubject: Job alert\n\n12 new jobs matching your search. Apply now. Unfortunately one of your saved jobs is no longer accepting applications.',
  ],
  [
    'none',
    'Ana <ana@mail.example>',
    'Fwd: webinar',
    "\n---------- Forwarded message ---------\nFrom: Events <events@x.example>\nSubject: Webinar\n\nJoin our webinar on interview tips: we'd love to meet you in person.",
  ],
];

describe('none-mail from employers the user applied to stays none', () => {
  const apps: KnownApplication[] = ['Fernway', 'Hafenwerk'].map((c, i) => ({
    id: `m${i}`,
    company: c,
    companyKey: companyKey(c),
    title: 'Product Manager',
    status: 'applied',
    appliedAt: '2026-02-01',
  }));
  for (const [kind, from, subject, body] of EMPLOYER_NONE) {
    it(`${kind}: ${subject} — ${body.slice(0, 60).replace(/\n/g, ' ')}`, () => {
      expect(readEmail({ from, subject, body, date: '2026-04-01T10:00:00Z' }, apps).kind).toBe(kind);
    });
  }
});

/** Offers, invitations and rejections written by hand about one named job, in seven languages. */
const KIM = 'Kim Lee <kim@fernway.io>';
const JAN = 'Jan Becker <jan@hafenwerk.de>';
const LEA = 'Léa Martin <lea@brume.fr>';
const PABLO = 'Pablo Ruiz <pablo@sierra.es>';
const SANNE = 'Sanne Bakker <sanne@dijkveld.nl>';
const RITA = 'Rita Sousa <rita@alvorada.pt>';
const MARCO = 'Marco Rossi <marco@lagomar.it>';
const ABOUT_ONE_JOB: readonly Row[] = [
  [
    'offer',
    KIM,
    'Marketing Manager',
    "Hi Ana,\nI'm delighted to share that we'd like you to join us as Marketing Manager. I've attached the contract; start date is flexible.",
  ],
  [
    'offer',
    KIM,
    'Marketing Manager – good news',
    "Hi Ana,\nThe panel loved you and I'm happy to say we'd like to move ahead with you for the Marketing Manager position! Details of the package attached.",
  ],
  [
    'offer',
    KIM,
    'Next steps – Marketing Manager',
    "Hi Ana,\nGreat news — the team has approved your hire! Let's talk compensation and start date this week.",
  ],
  [
    'offer',
    JAN,
    'Ihre Bewerbung als Marketing Manager',
    'Sehr geehrte Frau Silva,\nwir freuen uns, Ihnen mitteilen zu können, dass wir uns für Sie entschieden haben. Den Arbeitsvertrag senden wir Ihnen in den nächsten Tagen.',
  ],
  ['offer', JAN, 'Zusage – Marketing Manager', 'Hallo Ana,\nich darf dir heute die Zusage für die Stelle geben! Wann könntest du starten?'],
  ['offer', SANNE, 'Je sollicitatie', 'Hoi Ana,\ngoed nieuws: we doen je graag een aanbod voor de functie van marketing manager.'],
  [
    'offer',
    RITA,
    'Sua candidatura',
    'Olá Ana,\ntemos o prazer de apresentar a nossa proposta para a vaga de gerente de marketing. A data de início é flexível.',
  ],
  ['offer', MARCO, 'La tua candidatura', 'Ciao Ana,\nsono lieto di comunicarti che abbiamo deciso di assumerti come marketing manager!'],
  ['offer', PABLO, 'Tu candidatura', 'Hola Ana,\nme alegra decirte que hemos decidido contar contigo para el puesto de marketing manager.'],
  [
    'offer',
    LEA,
    'Votre candidature',
    "Bonjour Ana,\nj'ai le plaisir de vous confirmer que nous retenons votre candidature pour le poste de responsable marketing. Le contrat suit.",
  ],
  [
    'interview',
    KIM,
    'Marketing Manager',
    "Hi Ana,\nThanks for your application! I'd love to set up some time to chat about the role. Does Thursday work?",
  ],
  ['interview', KIM, 'Marketing Manager', 'Hi Ana,\nThe hiring manager would like to meet you. Can you send me a few slots for next week?'],
  [
    'interview',
    KIM,
    'Re: Marketing Manager',
    "Hi Ana,\nJust confirming we're on for Thursday at 2pm with Olivia. Here's the Zoom link: https://zoom.us/j/1",
  ],
  [
    'interview',
    JAN,
    'Ihre Bewerbung',
    'Hallo Ana,\nwir würden uns gerne mit dir unterhalten. Hast du nächste Woche Zeit für ein Gespräch?',
  ],
  [
    'interview',
    LEA,
    'Votre candidature',
    'Bonjour Ana,\nnous aimerions échanger avec vous au sujet du poste. Êtes-vous disponible mardi ?',
  ],
  ['interview', PABLO, 'Tu candidatura', 'Hola Ana,\nnos gustaría hablar contigo sobre el puesto. ¿Tienes disponibilidad el martes?'],
  ['interview', SANNE, 'Je sollicitatie', 'Hoi Ana,\nwe willen graag een keer met je kennismaken. Heb je dinsdag tijd voor een gesprek?'],
  ['interview', RITA, 'Sua candidatura', 'Olá Ana,\ngostaríamos de conversar com você sobre a vaga. Você tem disponibilidade na terça?'],
  [
    'interview',
    MARCO,
    'La tua candidatura',
    'Ciao Ana,\nci piacerebbe fare due chiacchiere con te sulla posizione. Sei disponibile martedì?',
  ],
  [
    'rejection',
    KIM,
    'Marketing Manager',
    "Hi Ana,\nI wanted to personally let you know that we've offered the Marketing Manager role to another candidate.",
  ],
  [
    'rejection',
    KIM,
    'Marketing Manager',
    "Hi Ana,\nThe team has decided the role needs someone with more agency experience, so we'll be closing your application.",
  ],
  ['rejection', KIM, 'Marketing Manager', "Hi Ana,\nSadly this one isn't going to go any further — we've gone with an internal candidate."],
  ['rejection', JAN, 'Ihre Bewerbung', 'Hallo Ana,\nwir haben die Stelle intern besetzt. Danke für dein Interesse!'],
  ['rejection', LEA, 'Votre candidature', 'Bonjour Ana,\nnous avons décidé de ne pas poursuivre avec votre candidature.'],
  ['rejection', PABLO, 'Tu candidatura', 'Hola Ana,\nhemos cubierto la vacante internamente. ¡Gracias por tu interés!'],
  ['rejection', SANNE, 'Je sollicitatie', 'Hoi Ana,\nwe hebben de vacature intern ingevuld.'],
  ['rejection', RITA, 'Sua candidatura', 'Olá Ana,\na vaga foi preenchida internamente.'],
  ['rejection', MARCO, 'La tua candidatura', 'Ciao Ana,\nabbiamo coperto la posizione internamente.'],
  [
    'confirmation',
    KIM,
    'Marketing Manager',
    "Hi Ana,\nThanks for applying to the Marketing Manager role — we're reviewing applications and will get back to you within two weeks.",
  ],
];

describe('hand-written mail about one named job, in seven languages', () => {
  const apps: KnownApplication[] = ['Fernway', 'Hafenwerk', 'Dijkveld', 'Alvorada', 'Lagomar', 'Brume', 'Sierra'].map((c, i) => ({
    id: `j${i}`,
    company: c,
    companyKey: companyKey(c),
    title: 'Marketing Manager',
    status: 'interviewing',
    appliedAt: '2026-02-01',
  }));
  for (const [kind, from, subject, body] of ABOUT_ONE_JOB) {
    it(`${kind}: ${subject} — ${body.slice(0, 60).replace(/\n/g, ' ')}`, () => {
      expect(readEmail({ from, subject, body, date: '2026-04-01T10:00:00Z' }, apps).kind).toBe(kind);
    });
  }
});

/** None-mail full of the new phrases: digests, agencies, coaches, networking, the user's own personal mail. */
const DIGEST = 'Careers Weekly <news@careerweekly.example>';
const AGENCY = 'Tom Hale <tom@talentsearch.example>';
const NETWORK = 'LinkedIn <messages-noreply@linkedin.com>';
const COACH = 'Coach Mia <mia@coachmia.example>';
const NOT_NEWS: readonly Row[] = [
  [
    'none',
    DIGEST,
    'This week: handling rejection',
    "Recruiters rarely say no directly. They say things like we went another way on this one, or the role was filled internally. Here's how to respond. Unsubscribe.",
  ],
  ['none', DIGEST, 'Career tips', 'When a hiring manager would like to meet you, send a few slots that work. Read more career tips.'],
  [
    'none',
    AGENCY,
    'Marketing Manager role',
    "Hi Ana, I came across your profile. I'm recruiting for a Marketing Manager role at a fintech. Would you be around for a quick call this week?",
  ],
  [
    'none',
    COACH,
    'Our session',
    "Hi Ana, for our mock interview on Thursday I'll play the hiring manager. I've sent you a calendar invite.",
  ],
  [
    'none',
    DIGEST,
    'Hiring event',
    "Join our hiring event! Dozens of companies are hiring. We'd love to meet you there. Are you free next Tuesday? Register now.",
  ],
  [
    'none',
    NETWORK,
    'Kim sent you a message',
    'Kim: Hi Ana, great to connect! Would you be around for a quick chat about your job search? I coach marketers.',
  ],
  [
    'none',
    'Ana <ana@mail.example>',
    'Re: dinner',
    "Sure! I'm free Thursday. By the way they offered the role to someone else, so I'm still looking. Let's talk.",
  ],
  [
    'none',
    DIGEST,
    'Job alert: Marketing Manager',
    '12 new jobs for you. Marketing Manager at Fernway — the position has been filled internally? Apply to similar jobs.',
  ],
];

describe('none-mail that uses the hand-written phrases', () => check(NOT_NEWS));

/** Contractions people type, "invite you back", "you've made it to the final round". */
const CONTRACTIONS_AND_NEXT_ROUNDS: readonly Row[] = [
  ['rejection', KIM, 'Your application', "Hi Ana, I'm sorry to tell you that you haven't been selected for the Analyst role."],
  ['rejection', KIM, 'Your application', "Hi Ana, unfortunately your application hasn't been successful this time."],
  ['rejection', KIM, 'Your application', "Hi Ana, sadly you weren't successful for the Analyst role on this occasion."],
  ['rejection', KIM, 'Your application', "Hi Ana, we've decided we won't move forward with your application."],
  ['rejection', KIM, 'Your application', "Hi Ana, we aren't able to move forward with your application."],
  ['rejection', KIM, 'Your application', "Hi Ana, we can't offer you the Analyst position."],
  ['rejection', KIM, 'Your application', "Hi Ana, we didn't select you for the next round of the Analyst process."],
  ['interview', KIM, 'Analyst role', 'Hi Ana, the team would like to invite you back for a final round.'],
  ['interview', KIM, 'Analyst role', "Hi Ana, we'd love to see you again for a second interview next week."],
  ['interview', KIM, 'Analyst role', "Hi Ana, you've made it to the final round! Can you share your availability for next week?"],
  ['interview', KIM, 'Analyst role', "Hi Ana, congrats, you're through to the next stage: a 45-minute interview with the team."],
  ['offer', KIM, 'Analyst role', "Hi Ana, congratulations — you've got the job! The contract will follow."],
  ['offer', KIM, 'Analyst role', "Hi Ana, we're excited to welcome you as our new Analyst. Your contract is attached."],
];

describe('contractions and next rounds', () => check(CONTRACTIONS_AND_NEXT_ROUNDS));

/** "Not this time", as people say it in six languages. */
const NOT_THIS_TIME: readonly Row[] = [
  ['rejection', JAN, 'Deine Bewerbung', 'Hallo Ana,\nleider hat es diesmal nicht gepasst. Danke für deine Zeit!\nJan'],
  ['rejection', LEA, 'Votre candidature', 'Bonjour Ana,\nje suis désolée, ce ne sera pas pour cette fois.\nLéa'],
  ['rejection', PABLO, 'Tu candidatura', 'Hola Ana,\nesta vez no ha podido ser. ¡Gracias por tu tiempo!\nPablo'],
  ['rejection', SANNE, 'Je sollicitatie', 'Hoi Ana,\nhet is het helaas niet geworden. Bedankt voor je tijd!\nSanne'],
  ['rejection', RITA, 'Sua candidatura', 'Olá Ana,\nnão foi dessa vez. Obrigada pelo seu tempo!\nRita'],
  ['rejection', MARCO, 'La tua candidatura', 'Ciao Ana,\nquesta volta non è andata. Grazie per il tuo tempo!\nMarco'],
];

describe('"not this time" in six languages', () => check(NOT_THIS_TIME));

/** Another time instead: reschedules written by hand, in seven languages. */
const ANOTHER_TIME: readonly Row[] = [
  ['interview', KIM, 'Re: Analyst interview', 'Hi Ana, something came up on my end — could we do Wednesday at 3pm instead? Apologies!'],
  ['interview', KIM, 'Analyst interview tomorrow', 'Hi Ana, our interviewer is out sick. Would Friday at 10 work instead?'],
  ['interview', KIM, 'Re: Analyst role', 'Hi Ana, I need to reschedule our call. Does Thursday morning work for you?'],
  [
    'interview',
    JAN,
    'Re: Vorstellungsgespräch',
    'Hallo Ana,\nmir ist leider etwas dazwischengekommen. Könnten wir stattdessen am Mittwoch um 15 Uhr sprechen?',
  ],
  ['interview', LEA, 'Re: entretien', "Bonjour Ana,\nj'ai un empêchement. Pourrions-nous plutôt nous parler mercredi à 15h ?"],
  [
    'interview',
    PABLO,
    'Re: entrevista',
    'Hola Ana,\nme ha surgido un imprevisto. ¿Podríamos hacer la entrevista el miércoles a las 15h en su lugar?',
  ],
  [
    'interview',
    SANNE,
    'Re: je sollicitatie',
    'Hoi Ana,\ner is iets tussengekomen. Kunnen we het gesprek woensdag om 15.00 uur doen in plaats van dinsdag?',
  ],
  ['interview', RITA, 'Re: entrevista', 'Olá Ana,\ntive um imprevisto. Podemos fazer a entrevista na quarta às 15h em vez de terça?'],
  [
    'interview',
    MARCO,
    'Re: colloquio',
    'Ciao Ana,\nho avuto un imprevisto. Possiamo fare il colloquio mercoledì alle 15 invece di martedì?',
  ],
];

describe('another time instead, in seven languages', () => check(ANOTHER_TIME));
