/**
 * Small, bounded DOM reads for site adapters, and what counts as shown. Pure DOM: no browser API
 * beyond the document itself, never a form field's value.
 */
import { LIMITS } from '../core/application';
import { cleanText } from '../core/sanitize';

/** Longest raw text we read from one element before cleaning. */
export const MAX_READ_CHARS = 4000;

// ---------------------------------------------------------------------------------------------
// Small DOM reads

/** querySelector that never throws on an invalid selector. */
export function query(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/** querySelectorAll capped at `max` results; never throws. */
export function queryAll(root: ParentNode, selector: string, max = 200): Element[] {
  try {
    const list = root.querySelectorAll(selector);
    const out: Element[] = [];
    for (let i = 0; i < list.length && i < max; i++) {
      const el = list[i];
      if (el) out.push(el);
    }
    return out;
  } catch {
    return [];
  }
}

/** The first element matching any selector, in the order given. */
export function firstElement(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const s of selectors) {
    const el = query(root, s);
    if (el) return el;
  }
  return null;
}

/** True when any selector matches. */
export function exists(root: ParentNode, selectors: readonly string[]): boolean {
  return firstElement(root, selectors) !== null;
}

/** An element's text, read at most `MAX_READ_CHARS` raw, cleaned and capped to `max`. */
export function textOf(el: Element | null | undefined, max: number = LIMITS.title): string {
  if (!el) return '';
  return cleanText(visibleText(el, MAX_READ_CHARS), max);
}

const NON_TEXT = 'style, script, noscript, template';

/**
 * An element's text without the contents of inline `<style>`/`<script>` (CSS-in-JS pages put them
 * inside headings), read up to `limit` characters and at most 2000 nodes.
 */
export function visibleText(el: Element, limit: number = MAX_READ_CHARS): string {
  if (el.matches(NON_TEXT)) return '';
  if (!el.querySelector(NON_TEXT)) {
    const raw = el.textContent ?? '';
    return raw.length > limit ? raw.slice(0, limit) : raw;
  }
  let out = '';
  let nodes = 0;
  const stack: Node[] = [el];
  while (stack.length && out.length < limit && nodes++ < 2000) {
    const node = stack.pop()!;
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (node.nodeType === 1 && (node === el || !(node as Element).matches(NON_TEXT))) {
      const kids = node.childNodes;
      for (let i = kids.length - 1; i >= 0; i--) {
        const k = kids[i];
        if (k) stack.push(k);
      }
    }
  }
  return out.slice(0, limit);
}

/** The cleaned text of the first matching element that has non-empty text. */
export function firstText(root: ParentNode, selectors: readonly string[], max: number = LIMITS.title): string {
  for (const s of selectors) {
    for (const el of queryAll(root, s, 20)) {
      const t = textOf(el, max);
      if (t) return t;
    }
  }
  return '';
}

/** The cleaned value of `attr` on the first matching element that has it. */
export function firstAttr(root: ParentNode, selectors: readonly string[], attr: string, max: number = LIMITS.title): string {
  for (const s of selectors) {
    for (const el of queryAll(root, s, 20)) {
      const v = cleanText(el.getAttribute(attr) ?? '', max);
      if (v) return v;
    }
  }
  return '';
}

/** Content of `<meta property=name>` or `<meta name=name>` (e.g. "og:title", "twitter:title"). */
export function meta(doc: Document, name: string, max: number = LIMITS.title): string {
  const n = name.replace(/["\\]/g, '');
  return firstAttr(doc, [`meta[property="${n}"]`, `meta[name="${n}"]`], 'content', max);
}

/** The document title, cleaned. */
export function docTitle(doc: Document): string {
  const el = doc.querySelector('title');
  return textOf(el, 500);
}

/**
 * The cleaned text (short, for a signal) of the first shown element matched by any selector whose text
 * matches `pattern`, or ''. A hidden element says nothing (see `isShown`).
 */
export function textMatching(root: ParentNode, selectors: readonly string[], pattern: RegExp, maxElements = 20): string {
  for (const s of selectors) {
    for (const el of queryAll(root, s, maxElements)) {
      const t = textOf(el, 500);
      if (t && pattern.test(t) && isShown(el)) return t;
    }
  }
  return '';
}

// ---------------------------------------------------------------------------------------------
// Visibility: what is not shown is not evidence

type Visible = Element & { checkVisibility?: (options?: Record<string, boolean>) => boolean };

/**
 * True when the element is shown to the user. In a browser with layout: `checkVisibility` (display,
 * content-visibility, visibility and opacity of it and its ancestors) and a non-zero box. Without layout
 * (jsdom, a document not rendered): the element and its ancestors must have no `hidden` attribute and
 * no computed `display:none` or `opacity:0`, and the element no computed `visibility:hidden`.
 * An element hidden, zero-sized or `display:none` is never evidence of a submission.
 */
export function isShown(el: Element): boolean {
  const doc = el.ownerDocument;
  if (!el.isConnected) return false;
  const root = doc.documentElement.getBoundingClientRect();
  const hasLayout = root.width > 0 || root.height > 0;
  const v = el as Visible;
  if (hasLayout) {
    if (typeof v.checkVisibility === 'function') {
      if (!v.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
    } else if (!shownByStyle(el)) return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  }
  return shownByStyle(el);
}

/** The computed style of an element; a document parsed apart (DOMParser) has no window of its own: use the global one. */
function styleOf(el: Element): CSSStyleDeclaration | undefined {
  const view = el.ownerDocument.defaultView ?? (typeof window === 'object' ? window : undefined);
  try {
    return view?.getComputedStyle(el);
  } catch {
    return undefined;
  }
}

function shownByStyle(el: Element): boolean {
  let depth = 0;
  for (let node: Element | null = el; node && depth < 60; node = node.parentElement, depth++) {
    if (node.hasAttribute('hidden')) return false;
    const style = styleOf(node);
    if (!style) continue;
    if (style.display === 'none' || style.opacity === '0') return false;
    if (node === el && (style.visibility === 'hidden' || style.visibility === 'collapse')) return false;
  }
  return true;
}

/** The first element matching any selector that is shown (see `isShown`), or null. */
export function firstShown(root: ParentNode, selectors: readonly string[], perSelector = 10): Element | null {
  for (const s of selectors) {
    for (const el of queryAll(root, s, perSelector)) if (isShown(el)) return el;
  }
  return null;
}
