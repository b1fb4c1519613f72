import { describe, expect, it } from 'vitest';
import {
  isPlatformName,
  isStepPhrase,
  normalizePhrase,
  STEP_PHRASES,
  stripStepPhrases,
  stripStepSuffix,
} from '../../src/core/step-phrases';

describe('isStepPhrase', () => {
  // At least the login, apply, submitted, thanks, my-applications, review/submit, careers and profile steps, per language.
  const table: [lang: string, phrases: string[]][] = [
    [
      'en',
      [
        'Candidate Profile',
        'Application submitted',
        'Thank you for applying!',
        'Apply',
        'Apply now',
        'Login',
        'Sign in',
        'My applications',
        'Review',
        'Submit',
        'Job application',
        'Success!',
        'Careers',
        'Jobs',
      ],
    ],
    [
      'de',
      [
        'Kandidatenprofil',
        'Bewerbung abgeschickt',
        'Vielen Dank für Ihre Bewerbung',
        'Jetzt bewerben',
        'Anmelden',
        'Meine Bewerbungen',
        'Überprüfen',
        'Absenden',
        'Karriere',
        'Stellenangebote',
      ],
    ],
    [
      'fr',
      [
        'Profil du candidat',
        'Candidature envoyée',
        'Merci pour votre candidature',
        'Postuler',
        'Se connecter',
        'Mes candidatures',
        'Soumettre',
        'Carrières',
        'Offres d’emploi',
      ],
    ],
    [
      'es',
      [
        'Perfil del candidato',
        'Solicitud enviada',
        'Gracias por postularte',
        'Postularse',
        'Iniciar sesión',
        'Mis solicitudes',
        'Revisar',
        'Enviar',
        'Empleos',
      ],
    ],
    [
      'nl',
      [
        'Kandidaatprofiel',
        'Sollicitatie verzonden',
        'Bedankt voor je sollicitatie',
        'Solliciteer nu',
        'Inloggen',
        'Mijn sollicitaties',
        'Verzenden',
        'Vacatures',
      ],
    ],
    [
      'pt',
      [
        'Perfil do candidato',
        'Candidatura enviada',
        'Obrigado pela sua candidatura',
        'Candidate-se',
        'Entrar',
        'Minhas candidaturas',
        'Submeter',
        'Carreiras',
        'Vagas',
      ],
    ],
    [
      'it',
      [
        'Profilo candidato',
        'Candidatura inviata',
        'Grazie per la tua candidatura',
        'Candidati ora',
        'Accedi',
        'Le mie candidature',
        'Invia',
        'Lavora con noi',
      ],
    ],
  ];
  for (const [lang, phrases] of table) {
    for (const phrase of phrases) {
      it(`${lang}: "${phrase}" is a step, in any case and spacing`, () => {
        expect(isStepPhrase(phrase)).toBe(true);
        expect(isStepPhrase(`  ${phrase.toUpperCase()}  `)).toBe(true);
        expect(isStepPhrase(phrase.replace(/ /g, '   '))).toBe(true);
      });
    }
  }

  it('has a list for each of the seven languages, with no empty entries', () => {
    expect(Object.keys(STEP_PHRASES).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pt']);
    for (const list of Object.values(STEP_PHRASES)) for (const p of list) expect(normalizePhrase(p)).not.toBe('');
  });

  it.each([
    'Customer Success Manager',
    'Jobs Coordinator',
    'Review Analyst',
    'Login Systems Engineer',
    'Career Coach',
    'Applied Scientist',
    'Kandidatenbetreuer (m/w/d)',
    'Responsable Carrières',
    'Quality Assurance Technician',
    '',
  ])('"%s" is a real title (or nothing), not a step', (title) => {
    expect(isStepPhrase(title)).toBe(false);
  });
});

describe('isPlatformName', () => {
  it.each(['Indeed', 'indeed.com', 'LinkedIn', 'Greenhouse', 'WORKDAY', 'Lever', 'Glassdoor', 'ZipRecruiter'])('"%s" is a site', (name) => {
    expect(isPlatformName(name)).toBe(true);
  });
  it.each(['Acme', 'Leverage Labs', 'Greenhouse Gardens Ltd', 'Indeed Plumbing Co'])('"%s" is a company', (name) => {
    expect(isPlatformName(name)).toBe(false);
  });
});

describe('stripStepSuffix', () => {
  it.each([
    ['Quality Assurance Technician - Candidate Profile', 'Quality Assurance Technician'],
    ['Data Analyst | Apply', 'Data Analyst'],
    ['Data Analyst – Apply now', 'Data Analyst'],
    ['Senior Engineer - Careers - Candidate Profile', 'Senior Engineer'],
    ['Pflegefachkraft (m/w/d) - Jetzt bewerben', 'Pflegefachkraft (m/w/d)'],
    ['Chargé de clientèle | Postuler', 'Chargé de clientèle'],
    ['Enfermera - Solicitud enviada', 'Enfermera'],
    ['Verpleegkundige | Solliciteer nu', 'Verpleegkundige'],
    ['Analista de dados - Candidatura enviada', 'Analista de dados'],
    ['Cameriere · Candidati ora', 'Cameriere'],
    ['Line Cook - Indeed.com', 'Line Cook'],
    ['Staff Engineer: Review', 'Staff Engineer'],
  ])('"%s" → "%s"', (raw, title) => {
    expect(stripStepSuffix(raw)).toBe(title);
  });

  it.each([
    'Quality Assurance Technician',
    'Front-End Engineer',
    'Engineer - Payments',
    'Sales - Jobs Coordinator',
    'Candidate Profile',
    'Apply',
    'Customer Success',
  ])('leaves "%s" as it is', (title) => {
    expect(stripStepSuffix(title)).toBe(title);
  });
});

describe('stripStepPhrases', () => {
  it.each([
    ['Apply: Maintenance Planner', 'Maintenance Planner'],
    ['Jetzt bewerben - Pflegefachkraft (m/w/d)', 'Pflegefachkraft (m/w/d)'],
    ['Postuler | Chargé de clientèle - Candidature envoyée', 'Chargé de clientèle'],
    ['Quality Assurance Technician - Candidate Profile', 'Quality Assurance Technician'],
  ])('"%s" → "%s"', (raw, title) => {
    expect(stripStepPhrases(raw)).toBe(title);
  });

  it.each(['Sales - Jobs Coordinator', 'Engineer: Payments', 'Apply', 'Careers Advisor - Schools'])('leaves "%s" as it is', (title) => {
    expect(stripStepPhrases(title)).toBe(title);
  });
});
