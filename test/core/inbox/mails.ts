/**
 * The project's own unit-test emails, written for these tests in the way hiring systems phrase them
 * (Greenhouse/Lever/Workday/Personio/Teamtailor defaults and recruiters' own words). Not the evaluation set.
 */
import type { EmailInput, MailKind } from '../../../src/core/inbox/types';

export interface Case {
  name: string;
  lang: 'en' | 'de' | 'fr' | 'es' | 'nl' | 'pt' | 'it';
  kind: MailKind;
  email: EmailInput;
}

const D = '2026-03-02T09:14:00Z';
const mail = (from: string, subject: string, body: string): EmailInput => ({ from, subject, body, date: D });

export const KIND_CASES: readonly Case[] = [
  // ---------------------------------------------------------------- English
  {
    name: 'Greenhouse default rejection',
    lang: 'en',
    kind: 'rejection',
    email: mail(
      'Acme Recruiting <no-reply@us.greenhouse-mail.io>',
      'Your application to Acme',
      `Hi Jane,

Thank you for your interest in Acme and for taking the time to apply for our Data Analyst role.

We received a large number of applications, and after careful consideration we have decided to move forward with other candidates whose experience more closely matches our current needs.

We'd love to stay in touch and will keep your resume on file for future openings.

Best of luck in your search,
The Acme Talent Team`,
    ),
  },
  {
    name: 'terse rejection',
    lang: 'en',
    kind: 'rejection',
    email: mail(
      'Globex HR <hr@globex.com>',
      'Application update',
      'Hi Sam, thanks for applying. Unfortunately you were not selected for the next stage. Regards, Globex HR',
    ),
  },
  {
    name: 'Lever rejection after interview',
    lang: 'en',
    kind: 'rejection',
    email: mail(
      'Initech <no-reply@hire.lever.co>',
      'Following up on your Initech interview',
      `Hi Alex,

Thanks again for speaking with our team last week about the Backend Engineer position. We enjoyed learning about your background.

After much deliberation, we will not be moving forward with your candidacy at this time. This was a difficult decision.

We wish you the very best in your job search.

Initech Recruiting`,
    ),
  },
  {
    name: 'Workday interview invitation',
    lang: 'en',
    kind: 'interview',
    email: mail(
      'Umbrella Careers <umbrella@myworkday.com>',
      'Interview invitation: Product Manager',
      `Dear Chris,

We were impressed by your application for the Product Manager position and would like to invite you to a first interview with our hiring manager.

Please use the link below to pick a time that works for you: https://calendly.com/umbrella-talent/30min

Kind regards,
Umbrella Talent Acquisition`,
    ),
  },
  {
    name: 'recruiter asks for availability',
    lang: 'en',
    kind: 'interview',
    email: mail(
      'Maria Lopez <maria.lopez@hooli.com>',
      'Hooli - next steps',
      'Hi Pat,\nThanks for applying to the Data Engineer role at Hooli! I would love to set up a 30 minute phone screen to learn more about you. Could you share your availability for this week?\nBest, Maria',
    ),
  },
  {
    name: 'offer letter',
    lang: 'en',
    kind: 'offer',
    email: mail(
      'Vandelay Industries <people@vandelay.com>',
      'Your offer from Vandelay Industries',
      `Hi Jordan,

Following your interviews with the team, we are delighted to offer you the position of Import Coordinator. Your formal offer letter is attached.

Please review it and let us know by Friday.

Congratulations!
Vandelay People Team`,
    ),
  },
  {
    name: 'HackerRank assessment',
    lang: 'en',
    kind: 'assessment',
    email: mail(
      'Stark Recruiting <noreply@hackerrank.com>',
      'Stark Industries invites you to a coding challenge',
      'Hi Tony,\nAs the next step for the Software Engineer role, please complete the online assessment on HackerRank within 5 days. The test takes about 90 minutes.\nGood luck!',
    ),
  },
  {
    name: 'Ashby confirmation',
    lang: 'en',
    kind: 'confirmation',
    email: mail(
      'Wayne Enterprises <no-reply@ashbyhq.com>',
      'Thank you for applying to Wayne Enterprises',
      `Hi Bruce,

Thank you for applying for the Security Analyst position at Wayne Enterprises. We have received your application and our team will review it shortly.

If your background is a match, we will reach out to schedule an interview. Due to the volume of applications, we unfortunately cannot reply to everyone individually.

Wayne Enterprises Recruiting`,
    ),
  },
  {
    name: 'LinkedIn easy-apply confirmation',
    lang: 'en',
    kind: 'confirmation',
    email: mail(
      'LinkedIn <jobs-noreply@linkedin.com>',
      'Jane, your application was sent to Soylent',
      `Your application was sent to Soylent
Marketing Specialist
Soylent · New York, NY (Hybrid)
Applied on March 2, 2026

Top job picks for you
Marketing Manager · Acme · Remote`,
    ),
  },
  // ---------------------------------------------------------------- German
  {
    name: 'Absage',
    lang: 'de',
    kind: 'rejection',
    email: mail(
      'Personio <no-reply@personio.de>',
      'Ihre Bewerbung als Data Analyst (m/w/d) bei der Muster GmbH',
      `Sehr geehrte Frau Schmidt,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir uns für einen anderen Bewerber entschieden haben.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Muster Recruiting Team`,
    ),
  },
  {
    name: 'Einladung zum Vorstellungsgespräch',
    lang: 'de',
    kind: 'interview',
    email: mail(
      'Muster GmbH Karriere <karriere@muster.de>',
      'Einladung zum Vorstellungsgespräch',
      'Hallo Herr Weber,\n\nwir freuen uns, Sie zu einem ersten Gespräch einladen zu dürfen. Bitte wählen Sie über den folgenden Link einen Termin aus.\n\nViele Grüße\nIhr Recruiting-Team',
    ),
  },
  {
    name: 'Zusage / Vertragsangebot',
    lang: 'de',
    kind: 'offer',
    email: mail(
      'Anna Berg <anna.berg@beispiel.de>',
      'Vertragsangebot',
      'Liebe Frau Klein,\n\nwir freuen uns sehr, Ihnen die Stelle als Projektleiterin anbieten zu dürfen. Ihr Vertragsangebot finden Sie im Anhang.\n\nHerzliche Grüße\nAnna Berg',
    ),
  },
  {
    name: 'Online-Test',
    lang: 'de',
    kind: 'assessment',
    email: mail(
      'Beispiel AG <jobs@beispiel.de>',
      'Nächster Schritt: Online-Test',
      'Hallo Lea,\nals nächsten Schritt im Auswahlprozess bitten wir Sie, unseren Online-Test zu absolvieren. Der Link ist 7 Tage gültig.\nViele Grüße',
    ),
  },
  {
    name: 'Eingangsbestätigung',
    lang: 'de',
    kind: 'confirmation',
    email: mail(
      'Beispiel AG <noreply@softgarden.io>',
      'Eingangsbestätigung Ihrer Bewerbung',
      'Sehr geehrter Herr Braun,\nvielen Dank für Ihre Bewerbung. Ihre Bewerbung ist bei uns eingegangen und wird nun geprüft. Wir melden uns so bald wie möglich bei Ihnen.\nMit freundlichen Grüßen',
    ),
  },
  // ---------------------------------------------------------------- French
  {
    name: 'refus',
    lang: 'fr',
    kind: 'rejection',
    email: mail(
      'Exemple Recrutement <recrutement@exemple.fr>',
      'Votre candidature au poste de Chef de projet',
      `Bonjour Madame Martin,

Nous vous remercions de l'intérêt que vous portez à notre entreprise. Nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à votre candidature.

Nous vous souhaitons une bonne continuation dans vos recherches.

L'équipe Recrutement`,
    ),
  },
  {
    name: 'invitation à un entretien',
    lang: 'fr',
    kind: 'interview',
    email: mail(
      'Sophie Durand <sophie.durand@exemple.fr>',
      'Entretien - Développeur Full Stack',
      "Bonjour Paul,\n\nVotre profil a retenu toute notre attention et nous souhaiterions vous inviter à un premier entretien. Pourriez-vous m'indiquer vos disponibilités pour la semaine prochaine ?\n\nCordialement,\nSophie",
    ),
  },
  {
    name: "proposition d'embauche",
    lang: 'fr',
    kind: 'offer',
    email: mail(
      'Exemple SAS <rh@exemple.fr>',
      "Proposition d'embauche",
      "Bonjour Claire,\n\nSuite à nos échanges, nous avons le plaisir de vous proposer le poste de Responsable Marketing. Vous trouverez ci-joint notre proposition d'embauche.\n\nBien cordialement",
    ),
  },
  {
    name: 'test technique',
    lang: 'fr',
    kind: 'assessment',
    email: mail(
      'Exemple Tech <jobs@exemple-tech.fr>',
      'Prochaine étape : test technique',
      "Bonjour Marc,\nMerci pour votre candidature. La prochaine étape consiste en un test technique en ligne d'une durée de 60 minutes sur CodinGame.\nBonne chance !",
    ),
  },
  {
    name: 'accusé de réception',
    lang: 'fr',
    kind: 'confirmation',
    email: mail(
      'Exemple <noreply@welcometothejungle.com>',
      'Votre candidature a bien été envoyée',
      "Bonjour Julie,\nNous avons bien reçu votre candidature pour le poste de Data Scientist chez Exemple. L'équipe reviendra vers vous rapidement.\nÀ bientôt !",
    ),
  },
  // ---------------------------------------------------------------- Spanish
  {
    name: 'rechazo',
    lang: 'es',
    kind: 'rejection',
    email: mail(
      'Ejemplo Talento <talento@ejemplo.es>',
      'Tu candidatura para Analista de Datos',
      'Hola Lucía:\n\nGracias por tu interés en Ejemplo. Lamentablemente, tras revisar tu perfil, hemos decidido continuar con otros candidatos cuyo perfil se ajusta mejor a lo que buscamos.\n\nTe deseamos mucho éxito en tu búsqueda.\n\nUn saludo',
    ),
  },
  {
    name: 'entrevista',
    lang: 'es',
    kind: 'interview',
    email: mail(
      'Carlos Ruiz <carlos@ejemplo.es>',
      'Entrevista - Desarrollador Backend',
      'Hola Diego,\n\nHemos revisado tu candidatura y nos gustaría invitarte a una entrevista con el equipo. ¿Podrías indicarnos tu disponibilidad para la próxima semana?\n\nSaludos,\nCarlos',
    ),
  },
  {
    name: 'oferta',
    lang: 'es',
    kind: 'offer',
    email: mail(
      'Ejemplo RRHH <rrhh@ejemplo.es>',
      'Carta oferta',
      'Hola Marta,\n\nNos complace ofrecerte el puesto de Diseñadora UX. Adjuntamos la carta oferta con todos los detalles.\n\n¡Enhorabuena!',
    ),
  },
  {
    name: 'prueba técnica',
    lang: 'es',
    kind: 'assessment',
    email: mail(
      'Ejemplo Tech <jobs@ejemplo-tech.es>',
      'Siguiente paso: prueba técnica',
      'Hola Pablo,\nEl siguiente paso del proceso es una prueba técnica que puedes realizar desde casa. Tienes 3 días para completarla.\nSaludos',
    ),
  },
  {
    name: 'confirmación',
    lang: 'es',
    kind: 'confirmation',
    email: mail(
      'Ejemplo <noreply@ejemplo.es>',
      'Hemos recibido tu candidatura',
      'Hola Ana,\nGracias por tu candidatura al puesto de Contable en Ejemplo. Hemos recibido tu candidatura y la revisaremos con atención.\nSaludos',
    ),
  },
  // ---------------------------------------------------------------- Dutch
  {
    name: 'afwijzing',
    lang: 'nl',
    kind: 'rejection',
    email: mail(
      'Voorbeeld BV <werving@voorbeeld.nl>',
      'Je sollicitatie bij Voorbeeld',
      'Beste Sanne,\n\nBedankt voor je sollicitatie en je interesse in Voorbeeld. Helaas moeten we je laten weten dat we hebben gekozen voor een andere kandidaat.\n\nWe wensen je veel succes met je zoektocht.\n\nMet vriendelijke groet',
    ),
  },
  {
    name: 'uitnodiging gesprek',
    lang: 'nl',
    kind: 'interview',
    email: mail(
      'Voorbeeld BV <werving@voorbeeld.nl>',
      'Uitnodiging sollicitatiegesprek',
      'Beste Thomas,\n\nGraag nodigen we je uit voor een eerste gesprek. Wil je via onderstaande link een moment kiezen? Laat ons je beschikbaarheid weten.\n\nGroet,\nHet recruitmentteam',
    ),
  },
  {
    name: 'aanbod',
    lang: 'nl',
    kind: 'offer',
    email: mail(
      'Voorbeeld BV <hr@voorbeeld.nl>',
      'Contractvoorstel',
      'Beste Eva,\n\nWe zijn blij je de functie van Marketeer aan te bieden. In de bijlage vind je het contractvoorstel.\n\nGefeliciteerd!',
    ),
  },
  {
    name: 'assessment',
    lang: 'nl',
    kind: 'assessment',
    email: mail(
      'Voorbeeld BV <hr@voorbeeld.nl>',
      'Volgende stap: online assessment',
      'Beste Lars,\nDe volgende stap in de procedure is een online assessment en een korte praktijkopdracht.\nSucces!',
    ),
  },
  {
    name: 'ontvangstbevestiging',
    lang: 'nl',
    kind: 'confirmation',
    email: mail(
      'Voorbeeld BV <noreply@recruitee.com>',
      'Bedankt voor je sollicitatie',
      'Hoi Noor,\nBedankt voor je sollicitatie! We hebben je sollicitatie in goede orde ontvangen en nemen binnen twee weken contact met je op.\nGroet',
    ),
  },
  // ---------------------------------------------------------------- Portuguese
  {
    name: 'recusa',
    lang: 'pt',
    kind: 'rejection',
    email: mail(
      'Exemplo Recrutamento <vagas@exemplo.com.br>',
      'Processo seletivo - Analista de Dados',
      'Olá João,\n\nAgradecemos o seu interesse. Infelizmente, optamos por seguir com outros candidatos cujo perfil está mais aderente à vaga neste momento.\n\nDesejamos sucesso na sua jornada.',
    ),
  },
  {
    name: 'convite para entrevista',
    lang: 'pt',
    kind: 'interview',
    email: mail(
      'Exemplo RH <rh@exemplo.com.br>',
      'Convite para entrevista',
      'Olá Beatriz,\n\nGostaríamos de convidá-la para uma entrevista por vídeo. Poderia nos informar sua disponibilidade?\n\nAbraços',
    ),
  },
  {
    name: 'proposta',
    lang: 'pt',
    kind: 'offer',
    email: mail(
      'Exemplo RH <rh@exemplo.pt>',
      'Proposta de emprego',
      'Olá Rui,\n\nTemos o prazer de lhe enviar a nossa proposta de emprego para a função de Engenheiro de Software. Parabéns!',
    ),
  },
  {
    name: 'teste técnico',
    lang: 'pt',
    kind: 'assessment',
    email: mail(
      'Exemplo Tech <jobs@exemplo.com.br>',
      'Próxima etapa: desafio técnico',
      'Olá Lucas,\nA próxima etapa do processo é um desafio técnico. Você terá 5 dias para entregar.\nBoa sorte!',
    ),
  },
  {
    name: 'confirmação',
    lang: 'pt',
    kind: 'confirmation',
    email: mail(
      'Exemplo <noreply@exemplo.com.br>',
      'Recebemos sua candidatura',
      'Olá Camila,\nObrigado por se candidatar à vaga de Designer na Exemplo! Recebemos sua candidatura e em breve nossa equipe fará a análise.\nAté logo',
    ),
  },
  // ---------------------------------------------------------------- Italian
  {
    name: 'rifiuto',
    lang: 'it',
    kind: 'rejection',
    email: mail(
      'Esempio Selezione <selezione@esempio.it>',
      'La tua candidatura per Sviluppatore Java',
      'Gentile Marco,\n\nti ringraziamo per il tempo dedicato. Purtroppo dobbiamo comunicarti che abbiamo deciso di proseguire con altri candidati, con profili più in linea con la posizione.\n\nTi auguriamo il meglio per il tuo futuro professionale.',
    ),
  },
  {
    name: 'invito a colloquio',
    lang: 'it',
    kind: 'interview',
    email: mail(
      'Esempio HR <hr@esempio.it>',
      'Invito a colloquio',
      'Gentile Giulia,\n\nsaremmo lieti di invitarti a un colloquio conoscitivo con il nostro team. Ti chiediamo di indicarci la tua disponibilità per la prossima settimana.\n\nCordiali saluti',
    ),
  },
  {
    name: 'proposta di assunzione',
    lang: 'it',
    kind: 'offer',
    email: mail(
      'Esempio HR <hr@esempio.it>',
      'Proposta di assunzione',
      'Gentile Luca,\n\nsiamo lieti di offrirti la posizione di Project Manager. In allegato trovi la lettera di offerta.\n\nCongratulazioni!',
    ),
  },
  {
    name: 'test tecnico',
    lang: 'it',
    kind: 'assessment',
    email: mail(
      'Esempio Tech <jobs@esempio.it>',
      'Prossimo passo: test tecnico',
      'Ciao Sara,\nil prossimo passo è un test tecnico online su HackerRank, da completare entro 5 giorni.\nIn bocca al lupo!',
    ),
  },
  {
    name: 'conferma',
    lang: 'it',
    kind: 'confirmation',
    email: mail(
      'Esempio <noreply@esempio.it>',
      'Grazie per la tua candidatura',
      'Ciao Paolo,\ngrazie per la tua candidatura per la posizione di Analista presso Esempio. Abbiamo ricevuto la tua candidatura e la valuteremo al più presto.\nA presto',
    ),
  },
];

/** Mails that must stay `none` (or not become the outcome the naive reading suggests). */
export const TRAP_CASES: readonly { name: string; kind: MailKind; email: EmailInput }[] = [
  {
    name: 'rescheduling is not a rejection',
    kind: 'interview',
    email: mail(
      'Dana Scully <dana@fbi-careers.com>',
      'Re: Interview on Thursday',
      'Hi Fox,\nUnfortunately I need to reschedule our interview on Thursday. Could you share your availability for early next week?\nSorry for the trouble, Dana',
    ),
  },
  {
    name: '"cannot reply to everyone" inside a confirmation',
    kind: 'confirmation',
    email: mail(
      'Acme <noreply@acme.com>',
      'We received your application',
      'Thank you for your application! We receive many applications and unfortunately cannot reply to everyone personally. If you do not hear from us within four weeks, your application was not successful this time.',
    ),
  },
  {
    name: '"keep your CV on file" alone',
    kind: 'none',
    email: mail(
      'Acme HR <hr@acme.com>',
      'Your CV',
      'Hi Jo, thanks for sending your CV. We will keep your CV on file and stay in touch about future openings.',
    ),
  },
  {
    name: 'rejection that also wants to stay in touch',
    kind: 'rejection',
    email: mail(
      'Acme Talent <talent@acme.com>',
      'Acme - your application',
      "Hi Jo,\nThanks for interviewing with us. We've decided to move forward with another candidate for this role. We really enjoyed meeting you and we'd love to stay in touch for future roles.\nAll the best",
    ),
  },
  {
    name: 'offer that mentions the interview',
    kind: 'offer',
    email: mail(
      'Acme People <people@acme.com>',
      'Congratulations!',
      'Hi Jo,\nThank you for your time during the interview process. Everyone you met in your final interview was impressed, and we are thrilled to offer you the role of Senior Designer. Your offer letter is attached.\nWelcome aboard!',
    ),
  },
  {
    name: 'quoted rejection below a reply',
    kind: 'none',
    email: mail(
      'Jo Doe <jo@gmail.com>',
      'Re: Your application to Acme',
      'Thanks for letting me know, I appreciate it.\n\nOn Mon, 2 Mar 2026 at 10:02, Acme Talent <talent@acme.com> wrote:\n> Unfortunately, we have decided to move forward with other candidates.\n> Best, Acme',
    ),
  },
  {
    name: 'Outlook-quoted history',
    kind: 'none',
    email: mail(
      'Jo Doe <jo@outlook.com>',
      'AW: Ihre Bewerbung',
      'Danke für die Info.\n\n-----Original Message-----\nFrom: Muster HR <hr@muster.de>\nSent: Monday, March 2, 2026 10:00\nSubject: Ihre Bewerbung\nLeider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Bewerber entschieden haben.',
    ),
  },
  {
    name: 'job alert with interview tips',
    kind: 'none',
    email: mail(
      'LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>',
      '25 new jobs for "data analyst"',
      'Your job alert for data analyst in Berlin\nData Analyst · Acme · Berlin\nSenior Data Analyst · Globex · Remote\nInterview tips: how to ace your interview\nWe would like to invite you to try Premium.',
    ),
  },
  {
    name: 'Indeed recommended jobs',
    kind: 'none',
    email: mail(
      'Indeed <alert@indeed.com>',
      'Jobs you may be interested in',
      'Based on your recent search: Product Manager at Initech - Easily apply. Thank you for applying to jobs on Indeed! Unfortunately, some jobs are no longer available.',
    ),
  },
  {
    name: 'recruiter outreach',
    kind: 'none',
    email: mail(
      'Tom Recruiter <tom@talentagency.io>',
      'Exciting opportunity',
      "Hi Jane,\nI came across your profile on LinkedIn and was impressed by your background. Are you open to new opportunities? I'd love to schedule a call this week to tell you more about a role with my client.\nCheers, Tom",
    ),
  },
  {
    name: 'application viewed',
    kind: 'none',
    email: mail(
      'LinkedIn <jobs-noreply@linkedin.com>',
      'Your application was viewed by Acme',
      'Good news! Your application for Data Analyst was viewed by Acme.',
    ),
  },
  {
    name: 'finish your application',
    kind: 'none',
    email: mail(
      'Acme Careers <noreply@myworkday.com>',
      "Don't forget to finish your application",
      'You started an application for Data Analyst at Acme but have not submitted it yet. Finish your application today.',
    ),
  },
  {
    name: 'password reset',
    kind: 'none',
    email: mail(
      'Acme Careers <noreply@myworkday.com>',
      'Reset your password',
      'We received a request to reset your password for your candidate account. Click the link to reset your password.',
    ),
  },
  {
    name: 'newsletter',
    kind: 'none',
    email: mail(
      'The Muse <newsletter@themuse.com>',
      'This week: salary negotiation and interview tips',
      'How to ace your interview. Five ways to negotiate your job offer. Read more on our blog.',
    ),
  },
  {
    name: 'subject "Re: Your application" alone',
    kind: 'none',
    email: mail('Acme <hr@acme.com>', 'Re: Your application', 'Hi, could you send us your portfolio as a PDF? Thanks.'),
  },
  {
    name: 'conditional interview inside a confirmation',
    kind: 'confirmation',
    email: mail(
      'Globex <noreply@greenhouse.io>',
      'Thanks for applying to Globex',
      'We have received your application for Account Executive. Our team will review it, and if your experience is a fit we will invite you to an interview. Successful candidates will be contacted to schedule a phone screen.',
    ),
  },
  {
    name: 'unrelated mail',
    kind: 'none',
    email: mail(
      'Mum <mum@gmail.com>',
      'Sunday lunch',
      'Unfortunately we cannot come on Sunday. Shall we meet next week instead? Love, Mum',
    ),
  },
  {
    name: 'German confirmation that mentions a possible rejection',
    kind: 'confirmation',
    email: mail(
      'Muster <noreply@muster.de>',
      'Ihre Bewerbung',
      'Vielen Dank für Ihre Bewerbung. Sollten wir Ihnen leider absagen müssen, erhalten Sie ebenfalls eine Nachricht von uns.',
    ),
  },
];
