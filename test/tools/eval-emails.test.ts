import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { companyKey } from '../../src/core/company-key';
import { MAIL_KINDS, type MailVerdict } from '../../src/core/inbox/types';
import {
  EvalInputError,
  KINDS,
  checkFolder,
  htmlToText,
  missedRequirements,
  parseArgs,
  parseRequire,
  readEmails,
  readEml,
  readJsonEmail,
  report,
  score,
  toJson,
  toKnownApplications,
} from './eval-emails.mjs';

const root = resolve(__dirname, '../..');
const setDir = join(root, 'test/emails');
const tool = join(root, 'test/tools/eval-emails.mjs');

/** A made-up prediction: what a classifier might answer, for scoring only. */
function verdict(
  kind: string,
  exact: string | null = null,
  strength: 'exact' | 'ambiguous' | 'none' = exact ? 'exact' : 'none',
): MailVerdict {
  return {
    kind: kind as MailVerdict['kind'],
    confidence: 0.9,
    match: {
      strength,
      applicationId: strength === 'exact' ? exact : null,
      candidates: strength === 'exact' && exact ? [exact] : strength === 'ambiguous' ? ['a', 'b'] : [],
      reason: 'test',
    },
    company: '',
    title: '',
    senderDomain: '',
    quote: `quote for ${kind}`,
  };
}

function row(file: string, kind: string, application: string | null, v: MailVerdict) {
  return { file, label: { file, kind, application }, verdict: v };
}

describe('scoring', () => {
  const rows = [
    row('r1', 'rejection', 'a', verdict('rejection', 'a')),
    row('r2', 'rejection', 'b', verdict('rejection', 'c')),
    row('r3', 'rejection', 'a', verdict('none')),
    row('i1', 'interview', 'a', verdict('interview', null, 'ambiguous')),
    row('i2', 'interview', null, verdict('rejection')),
    row('n1', 'none', null, verdict('none', 'a')),
    row('n2', 'none', null, verdict('none')),
  ];
  const s = score(rows);

  it('computes precision, recall and n per kind from the confusion table', () => {
    expect(s.confusion.rejection).toEqual({ rejection: 2, interview: 0, offer: 0, assessment: 0, confirmation: 0, none: 1 });
    expect(s.confusion.interview.interview).toBe(1);
    expect(s.confusion.interview.rejection).toBe(1);
    // rejection: 2 right out of 3 predicted (r1, r2, i2) and 3 labelled
    expect(s.kinds.rejection.precision).toBeCloseTo(2 / 3);
    expect(s.kinds.rejection.recall).toBeCloseTo(2 / 3);
    expect(s.kinds.rejection.n).toBe(3);
    expect(s.kinds.interview).toMatchObject({ precision: 1, recall: 0.5, n: 2 });
    // none: n1, n2 right; r3 wrongly predicted none
    expect(s.kinds.none.precision).toBeCloseTo(2 / 3);
    expect(s.kinds.none.recall).toBe(1);
    expect(s.overall).toEqual({ emails: 7, accuracy: 5 / 7 });
  });

  it('gives precision 1 when nothing was predicted for a kind and prints a dash for it', () => {
    expect(s.kinds.offer).toMatchObject({ precision: 1, recall: 1, n: 0, predicted: 0 });
    const offerLine = report(s).find((l: string) => l.startsWith('offer'));
    expect(offerLine).toMatch(/^offer\s+—\s+—\s+0\s+0$/);
    const rejLine = report(s).find((l: string) => l.startsWith('rejection'));
    expect(rejLine).toMatch(/0\.667\s+0\.667\s+3\s+3$/);
  });

  it('counts matches: right, wrong (also against a null label) and none (ambiguous counts as none)', () => {
    // r1 right; r2 wrong (c ≠ b); n1 wrong (label null); r3 none; i1 ambiguous → none; i2, n2 not counted
    expect(s.matches).toEqual({ right: 1, wrong: 2, none: 2, wrong_rate: 2 / 3 });
    expect(s.wrongMatches.map((w: { file: string }) => w.file)).toEqual(['r2', 'n1']);
  });

  it('lists the misclassified files with labelled → predicted and the quote', () => {
    expect(s.misclassified).toEqual([
      { file: 'r3', labelled: 'rejection', predicted: 'none', quote: 'quote for none' },
      { file: 'i2', labelled: 'interview', predicted: 'rejection', quote: 'quote for rejection' },
    ]);
    expect(report(s)).toContain('  i2: interview → rejection  “quote for rejection”');
  });

  it('writes exactly the documented JSON shape, with all six kinds', () => {
    const j = toJson(s);
    expect(Object.keys(j)).toEqual(['overall', 'kinds', 'matches']);
    expect(Object.keys(j.overall)).toEqual(['emails', 'accuracy']);
    expect(Object.keys(j.kinds)).toEqual([...MAIL_KINDS]);
    for (const k of MAIL_KINDS) expect(Object.keys(j.kinds[k])).toEqual(['precision', 'recall', 'n']);
    expect(j.matches).toEqual({ right: 1, wrong: 2, none: 2 });
  });

  it('keeps the kinds in the contract order', () => {
    expect(KINDS).toEqual([...MAIL_KINDS]);
  });

  it('checks --require floors and the wrong-match ceiling', () => {
    expect(missedRequirements(s, parseRequire('interview.precision=0.95,none.recall=1'))).toEqual([]);
    const missed = missedRequirements(s, parseRequire('rejection.precision=0.98,matches.wrong_rate=0.01,overall.accuracy=0.5'));
    expect(missed.map((m: { key: string }) => m.key)).toEqual(['rejection.precision', 'matches.wrong_rate']);
    expect(missed[1]).toMatchObject({ ceiling: true, bound: 0.01 });
  });

  it('rejects unknown or malformed --require entries and arguments', () => {
    expect(() => parseRequire('rejection.f1=0.9')).toThrow(EvalInputError);
    expect(() => parseRequire('rejection.precision')).toThrow(/cannot read/);
    expect(() => parseArgs([])).toThrow(/usage/);
    expect(() => parseArgs(['dir', '--verbose'])).toThrow(/unknown option/);
    expect(parseArgs(['dir', '--json', 'o.json', '--require', 'offer.recall=0.5'])).toEqual({
      dir: 'dir',
      json: 'o.json',
      require: { 'offer.recall': 0.5 },
    });
  });
});

describe('reading emails', () => {
  const eml = (lines: string[]) => Buffer.from(lines.join('\r\n'), 'latin1');

  it('decodes quoted-printable UTF-8 with an RFC 2047 Q-encoded subject and sender name', async () => {
    const e = await readEml(
      eml([
        'From: =?utf-8?Q?J=C3=BCrgen_M=C3=BCller?= <jm@example.de>',
        'Subject: =?utf-8?Q?Ihre_Bewerbung_=E2=80=93_R=C3=BCckmeldung?=',
        'Date: Tue, 13 Oct 2026 09:15:00 +0200',
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        'Leider m=C3=BCssen wir Ihnen mitteilen, dass wir uns f=C3=BCr andere entschieden=',
        ' haben.',
      ]),
    );
    expect(e.from).toBe('Jürgen Müller <jm@example.de>');
    expect(e.subject).toBe('Ihre Bewerbung – Rückmeldung');
    expect(e.date).toBe('2026-10-13T07:15:00.000Z');
    expect(e.body).toBe('Leider müssen wir Ihnen mitteilen, dass wir uns für andere entschieden haben.');
  });

  it('decodes base64 parts and B-encoded headers, and prefers text/plain over HTML', async () => {
    const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
    const e = await readEml(
      eml([
        `From: =?UTF-8?B?${b64('Émilie Garnier')}?= <eg@example.fr>`,
        `Subject: =?UTF-8?B?${b64('Entretien confirmé')}?=`,
        'Date: Wed, 14 Oct 2026 16:00:00 +0000',
        'Content-Type: multipart/alternative; boundary="b1"',
        '',
        '--b1',
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: base64',
        '',
        b64('Votre entretien est confirmé pour jeudi.'),
        '--b1',
        'Content-Type: text/html; charset=utf-8',
        '',
        '<p>HTML version</p>',
        '--b1--',
      ]),
    );
    expect(e.from).toBe('Émilie Garnier <eg@example.fr>');
    expect(e.subject).toBe('Entretien confirmé');
    expect(e.body).toBe('Votre entretien est confirmé pour jeudi.');
  });

  it('decodes ISO-8859-1 and Windows-1252 bodies (the dash and euro sign included)', async () => {
    const latin1 = await readEml(
      Buffer.concat([
        Buffer.from(
          'From: a@b.de\r\nSubject: =?iso-8859-1?Q?Gespr=E4ch?=\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\n',
          'latin1',
        ),
        Buffer.from('Einladung zum Gespräch, Straße 5', 'latin1'),
      ]),
    );
    expect(latin1.subject).toBe('Gespräch');
    expect(latin1.body).toBe('Einladung zum Gespräch, Straße 5');
    const cp1252 = await readEml(
      Buffer.concat([
        Buffer.from(
          'From: a@b.de\r\nSubject: =?windows-1252?Q?Angebot_=96_Gehalt?=\r\nContent-Type: text/plain; charset=windows-1252\r\n\r\n',
          'latin1',
        ),
        Buffer.from([0x84, 0x4a, 0x61, 0x93, 0x20, 0x37, 0x30, 0x2e, 0x30, 0x30, 0x30, 0x20, 0x80]), // „Ja“ 70.000 €
      ]),
    );
    expect(cp1252.subject).toBe('Angebot – Gehalt');
    expect(cp1252.body).toBe('„Ja“ 70.000 €');
  });

  it('turns the HTML body into text when there is no plain part', async () => {
    const e = await readEml(
      eml([
        'From: Talent <t@example.com>',
        'Subject: Interview',
        'Content-Type: text/html; charset=utf-8',
        '',
        '<html><head><style>p{color:red}</style></head><body><p>Hi Sam,</p><p>Pick a time:<br>',
        '<a href="https://x">here</a> &amp; thanks&nbsp;&#8212; Jo</p></body></html>',
      ]),
    );
    expect(e.body).toBe('Hi Sam,\n\nPick a time:\nhere & thanks — Jo');
    expect(htmlToText('<table><tr><td>A</td><td>B</td></tr></table>')).toBe('A B');
  });

  it('refuses a file that is not an email', async () => {
    await expect(readEml(Buffer.from('just some words\n'), 'x.eml')).rejects.toThrow(EvalInputError);
  });

  it('reads .json emails, caps the body at 20 000 characters and rejects missing fields', () => {
    const e = readJsonEmail(JSON.stringify({ from: 'a@b.c', subject: 's', date: '2026-10-01T10:00:00+02:00', body: 'x'.repeat(25_000) }));
    expect(e.body).toHaveLength(20_000);
    expect(e.date).toBe('2026-10-01T08:00:00.000Z');
    expect(() => readJsonEmail(JSON.stringify({ from: 'a', subject: 's', date: '' }), 'm.json')).toThrow(/m\.json: "body"/);
    expect(() => readJsonEmail('{', 'm.json')).toThrow(/not valid JSON/);
  });
});

describe('folder checks', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = '';
  });
  const make = (files: Record<string, string>) => {
    dir = mkdtempSync(join(tmpdir(), 'eval-emails-test-'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return dir;
  };
  const mail = JSON.stringify({ from: 'a@b.c', subject: 's', date: '', body: 'b' });
  const apps = JSON.stringify([{ id: 'x', company: 'Acme GmbH', title: 'Analyst', status: 'applied', appliedAt: '2026-09-01T00:00:00Z' }]);

  it('needs labels.json', () => {
    expect(() => checkFolder(make({ 'a.json': mail }))).toThrow(/no labels\.json/);
  });

  it('refuses a label for a missing file, a duplicate, an unknown kind or application', () => {
    const labels = (l: unknown[]) => JSON.stringify(l);
    expect(() => checkFolder(make({ 'labels.json': labels([{ file: 'gone.json', kind: 'none', application: null }]) }))).toThrow(
      /gone\.json does not exist/,
    );
    rmSync(dir, { recursive: true });
    const twice = [
      { file: 'a.json', kind: 'none', application: null },
      { file: 'a.json', kind: 'none', application: null },
    ];
    expect(() => checkFolder(make({ 'a.json': mail, 'labels.json': labels(twice) }))).toThrow(/labelled twice/);
    rmSync(dir, { recursive: true });
    expect(() =>
      checkFolder(make({ 'a.json': mail, 'labels.json': labels([{ file: 'a.json', kind: 'spam', application: null }]) })),
    ).toThrow(/kind "spam"/);
    rmSync(dir, { recursive: true });
    expect(() =>
      checkFolder(
        make({ 'a.json': mail, 'applications.json': apps, 'labels.json': labels([{ file: 'a.json', kind: 'offer', application: 'y' }]) }),
      ),
    ).toThrow(/application "y" is not in applications\.json/);
  });

  it('reports email files no label names, and builds applications with the extension companyKey', () => {
    const d = make({
      'a.json': mail,
      'sub/b.json': mail,
      'applications.json': apps,
      'aliases.json': JSON.stringify([{ key: 'acmede', canonicalKey: 'acme' }]),
      'labels.json': JSON.stringify([{ file: 'a.json', kind: 'none', application: 'x' }]),
    });
    const f = checkFolder(d);
    expect(f.unlisted).toEqual(['sub/b.json']);
    expect(f.aliases).toEqual([['acmede', 'acme']]);
    expect(toKnownApplications(f.applications, companyKey)[0]).toMatchObject({ id: 'x', companyKey: 'acme' });
  });

  it('exits 2 with one line and no stack trace on a broken folder or an unreadable .eml', () => {
    const run = (args: string[]) => {
      try {
        execFileSync(process.execPath, [tool, ...args], { encoding: 'utf8', stdio: 'pipe' });
        return { status: 0, stderr: '' };
      } catch (err) {
        const e = err as { status: number; stderr: string };
        return { status: e.status, stderr: e.stderr };
      }
    };
    const noLabels = run([make({ 'a.json': mail })]);
    expect(noLabels.status).toBe(2);
    expect(noLabels.stderr.trim()).toMatch(/^eval:emails: .*no labels\.json$/);
    rmSync(dir, { recursive: true });
    const badEml = run([
      make({ 'a.eml': '\u0000\u0001', 'labels.json': JSON.stringify([{ file: 'a.eml', kind: 'none', application: null }]) }),
    ]);
    expect(badEml.status).toBe(2);
    expect(badEml.stderr).toMatch(/a\.eml: unreadable \.eml/);
    expect(badEml.stderr).not.toMatch(/\n\s+at /);
    const badRequire = run([dir, '--require', 'nonsense']);
    expect(badRequire.status).toBe(2);
  });
});

describe('the project email set (test/emails)', () => {
  const folder = checkFolder(setDir);
  const labels = folder.labels as { file: string; kind: string; application: string | null }[];

  it('labels every email file exactly once, and every label names an existing file', () => {
    expect(folder.unlisted).toEqual([]);
    expect(new Set(labels.map((l) => l.file)).size).toBe(labels.length);
    const onDisk = readdirSync(setDir, { recursive: true, encoding: 'utf8' }).filter(
      (f) => /\.(eml|json)$/.test(f) && !['labels.json', 'applications.json', 'aliases.json'].includes(f),
    );
    expect(onDisk.sort()).toEqual(labels.map((l) => l.file).sort());
  });

  it('has the size, formats, languages and kinds the brief asks for', () => {
    expect(labels.length).toBeGreaterThanOrEqual(280);
    expect(labels.filter((l) => l.file.endsWith('.eml')).length).toBeGreaterThanOrEqual(40);
    const languages = new Set(labels.map((l) => l.file.split('/')[0]));
    for (const lang of ['en', 'de', 'fr', 'es', 'nl']) expect(languages).toContain(lang);
    const count = (k: string) => labels.filter((l) => l.kind === k).length;
    expect(count('rejection')).toBeGreaterThanOrEqual(60);
    expect(count('interview')).toBeGreaterThanOrEqual(40);
    expect(count('offer')).toBeGreaterThanOrEqual(12);
    expect(count('assessment')).toBeGreaterThanOrEqual(18);
    expect(count('confirmation')).toBeGreaterThanOrEqual(40);
    expect(count('none')).toBeGreaterThanOrEqual(80);
    // confirmations of applications Baskets does not have (Taleo, SuccessFactors, own forms…)
    expect(labels.filter((l) => l.kind === 'confirmation' && l.application === null).length).toBeGreaterThanOrEqual(12);
  });

  it('keeps look-alike employers apart and joins aliased ones, as the eval will key them', () => {
    const keys = new Map(
      toKnownApplications(folder.applications, companyKey).map((a: { id: string; companyKey: string }) => [a.id, a.companyKey]),
    );
    expect(keys.get('meta-product-designer')).not.toBe(keys.get('metabase-frontend-engineer'));
    expect(keys.get('square-backend-engineer')).not.toBe(keys.get('squarespace-software-engineer'));
    expect(keys.get('otto-data-analyst')).toBe('otto');
    for (const [key, canonical] of folder.aliases as [string, string][]) {
      expect(key).toBe(companyKey(key));
      expect([...keys.values()]).toContain(canonical);
    }
  });

  it('decodes every email to a sender, a subject, a date and a body', async () => {
    const emails = await readEmails(setDir, labels);
    for (const { file, email } of emails) {
      expect(email.from, file).toMatch(/@/);
      expect(email.subject, file).not.toBe('');
      expect(email.date, file).toMatch(/^2026-\d\d-\d\dT/);
      expect(email.body.length, file).toBeGreaterThan(40);
      expect(email.body, file).not.toMatch(/[\u0080-\u009f\ufffd]|=\r?\n|=[0-9A-F]{2}[a-z]/);
    }
  });

  it('has JSON emails with exactly the four fields', () => {
    for (const l of labels.filter((x) => x.file.endsWith('.json'))) {
      expect(Object.keys(JSON.parse(readFileSync(join(setDir, l.file), 'utf8'))), l.file).toEqual(['from', 'subject', 'date', 'body']);
    }
  });
});
