/**
 * Third tuning round (people.ts): negated next-round wording is a rejection in every language, "the choice did not
 * fall on you", a filled role said in the first person, scheduled and moved interviews, offers that say "join us as",
 * take-homes handed over, Italian and Portuguese receipts. Every example is written for this test (general wording,
 * not a copy of any email in an evaluation set). Each row: expected kind, from, subject, body.
 */
import { describe, expect, it } from 'vitest';
import { companyKey } from '../../../src/core/company-key';
import { classifyEmail, readEmail } from '../../../src/core/inbox';
import type { KnownApplication, MailKind } from '../../../src/core/inbox/types';

type Row = readonly [MailKind, string, string, string];

function check(rows: readonly Row[]): void {
  for (const [kind, from, subject, body] of rows) {
    it(`${kind}: ${subject} — ${body.slice(0, 70).replace(/\n/g, ' ')}`, () => {
      expect(classifyEmail({ from, subject, body, date: '2026-04-01T10:00:00Z' }).kind).toBe(kind);
    });
  }
}

const HR = 'Mira Holt <mira@tallgrass.example>';

const NEGATED_NEXT_ROUND: readonly Row[] = [
  [
    'rejection',
    HR,
    'Your application',
    'Hi Ana,\nThanks for applying. After some thought we will not be taking you through to the next stage.\nMira',
  ],
  [
    'rejection',
    HR,
    'Your application',
    'Hi Ana,\nThanks for your application. Sadly you did not progress to the final round this time.\nMira',
  ],
  [
    'rejection',
    HR,
    'Ihre Bewerbung',
    'Hallo Ana,\ndanke für Ihre Bewerbung. Wir können Sie leider nicht in die nächste Runde einladen.\nGruß',
  ],
  [
    'rejection',
    HR,
    'Votre candidature',
    'Bonjour Ana,\nmerci pour votre candidature. Vous n avez pas été retenue pour la prochaine étape.\nCordialement',
  ],
  ['rejection', HR, 'Tu candidatura', 'Hola Ana,\ngracias por tu candidatura. Esta vez no vamos a invitarte a la siguiente fase.\nSaludos'],
  [
    'rejection',
    HR,
    'Je sollicitatie',
    'Hoi Ana,\ndank voor je sollicitatie. We hebben besloten je niet mee te nemen naar de tweede ronde.\nGroet',
  ],
  [
    'rejection',
    HR,
    'Je sollicitatie',
    'Hoi Ana,\ndank voor je sollicitatie. Helaas kunnen we je niet uitnodigen voor de volgende gespreksronde.\nGroet',
  ],
  [
    'rejection',
    HR,
    'A sua candidatura',
    'Olá Ana,\nobrigado pela candidatura. Infelizmente não vamos avançar para a próxima fase.\nAbraço',
  ],
  [
    'rejection',
    HR,
    'La tua candidatura',
    'Ciao Ana,\ngrazie per la candidatura. Purtroppo non possiamo invitarti alla prossima fase.\nSaluti',
  ],
];

const CHOICE_AND_FILLED: readonly Row[] = [
  ['rejection', HR, 'Je sollicitatie', 'Hoi Ana,\nna de gesprekken is de keuze helaas niet op jou gevallen.\nGroet'],
  ['rejection', HR, 'Je sollicitatie', 'Hoi Ana,\nwe hebben alle kandidaten gesproken en de keuze valt niet op jou.\nGroet'],
  ['rejection', HR, 'Re: Je sollicitatie', 'Hoi Ana,\nhelaas valt de keuze niet op jou. We zochten iemand met meer ervaring.\nGroet'],
  ['rejection', HR, 'Ihre Bewerbung', 'Hallo Ana,\nnach allen Gesprächen fiel die Wahl leider nicht auf Sie.\nGruß'],
  ['rejection', HR, 'Votre candidature', 'Bonjour Ana,\nnotre choix ne s est malheureusement pas porté sur votre profil.\nCordialement'],
  ['rejection', HR, 'Tu candidatura', 'Hola Ana,\nla decisión no ha recaído en tu candidatura.\nSaludos'],
  ['rejection', HR, 'A tua candidatura', 'Olá Ana,\na escolha não recaiu sobre ti desta vez.\nAbraço'],
  ['rejection', HR, 'La tua candidatura', 'Ciao Ana,\nla scelta non è ricaduta su di te.\nSaluti'],
  ['rejection', HR, 'Sollicitatie', 'Hoi Ana,\nHelaas hebben we de functie al vervuld. Bedankt voor je belangstelling.\nGroet'],
  ['rejection', HR, 'Your application', 'Hi Ana,\nWe have recently filled the role, so thank you for your application.\nMira'],
  ['rejection', HR, 'Your application', 'Hi Ana,\nI am sorry, but we won’t be able to proceed with your application.\nMira'],
  ['rejection', HR, 'Your application', 'Hi Ana,\nWe have chosen applicants whose experience more closely matches the brief.\nMira'],
  ['rejection', HR, 'Your application', 'Hi Ana,\nWe are unable to offer you an interview at this time.\nMira'],
];

const INVITATIONS_AND_MORE: readonly Row[] = [
  [
    'interview',
    'Loop Careers <careers@loop.example>',
    'Interview',
    'Hello Ana,\nThanks for applying to the Analyst role. Your phone screen has been booked for Tuesday.\nLoop Careers',
  ],
  ['interview', HR, 'Next step', 'Hi Ana,\nWe would be glad to have you come in for a final interview at our office.\nMira'],
  [
    'interview',
    HR,
    'Unser Termin',
    'Hallo Ana,\nich muss unser vereinbartes Gespräch zur Position leider verlegen. Wäre Ihnen Donnerstag um 10 Uhr recht?\nGruß',
  ],
  [
    'interview',
    HR,
    'Je sollicitatie',
    'Hoi Ana,\nleuk dat je hebt gesolliciteerd! We willen graag kennismaken. Kun je dinsdag om 10 uur langs komen?\nGroet',
  ],
  ['offer', HR, 'Good news', 'Hi Ana,\nWe would love you to join the team as our new Analyst. The formal offer letter is attached.\nMira'],
  [
    'offer',
    HR,
    'Buenas noticias',
    'Hola Ana,\nqueremos que formes parte del equipo en el puesto de Analista. Te adjunto la carta de oferta.\nSaludos',
  ],
  ['offer', HR, 'Proposta', 'Olá Ana,\nsegue em anexo a nossa proposta para a função de Analista.\nAbraço'],
  [
    'assessment',
    HR,
    'Next step',
    'Hi Ana,\nThanks for the call about the role. Here is the coding exercise; send it back within a week.\nMira',
  ],
  [
    'confirmation',
    'Lavori <noreply@lavori.example>',
    'Conferma invio candidatura',
    'Ciao Ana,\nla tua candidatura è stata registrata.\nIl team',
  ],
  [
    'confirmation',
    'Lavori <noreply@lavori.example>',
    'Candidatura',
    'Ciao Ana,\ncandidatura ricevuta con successo. Ti faremo sapere.\nIl team',
  ],
  ['confirmation', 'Vagas <noreply@vagas.example>', 'Candidatura', 'Oi Ana,\nsua candidatura foi enviada com sucesso. Boa sorte!\nEquipe'],
];

// Precision: the same words where they are no news, or no rejection.
const NOT_OUTCOMES: readonly Row[] = [
  [
    'interview',
    HR,
    'Next round',
    'Hi Ana,\nGreat news: we would like to invite you to the next round for the Analyst role, a call with the team. Are you free Tuesday at 3pm?\nMira',
  ],
  [
    'none',
    'Jobs Weekly <news@jobsweekly.example>',
    'How to get to the next round',
    'Five tips for interviews: what to do when you are not invited to the next round of a job process.',
  ],
  ['none', 'Kim <kim@mail.example>', 'lunch', 'Hey, we have filled the fridge for the office party. Come by!'],
  ['none', 'Shop <orders@shop.example>', 'Pedido', 'Olá, a sua encomenda foi enviada com sucesso. Obrigado!'],
];

describe('negated next-round wording is a rejection, in seven languages', () => check(NEGATED_NEXT_ROUND));
describe('"the choice did not fall on you", filled roles, refused interviews', () => check(CHOICE_AND_FILLED));
describe('scheduled and moved interviews, offers, take-homes, receipts', () => check(INVITATIONS_AND_MORE));
describe('the same words where they are no outcome', () => check(NOT_OUTCOMES));

describe("the employer's own domain named by the first word of the company", () => {
  const app = (company: string): KnownApplication => ({
    id: company,
    company,
    companyKey: companyKey(company),
    title: 'Platform Engineer',
    status: 'interviewing',
    appliedAt: '2026-02-01',
  });
  const mail = {
    from: 'Lea Park <lea@brightmoor.net>',
    subject: 'Good news',
    body: 'Hi Ana,\nWe would love you to join Brightmoor as our Platform Engineer. You will find the written offer attached.\nLea',
    date: '2026-04-01T10:00:00Z',
  };
  it('"brightmoor.net" writes for "Brightmoor Networks"', () => {
    expect(readEmail(mail, [app('Brightmoor Networks')]).kind).toBe('offer');
  });
  it('but not for another employer, nor by a common first word', () => {
    expect(readEmail(mail, [app('Harrow Networks')]).kind).toBe('none');
    expect(readEmail({ ...mail, from: 'Lea <lea@summit.net>' }, [app('Summit Networks')]).kind).toBe('none');
    expect(readEmail({ ...mail, from: 'Lea <lea@brightmoorlabs.net>' }, [app('Brightmoor Networks')]).kind).toBe('none');
  });
});

describe('a bare "we went another way" is a rejection only as a short reply in a thread about the application', () => {
  const quoted = (q: string): string => `\n\nOn Mon, 2 Mar 2026 at 10:00, Ana <ana@mail.example> wrote:\n> ${q}`;
  const ask = 'Hi Lea, any news on the designer role we talked about?';
  const reply = (body: string, q = ask) =>
    classifyEmail({ from: HR, subject: 'Re: hi', body: body + quoted(q), date: '2026-04-01T10:00:00Z' }).kind;
  it('in English and other languages', () => {
    expect(reply('Hi Ana, sorry: we went another way. Lea')).toBe('rejection');
    expect(reply('Hi Ana, we have gone with someone else. Good luck! Lea')).toBe('rejection');
    expect(reply('Hoi Ana, we hebben iemand anders gekozen. Succes! Lea', 'Hoi Lea, nog nieuws over de vacature?')).toBe('rejection');
    expect(reply('Hola Ana, al final nos decantamos por otro perfil. Suerte, Lea', 'Hola Lea, ¿hay novedades sobre el puesto?')).toBe(
      'rejection',
    );
    expect(reply('Ciao Ana, abbiamo scelto un altro profilo. Lea', 'Ciao Lea, novità sulla posizione?')).toBe('rejection');
  });
  it('not when the thread is about something else', () => {
    expect(reply('Hi Ana, we went another way. Lea', 'Did you pick the blue or the green logo?')).toBe('none');
  });
  it('not without a thread, nor in a long mail', () => {
    expect(classifyEmail({ from: HR, subject: 'Re: hi', body: 'Hi Ana, we went another way. Lea', date: '2026-04-01' }).kind).toBe('none');
    const long = 'Hi Ana. The venue fell through. We went another way. The caterer is new. The band is new. The date moved. Lea';
    expect(reply(long)).toBe('none');
  });
  it('and a short reply that is no decision stays what it is', () => {
    expect(reply('Hi Ana, not yet, we are still interviewing. Lea')).toBe('none');
  });
});

describe('"another profile" is hiring context; a hiring system\'s "Interview scheduled"', () => {
  it('a short note that kept another profile', () => {
    expect(
      classifyEmail({ from: HR, subject: 'Re: UX', body: 'Hola Ana, al final nos quedamos con otro perfil. Lea', date: '2026-04-01' }).kind,
    ).toBe('rejection');
  });
  it('the subject of a scheduling notice', () => {
    const body = 'Hello Ana,\nDate: Tuesday 3 March\nTime: 1:00 PM\nFormat: video (Teams)\nTalent Acquisition';
    expect(
      classifyEmail({ from: 'Acme <acme@myworkday.com>', subject: 'Interview scheduled - Analyst', body, date: '2026-04-01' }).kind,
    ).toBe('interview');
  });
});

// A first-person decision and a negation before an invitation's wording, whatever verb lies between: never an
// invitation; with the usual consolations, a rejection.
const DECIDED_NOT: readonly Row[] = [
  [
    'rejection',
    HR,
    'Your application',
    'Hi Ana,\nThank you for your time on the phone.\nWe have decided not to ask you back for a second interview.\nUnfortunately the field was very strong.\nWe wish you the best of luck with your search.\nMira',
  ],
  [
    'rejection',
    HR,
    'Ihre Bewerbung',
    'Hallo Ana,\nvielen Dank für das Gespräch.\nLeider haben wir entschieden, Sie nicht noch einmal zu einem zweiten Gespräch einzuladen.\nWir wünschen Ihnen alles Gute und viel Erfolg.\nGruß',
  ],
  [
    'rejection',
    HR,
    'Je sollicitatie',
    'Hoi Ana,\nbedankt voor het gesprek.\nHelaas hebben we besloten je niet uit te nodigen voor een tweede gesprek.\nWe wensen je veel succes.\nGroet',
  ],
  [
    'rejection',
    HR,
    'A sua candidatura',
    'Olá Ana,\nobrigado pela conversa.\nInfelizmente decidimos não te convidar para uma segunda entrevista.\nDesejamos-te muito sucesso.\nAbraço',
  ],
  [
    'interview',
    HR,
    'Your application',
    'Hi Ana,\nWe have decided to invite you to a second interview for the role. Are you free on Tuesday?\nMira',
  ],
];

describe('a decision not to invite is no invitation', () => {
  check(DECIDED_NOT);
  it('a bare "interview" after the decision, without consolations, is no news at all', () => {
    const body = 'Hi Ana,\nwe decided not to ask you back for a second interview about the role.\nMira';
    expect(classifyEmail({ from: HR, subject: 'Your application', body, date: '2026-04-01' }).kind).toBe('none');
  });
  it('even without consolations, it is not an invitation', () => {
    const body = 'Hallo Ana,\nwir haben entschieden, Sie nicht zu einem zweiten Gespräch zur Stelle einzuladen.\nGruß';
    expect(classifyEmail({ from: HR, subject: 'Ihre Bewerbung', body, date: '2026-04-01' }).kind).not.toBe('interview');
  });
});
