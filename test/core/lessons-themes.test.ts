// Lessons themes are real phrases: stop words of seven languages come from the `stopword` package, words that
// every job-search lesson contains are never a theme alone, and a theme recurs in two applications at least.
import { describe, expect, it } from 'vitest';
import type { Application, Lessons, Status } from '../../src/core/application';
import { findThemes, groupLessons } from '../../src/core/lessons';

let seq = 0;
function closed(lessons: Partial<Lessons>, path: Status[] = ['applied', 'interviewing', 'rejected']): Application {
  seq++;
  const history = path.map((status, i) => ({ status, at: new Date(Date.UTC(2026, 8, 1 + i, 0, seq)).toISOString() }));
  return {
    id: `t-${String(seq).padStart(3, '0')}`,
    company: `Employer ${seq}`,
    companyKey: `employer ${seq}`,
    title: 'Engineer',
    location: '',
    url: '',
    source: 'manual',
    appliedAt: history[0]!.at,
    status: path[path.length - 1]!,
    history,
    notes: '',
    lessons: { wentWell: '', couldImprove: '', feedback: '', ...lessons },
    capture: { method: 'manual', signal: '' },
    createdAt: history[0]!.at,
    updatedAt: history[0]!.at,
    dedupeKey: `id:${seq}`,
  };
}

const terms = (apps: Application[], stage: Parameters<typeof findThemes>[1] = 'interviewing') => findThemes(apps, stage).map((t) => t.term);

describe('lessons themes', () => {
  it('never offers a word every job-search lesson contains, and names the phrase that recurs', () => {
    const apps = [
      closed({ couldImprove: 'Prepare system design for the interview; I went in cold', feedback: 'More work on architecture' }),
      closed({ feedback: 'The system design round was weak. Good work otherwise.' }),
      closed({ wentWell: 'The work sample went well', couldImprove: 'Talk about the company more' }),
    ];
    const themes = findThemes(apps, 'interviewing');
    expect(themes.map((t) => t.text)).toContain('2 of 3 rejections after an interview mention system design');
    expect(themes.some((t) => /mention (work|interview|company|went)$/.test(t.text))).toBe(false);
    expect(themes.map((t) => t.term)).toEqual(['system design']);
  });

  it('never offers how feedback tells what the other side did ("they wanted", "they liked") as a theme', () => {
    const apps = [
      closed({ feedback: 'They wanted more visual craft.', wentWell: 'They liked the accessibility focus.' }),
      closed({ feedback: 'They wanted more B2B depth.', wentWell: 'They liked my questions.' }),
      closed({ feedback: 'Strong candidate; they went with internal experience.' }),
    ];
    expect(terms(apps)).not.toContain('wanted');
    expect(terms(apps)).not.toContain('liked');
  });

  it('drops stop words in German, French, Spanish, Dutch, Portuguese and Italian as well as English', () => {
    const apps = [
      closed({ couldImprove: 'Ich hätte mehr über die Gehaltsvorstellungen sagen sollen, und sie war nicht zufrieden' }),
      closed({ couldImprove: 'Die Gehaltsvorstellungen waren zu hoch und sie war nicht überzeugt' }),
      closed({ feedback: 'Nous avons parlé de la rémunération. Il faut être plus précis sur cette rémunération' }),
      closed({ feedback: 'Ils ont dit que la rémunération est trop haute pour nous' }),
      closed({ feedback: 'Falta experiencia con los clientes y con las ventas' }),
      closed({ feedback: 'Poca experiencia con los clientes' }),
      closed({ couldImprove: 'Het gesprek over de portfolio was te kort en het was niet duidelijk' }),
      closed({ couldImprove: 'De portfolio was niet sterk genoeg en het ging snel' }),
    ];
    const found = terms(apps);
    expect(found).toEqual(expect.arrayContaining(['gehaltsvorstellungen', 'rémunération', 'experiencia', 'clientes', 'portfolio']));
    for (const stop of ['die', 'und', 'sie', 'war', 'nicht', 'la', 'nous', 'que', 'los', 'con', 'het', 'de', 'niet', 'was']) {
      expect(found).not.toContain(stop);
    }
  });

  it('needs two different applications: one lesson repeating a phrase is not a theme', () => {
    const apps = [
      closed({ couldImprove: 'Salary expectations. Salary expectations again.', feedback: 'Salary expectations were off' }),
      closed({ couldImprove: 'Portfolio was thin' }),
    ];
    expect(findThemes(apps, 'interviewing')).toEqual([]);
  });

  it('keeps a context word inside a phrase with a real word, never alone', () => {
    const apps = [
      closed({ couldImprove: 'Interview nerves got the better of me' }),
      closed({ wentWell: 'Handled interview nerves this time' }),
      closed({ couldImprove: 'Interview was long' }),
    ];
    expect(terms(apps)).toEqual(['interview nerves']);
  });

  it('shows the themes per stage reached, from the lessons of that stage only', () => {
    const groups = groupLessons([
      closed({ couldImprove: 'System design depth' }),
      closed({ couldImprove: 'Weak system design' }),
      closed({ couldImprove: 'Cover letter too generic' }, ['applied', 'rejected']),
      closed({ couldImprove: 'Generic cover letter' }, ['applied', 'ghosted']),
    ]);
    expect(groups.map((g) => [g.stage, g.themes.map((t) => t.text)])).toEqual([
      ['interviewing', ['2 of 2 rejections after an interview mention system design']],
      // "generic" comes from the same two lessons as "cover letter": one theme.
      ['applied', ['2 of 2 closed applications at the application stage mention cover letter']],
    ]);
  });
});

describe('a word from the same lessons as a phrase', () => {
  it('is not listed next to that phrase, but is when it comes from other lessons', () => {
    const apps = [
      closed({ couldImprove: 'Salary expectations came too early.' }),
      closed({ couldImprove: 'I named my salary expectations too early' }),
      closed({ couldImprove: 'Portfolio review felt rushed' }),
      closed({ couldImprove: 'Rushed the portfolio' }),
    ];
    expect(terms(apps)).toEqual(['salary expectations', 'portfolio', 'rushed']);
  });
});
