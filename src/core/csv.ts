/**
 * CSV (RFC 4180) reading and writing, with spreadsheet formula neutralisation. Pure, no browser API.
 *
 * Writing: fields quoted when they hold a comma, quote, CR or LF; quotes doubled; CRLF line ends; UTF-8 BOM so
 * spreadsheet programs read the file as UTF-8. A cell starting with `=`, `+`, `-`, `@`, tab or CR could be run as a
 * formula by a spreadsheet: it gets a leading `'`. A cell that already starts with `'` gets one too, so that
 * `restoreCell` (strip exactly one leading `'`) gives back every original value exactly.
 *
 * Reading takes a BOM, LF or CRLF, and comma / semicolon / tab delimiters (detected on the header line), but never
 * guesses at quotes: a row that breaks RFC 4180 is an error with its lines, and the rows around it still read. Each row
 * remembers the line it starts on, for error messages.
 */

import { cleanText } from './sanitize';

export const CSV_BOM = '\ufeff';

const DANGEROUS_START = /^[=+\-@\t\r']/;

export function neutraliseCell(value: string): string {
  return DANGEROUS_START.test(value) ? `'${value}` : value;
}

/** The inverse of `neutraliseCell`, for files Baskets wrote itself. */
export function restoreCell(value: string): string {
  return value.startsWith("'") ? value.slice(1) : value;
}

/** Quote a field when needed. Tabs and semicolons are quoted too, so delimiter detection never mistakes them. */
export function quoteCell(value: string): string {
  if (/[",;\t\r\n]/.test(value)) {
    return `"${value.replace(/"/g, '""')}"`;
  }
  return value;
}

/** A whole CSV file: BOM, header and rows, every cell neutralised and quoted as needed, CRLF line ends. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  const lines = rows.map((row) => row.map((cell) => quoteCell(neutraliseCell(cell))).join(','));
  return CSV_BOM + lines.join('\r\n') + '\r\n';
}

export class CsvError extends Error {
  override readonly name = 'CsvError';
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/** A row that cannot be read exactly. It is left out; the rows around it are read as usual. */
export interface CsvRowError {
  /** 1-based line where the row starts … */
  line: number;
  /** … and where it ends (the same line unless a quoted field spans lines). */
  endLine: number;
  /** Why, in a sentence fragment without a line number (for example 'a quote (") inside a field …'). */
  message: string;
}

export interface ParsedCsv {
  rows: string[][];
  /** 1-based line number where each row starts. */
  lines: number[];
  delimiter: string;
  /** Rows left out because they break RFC 4180, in file order. */
  errors: CsvRowError[];
}

function detectDelimiter(text: string): string {
  let comma = 0;
  let semicolon = 0;
  let tab = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted) {
      if (c === '\n' || c === '\r') break;
      if (c === ',') comma++;
      else if (c === ';') semicolon++;
      else if (c === '\t') tab++;
    }
  }
  if (semicolon > comma && semicolon >= tab) return ';';
  if (tab > comma && tab > semicolon) return '\t';
  return ',';
}

const STRAY_QUOTE =
  'a quote (") inside a field that does not start with one; a field holding quotes must be quoted as a whole, with each quote written twice ("")';
const AFTER_CLOSING_QUOTE = 'text after the closing quote of a quoted field; a quote inside a quoted field must be written twice ("")';

/**
 * Parse CSV text (RFC 4180). Blank lines are skipped. A row that breaks the format is not guessed at: a quote inside
 * a field that does not start with one, text after a field's closing quote, or a quoted field that is never closed
 * makes that row an error (with the lines it spans) and it is left out, while the other rows are read as usual. After
 * a bad row, reading resumes on the next line; a quoted field that is never closed runs to the end of the file, so
 * nothing after it can be read. Throws CsvError only when the file has more than `maxRows` rows (header included).
 */
export function parseCsv(input: string, options: { maxRows?: number } = {}): ParsedCsv {
  const maxRows = options.maxRows ?? Infinity;
  const text = input.startsWith(CSV_BOM) ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const rows: string[][] = [];
  const lines: number[] = [];
  const errors: CsvRowError[] = [];
  let row: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let quoteLine = 0;
  // Where the current field is: nothing read yet, unquoted text, inside quotes, or after its closing quote.
  let state: 'start' | 'unquoted' | 'quoted' | 'closed' = 'start';
  // Why the current row cannot be read; the rest of its line is then skipped.
  let bad: string | undefined;
  const endRow = (): void => {
    if (bad !== undefined) {
      errors.push({ line: rowLine, endLine: line, message: bad });
    } else {
      row.push(field);
      if (!(row.length === 1 && row[0] === '')) {
        rows.push(row);
        lines.push(rowLine);
      }
    }
    if (rows.length + errors.length > maxRows) throw new CsvError(`The file has more than ${maxRows - 1} rows.`, line);
    row = [];
    field = '';
    state = 'start';
    bad = undefined;
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i] as string;
    if (state === 'quoted') {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else state = 'closed';
      } else {
        if (c === '\n') line++;
        else if (c === '\r' && text[i + 1] !== '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
      continue;
    }
    if (bad !== undefined) continue;
    if (c === delimiter) {
      row.push(field);
      field = '';
      state = 'start';
    } else if (state === 'closed') {
      bad = quoteLine < line ? `${AFTER_CLOSING_QUOTE} (the quoted field opens on line ${quoteLine})` : AFTER_CLOSING_QUOTE;
    } else if (c === '"') {
      if (state === 'start') {
        state = 'quoted';
        quoteLine = line;
      } else bad = STRAY_QUOTE;
    } else {
      field += c;
      state = 'unquoted';
    }
  }
  if (state === 'quoted') {
    errors.push({
      line: rowLine,
      endLine: line,
      message: `a quoted field that opens on line ${quoteLine} is never closed (a missing "), so the rest of the file cannot be read`,
    });
  } else if (field !== '' || row.length > 0 || state !== 'start' || bad !== undefined) endRow();
  return { rows, lines, delimiter, errors };
}

export interface DecodedText {
  text: string;
  /** How the bytes were read: UTF-8 (with or without a BOM), UTF-16 when it has a BOM, else Windows-1252. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** Windows-1252 only: the first line holding bytes that are not UTF-8, with its text as now read. */
  firstLine?: { line: number; text: string };
}

/** Byte offset of the first byte that does not start a well-formed UTF-8 sequence (as TextDecoder judges), or -1. */
function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length;) {
    const c = b[i] as number;
    if (c < 0x80) {
      i++;
      continue;
    }
    const need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (need === 0) return i;
    // The second byte's range excludes overlong forms, surrogates and code points above U+10FFFF.
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= need; k++) {
      const x = b[i + k];
      if (x === undefined || x < (k === 1 ? lo : 0x80) || x > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * Windows-1252 for bytes 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ' ' " " • – — ˜ ™ š › œ ž Ÿ; the five unassigned bytes
 * stay as they are). Browsers' TextDecoder does this already; Node 20's does not (it gives Latin-1's C1 controls),
 * so the mapping is applied on top to read the same everywhere.
 */
const CP1252_80_9F = [
  '\u20ac',
  '\u0081',
  '\u201a',
  '\u0192',
  '\u201e',
  '\u2026',
  '\u2020',
  '\u2021',
  '\u02c6',
  '\u2030',
  '\u0160',
  '\u2039',
  '\u0152',
  '\u008d',
  '\u017d',
  '\u008f',
  '\u0090',
  '\u2018',
  '\u2019',
  '\u201c',
  '\u201d',
  '\u2022',
  '\u2013',
  '\u2014',
  '\u02dc',
  '\u2122',
  '\u0161',
  '\u203a',
  '\u0153',
  '\u009d',
  '\u017e',
  '\u0178',
];

/**
 * Read an import file's bytes as text. UTF-8 first (a BOM is dropped); bytes that are not valid UTF-8 mean a file
 * saved by an older spreadsheet program in the Windows "ANSI" code page, so they are read as Windows-1252 (never as
 * U+FFFD, which would lose every accented letter), and the first line they touch is returned for the preview to show.
 * A UTF-16 byte-order mark (Excel's "Unicode text") is honoured.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf-8' };
  } catch {
    // Windows-1252 maps every byte to exactly one UTF-16 unit, so byte offsets are text offsets.
    const text = new TextDecoder('windows-1252').decode(body).replace(/[\u0080-\u009f]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80] ?? c);
    const at = Math.max(0, firstInvalidUtf8(body));
    let line = 1;
    let start = 0;
    for (let i = 0; i < at; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
        line++;
        start = i + 1;
      }
    }
    let end = at;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    return { text, encoding: 'windows-1252', firstLine: { line, text: cleanText(text.slice(start, end), 160) } };
  }
}
