/**
 * A second, wider set of the project's own emails: the many ways the same outcome is said, and mail that looks
 * like an outcome but is not. Each row: expected kind, from, subject, body.
 */
import { describe, expect, it } from 'vitest';
import { classifyEmail } from '../../../src/core/inbox';
import type { MailKind } from '../../../src/core/inbox/types';

const ROWS: ReadonlyArray<readonly [MailKind, string, string, string]> = [
  // Rejections, polite and terse
  [
    'rejection',
    'Hooli Talent <talent@hooli.com>',
    'Update on your application for Product Analyst at Hooli',
    'Dear Sam,\nThank you for taking the time to apply for the Product Analyst position at Hooli. After careful consideration, we regret to inform you that we have chosen to move forward with other candidates whose qualifications more closely match the requirements of the position.\nWe wish you all the best in your job search.',
  ],
  [
    'rejection',
    'Globex <no-reply@smartrecruiters.com>',
    'Globex - Sales Associate',
    'Hello Kim, we have selected another candidate whose experience more closely matches our requirements. Thank you for your interest.',
  ],
  [
    'rejection',
    'Initech HR <hr@initech.com>',
    'Your application',
    'Hi Lee,\nWe appreciate your interest, but we will be moving forward with other candidates for this role.\nRegards',
  ],
  [
    'rejection',
    'Acme <no-reply@workablemail.com>',
    'Thank you for your interest in Acme',
    'Hi Max,\nThank you for applying to the Frontend Engineer role. We received a large number of applications and, unfortunately, your application was not successful on this occasion.\nBest wishes, Acme',
  ],
  [
    'rejection',
    'Acme <careers@acme.com>',
    'Frontend Engineer',
    'Hi Max, thanks for your time. The position has now been filled. Good luck!',
  ],
  [
    'rejection',
    'Massive Dynamic <noreply@massivedynamic.com>',
    'Application status',
    'Dear applicant, your application status has been updated: No longer under consideration.',
  ],
  [
    'rejection',
    'Oscorp Recruiting <jobs@oscorp.com>',
    'Your Oscorp application',
    "Hi Peter,\nThanks so much for your interest in Oscorp. We've reviewed your application and unfortunately we won't be moving forward at this time.\nWe encourage you to apply for future openings.",
  ],
  [
    'rejection',
    'Cyberdyne <no-reply@hire.lever.co>',
    'Cyberdyne Systems - Research Scientist',
    'Hi Miles,\nThank you for interviewing with us. While we were impressed with your background, we have decided not to proceed with your application.\nAll the best,\nCyberdyne',
  ],
  [
    'rejection',
    'Tyrell Corp <careers@tyrell.com>',
    'Re: Replicant Designer',
    'Hi Rick, after much deliberation we have decided to offer the position to another candidate. It was a tough decision.',
  ],
  [
    'rejection',
    'Muster GmbH <bewerbung@muster.de>',
    'Absage: Ihre Bewerbung als Controller',
    'Sehr geehrter Herr Lang,\nleider können wir Ihre Bewerbung nicht weiter berücksichtigen. Die Stelle wurde bereits anderweitig besetzt.\nMit freundlichen Grüßen',
  ],
  [
    'rejection',
    'Beispiel <jobs@beispiel.de>',
    'Deine Bewerbung bei Beispiel',
    'Hi Mia,\ndanke für deine Bewerbung! Leider haben wir uns für andere Kandidat:innen entschieden, deren Profil noch besser passt.\nAlles Gute für deine Suche!',
  ],
  [
    'rejection',
    'Exemple <rh@exemple.fr>',
    'Votre candidature',
    "Bonjour,\nAprès étude attentive de votre dossier, nous avons le regret de vous informer que votre candidature n'a pas été retenue.\nCordialement",
  ],
  [
    'rejection',
    'Voorbeeld <hr@voorbeeld.nl>',
    'Sollicitatie Accountmanager',
    'Beste Jan,\nNa zorgvuldige overweging hebben we besloten om niet verder te gaan met je sollicitatie.\nGroet',
  ],
  [
    'rejection',
    'Esempio <hr@esempio.it>',
    'Candidatura',
    'Gentile Anna, purtroppo la tua candidatura non è stata selezionata per le fasi successive.',
  ],
  [
    'rejection',
    'Ejemplo <rrhh@ejemplo.es>',
    'Proceso de selección',
    'Hola Juan, lamentamos informarte de que no has sido seleccionado para continuar en el proceso.',
  ],
  [
    'rejection',
    'Exemplo <rh@exemplo.com.br>',
    'Processo seletivo',
    'Olá Ana, infelizmente você não foi selecionada para a próxima etapa do processo.',
  ],
  // Interviews
  [
    'interview',
    'Hooli <no-reply@greenhouse.io>',
    'Next steps with Hooli',
    "Hi Sam,\nThanks for applying! We'd like to invite you to the next step in our process: a 30-minute call with our recruiter. Please select a time using the link below.",
  ],
  [
    'interview',
    'Anna (Globex) <anna@globex.com>',
    'Quick chat?',
    'Hi Kim, thanks for your application for the Ops Lead role. Are you available for a call on Tuesday or Wednesday afternoon?',
  ],
  [
    'interview',
    'Acme Recruiting <no-reply@goodtime.io>',
    'Your interview with Acme is confirmed',
    'Your interview has been scheduled for Monday, March 9 at 10:00 CET. Meeting link: https://zoom.us/j/123',
  ],
  [
    'interview',
    'Initech <recruiting@initech.com>',
    'Interview reminder',
    'Reminder: your onsite interview with the Initech team is tomorrow at 9am.',
  ],
  [
    'interview',
    'Muster <jobs@muster.de>',
    'Ihre Bewerbung',
    'Hallo Herr Kurz,\nvielen Dank für Ihre Bewerbung. Wir würden Sie gerne persönlich kennenlernen. Wann hätten Sie nächste Woche Zeit?',
  ],
  // Offers
  [
    'offer',
    'Hooli People <people@hooli.com>',
    'Offer letter - Product Analyst',
    'Hi Sam,\nCongratulations! We are excited to extend you an offer to join Hooli as a Product Analyst. Please find your offer letter attached.',
  ],
  [
    'offer',
    'Acme <no-reply@ashbyhq.com>',
    'Your offer from Acme',
    'Hi Max, please review and sign your offer by Friday. Congratulations on your offer!',
  ],
  // Assessments
  [
    'assessment',
    'Globex <no-reply@codility.com>',
    'Globex invites you to take a test',
    'Hello Kim, Globex has invited you to complete a Codility test. You will have 120 minutes.',
  ],
  [
    'assessment',
    'Acme Talent <talent@acme.com>',
    'Next step: take-home assignment',
    'Hi Max, as the next step we would like you to complete a short take-home assignment. Please submit it within 5 days.',
  ],
  // A one-way video interview is an interview (test/emails/README.md: "video interviews (HireVue)" are interviews).
  [
    'interview',
    'Initech <noreply@hirevue.com>',
    'Initech - on-demand video interview',
    'Hi Lee, you have been invited to complete a one-way video interview for Initech.',
  ],
  // Confirmations
  [
    'confirmation',
    'Indeed Apply <indeedapply@indeed.com>',
    'Indeed Application: Data Analyst',
    'Application submitted. Data Analyst, Acme - Berlin. The employer will contact you if there is a match.',
  ],
  [
    'confirmation',
    'Globex Careers <globex@myworkday.com>',
    'Thank you for applying',
    'Thank you for your interest in Globex. We have received your application for the position of Buyer and will review it shortly.',
  ],
  [
    'confirmation',
    'Acme <no-reply@teamtailor.com>',
    'We got your application!',
    "Hi Max! Thanks for applying to Acme. We'll review your application and get back to you within two weeks.",
  ],
  // Not outcomes
  [
    'none',
    'Glassdoor Jobs <noreply@glassdoor.com>',
    'Data Analyst jobs in Berlin',
    'Jobs recommended for you. Data Analyst at Acme. Apply now. Unfortunately some jobs may close soon.',
  ],
  [
    'none',
    'StepStone <jobagent@stepstone.de>',
    'Neue Jobs für Sie: Controller',
    'Ihr Jobagent hat 12 neue Stellenangebote gefunden, die zu Ihrem Profil passen.',
  ],
  [
    'none',
    'LinkedIn <messages-noreply@linkedin.com>',
    'Kim sent you a message',
    "Hi! I'm a recruiter at TalentCo and came across your profile. Would you be open to a quick call about a role with my client?",
  ],
  [
    'none',
    'Acme <noreply@acme.com>',
    'Acme Product Update',
    'Unfortunately, our March webinar was cancelled. Read about our new features, and join our newsletter.',
  ],
  [
    'none',
    'Bank <alerts@mybank.com>',
    'Your statement is ready',
    'Your monthly statement is ready. Unfortunately we could not process your last payment.',
  ],
  [
    'none',
    'Workday <noreply@myworkday.com>',
    'Verify your email address',
    'Please verify your email address to finish creating your candidate account.',
  ],
  [
    'none',
    'LinkedIn <jobs-noreply@linkedin.com>',
    'Your application was viewed',
    'Your application was viewed by Acme. Keep applying to improve your chances.',
  ],
  [
    'none',
    'Jane <jane@gmail.com>',
    'Mock interview practice',
    'Hey, want to do a mock interview practice on Saturday? I can ask you the usual questions. Let me know your availability.',
  ],
];

describe('classifyEmail: a wider set of phrasings', () => {
  for (const [kind, from, subject, body] of ROWS) {
    it(`${kind}: ${subject}`, () => {
      expect(classifyEmail({ from, subject, body, date: '' }).kind).toBe(kind);
    });
  }
});

const ONE_LINE_REJECTIONS = [
  'At this time, we have decided to proceed with candidates whose qualifications better meet our needs.',
  'We have decided to pursue candidates whose experience better aligns with the role.',
  'Upon careful consideration, we have decided to move forward with other candidates.',
  'Once again, thank you for your time; unfortunately we have decided not to move forward.',
  'Una vez revisado tu perfil, hemos decidido continuar con otros candidatos.',
  'In diesem Fall haben wir uns leider für einen anderen Bewerber entschieden.',
  'Unfortunately, we are unable to progress your application.',
  "I'm sorry to say we won't be able to offer you the role.",
  "Your profile doesn't quite match what we're looking for at the moment.",
  "We won't be taking your application forward.",
  'We will not be moving your application forward.',
  'In the end we went with another candidate.',
  'The team has decided to hire someone else for this position.',
  'Leider können wir Ihnen keine positive Rückmeldung geben.',
  'Wir haben uns entschieden, die Stelle mit einer anderen Person zu besetzen.',
  'Wir haben uns gegen Ihre Bewerbung entschieden.',
  'Nous avons le regret de vous informer que nous ne sommes pas en mesure de donner une suite favorable à votre candidature.',
  'Malheureusement, nous ne pourrons pas donner suite à votre candidature.',
  'Votre profil ne correspond pas aux besoins du poste.',
  'Lamentablemente no podremos avanzar con tu candidatura.',
  'Tu perfil no encaja con lo que buscamos en este momento.',
  'Helaas hebben we gekozen voor een kandidaat die beter aansluit bij de functie.',
  'Je profiel sluit helaas onvoldoende aan bij de functie-eisen.',
  'Decidimos não seguir com a sua candidatura neste momento.',
  'Seguiremos com outros candidatos nesta etapa.',
  'Abbiamo individuato un altro candidato più in linea.',
  'Il tuo profilo non è in linea con le esigenze della posizione.',
  "After reviewing your application, we've decided not to move forward.",
  'We regret that your application has not been successful.',
  'Thank you for your patience. We have now completed our selection process and unfortunately you have not been shortlisted.',
  'Wir bedauern, Ihnen mitteilen zu müssen, dass Ihre Bewerbung nicht erfolgreich war.',
  'Nach eingehender Prüfung haben wir uns für eine andere Kandidatin entschieden.',
  'Hemos decidido seguir adelante con otros candidatos.',
  'Infelizmente não poderemos dar continuidade ao seu processo.',
];

const NOT_REJECTIONS = [
  'Unfortunately the office will be closed on Monday.',
  'We regret any inconvenience caused by the outage.',
  'Thank you for applying! If you are not selected, we will let you know.',
  'Our recruiters will review your application. Please note we are unable to respond to every applicant.',
  "I'm afraid I have to move our call to Friday. Sorry!",
  'Helaas kan ik morgen niet, kunnen we het gesprek verzetten?',
  'Leider muss ich unseren Termin verschieben. Passt Ihnen Donnerstag?',
  'Malheureusement, je dois décaler notre entretien à jeudi.',
  'Your subscription could not be renewed. Unfortunately your card was declined.',
  'Thanks for your application. We will be in touch if we decide to move forward.',
  'We are moving forward with the next round of interviews next week and will let you know.',
];

describe('classifyEmail: one-line rejections in seven languages', () => {
  for (const body of ONE_LINE_REJECTIONS) {
    it(body, () => {
      expect(classifyEmail({ from: 'HR <hr@example.com>', subject: 'Your application', body, date: '' }).kind).toBe('rejection');
    });
  }
});

describe('classifyEmail: regret, apologies and rescheduling are not rejections', () => {
  for (const body of NOT_REJECTIONS) {
    it(body, () => {
      expect(classifyEmail({ from: 'Someone <x@example.com>', subject: 'Hello', body, date: '' }).kind).not.toBe('rejection');
    });
  }
});

const MORE: ReadonlyArray<readonly [MailKind, string, string]> = [
  ['interview', 'Interview', "We'd love to have you in for an interview next week. Does Tuesday at 3pm work?"],
  ['interview', 'Next steps', 'Congratulations, you have been shortlisted for an interview! Please book a slot via the link.'],
  [
    'interview',
    'Application update',
    'We reviewed your application and would like to schedule a 45-minute technical interview with our engineering team.',
  ],
  [
    'interview',
    'Hello',
    'Hi Sam, I am the hiring manager for the Analyst role. Would you have time for a short call this week to discuss your application?',
  ],
  [
    'interview',
    'Vorstellungsgespräch',
    'Gerne möchten wir Sie zu einem Vorstellungsgespräch am 12. März um 10 Uhr in unser Büro einladen.',
  ],
  [
    'interview',
    'Ihre Bewerbung',
    'Ihre Unterlagen haben uns überzeugt. Wir würden uns gerne in einem ersten Telefonat mit Ihnen austauschen. Bitte buchen Sie einen Termin.',
  ],
  [
    'interview',
    'Entretien',
    'Nous aimerions échanger avec vous lors d’un entretien téléphonique. Merci de nous indiquer vos disponibilités.',
  ],
  ['interview', 'Entrevista', 'Nos gustaría conocerte en una entrevista por videollamada. ¿Qué día te viene bien?'],
  ['interview', 'Gesprek', 'We willen je graag uitnodigen voor een kennismakingsgesprek op ons kantoor.'],
  ['interview', 'Entrevista', 'Gostaríamos de agendar uma entrevista com você na próxima semana.'],
  ['interview', 'Colloquio', 'Vorremmo fissare un colloquio conoscitivo con te la prossima settimana.'],
  ['offer', 'Good news', 'I am very happy to let you know that we would like to offer you the position of Analyst.'],
  ['offer', 'Angebot', 'Wir freuen uns, Ihnen ein Vertragsangebot für die Position als Analyst unterbreiten zu können.'],
  ['offer', 'Bonne nouvelle', "Nous avons le plaisir de vous annoncer que votre candidature a été retenue pour le poste d'analyste."],
  ['offer', 'Oferta', 'Nos complace ofrecerte el puesto de Analista. Adjuntamos la oferta formal.'],
  ['assessment', 'Next step', 'Please complete the following assessment within 72 hours: https://app.testgorilla.com/x'],
  ['assessment', 'Case study', 'As the next step, we would like you to prepare a case study presentation.'],
  ['assessment', 'Nächster Schritt', 'Im nächsten Schritt bitten wir Sie, eine kurze Fallstudie zu bearbeiten.'],
  ['confirmation', 'Application received', 'Hi Sam, this is to confirm that we have received your application for the Analyst role.'],
  [
    'confirmation',
    'Bewerbung',
    'Vielen Dank für Ihre Bewerbung als Analyst. Wir werden Ihre Unterlagen sorgfältig prüfen und uns zeitnah bei Ihnen melden.',
  ],
  ['confirmation', 'Candidature', 'Nous accusons réception de votre candidature et reviendrons vers vous rapidement.'],
  ['none', 'Your weekly jobs', 'Neue Jobs für dich: Analyst (m/w/d) bei Acme. Jetzt bewerben.'],
  ['none', 'Offres', "Nouvelles offres d'emploi pour vous : Analyste chez Acme. Postulez maintenant."],
  ['none', 'Vacatures', 'Nieuwe vacatures voor jou: Analist bij Acme.'],
  ['none', 'Ofertas', 'Nuevas ofertas de empleo para ti: Analista en Acme.'],
  ['none', 'Vagas', 'Novas vagas para você: Analista na Acme.'],
  ['none', 'Annunci', 'Nuove offerte di lavoro per te: Analista presso Acme.'],
  ['none', 'Webinar', 'Join our webinar: how to prepare for your interview and negotiate your offer.'],
  ['none', 'Premium', 'Stand out to recruiters. Try Premium free for 1 month and see who viewed your profile.'],
  ['none', 'Opportunity', "Hi Sam, I'm a technical recruiter at TalentCo. Are you open to new opportunities? I'd like to schedule a call."],
  ['none', 'Your profile', 'Your profile appeared in 12 searches this week.'],
  ['none', 'Interview practice', 'Practice interview questions with our AI coach. Book a time that works for you.'],
  ['none', 'Meeting', 'Can we schedule a call with the team tomorrow about the Q3 roadmap? Let me know your availability.'],
];

describe('classifyEmail: more kinds and languages, and look-alikes (a colleague, a vendor, a coach)', () => {
  for (const [kind, subject, body] of MORE) {
    it(`${kind}: ${body.slice(0, 60)}`, () => {
      expect(classifyEmail({ from: 'X <x@example.com>', subject, body, date: '' }).kind).toBe(kind);
    });
  }
});

describe('classifyEmail: regret that is not about a job', () => {
  const cases = [
    'We regret to inform you that the interview scheduled for Monday has to be moved to Wednesday.',
    'We regret to inform you that our office will be closed next week.',
    'Your payment has not been successful. Please update your card.',
    'Unfortunately your order was not selected for express shipping.',
  ];
  for (const body of cases) {
    it(body, () => {
      expect(classifyEmail({ from: 'X <x@example.com>', subject: 'Notice', body, date: '' }).kind).not.toBe('rejection');
    });
  }
  it('but regret plus the usual consolations, in a hiring mail, is a rejection', () => {
    const body =
      'Thank you for applying for the Analyst position. We regret to inform you that we will not be able to take this further. Unfortunately there were many strong applicants. We wish you the best in your search.';
    expect(classifyEmail({ from: 'X <x@example.com>', subject: 'Your application', body, date: '' }).kind).toBe('rejection');
  });
});

describe('classifyEmail: a confirmation that describes the process', () => {
  it('stays a confirmation', () => {
    const body =
      'Thanks for applying to Acme! We have received your application.\nWhat happens next:\n- A phone screen with a recruiter\n- An interview with the hiring manager\n- A short case study';
    expect(classifyEmail({ from: 'Acme <no-reply@ashbyhq.com>', subject: 'Application received', body, date: '' }).kind).toBe(
      'confirmation',
    );
  });
});

describe('classifyEmail: confirmations that talk about other applicants being turned down', () => {
  const cases = [
    'Thank you for applying! Candidates who are not successful will not be contacted individually.',
    'Thank you for your application. Applicants who have not been selected for interview will be notified by email.',
    'We have received your application. Candidates not under consideration will hear from us within 30 days.',
  ];
  for (const body of cases) {
    it(body, () => {
      expect(classifyEmail({ from: 'Acme <jobs@acme.com>', subject: 'Application received', body, date: '' }).kind).toBe('confirmation');
    });
  }
});

describe('classifyEmail: other applicants turned down, in other languages', () => {
  const cases: [string, string][] = [
    ['Vielen Dank für Ihre Bewerbung. Bewerber, die nicht berücksichtigt werden können, erhalten eine kurze Nachricht.', 'confirmation'],
    ['Merci pour votre candidature. Les candidats qui ne sont pas retenus seront informés par e-mail.', 'confirmation'],
    ['Gracias por tu candidatura. Los candidatos que no sean seleccionados recibirán un correo.', 'confirmation'],
  ];
  for (const [body, kind] of cases) {
    it(body, () => {
      expect(classifyEmail({ from: 'HR <hr@example.com>', subject: 'Bewerbung / candidature', body, date: '' }).kind).toBe(kind);
    });
  }
});

const EUROPEAN: ReadonlyArray<readonly [MailKind, string]> = [
  ['rejection', 'Leider müssen wir Ihnen eine Absage erteilen.'],
  ['rejection', 'Wir haben uns nach reiflicher Überlegung dazu entschieden, Ihre Bewerbung nicht weiter zu verfolgen.'],
  ['rejection', 'Leider hat es diesmal nicht geklappt.'],
  ['rejection', 'Leider können wir Ihnen keine Zusage geben.'],
  ['rejection', 'Wir haben die Position mittlerweile mit einer anderen Person besetzt.'],
  ['rejection', 'Leider passt Ihr Profil nicht zu den Anforderungen der Stelle.'],
  ['rejection', 'Wir haben uns für Kandidat*innen entschieden, deren Erfahrung besser passt.'],
  ['rejection', "Malheureusement, nous avons décidé de poursuivre avec d'autres candidats."],
  ['rejection', 'Nous avons le regret de vous annoncer que nous avons retenu un autre candidat.'],
  ['rejection', "Votre candidature n'a malheureusement pas été retenue."],
  ['rejection', 'Après examen de votre dossier, nous ne pouvons pas y donner suite.'],
  ['rejection', 'Lamentablemente, hemos decidido no avanzar con tu candidatura.'],
  ['rejection', 'En esta ocasión no has sido seleccionado para el puesto.'],
  ['rejection', 'Hemos optado por otro perfil que se ajusta mejor a las necesidades del puesto.'],
  ['rejection', 'Helaas hebben we besloten je niet uit te nodigen voor een gesprek.'],
  ['rejection', 'Wij hebben besloten de procedure met andere kandidaten voort te zetten.'],
  ['rejection', 'Helaas ben je niet geselecteerd voor de volgende ronde.'],
  ['rejection', 'Je sollicitatie is helaas afgewezen.'],
  ['rejection', 'Infelizmente o seu perfil não foi selecionado para esta vaga.'],
  ['rejection', 'Optamos por outro candidato com perfil mais alinhado.'],
  ['rejection', 'Infelizmente não vamos avançar com a sua candidatura.'],
  ['rejection', 'Purtroppo abbiamo deciso di non procedere con la tua candidatura.'],
  ['rejection', 'La informiamo che la sua candidatura non è stata selezionata.'],
  ['rejection', 'Abbiamo scelto un altro candidato per la posizione.'],
  ['interview', 'Wir möchten Sie gerne zu einem Vorstellungsgespräch einladen.'],
  ['interview', 'Hätten Sie Zeit für ein erstes Kennenlerngespräch per Video?'],
  ['interview', 'Nous souhaitons vous rencontrer pour un entretien.'],
  ['interview', 'Je vous propose un entretien mardi à 14h.'],
  ['interview', 'Queremos invitarte a una entrevista con el equipo.'],
  ['interview', 'Te proponemos una entrevista el martes a las 10.'],
  ['interview', 'We nodigen je graag uit voor een gesprek.'],
  ['interview', 'Gostaríamos de convidar você para uma entrevista.'],
  ['interview', 'Ti invitiamo a un colloquio presso la nostra sede.'],
  ['offer', 'Wir freuen uns, Ihnen mitteilen zu können, dass wir uns für Sie entschieden haben.'],
  ['offer', "Nous sommes heureux de vous faire une proposition d'embauche."],
  ['offer', 'Estamos encantados de ofrecerte el puesto.'],
  ['offer', 'Temos o prazer de lhe oferecer a vaga de Analista.'],
  ['offer', 'Siamo lieti di offrirti il ruolo di Analista.'],
];

describe('classifyEmail: more rejections, invitations and offers in de, fr, es, nl, pt, it', () => {
  for (const [kind, body] of EUROPEAN) {
    it(`${kind}: ${body}`, () => {
      expect(classifyEmail({ from: 'HR <hr@example.com>', subject: 'Bewerbung / candidature', body, date: '' }).kind).toBe(kind);
    });
  }
});

describe('classifyEmail: an invitation that sounds like outreach is still an invitation', () => {
  it('LinkedIn message from the hiring manager after the application', () => {
    const body =
      "Hi Sam, thanks for applying to the Analyst role at Acme. We'd like to invite you to a first interview next week. Are you open to a conversation on Tuesday?";
    expect(
      classifyEmail({ from: 'Jane via LinkedIn <messages-noreply@linkedin.com>', subject: 'Jane sent you a message', body, date: '' }).kind,
    ).toBe('interview');
  });
});

describe('classifyEmail: surveys and questionnaires are not assessments', () => {
  it('a candidate-experience survey', () => {
    const body = 'Thank you for interviewing with Acme! We would like to invite you to take our short candidate experience survey.';
    expect(classifyEmail({ from: 'Acme <no-reply@greenhouse.io>', subject: 'How did we do?', body, date: '' }).kind).toBe('none');
  });
  it('a voluntary self-identification questionnaire inside a confirmation', () => {
    const body =
      'Thank you for applying to Acme. We have received your application. Please complete the following questionnaire (voluntary self-identification).';
    expect(classifyEmail({ from: 'Acme <no-reply@greenhouse.io>', subject: 'Application received', body, date: '' }).kind).toBe(
      'confirmation',
    );
  });
});

describe('classifyEmail: small words', () => {
  it('"don\'t forget" does not negate the interview', () => {
    const body = "Don't forget your interview is scheduled for tomorrow at 10:00 with the Acme hiring team.";
    expect(classifyEmail({ from: 'Acme <no-reply@goodtime.io>', subject: 'Reminder', body, date: '' }).kind).toBe('interview');
  });
  it('"you applied to 3 jobs this week" is not a confirmation', () => {
    const body = 'You applied to 3 jobs this week. Keep going!';
    expect(classifyEmail({ from: 'LinkedIn <jobs-noreply@linkedin.com>', subject: 'Your week', body, date: '' }).kind).toBe('none');
  });
});

describe('classifyEmail: a negated invitation', () => {
  it('"we won\'t be able to invite you to an interview" is a rejection, never an interview', () => {
    const body = "Thank you for applying. Unfortunately we won't be able to invite you to an interview for this position.";
    expect(classifyEmail({ from: 'Acme <jobs@acme.com>', subject: 'Your application', body, date: '' }).kind).toBe('rejection');
  });
  it('"not able to offer you the position" is never an offer', () => {
    const body = 'We are not able to offer you the position of team lead yet; first we would like to invite you to a second interview.';
    expect(classifyEmail({ from: 'Acme <jobs@acme.com>', subject: 'Your application', body, date: '' }).kind).not.toBe('offer');
  });
});

describe('classifyEmail: what the team will do with candidates in general', () => {
  it('"we will move forward with candidates who complete the test" is an assessment mail, not a rejection', () => {
    const body = 'Please complete the HackerRank test by Friday. We will move forward with candidates who complete the test in time.';
    expect(classifyEmail({ from: 'Acme <jobs@acme.com>', subject: 'Next step: coding test', body, date: '' }).kind).toBe('assessment');
  });
});

describe('classifyEmail: the position will be filled some day', () => {
  it('"applications stay open until we have filled the position" is a confirmation', () => {
    const body = 'Thank you for your application. Applications stay open until we have filled the position.';
    expect(classifyEmail({ from: 'Acme <jobs@acme.com>', subject: 'Application received', body, date: '' }).kind).toBe('confirmation');
  });
});
