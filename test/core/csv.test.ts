import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CSV_BOM, decodeText, neutraliseCell, parseCsv, restoreCell, toCsv } from '../../src/core/csv';

describe('toCsv', () => {
  it('writes RFC 4180 with a UTF-8 BOM, CRLF and quoted fields', () => {
    const out = toCsv([
      ['a', 'b,c', 'say "hi"'],
      ['multi\nline', 'Zoë', ''],
    ]);
    expect(out.startsWith(CSV_BOM)).toBe(true);
    expect(out.slice(1)).toBe('a,"b,c","say ""hi"""\r\n"multi\nline",Zoë,\r\n');
  });

  it.each(['=HYPERLINK("http://evil")', '+1+2', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd', "'quoted"])(
    'neutralises %j so a spreadsheet does not run it',
    (cell) => {
      const written = toCsv([[cell]]);
      const parsed = parseCsv(written).rows[0]?.[0] ?? '';
      expect(parsed.startsWith("'")).toBe(true);
      expect(restoreCell(parsed)).toBe(cell);
    },
  );

  it('leaves ordinary cells alone', () => {
    expect(neutraliseCell('Acme')).toBe('Acme');
    expect(neutraliseCell('2024-03-05')).toBe('2024-03-05');
    expect(restoreCell('Acme')).toBe('Acme');
  });
});

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, embedded newlines and remembers row lines', () => {
    const p = parseCsv('h1,h2\r\n"a ""x""","line1\nline2"\r\n\r\nlast,row\n');
    expect(p.rows).toEqual([
      ['h1', 'h2'],
      ['a "x"', 'line1\nline2'],
      ['last', 'row'],
    ]);
    expect(p.lines).toEqual([1, 2, 5]);
  });

  it('detects semicolon and tab separated files', () => {
    expect(parseCsv('Company;Title\nAcme;Dev').rows[1]).toEqual(['Acme', 'Dev']);
    expect(parseCsv('Company\tTitle\nAcme\tDev').rows[1]).toEqual(['Acme', 'Dev']);
  });

  it('reports an unterminated quote with its lines, and keeps the rows before it', () => {
    const p = parseCsv('a,b\nc,d\ne,"oops\nmore');
    expect(p.rows).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(p.errors).toEqual([
      {
        line: 3,
        endLine: 4,
        message: 'a quoted field that opens on line 3 is never closed (a missing "), so the rest of the file cannot be read',
      },
    ]);
  });

  it('refuses a quote inside an unquoted field (RFC 4180) and reads the rows around it', () => {
    const p = parseCsv('Company,Title\nAcme,5" screen\nBeta,QA\n');
    expect(p.rows).toEqual([
      ['Company', 'Title'],
      ['Beta', 'QA'],
    ]);
    expect(p.lines).toEqual([1, 3]);
    expect(p.errors).toEqual([
      { line: 2, endLine: 2, message: expect.stringMatching(/^a quote \("\) inside a field that does not start with one/) },
    ]);
  });

  it('refuses the stray quote of issue #13 instead of reading one garbled company', () => {
    // "Acme,Dev⏎Beta,"Eng"ineer: the quote opened on line 2 closes before Eng, and text follows it on line 3.
    const p = parseCsv('Company,Title\n"Acme,Dev\nBeta,"Eng"ineer\nGamma,Ops\n');
    expect(p.rows).toEqual([
      ['Company', 'Title'],
      ['Gamma', 'Ops'],
    ]);
    expect(p.lines).toEqual([1, 4]);
    expect(p.errors).toEqual([
      {
        line: 2,
        endLine: 3,
        message: expect.stringMatching(/^text after the closing quote of a quoted field.*\(the quoted field opens on line 2\)$/),
      },
    ]);
  });

  it('refuses text after a closing quote on the same line', () => {
    const p = parseCsv('a;b\r\n"x"y;z\r\n"ok";"fine ""quoted"""\r\n');
    expect(p.rows).toEqual([
      ['a', 'b'],
      ['ok', 'fine "quoted"'],
    ]);
    expect(p.errors).toEqual([{ line: 2, endLine: 2, message: expect.stringMatching(/^text after the closing quote/) }]);
  });

  it('refuses more rows than allowed', () => {
    expect(() => parseCsv('a\n1\n2\n3\n', { maxRows: 3 })).toThrow(/more than/);
  });

  it('round-trips any table exactly (property)', () => {
    const cell = fc.string({
      maxLength: 20,
      unit: fc.constantFrom('a', 'Z', ',', '"', '\n', '\r', ' ', '=', '-', "'", '\t', '@', 'é', '+'),
    });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 }), (table) => {
        const width = table[0]?.length ?? 2;
        const rows = table.map((r) => {
          const row = r.slice(0, width);
          while (row.length < width) row.push('x');
          row[0] = `k${row[0]}`; // never an entirely blank row
          return row;
        });
        const parsed = parseCsv(toCsv(rows)).rows.map((r) => r.map(restoreCell));
        expect(parsed).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });
});

describe('decodeText', () => {
  const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it('reads UTF-8, with or without a BOM', () => {
    expect(decodeText(utf8('Company\nMüller AG 👩‍💻\n'))).toEqual({ text: 'Company\nMüller AG 👩‍💻\n', encoding: 'utf-8' });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Zoë')]))).toEqual({ text: 'Zoë', encoding: 'utf-8' });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, never as U+FFFD, and names the first line they touch', () => {
    // "Müller AG" and "Café" saved by an older Excel: ü is the single byte 0xFC, é is 0xE9, € is 0x80.
    const bytes = latin1('Company,Title\r\nAcme,Dev\r\nM\u00fcller AG,Engineer\r\nCaf\u00e9,\u0080 Analyst\r\n');
    bytes[bytes.indexOf(0x80)] = 0x80;
    const d = decodeText(bytes);
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).toBe('Company,Title\r\nAcme,Dev\r\nMüller AG,Engineer\r\nCafé,€ Analyst\r\n');
    expect(d.text).not.toContain('\ufffd');
    expect(d.firstLine).toEqual({ line: 3, text: 'Müller AG,Engineer' });
  });

  it('counts lines as the CSV reader does (LF, CRLF and lone CR) and drops a UTF-8 BOM before falling back', () => {
    const d = decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...latin1('a\rb\nc\r\nd\u00e9j\u00e0,x')]));
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).toBe('a\rb\nc\r\ndéjà,x');
    expect(d.firstLine).toEqual({ line: 4, text: 'déjà,x' });
  });

  it('treats overlong forms and encoded surrogates as not UTF-8', () => {
    expect(decodeText(Uint8Array.from([0x41, 0xc0, 0xaf])).encoding).toBe('windows-1252');
    expect(decodeText(Uint8Array.from([0x41, 0xed, 0xa0, 0x80])).encoding).toBe('windows-1252');
    expect(decodeText(Uint8Array.from([0x41, 0xe2, 0x82])).firstLine).toEqual({ line: 1, text: 'Aâ‚' });
  });

  it('honours a UTF-16 byte-order mark', () => {
    const le = Uint8Array.from([0xff, 0xfe, 0x4d, 0x00, 0xfc, 0x00]);
    expect(decodeText(le)).toEqual({ text: 'Mü', encoding: 'utf-16le' });
  });
});
