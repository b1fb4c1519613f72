/**
 * Words a page shows for a step or a status of applying, never the name of a job or of a company:
 * "Candidate Profile", "Apply now", "Sign in", "Application submitted", "Careers" … in the seven languages
 * the generic detector knows (en, de, fr, es, nl, pt, it). Pure data and string functions: no browser API.
 *
 * A whole value equal to one of these is rejected by the site adapters (they try their next source), and
 * one appended to a real title ("Quality Assurance Technician - Candidate Profile") is stripped.
 */

/** One data list, by language. Compared after `normalizePhrase` (case, accents, punctuation, spaces). */
export const STEP_PHRASES: Readonly<Record<'en' | 'de' | 'fr' | 'es' | 'nl' | 'pt' | 'it', readonly string[]>> = {
  en: [
    'Candidate Profile',
    'Candidate Home',
    'My Profile',
    'Profile',
    'Application',
    'Job Application',
    'Application Form',
    'Apply',
    'Apply Now',
    'Apply for this job',
    'Apply for job',
    'Apply online',
    'Easy Apply',
    'Quick Apply',
    'Application submitted',
    'Application sent',
    'Application received',
    'Application complete',
    'Application completed',
    'Thank you for applying',
    'Thanks for applying',
    'Thank you for your application',
    'Thank you',
    'Thanks',
    'Applied',
    'Success',
    'Submitted',
    'Confirmation',
    'Done',
    'Login',
    'Log in',
    'Sign in',
    'Sign up',
    'Register',
    'Create account',
    'Create an account',
    'My applications',
    'My jobs',
    'Dashboard',
    'Review',
    'Review application',
    'Review your application',
    'Review and submit',
    'Contact info',
    'Contact information',
    'Additional questions',
    'Work experience',
    'Resume',
    'Upload resume',
    'Your application',
    'Application status',
    'Application sent to',
    'Apply to',
    'Applying to',
    'Applying for',
    'Submit',
    'Submit application',
    'Careers',
    'Career',
    'Careers page',
    'Career page',
    'Jobs',
    'Job',
    'Job search',
    'Search jobs',
    'Job details',
    'Job description',
    'Open positions',
    'Current openings',
    'Job openings',
    'Home',
    'Welcome',
    'Error',
    'Page not found',
    'Logo',
    'Company logo',
    'Header logo',
  ],
  de: [
    'Kandidatenprofil',
    'Bewerberprofil',
    'Mein Profil',
    'Bewerbung',
    'Bewerbungsformular',
    'Online-Bewerbung',
    'Onlinebewerbung',
    'Bewerben',
    'Jetzt bewerben',
    'Hier bewerben',
    'Bewerbung abgeschickt',
    'Bewerbung gesendet',
    'Bewerbung versendet',
    'Bewerbung eingegangen',
    'Bewerbung erhalten',
    'Vielen Dank für Ihre Bewerbung',
    'Danke für deine Bewerbung',
    'Danke für Ihre Bewerbung',
    'Vielen Dank',
    'Danke',
    'Erfolg',
    'Erfolgreich',
    'Bestätigung',
    'Anmelden',
    'Einloggen',
    'Registrieren',
    'Konto erstellen',
    'Meine Bewerbungen',
    'Überprüfen',
    'Prüfen',
    'Absenden',
    'Karriere',
    'Stellenangebote',
    'Stellenangebot',
    'Offene Stellen',
    'Stellenanzeige',
    'Stellensuche',
    'Jobsuche',
    'Startseite',
  ],
  fr: [
    'Profil du candidat',
    'Profil candidat',
    'Mon profil',
    'Candidature',
    'Formulaire de candidature',
    'Postuler',
    'Postuler maintenant',
    'Candidature envoyée',
    'Candidature soumise',
    'Candidature reçue',
    'Merci pour votre candidature',
    'Merci de votre candidature',
    'Merci',
    'Succès',
    'Confirmation',
    'Connexion',
    'Se connecter',
    'Inscription',
    "S'inscrire",
    'Créer un compte',
    'Mes candidatures',
    'Vérifier',
    'Relire',
    'Soumettre',
    'Envoyer',
    'Carrières',
    'Carrière',
    'Emplois',
    'Emploi',
    "Offres d'emploi",
    'Recrutement',
    'Accueil',
  ],
  es: [
    'Perfil del candidato',
    'Perfil de candidato',
    'Mi perfil',
    'Solicitud',
    'Solicitud de empleo',
    'Postulación',
    'Aplicar',
    'Aplicar ahora',
    'Postular',
    'Postularse',
    'Postúlate',
    'Solicitar',
    'Solicitud enviada',
    'Solicitud recibida',
    'Postulación enviada',
    'Gracias por postularte',
    'Gracias por tu solicitud',
    'Gracias por su solicitud',
    'Gracias por tu postulación',
    'Gracias',
    'Éxito',
    'Confirmación',
    'Iniciar sesión',
    'Acceder',
    'Registrarse',
    'Crear cuenta',
    'Mis solicitudes',
    'Mis postulaciones',
    'Revisar',
    'Enviar',
    'Empleos',
    'Empleo',
    'Carreras',
    'Trabaja con nosotros',
    'Ofertas de empleo',
    'Vacantes',
    'Inicio',
  ],
  nl: [
    'Kandidaatprofiel',
    'Mijn profiel',
    'Sollicitatie',
    'Sollicitatieformulier',
    'Solliciteer',
    'Solliciteren',
    'Solliciteer nu',
    'Direct solliciteren',
    'Sollicitatie verzonden',
    'Sollicitatie verstuurd',
    'Sollicitatie ontvangen',
    'Sollicitatie ingediend',
    'Bedankt voor je sollicitatie',
    'Bedankt voor uw sollicitatie',
    'Bedankt',
    'Gelukt',
    'Succes',
    'Bevestiging',
    'Inloggen',
    'Aanmelden',
    'Registreren',
    'Account aanmaken',
    'Mijn sollicitaties',
    'Controleren',
    'Verzenden',
    'Indienen',
    'Vacatures',
    'Vacature',
    'Werken bij',
    'Carrière',
    'Loopbaan',
  ],
  pt: [
    'Perfil do candidato',
    'Meu perfil',
    'O meu perfil',
    'Candidatura',
    'Formulário de candidatura',
    'Candidatar-se',
    'Candidatar',
    'Candidate-se',
    'Candidate-se agora',
    'Inscrever-se',
    'Candidatura enviada',
    'Candidatura submetida',
    'Candidatura recebida',
    'Obrigado pela sua candidatura',
    'Obrigado por se candidatar',
    'Obrigado',
    'Obrigada',
    'Sucesso',
    'Confirmação',
    'Entrar',
    'Iniciar sessão',
    'Criar conta',
    'Minhas candidaturas',
    'As minhas candidaturas',
    'Revisar',
    'Rever',
    'Enviar',
    'Submeter',
    'Carreiras',
    'Vagas',
    'Empregos',
    'Trabalhe conosco',
    'Trabalhe connosco',
    'Início',
  ],
  it: [
    'Profilo candidato',
    'Profilo del candidato',
    'Il mio profilo',
    'Candidatura',
    'Modulo di candidatura',
    'Candidati',
    'Candidati ora',
    'Candidatura inviata',
    'Candidatura ricevuta',
    'Grazie per la tua candidatura',
    'Grazie per la candidatura',
    'Grazie per la sua candidatura',
    'Grazie',
    'Successo',
    'Conferma',
    'Accedi',
    'Registrati',
    'Crea un account',
    'Le mie candidature',
    'Rivedi',
    'Invia',
    'Invia candidatura',
    'Carriere',
    'Lavora con noi',
    'Offerte di lavoro',
    'Posizioni aperte',
  ],
};

/**
 * Names of the job sites and applicant-tracking systems themselves: what a page of theirs names when it
 * names no employer ("Greenhouse", "LinkedIn"). Never a job title or, read from a page of theirs, a company.
 */
export const PLATFORM_NAMES: readonly string[] = [
  'Ashby',
  'AshbyHQ',
  'BambooHR',
  'Breezy',
  'Breezy HR',
  'Glassdoor',
  'Greenhouse',
  'iCIMS',
  'Indeed',
  'Indeed.com',
  'Indeed Apply',
  'JazzHR',
  'The Resumator',
  'Jobvite',
  'Lever',
  'LinkedIn',
  'Personio',
  'Recruitee',
  'SmartRecruiters',
  'Teamtailor',
  'Wellfound',
  'AngelList',
  'AngelList Talent',
  'Workable',
  'Workday',
  'ZipRecruiter',
];

/** Lower case, accents dropped, punctuation at either end and repeated spaces folded. */
export function normalizePhrase(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .trim();
}

let stepSet: ReadonlySet<string> | undefined;
let platformSet: ReadonlySet<string> | undefined;

function steps(): ReadonlySet<string> {
  stepSet ??= new Set(Object.values(STEP_PHRASES).flat().map(normalizePhrase));
  return stepSet;
}

function platforms(): ReadonlySet<string> {
  platformSet ??= new Set(PLATFORM_NAMES.map(normalizePhrase));
  return platformSet;
}

/** The whole text is a step or status of applying ("Apply now", "Kandidatenprofil", "Thank you for applying!"). */
export function isStepPhrase(text: string): boolean {
  const n = normalizePhrase(text);
  return n !== '' && steps().has(n);
}

/** The whole text is the name of a job site or applicant-tracking system ("LinkedIn", "Indeed.com"). */
export function isPlatformName(text: string): boolean {
  const n = normalizePhrase(text);
  return n !== '' && platforms().has(n);
}

/** Separators between the parts of a page title: " - ", " – ", " — ", " | ", " · ", " • ", ": ". */
const SEPARATED_TAIL = /^(.*\S)\s*(?:\s[-–—|·•]\s|:\s)\s*(.+)$/s;

/**
 * A title with step phrases or site names appended, trimmed to the real title:
 * "Quality Assurance Technician - Candidate Profile" → "Quality Assurance Technician",
 * "Data Analyst | Apply" → "Data Analyst". A title that is nothing but a step phrase is left as it is
 * (`isStepPhrase` rejects it); a title without such a tail is returned unchanged.
 */
export function stripStepSuffix(title: string): string {
  let t = title.trim();
  for (let i = 0; i < 4; i++) {
    const m = SEPARATED_TAIL.exec(t);
    if (!m) break;
    const [, head = '', tail = ''] = m;
    if (!isStepPhrase(tail) && !isPlatformName(tail)) break;
    const rest = head.trim();
    if (!normalizePhrase(rest)) break;
    t = rest;
  }
  return t;
}

/** Separators after a leading step phrase: "Apply: ", "Apply - ", "Bewerbung | ". */
const SEPARATED_HEAD = /^(.+?)(?:\s[-–—|·•]\s|:\s)\s*(.*\S)$/s;

/**
 * A title with step phrases before or after it, trimmed to the real title: "Apply: Maintenance Planner"
 * → "Maintenance Planner", and everything `stripStepSuffix` does. For job titles only: in a document
 * title "Careers | Acme" the part after a leading step is the company, not the job.
 */
export function stripStepPhrases(title: string): string {
  let t = stripStepSuffix(title);
  for (let i = 0; i < 2; i++) {
    const m = SEPARATED_HEAD.exec(t);
    if (!m) break;
    const [, head = '', rest = ''] = m;
    if (!isStepPhrase(head) || !normalizePhrase(rest)) break;
    t = rest.trim();
  }
  return t;
}
