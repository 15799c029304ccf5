// The demo's translation check: an original and its translation side by side.
// figcheck reads both and checks the translation against the original as a
// version of its story (ReportSet.checkText with the original as a version):
// the figures it aligns are linked (pointing at one outlines its counterpart,
// clicking keeps it), and each pair says why the two were compared (the
// engine's evidence, when it gives one) and, for a slip, what went wrong (the
// engine's explanation). DOM nodes only, no HTML strings.

import { el } from './dom.js';
import { direction, formatInterval, segment, translationPairs } from './figures.js';
import { ratioText } from './lib/ratio.js';
import { evidenceSentence } from './lib/evidence.js';

/** The two texts' names in the engine's findings. */
const ORIGINAL = 'original';
const TRANSLATION = 'translation';
const SIDES = [ORIGINAL, TRANSLATION];
const VERDICT_LABEL = { conflict: 'slip', agree: 'agrees', none: 'no counterpart' };

const $ = (id) => document.getElementById(id);

/**
 * Wires the translation check of the page (the #translation section).
 * @param {object} deps what the page gives it
 * @param {() => object | null} deps.engine the loaded wasm module, or null
 * @param {(value: string, opts?: {auto?: boolean}) => HTMLSelectElement} deps.languageSelect a language menu
 * @param {(code: string) => string} deps.languageName a language's name
 * @param {(text: string) => string} deps.detectLanguage a text's language code
 * @param {(text: string) => void} deps.showError shows an error in the page
 * @param {Array<{name: string, lang: string, text: string}>} deps.stories texts that can be loaded
 */
export function initTranslation(deps) {
  const state = { result: null, selected: null };

  /** The language menus, once the engine's languages are known; the story menus at once. */
  function fillMenus() {
    for (const side of SIDES) {
      const old = $(`tr-${side}-lang`);
      const menu = deps.languageSelect(old.value, { auto: true });
      menu.id = old.id;
      menu.setAttribute('aria-label', old.getAttribute('aria-label'));
      old.replaceWith(menu);
    }
  }

  for (const side of SIDES) {
    const pick = $(`tr-${side}-story`);
    pick.append(el('option', { value: '', textContent: 'Load a report of the example story…' }));
    deps.stories.forEach((r, i) => pick.append(el('option', { value: String(i), textContent: `${r.name} (${r.lang})` })));
    pick.addEventListener('change', () => {
      const story = deps.stories[Number(pick.value)];
      if (!story) return;
      $(`tr-${side}`).value = story.text;
      $(`tr-${side}-lang`).value = story.lang;
      pick.value = '';
    });
  }

  $('tr-form').addEventListener('submit', (event) => {
    event.preventDefault();
    check();
  });
  $('tr-example').addEventListener('click', () => {
    // The story's English wire copy and its Portuguese version, which slips.
    const [original, translation] = [deps.stories[0], deps.stories.find((r) => r.lang === 'pt') || deps.stories[1]];
    for (const [side, story] of [[ORIGINAL, original], [TRANSLATION, translation]]) {
      $(`tr-${side}`).value = story.text;
      $(`tr-${side}-lang`).value = story.lang;
    }
    check();
  });

  /** Reads both texts, checks the translation against the original, and draws the result. */
  function check() {
    const engine = deps.engine();
    if (!engine) {
      deps.showError('The figcheck engine is not loaded.');
      return;
    }
    const texts = {};
    for (const side of SIDES) {
      const text = $(`tr-${side}`).value.trim();
      if (!text) {
        deps.showError(`Paste the ${side} first.`);
        return;
      }
      texts[side] = { text, lang: $(`tr-${side}-lang`).value || deps.detectLanguage(text) };
    }
    let set = null;
    let page = null;
    try {
      const claims = Object.fromEntries(SIDES.map((side) => [side, engine.extract(texts[side].text, { lang: texts[side].lang })]));
      set = new engine.ReportSet([]);
      page = set.checkText(texts[TRANSLATION].text, { lang: texts[TRANSLATION].lang, page_name: TRANSLATION, self_check: false },
        [{ name: ORIGINAL, text: texts[ORIGINAL].text, lang: texts[ORIGINAL].lang }]);
      const findings = page.findings();
      state.result = { texts, claims, ...translationPairs(claims[ORIGINAL], claims[TRANSLATION], findings, ORIGINAL) };
    } catch (err) {
      state.result = null;
      deps.showError(`Could not check the translation: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      page?.free();
      set?.free();
    }
    state.selected = null;
    render();
  }

  /** One side's text with its figures marked by their verdict. */
  function textView(side) {
    const { texts, claims } = state.result;
    const verdicts = state.result[side];
    const { text, lang } = texts[side];
    const view = el('div', { className: 'report-text tr-text', lang, dir: direction(lang), dataset: { side } });
    for (const part of segment(text, claims[side]).parts) {
      if (part.index === undefined) {
        view.append(part.text);
        continue;
      }
      const claim = claims[side][part.index];
      const verdict = verdicts[part.index];
      view.append(el('mark', {
        className: 'figure',
        textContent: part.text,
        tabIndex: 0,
        title: `${VERDICT_LABEL[verdict]}: ${formatInterval(claim)}`,
        attrs: { role: 'button', 'aria-pressed': 'false' },
        dataset: { side, index: String(part.index), verdict, start: String(claim.start), end: String(claim.end) },
      }));
    }
    return view;
  }

  /** One aligned pair: both figures, the verdict, the ratio, why they were compared and what a slip is. */
  function pairItem(pair, k) {
    const { texts, claims } = state.result;
    const o = claims[ORIGINAL][pair.o];
    const t = claims[TRANSLATION][pair.t];
    const verdict = pair.other.verdict === 'conflict' ? 'conflict' : 'agree';
    const evidence = evidenceSentence(pair.other);
    return el('li', { className: 'tr-pair', tabIndex: 0, dataset: { pair: String(k), verdict, evidence: pair.other.evidence || '' } },
      el('div', { className: 'tr-pair-head' },
        el('q', { lang: texts[ORIGINAL].lang, dir: 'auto', textContent: o.text }),
        el('span', { className: 'arrow', attrs: { 'aria-label': 'translated as' }, textContent: ' → ' }),
        el('q', { lang: texts[TRANSLATION].lang, dir: 'auto', textContent: t.text }),
        ' ',
        el('span', { className: `badge ${verdict}`, textContent: VERDICT_LABEL[verdict] }),
        ' ',
        el('span', { className: 'ratio', title: 'the translation\'s figure over the original\'s', textContent: ratioText(pair.other.ratio) || '' })),
      evidence ? el('p', { className: 'evidence small', textContent: evidence }) : null,
      pair.other.explanation ? el('p', { className: 'tr-explanation small', textContent: pair.other.explanation }) : null);
  }

  function render() {
    const box = $('tr-result');
    const r = state.result;
    box.hidden = !r;
    if (!r) {
      $('tr-summary').textContent = '';
      return;
    }
    const slips = r.pairs.filter((p) => p.other.verdict === 'conflict').length;
    const alone = (side) => r[side].filter((v) => v === 'none').length;
    $('tr-summary').textContent = `${r.pairs.length} figure${r.pairs.length === 1 ? '' : 's'} aligned: ${slips} slip${slips === 1 ? '' : 's'}, ` +
      `${r.pairs.length - slips} in agreement; ${alone(ORIGINAL)} only in the original, ${alone(TRANSLATION)} only in the translation.`;
    $('tr-summary').dataset.slips = String(slips);
    $('tr-texts').replaceChildren(
      el('div', { className: 'tr-side' }, el('h3', { textContent: `Original (${deps.languageName(r.texts[ORIGINAL].lang)})` }), textView(ORIGINAL)),
      el('div', { className: 'tr-side' }, el('h3', { textContent: `Translation (${deps.languageName(r.texts[TRANSLATION].lang)})` }), textView(TRANSLATION)));
    $('tr-pairs').replaceChildren(...r.pairs.map(pairItem));
    $('tr-no-pairs').hidden = r.pairs.length > 0;
  }

  /** The pairs a mark or a pair item stands for. */
  function pairsOf(node) {
    if (!state.result || !node) return [];
    if (node.dataset.pair !== undefined) return [Number(node.dataset.pair)];
    const side = node.dataset.side === ORIGINAL ? 'o' : 't';
    const index = Number(node.dataset.index);
    return state.result.pairs.map((p, k) => (p[side] === index ? k : -1)).filter((k) => k >= 0);
  }

  /** Puts `cls` on the marks and items of `pairs` (and takes it off everything else). */
  function paint(cls, pairs) {
    const box = $('tr-result');
    for (const n of box.querySelectorAll(`.${cls}`)) n.classList.remove(cls);
    for (const k of pairs) {
      const p = state.result.pairs[k];
      for (const [side, index] of [[ORIGINAL, p.o], [TRANSLATION, p.t]]) {
        box.querySelector(`mark.figure[data-side="${side}"][data-index="${index}"]`)?.classList.add(cls);
      }
      box.querySelector(`li.tr-pair[data-pair="${k}"]`)?.classList.add(cls);
    }
    if (cls === 'selected') {
      for (const m of box.querySelectorAll('mark.figure')) m.setAttribute('aria-pressed', m.classList.contains('selected') ? 'true' : 'false');
    }
  }

  function select(node) {
    const pairs = pairsOf(node);
    state.selected = pairs;
    paint('selected', pairs);
    if (pairs.length) $('tr-result').querySelector(`li.tr-pair[data-pair="${pairs[0]}"]`)?.scrollIntoView({ block: 'nearest' });
  }

  const target = (event) => event.target.closest('#tr-result mark.figure, #tr-result li.tr-pair');
  const box = $('tr-result');
  box.addEventListener('mouseover', (event) => paint('linked', pairsOf(target(event))));
  box.addEventListener('mouseleave', () => paint('linked', []));
  box.addEventListener('focusin', (event) => paint('linked', pairsOf(target(event))));
  box.addEventListener('click', (event) => {
    const node = target(event);
    if (node) select(node);
  });
  box.addEventListener('keydown', (event) => {
    const node = target(event);
    if (node && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      select(node);
    }
  });

  return { ready: fillMenus };
}
