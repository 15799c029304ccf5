// @ts-check
// What the popover of a marked figure shows: its counterparts, each with its
// verdict, ratio, why the two were compared (the engine's evidence), sentence,
// source and explanation. Built with createElement/textContent only: nothing
// of a page or a report is ever written as HTML. Pure of any state, so that
// tests/js/popover-view.test.mjs renders it from findings it builds.
import { evidenceSentence } from '../../../js/lib/evidence.js';
import { ratioText } from '../../../js/lib/ratio.js';

/** @typedef {import('../protocol.js').ShownFinding} ShownFinding */

/** An http(s) address, or null. @param {string | undefined} u */
function safeHref(u) {
  try { const p = new URL(u); return p.protocol === 'http:' || p.protocol === 'https:' ? p.href : null; } catch { return null; }
}

/**
 * @param {string} tag @param {string | null} [cls] @param {unknown} [text]
 * @returns {HTMLElement}
 */
function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

const BADGES = { conflict: 'conflict', upheld: 'others differ', agree: 'agrees' };
/** @param {string} verdict @param {boolean} [upheld] a conflict most reports agree with */
const verdictBadge = (verdict, upheld) => {
  const k = verdict !== 'conflict' ? 'agree' : upheld ? 'upheld' : 'conflict';
  return el('span', `verdict ${k}`, BADGES[k]);
};

/**
 * The popover's nodes for a finding: its head, then one item per counterpart.
 * @param {ShownFinding} f
 * @returns {HTMLElement[]}
 */
export function popoverContent(f) {
  const head = el('p', 'head');
  head.append(verdictBadge(f.verdict, f.upheld), el('span', 'fig', f.text));
  const list = el('ul');
  for (const o of f.others || []) {
    const li = el('li');
    li.setAttribute('data-verdict', o.verdict === 'conflict' ? 'conflict' : 'agree');
    const top = el('div');
    top.append(verdictBadge(o.verdict), el('span', 'fig', o.text));
    const ratio = ratioText(o.ratio);
    if (ratio) top.append(el('span', 'ratio', ratio));
    li.append(top);
    // Why these two were compared (the engine's evidence), for agreements as for conflicts.
    const why = evidenceSentence(o);
    if (why) {
      const e = el('div', 'evidence', why);
      e.setAttribute('data-evidence', o.evidence || '');
      li.append(e);
    }
    if (o.quote) li.append(el('p', 'quote', `“${o.quote}”`));
    const src = el('div', 'src');
    const href = safeHref(o.url);
    const label = o.self ? `this page${o.title ? ` (${o.title})` : ''}` : (o.title || o.url || o.file || '');
    if (href && !o.self) { const a = el('a', null, label); a.setAttribute('href', href); a.setAttribute('target', '_blank'); a.setAttribute('rel', 'noopener noreferrer'); src.append(a); } else src.append(el('span', null, label));
    if (o.language || o.lang) src.append(el('span', 'why', ` · ${o.language || o.lang}`));
    li.append(src);
    if (o.explanation) li.append(el('div', 'why', o.explanation));
    if (o.reading) li.append(el('div', 'why', o.reading));
    list.append(li);
  }
  const nodes = [head];
  if (f.explanation && !(f.others || []).some((o) => o.explanation === f.explanation)) nodes.push(el('div', 'why', f.explanation));
  nodes.push(list);
  return nodes;
}
