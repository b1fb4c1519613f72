import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CSV_BOM, CsvError, neutraliseCell, parseCsv, restoreCell, toCsv } from '../../src/core/csv';

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

  it('reports an unterminated quote with its line', () => {
    expect(() => parseCsv('a,b\nc,"oops\nmore')).toThrow(CsvError);
    try {
      parseCsv('a,b\nc,"oops\nmore');
    } catch (e) {
      expect((e as CsvError).line).toBe(2);
    }
  });

  it('refuses more rows than allowed', () => {
    expect(() => parseCsv('a\n1\n2\n3\n', { maxRows: 3 })).toThrow(/more than/);
  });

  it('round-trips any table exactly (property)', () => {
    const cell = fc.string({ maxLength: 20, unit: fc.constantFrom('a', 'Z', ',', '"', '\n', '\r', ' ', '=', '-', "'", '\t', '@', 'é', '+') });
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
