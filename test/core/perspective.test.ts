import { describe, expect, it } from 'vitest';
import type { Application, HistoryEntry, Status } from '../../src/core/application';
import raw from '../../src/core/reference-figures.json';
import { closingPerspective, parseReferenceFigures, REFERENCE_SOURCES, sourceName } from '../../src/core/perspective';

let seq = 0;
function app(path: Status[]): Application {
  seq++;
  const history: HistoryEntry[] = path.map((status, i) => ({ status, at: new Date(Date.UTC(2025, 0, 1 + i)).toISOString() }));
  return {
    id: `id-${seq}`,
    company: `C${seq}`,
    companyKey: `c${seq}`,
    title: 'Engineer',
    location: '',
    url: '',
    source: 'manual',
    appliedAt: history[0]!.at,
    status: path[path.length - 1]!,
    history,
    notes: '',
    lessons: { wentWell: '', couldImprove: '', feedback: '' },
    capture: { method: 'manual', signal: '' },
    createdAt: history[0]!.at,
    updatedAt: history[0]!.at,
    dedupeKey: `id:${seq}`,
  };
}

function many(n: number, path: Status[]): Application[] {
  return Array.from({ length: n }, () => app(path));
}

describe('reference figures', () => {
  it('ships the CareerPlug 2025 figures, with their source named', () => {
    const [careerplug] = REFERENCE_SOURCES;
    expect(careerplug?.year).toBe(2025);
    expect(sourceName(careerplug!)).toBe("CareerPlug's 2025 Recruiting Metrics Report");
    expect(careerplug?.figures.map((f) => [f.id, f.rate])).toEqual([
      ['applicant-to-interview', 0.03],
      ['interview-to-hire', 0.27],
    ]);
    expect(REFERENCE_SOURCES).toEqual(parseReferenceFigures(raw));
  });

  it('drops malformed entries from the data file rather than showing them', () => {
    const parsed = parseReferenceFigures({
      sources: [
        { publisher: 'X', title: 'No year', figures: [{ id: 'a', rate: 0.1, text: 't' }] },
        {
          publisher: 'Y',
          title: 'Survey',
          year: 2024,
          url: 'javascript:alert(1)',
          figures: [
            { id: 'a', rate: 3, text: 'bad rate' },
            { id: 'b', rate: 0.5, text: 'half' },
          ],
        },
      ],
    });
    expect(parsed).toHaveLength(1);
    expect(parsed[0]).toMatchObject({ publisher: 'Y', url: '', figures: [{ id: 'b', rate: 0.5, text: 'half' }] });
    expect(sourceName(parsed[0]!)).toBe("Y's Survey (2024)");
    expect(parseReferenceFigures('nope')).toEqual([]);
  });
});

describe('closingPerspective', () => {
  // 40 applications: 6 active (5 applied, 1 interviewing), 5 reached an interview in all, the rest closed.
  const before = [
    ...many(8, ['applied', 'rejected']),
    ...many(4, ['applied', 'interviewing', 'ghosted']),
    ...many(5, ['applied']),
    ...many(1, ['applied', 'interviewing']),
    ...many(21, ['applied', 'ghosted']),
  ];
  const current = app(['applied', 'screening']);
  const apps = [...before, current];

  /** Every number in a text, so a test can check that no figure is said twice. */
  const numbers = (text: string) => text.match(/\d+%?/g) ?? [];

  it('rejected without an interview: own numbers, then the published figure with its source, each once', () => {
    const p = closingPerspective(apps, current.id, 'rejected');
    expect(p.proportion).toBe(
      '5 of your 40 applications reached an interview, more than most people manage, so this one says little about you.',
    );
    expect(p.notAlone).toBe(
      'You are not alone: about 3% of applicants get an interview, so most applications end like this one, for everyone.',
    );
    expect(p.source && sourceName(p.source)).toBe("CareerPlug's 2025 Recruiting Metrics Report");
    const all = [...numbers(p.proportion), ...numbers(p.notAlone)];
    expect(new Set(all).size).toBe(all.length);
    expect(`${p.proportion} ${p.notAlone}`).not.toContain('CareerPlug');
  });

  it('rejected after an interview: speaks of how interviews end', () => {
    const interviewed = app(['applied', 'interviewing', 'rejected']);
    const p = closingPerspective([...before, interviewed], interviewed.id, 'rejected');
    expect(p.proportion).toBe(
      'You got to an interview here, further than most applications go, and 6 other applications are still in play.',
    );
    expect(p.notAlone).toBe('You are not alone: about 27% of interviews end in a hire, so most interviews end this way, for everyone.');
    expect(p.source?.id).toBe('careerplug-2025');
  });

  it('rejected with a low interview rate: counts what is still in play instead', () => {
    const few = [...many(9, ['applied', 'rejected']), ...many(2, ['applied']), app(['applied'])];
    const last = few[few.length - 1]!;
    expect(closingPerspective(few, last.id, 'rejected').proportion).toBe(
      'One answer among your 12 applications, and 2 other applications are still in play.',
    );
    const first = app(['applied', 'rejected']);
    expect(closingPerspective([first], first.id, 'rejected').proportion).toMatch(/^Early in a search/);
  });

  it('ghosted: no feedback assumed, no number it cannot cite, no source', () => {
    const p = closingPerspective(apps, current.id, 'ghosted');
    expect(p.proportion).toBe(
      'A silence says more about a crowded hiring inbox than about you, and 6 other applications are still in play.',
    );
    expect(p.notAlone).toMatch(/^You are not alone: /);
    expect(numbers(p.notAlone)).toEqual([]);
    expect(p.source).toBeUndefined();
  });

  it("withdrawn: the choice was the user's, said without a number", () => {
    const alone = app(['applied', 'interviewing']);
    const p = closingPerspective([alone], alone.id, 'withdrawn');
    expect(p.proportion).toBe('Stepping back was your choice, and knowing what you do not want makes the next choice easier.');
    expect(p.notAlone).toMatch(/^You are not alone: many people step out/);
    expect(p.source).toBeUndefined();
  });

  it('says it without a number when the figures file has none for the case', () => {
    const interviewed = app(['applied', 'interviewing', 'rejected']);
    const p = closingPerspective([interviewed], interviewed.id, 'rejected', []);
    expect(p.notAlone).toBe('You are not alone: most interviews end without an offer, for everyone.');
    expect(p.source).toBeUndefined();
  });

  it('reads the figures it is given, not hard-coded ones', () => {
    const first = app(['applied', 'rejected']);
    const sources = parseReferenceFigures({
      sources: [
        {
          publisher: 'Acme Research',
          title: 'Hiring Study 2030',
          year: 2030,
          figures: [{ id: 'applicant-to-interview', rate: 0.05, text: 'about 5% of applicants get an interview' }],
        },
      ],
    });
    const p = closingPerspective([first], first.id, 'rejected', sources);
    expect(p.notAlone).toBe(
      'You are not alone: about 5% of applicants get an interview, so most applications end like this one, for everyone.',
    );
    expect(p.source && sourceName(p.source)).toBe("Acme Research's Hiring Study 2030");
  });
});
