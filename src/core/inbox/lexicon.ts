/**
 * A set of phrase patterns (see phrases.ts for the `{a|b}` syntax), indexed by their possible first words so a
 * sentence is scanned once, word by word: the cost grows with the text, not with the number of phrases.
 */
import { expand, groupAt } from './phrases';

export interface PhraseHit<T> {
  tag: T;
  /** Offsets in the padded, folded sentence: `start` is the first letter of the first word. */
  start: number;
  end: number;
  pattern: string;
}

interface Entry<T> {
  tag: T;
  re: RegExp;
  pattern: string;
}

function escape(s: string): string {
  return s.replace(/[.*+?^$()[\]\\/]/g, '\\$&');
}

/**
 * `{a|b}` → `(?:a|b)`, `~` → up to four words of any kind ("move your ~ interview to": "move your second
 * interview to"), everything else literal. Sticky, and must end at a word end (the padding space).
 */
export function compile(pattern: string): RegExp {
  let src = '';
  const p = pattern.replace(/\s+/g, ' ').trim();
  for (let i = 0; i < p.length; i++) {
    const ch = p[i] as string;
    if (ch === '~') {
      src += '(?:[^ ]+ ){0,4}';
      if (p[i + 1] === ' ') i++;
    } else if (ch === '{') src += '(?:';
    else if (ch === '}') src += ')';
    else if (ch === '|') src += '|';
    else src += escape(ch);
  }
  return new RegExp(`${src}(?= )`, 'y');
}

/** Every word a pattern can start with (only its first element is expanded). */
export function firstWords(pattern: string): string[] {
  const p = pattern.replace(/\s+/g, ' ').trimStart();
  if (!p) return [];
  if (p[0] !== '{') {
    const m = /^[^ {]+/.exec(p);
    const word = m ? m[0] : '';
    const next = p[word.length];
    if (next === '{') {
      // A word glued to a group ("termin{e|vorschlag}", "alerta{s|} de empleo"): spell the pattern out.
      return [...new Set(expand(p).map((e) => e.split(' ')[0] as string))];
    }
    return [word];
  }
  const group = groupAt(p, 0);
  if (!group) return [];
  const rest = p.slice(group.close + 1);
  const out = new Set<string>();
  for (const option of group.options) for (const w of firstWords(option + rest)) out.add(w);
  return [...out];
}

export class Lexicon<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();

  constructor(items: ReadonlyArray<readonly [pattern: string, tag: T]>) {
    for (const [pattern, tag] of items) {
      const entry: Entry<T> = { tag, re: compile(pattern), pattern };
      for (const w of firstWords(pattern)) {
        const list = this.byFirst.get(w);
        if (list) list.push(entry);
        else this.byFirst.set(w, [entry]);
      }
    }
  }

  /** Every phrase found in `norm` (a padded, folded sentence), at most one hit per pattern and start. */
  find(norm: string): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    let pos = 1;
    while (pos < norm.length) {
      const space = norm.indexOf(' ', pos);
      if (space === -1) break;
      const word = norm.slice(pos, space);
      const list = this.byFirst.get(word);
      if (list) {
        for (const e of list) {
          e.re.lastIndex = pos;
          if (e.re.test(norm)) hits.push({ tag: e.tag, start: pos, end: e.re.lastIndex, pattern: e.pattern });
        }
      }
      pos = space + 1;
    }
    return hits;
  }

  /** True when any phrase starts in `norm` at a word start within [from, before). */
  any(norm: string, before = Infinity, from = 1): boolean {
    let pos = Math.max(1, from);
    if (norm[pos - 1] !== ' ') {
      const next = norm.indexOf(' ', pos);
      if (next === -1) return false;
      pos = next + 1;
    }
    while (pos < norm.length && pos < before) {
      const space = norm.indexOf(' ', pos);
      if (space === -1) break;
      const list = this.byFirst.get(norm.slice(pos, space));
      if (list) {
        for (const e of list) {
          e.re.lastIndex = pos;
          if (e.re.test(norm)) return true;
        }
      }
      pos = space + 1;
    }
    return false;
  }
}
