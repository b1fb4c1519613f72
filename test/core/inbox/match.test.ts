import { describe, expect, it } from 'vitest';
import { companyKey } from '../../../src/core/company-key';
import { matchEmail, readEmail, senderDomain, similarTitles } from '../../../src/core/inbox';
import type { EmailInput, KnownApplication } from '../../../src/core/inbox/types';

let n = 0;
function app(company: string, title: string, status = 'applied'): KnownApplication {
  n += 1;
  return { id: `app-${n}`, company, companyKey: companyKey(company), title, status, appliedAt: '2026-02-01T10:00:00Z' };
}
const mail = (from: string, subject: string, body: string): EmailInput => ({ from, subject, body, date: '2026-03-02T09:00:00Z' });
const REJECT = 'Unfortunately, we have decided to move forward with other candidates.';

describe('senderDomain', () => {
  it('reads the domain of a named or bare address, lower-cased', () => {
    expect(senderDomain('Acme Talent <Talent@Careers.ACME.com>')).toBe('careers.acme.com');
    expect(senderDomain('jobs@acme.de')).toBe('acme.de');
    expect(senderDomain('"Acme, Inc." <no-reply@us.greenhouse-mail.io>')).toBe('us.greenhouse-mail.io');
    expect(senderDomain('Acme Talent')).toBe('');
    expect(senderDomain('')).toBe('');
    expect(senderDomain(undefined)).toBe('');
  });
});

describe('matchEmail: the employer', () => {
  it('finds the employer in the sender name of a tracking-system mail, never in the ATS domain', () => {
    const acme = app('Acme Inc.', 'Data Analyst');
    const greenhouse = app('Greenhouse', 'Engineer');
    const m = matchEmail(mail('Acme via Greenhouse <no-reply@us.greenhouse-mail.io>', 'Update', REJECT), [acme, greenhouse]);
    expect(m).toMatchObject({ strength: 'exact', applicationId: acme.id, candidates: [acme.id] });
  });

  it("reads the employer from the sender's own domain", () => {
    const acme = app('ACME Corporation', 'Designer');
    const m = matchEmail(mail('Jane Doe <jane.doe@acme.com>', 'Quick update', REJECT), [acme, app('Globex', 'Designer')]);
    expect(m).toMatchObject({ strength: 'exact', applicationId: acme.id, reason: 'sender domain' });
  });

  it('reads the tenant a tracking system puts in the address', () => {
    const umbrella = app('Umbrella', 'Chemist');
    expect(matchEmail(mail('<umbrella@myworkday.com>', 'Your application', REJECT), [umbrella]).applicationId).toBe(umbrella.id);
  });

  it('finds the employer in the subject and the body', () => {
    const initech = app('Initech', 'Tester');
    expect(matchEmail(mail('<no-reply@hire.lever.co>', 'Your application to Initech', REJECT), [initech]).applicationId).toBe(initech.id);
    expect(
      matchEmail(mail('<no-reply@hire.lever.co>', 'Update', `Thank you for applying to Initech. ${REJECT}`), [initech]).applicationId,
    ).toBe(initech.id);
  });

  it('uses the aliases the user joined', () => {
    const fb = app('Facebook', 'Data Scientist');
    const aliases = new Map([['meta', 'facebook']]);
    const m = matchEmail(mail('Meta Recruiting <no-reply@meta.com>', 'Your application', REJECT), [fb], aliases);
    expect(m).toMatchObject({ strength: 'exact', applicationId: fb.id });
    expect(matchEmail(mail('Meta Recruiting <no-reply@meta.com>', 'Your application', REJECT), [fb]).strength).toBe('none');
  });

  it('never matches a look-alike name: Meta is not metadata or Metabase, Square is not Squarespace', () => {
    const meta = app('Meta', 'Engineer');
    const square = app('Square', 'Engineer');
    const apps = [meta, square];
    expect(matchEmail(mail('Metabase Hiring <jobs@metabase.com>', 'Your application to Metabase', REJECT), apps).strength).toBe('none');
    expect(matchEmail(mail('<no-reply@greenhouse.io>', 'Update', `Your metadata was updated. ${REJECT}`), apps).strength).toBe('none');
    expect(matchEmail(mail('Squarespace Careers <careers@squarespace.com>', 'Squarespace application', REJECT), apps).strength).toBe(
      'none',
    );
  });

  it('counts a common-word employer only in a strong position', () => {
    const notion = app('Notion', 'Designer');
    const apple = app('Apple', 'Engineer');
    const apps = [notion, apple];
    // Anywhere in the body: no.
    expect(
      matchEmail(mail('<no-reply@greenhouse.io>', 'Update', `I had a notion that an apple a day helps. ${REJECT}`), apps).strength,
    ).toBe('none');
    // "at Notion", "the Apple team", the sender's name: yes.
    expect(
      matchEmail(mail('<no-reply@greenhouse.io>', 'Update', `Thank you for your interest in the Designer role at Notion. ${REJECT}`), apps)
        .applicationId,
    ).toBe(notion.id);
    expect(matchEmail(mail('Apple Recruiting <no-reply@greenhouse.io>', 'Update', REJECT), apps).applicationId).toBe(apple.id);
  });

  it('"Indeed" as a word is not the employer Indeed, and a job-board domain names nobody', () => {
    const indeed = app('Indeed', 'Analyst');
    expect(matchEmail(mail('Acme <no-reply@indeed.com>', 'Update', `We are indeed sorry. ${REJECT}`), [indeed]).strength).toBe('none');
  });

  it('is none when two known employers are named as strongly', () => {
    const m = matchEmail(mail('<no-reply@greenhouse.io>', 'Acme and Globex', REJECT), [app('Acme', 'A'), app('Globex', 'B')]);
    expect(m).toMatchObject({ strength: 'none', applicationId: null, candidates: [] });
  });

  it('is none without any known employer', () => {
    expect(matchEmail(mail('<no-reply@greenhouse.io>', 'Update', REJECT), [app('Acme', 'A')]).strength).toBe('none');
    expect(matchEmail(mail('<no-reply@greenhouse.io>', 'Update', REJECT), []).strength).toBe('none');
  });
});

describe('matchEmail: several applications at one employer', () => {
  it('tells them apart by the job title, preferring the longest title the email names', () => {
    const analyst = app('Acme', 'Data Analyst');
    const senior = app('Acme', 'Senior Data Analyst');
    const apps = [analyst, senior];
    const a = matchEmail(mail('Acme Careers <jobs@acme.com>', 'Your application for Senior Data Analyst', REJECT), apps);
    expect(a).toMatchObject({ strength: 'exact', applicationId: senior.id });
    const b = matchEmail(
      mail('Acme Careers <jobs@acme.com>', 'Update', `Thank you for applying for the Data Analyst position. ${REJECT}`),
      apps,
    );
    expect(b).toMatchObject({ strength: 'exact', applicationId: analyst.id, reason: 'sender domain; title in body' });
  });

  it('ignores gender markers and qualifiers in titles', () => {
    const dev = app('Muster GmbH', 'Backend Developer (m/w/d)');
    const ops = app('Muster GmbH', 'DevOps Engineer (m/w/d)');
    const m = matchEmail(
      mail(
        'Muster GmbH <jobs@muster.de>',
        'Ihre Bewerbung als Backend Developer',
        'Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Bewerber entschieden haben.',
      ),
      [dev, ops],
    );
    expect(m).toMatchObject({ strength: 'exact', applicationId: dev.id });
  });

  it('is ambiguous without a title, among the active applications', () => {
    const a = app('Acme', 'Designer');
    const b = app('Acme', 'Engineer');
    const closed = app('Acme', 'Support', 'rejected');
    const m = matchEmail(mail('Acme Careers <jobs@acme.com>', 'Update', REJECT), [a, b, closed]);
    expect(m.strength).toBe('ambiguous');
    expect(m.applicationId).toBeNull();
    expect(m.candidates.sort()).toEqual([a.id, b.id].sort());
  });

  it('prefers the one active application over closed ones', () => {
    const open = app('Acme', 'Designer');
    const old = app('Acme', 'Designer Intern', 'rejected');
    const m = matchEmail(mail('Acme Careers <jobs@acme.com>', 'Update', REJECT), [open, old]);
    expect(m).toMatchObject({ strength: 'exact', applicationId: open.id });
  });

  it('does not pin an email naming another job on the one application there', () => {
    const designer = app('Acme', 'Product Designer');
    const m = matchEmail(mail('Acme Careers <jobs@acme.com>', 'Your application for Sales Manager at Acme', REJECT), [designer]);
    expect(m.strength).toBe('none');
  });
});

describe('similarTitles', () => {
  it('compares words, not strings', () => {
    expect(similarTitles('Senior Data Analyst', 'Data Analyst (m/w/d)')).toBe(true);
    expect(similarTitles('Sr. Data Analyst', 'Senior Data Analyst')).toBe(true);
    expect(similarTitles('Sales Manager', 'Product Designer')).toBe(false);
    expect(similarTitles('', 'Designer')).toBe(false);
  });
});

describe('readEmail', () => {
  it('returns kind, match, the named employer and title, the sender domain and a quote', () => {
    const acme = app('Acme', 'Data Analyst');
    const v = readEmail(
      mail(
        'Acme Talent Team <no-reply@us.greenhouse-mail.io>',
        'Your application for Data Analyst at Acme',
        `Hi Jo,\n\nThank you for applying. ${REJECT}\n\nBest`,
      ),
      [acme],
    );
    expect(v).toMatchObject({
      kind: 'rejection',
      match: { strength: 'exact', applicationId: acme.id },
      company: 'Acme',
      title: 'Data Analyst',
      senderDomain: 'us.greenhouse-mail.io',
      quote: REJECT,
    });
    expect(v.confidence).toBeGreaterThan(0.8);
  });

  it('names the employer and job of a confirmation Baskets does not know yet', () => {
    const cases: [EmailInput, string, string][] = [
      [
        mail('Taleo <noreply@taleo.net>', 'Thank you for applying to Hooli', 'Thank you for applying. We have received your application.'),
        'Hooli',
        '',
      ],
      [
        mail(
          'Hooli Recruiting <noreply@taleo.net>',
          'Application received',
          'We have received your application for the Data Engineer position at Hooli.',
        ),
        'Hooli',
        'Data Engineer',
      ],
      [
        mail('Beispiel <noreply@beispiel.de>', 'Bewerbung als Data Analyst bei Beispiel AG', 'Vielen Dank für Ihre Bewerbung.'),
        'Beispiel AG',
        'Data Analyst',
      ],
      [mail('Pied Piper Hiring Team <jobs@piedpiper.com>', 'Thanks for applying', 'Thanks for applying!'), 'Pied Piper', ''],
      [
        mail('LinkedIn <jobs-noreply@linkedin.com>', 'Jane, your application was sent to Soylent', 'Your application was sent to Soylent'),
        'Soylent',
        '',
      ],
    ];
    for (const [email, company, title] of cases) {
      const v = readEmail(email, []);
      expect(v.kind).toBe('confirmation');
      expect(v.company).toBe(company);
      expect(v.title).toBe(title);
      expect(v.match.strength).toBe('none');
    }
  });
});

describe('readEmail: mail about no application matches none', () => {
  const acme = app('Acme', 'Data Analyst');
  it('a job alert naming a tracked employer', () => {
    const v = readEmail(
      mail('LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>', 'New jobs for you', 'Data Analyst at Acme. Apply now.'),
      [acme],
    );
    expect(v.kind).toBe('none');
    expect(v.match).toMatchObject({ strength: 'none', reason: 'not about an application' });
  });
  it("the employer's own newsletter", () => {
    const v = readEmail(mail('Acme <news@acme.com>', 'Acme product news', 'Our spring release is here. Read the newsletter online.'), [
      acme,
    ]);
    expect(v.match.strength).toBe('none');
  });
  it('and so is "your application was viewed": a `none` email matches no application (nothing is done with it)', () => {
    const v = readEmail(
      mail(
        'LinkedIn <jobs-noreply@linkedin.com>',
        'Your application was viewed by Acme',
        'Your application for Data Analyst was viewed by Acme.',
      ),
      [acme],
    );
    expect(v.kind).toBe('none');
    expect(v.match).toMatchObject({ strength: 'none', applicationId: null });
  });
  it("an unrelated mail from the employer's own domain is no match", () => {
    const v = readEmail(mail('Acme CI <ci@acme.com>', 'Pipeline failed for main', 'Your pipeline #4411 failed at stage test.'), [acme]);
    expect(v.kind).toBe('none');
    expect(v.match.strength).toBe('none');
  });
});

describe('readEmail: the job title named in the subject, in several languages', () => {
  const cases: [string, string][] = [
    ['Tu candidatura para Analista de Datos', 'Analista de Datos'],
    ['La tua candidatura per Sviluppatore Java', 'Sviluppatore Java'],
    ['Votre candidature au poste de Chef de projet', 'Chef de projet'],
    ['Je sollicitatie als Accountmanager', 'Accountmanager'],
    ['Ihre Bewerbung als Controller', 'Controller'],
    ['Your application for Data Analyst', 'Data Analyst'],
  ];
  for (const [subject, title] of cases) {
    it(subject, () => {
      expect(readEmail(mail('HR <hr@example.com>', subject, REJECT), []).title).toBe(title);
    });
  }
  it('never a title that is really a phrase about applying', () => {
    expect(
      readEmail(mail('HR <hr@example.com>', 'Update', `Thanks for applying to the Data Engineer role at Hooli. ${REJECT}`), []).title,
    ).toBe('Data Engineer');
  });
});

describe('readEmail: title and employer together in the subject', () => {
  it('reads both, in Dutch and Spanish', () => {
    expect(readEmail(mail('HR <hr@example.com>', 'Sollicitatie als Accountmanager bij Voorbeeld', REJECT), [])).toMatchObject({
      title: 'Accountmanager',
      company: 'Voorbeeld',
    });
    expect(readEmail(mail('HR <hr@example.com>', 'Candidatura para Analista en Ejemplo', REJECT), [])).toMatchObject({
      title: 'Analista',
      company: 'Ejemplo',
    });
  });
});

describe('matchEmail: sender domains with a legal form or careers word', () => {
  it('acme-corp.com and acmecareers.de are Acme Corp', () => {
    const acme = app('Acme Corp', 'Analyst');
    expect(matchEmail(mail('HR <hr@acme-corp.com>', 'Update', REJECT), [acme]).applicationId).toBe(acme.id);
    expect(matchEmail(mail('HR <hr@acmecareers.de>', 'Update', REJECT), [acme]).applicationId).toBe(acme.id);
  });
});

describe("matchEmail: a platform's own name", () => {
  it('"Indeed <noreply@indeed.com>" is not the employer Indeed, "Acme <…@indeedemail.com>" is Acme', () => {
    const indeed = app('Indeed', 'Product Manager');
    const acme = app('Acme', 'Analyst');
    expect(
      matchEmail(mail('Indeed <noreply@indeed.com>', 'Application submitted', 'Your application has been submitted.'), [indeed, acme])
        .strength,
    ).toBe('none');
    expect(
      matchEmail(mail('Indeed Apply <indeedapply@indeedemail.com>', 'Application submitted', 'Your application has been submitted.'), [
        indeed,
      ]).strength,
    ).toBe('none');
    expect(matchEmail(mail('Acme <reply-abc@indeedemail.com>', 'Update', REJECT), [indeed, acme]).applicationId).toBe(acme.id);
  });
});
