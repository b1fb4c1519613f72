/**
 * CSV (RFC 4180) reading and writing, with spreadsheet formula neutralisation. Pure, no browser API.
 *
 * Writing: fields quoted when they hold a comma, quote, CR or LF; quotes doubled; CRLF line ends; UTF-8 BOM so
 * spreadsheet programs read the file as UTF-8. A cell starting with `=`, `+`, `-`, `@`, tab or CR could be run as a
 * formula by a spreadsheet: it gets a leading `'`. A cell that already starts with `'` gets one too, so that
 * `restoreCell` (strip exactly one leading `'`) gives back every original value exactly.
 *
 * Reading is tolerant: BOM, LF or CRLF, comma / semicolon / tab delimiters (detected on the header line), quotes
 * inside unquoted fields kept as text. Each row remembers the line it starts on, for error messages.
 */

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

export interface ParsedCsv {
  rows: string[][];
  /** 1-based line number where each row starts. */
  lines: number[];
  delimiter: string;
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

/**
 * Parse CSV text. Blank lines are skipped. Throws CsvError for an unterminated quoted field, or when the file has
 * more than `maxRows` rows (header included).
 */
export function parseCsv(input: string, options: { maxRows?: number } = {}): ParsedCsv {
  const maxRows = options.maxRows ?? Infinity;
  const text = input.startsWith(CSV_BOM) ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const rows: string[][] = [];
  const lines: number[] = [];
  let row: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let quoteLine = 0;
  let inQuotes = false;
  let fieldStarted = false;
  const endRow = (): void => {
    row.push(field);
    field = '';
    fieldStarted = false;
    if (!(row.length === 1 && row[0] === '')) {
      rows.push(row);
      lines.push(rowLine);
      if (rows.length > maxRows) throw new CsvError(`The file has more than ${maxRows - 1} rows.`, line);
    }
    row = [];
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i] as string;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (c === '\n') line++;
        else if (c === '\r' && text[i + 1] !== '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && !fieldStarted) {
      inQuotes = true;
      fieldStarted = true;
      quoteLine = line;
    } else if (c === delimiter) {
      row.push(field);
      field = '';
      fieldStarted = false;
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else {
      field += c;
      fieldStarted = true;
    }
  }
  if (inQuotes) throw new CsvError('A quoted field is never closed (a missing ").', quoteLine);
  if (field !== '' || row.length > 0) endRow();
  return { rows, lines, delimiter };
}
