import { describe, expect, it } from 'vitest';
import type { Application, HistoryEntry, Lessons, Status } from '../../src/core/application';
import { findThemes, groupLessons, offersReflection, stageReached, tokenize } from '../../src/core/lessons';

let seq = 0;
function app(company: string, path: Status[], lessons: Partial<Lessons> = {}): Application {
  seq++;
  const history: HistoryEntry[] = path.map((status, i) => ({ status, at: new Date(Date.UTC(2025, 0, 1 + i, 0, seq)).toISOString() }));
  const status = path[path.length - 1] ?? 'applied';
  return {
    id: `id-${String(seq).padStart(3, '0')}`,
    company,
    companyKey: company.toLowerCase(),
    title: 'Engineer',
    location: '',
    url: '',
    source: 'manual',
    appliedAt: history[0]?.at ?? '2025-01-01T00:00:00.000Z',
    status,
    history,
    notes: '',
    lessons: { wentWell: '', couldImprove: '', feedback: '', ...lessons },
    capture: { method: 'manual', signal: '' },
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    dedupeKey: `id:${seq}`,
  };
}

describe('reflection and stage reached', () => {
  it('offers reflection after a rejection, ghosting or withdrawal only', () => {
    expect(['rejected', 'ghosted', 'withdrawn'].every((s) => offersReflection(s as Status))).toBe(true);
    expect(['applied', 'screening', 'interviewing', 'offer', 'accepted'].some((s) => offersReflection(s as Status))).toBe(false);
  });

  it('finds the furthest stage in the history, whatever came after', () => {
    expect(stageReached(app('A', ['applied', 'rejected']))).toBe('applied');
    expect(stageReached(app('A', ['applied', 'screening', 'rejected']))).toBe('screening');
    expect(stageReached(app('A', ['applied', 'interviewing', 'screening', 'ghosted']))).toBe('interviewing');
    expect(stageReached(app('A', ['applied', 'offer', 'withdrawn']))).toBe('offer');
    expect(stageReached(app('A', ['applied', 'accepted']))).toBe('offer');
    // An empty history still counts the current status.
    expect(stageReached({ status: 'screening', history: [] })).toBe('screening');
    expect(stageReached({ status: 'rejected', history: [] })).toBe('applied');
  });
});

describe('groupLessons', () => {
  const interviewRejections = [
    app('Acme', ['applied', 'interviewing', 'rejected'], { couldImprove: 'Prepare system design more deeply.' }),
    app('Beta', ['applied', 'screening', 'interviewing', 'rejected'], { feedback: 'Weak on System Design; good culture fit.' }),
    app('Gamma', ['applied', 'interviewing', 'rejected'], {
      couldImprove: 'The system-design round went badly',
      wentWell: 'Good rapport with the team',
    }),
    app('Delta', ['applied', 'interviewing', 'rejected'], { couldImprove: 'Salary expectations were too high' }),
    app('Eps', ['applied', 'interviewing', 'rejected']),
  ];

  it('groups closed applications by stage reached, furthest first, and ignores active ones', () => {
    const groups = groupLessons([
      ...interviewRejections,
      app('Zeta', ['applied', 'ghosted']),
      app('Eta', ['applied', 'screening', 'withdrawn']),
      app('Theta', ['applied', 'interviewing']),
    ]);
    expect(groups.map((g) => [g.stage, g.applications.length, g.withLessons])).toEqual([
      ['interviewing', 5, 4],
      ['screening', 1, 0],
      ['applied', 1, 0],
    ]);
    expect(groups[0]?.label).toBe('after an interview');
  });

  it('names recurring themes the way a person would say them', () => {
    const [group] = groupLessons(interviewRejections);
    expect(group?.themes[0]?.text).toBe('3 of 4 rejections after an interview mention system design');
    expect(group?.themes[0]?.applicationIds).toHaveLength(3);
    // "system" and "design" alone add nothing once the phrase covers them.
    expect(group?.themes.map((t) => t.term)).not.toContain('design');
    expect(group?.themes.map((t) => t.term)).not.toContain('system');
  });

  it('counts a word once per application, skips stopwords and needs two applications', () => {
    const apps = [
      app('A', ['applied', 'rejected'], { couldImprove: 'the the the cover letter cover letter' }),
      app('B', ['applied', 'rejected'], { couldImprove: 'Nothing about the letter' }),
    ];
    const themes = findThemes(apps, 'applied');
    expect(themes.map((t) => [t.term, t.count])).toEqual([['letter', 2]]);
    expect(themes[0]?.text).toBe('2 of 2 rejections at the application stage mention letter');
  });

  it('does not join words across a sentence break into a phrase', () => {
    const apps = [
      app('A', ['applied', 'rejected'], { couldImprove: 'Practise design. Portfolio was thin' }),
      app('B', ['applied', 'rejected'], { couldImprove: 'Better design; portfolio lacked depth' }),
    ];
    expect(
      findThemes(apps, 'applied')
        .map((t) => t.term)
        .sort(),
    ).toEqual(['design', 'portfolio']);
  });

  it('treats singular and plural as one word and calls mixed outcomes closed applications', () => {
    const apps = [
      app('A', ['applied', 'screening', 'ghosted'], { couldImprove: 'More questions about salary' }),
      app('B', ['applied', 'screening', 'rejected'], { feedback: 'Asked no question at the end' }),
    ];
    expect(findThemes(apps, 'screening')[0]?.text).toBe('2 of 2 closed applications after a screening mention question');
  });

  it('tokenises any script and keeps terms like c++', () => {
    expect(tokenize("Didn't know C++ — Größe matters")).toEqual(['didnt', 'know', 'c++', 'größe', 'matters']);
  });
});

describe('recurring themes read as one phrase per idea', () => {
  it('does not repeat "system design" as "design questions" or "practise system", nor list "asked"', () => {
    const path: Status[] = ['applied', 'interviewing', 'rejected'];
    const apps = [
      app('A', path, { couldImprove: 'Practise system design questions', feedback: 'They asked for more depth' }),
      app('B', path, { couldImprove: 'Practise system design questions', feedback: 'They asked for more depth' }),
      app('C', path, { couldImprove: 'Practise system design questions', feedback: 'They asked for more depth' }),
      app('D', path, { feedback: 'System design was the gap' }),
    ];
    const terms = findThemes(apps, 'interviewing').map((t) => t.term);
    expect(terms[0]).toBe('system design');
    expect(terms).not.toContain('design questions');
    expect(terms).not.toContain('practise system');
    expect(terms).not.toContain('asked');
    expect(terms).toContain('depth');
  });
});
