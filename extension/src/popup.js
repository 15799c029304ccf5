// @ts-check
// The toolbar popup: checks the active tab on click (activeTab grants access to
// it), lists its conflicts, and offers save, compare and the per-site switch.
import { ratioText } from '../../js/lib/ratio.js';
import { evidenceSentence } from '../../js/lib/evidence.js';
import { describe } from './lib/ui.js';
import { extensionApi, isError, send, sendToTab } from './protocol.js';

/** @typedef {import('./protocol.js').ToBackground} ToBackground */
/** @typedef {import('./protocol.js').ToContent} ToContent */

const api = extensionApi();
/** @param {string} id */
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
/** @param {string} id */
const button = (id) => /** @type {HTMLButtonElement} */ (document.getElementById(id));
/** @type {number | null} */
let tabId = null;
/** @type {string | null} */
let origin = null;
/** @type {string[]} */
let needPermission = [];

/** @param {string} text */
function say(text, bad = false) {
  $('message').textContent = text;
  $('message').classList.toggle('error', bad);
}

async function targetTab() {
  // ?tab=N lets the browser tests open this page in a tab of its own and aim it at a fixture.
  const q = new URLSearchParams(location.search).get('tab');
  if (q !== null && /^\d+$/.test(q)) return api.tabs.get(Number(q));
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/**
 * A message to the background; its answer, or throws its error.
 * @template {keyof ToBackground} K
 * @param {{ type: K } & ToBackground[K]['request']} msg
 * @returns {Promise<ToBackground[K]['answer']>}
 */
async function bg(msg) {
  const r = await send(api, /** @type {any} */ (msg));
  if (isError(r)) throw new Error(r.error);
  return r;
}

/**
 * A message to the page's content script; its answer, or throws its error.
 * @template {keyof ToContent} K
 * @param {{ type: K } & ToContent[K]['request']} msg
 * @returns {Promise<ToContent[K]['answer']>}
 */
async function toTab(msg) {
  const r = await sendToTab(api, tabId, /** @type {any} */ (msg));
  if (!r) throw new Error('the page did not answer');
  if (isError(r)) throw new Error(r.error);
  return r;
}

/** @param {import('./protocol.js').FindingsAnswer} result */
function render(result) {
  const kind = (/** @type {import('./protocol.js').ShownFinding} */ f) => (f.verdict !== 'conflict' ? 'agree' : f.upheld ? 'upheld' : 'conflict');
  const of = (/** @type {string} */ k) => result.findings.filter((f) => kind(f) === k);
  const conflicts = of('conflict'); const upheld = of('upheld'); const agrees = of('agree');
  $('status').textContent = describe(result.claims, conflicts.length, agrees.length, upheld.length);
  const items = [];
  for (const f of [...conflicts, ...upheld, ...agrees].slice(0, 30)) {
    const li = document.createElement('li');
    li.className = kind(f);
    if (f.upheld) li.title = f.explanation;
    const fig = document.createElement('span'); fig.className = 'fig'; fig.textContent = f.text;
    li.append(fig);
    for (const o of f.others.slice(0, 3)) {
      const d = document.createElement('div'); d.className = 'other';
      const r = ratioText(o.ratio);
      d.textContent = `${o.verdict === 'conflict' ? '≠' : '='} ${o.text}${r ? ` (${r})` : ''} — ${o.self ? 'this page' : (o.title || o.url || o.file)}`;
      // Why the two were compared (the engine's evidence), on hover.
      const why = evidenceSentence(o);
      if (why) d.title = why;
      li.append(d);
    }
    items.push(li);
  }
  $('findings').replaceChildren(...items);
  if (result.skipped && result.skipped.length) say(`Not read: ${result.skipped.map((s) => `${s.url} (${s.reason})`).join('; ')}`, true);
}

async function start() {
  const tab = await targetTab();
  if (!tab || tab.id === undefined) { $('status').textContent = 'No tab to check.'; return; }
  tabId = tab.id;
  try { origin = new URL(tab.url).origin; } catch { origin = null; }
  if (!origin || !/^https?:/.test(origin)) {
    $('status').textContent = 'figcheck reads web pages (http and https) only.';
    for (const id of ['save', 'compare', 'auto']) button(id).disabled = true;
    return;
  }
  $('origin').textContent = new URL(origin).host;
  try {
    await bg({ type: 'figcheck/inject', tabId });
    render(await toTab({ type: 'figcheck/findings' }));
    const { alternates } = await toTab({ type: 'figcheck/alternates' });
    needPermission = [];
    for (const a of alternates.filter((x) => !x.sameOrigin)) {
      const o = `${new URL(a.url).origin}/*`;
      if (!needPermission.includes(o) && !(await api.permissions.contains({ origins: [o] }))) needPermission.push(o);
    }
    $('compare').textContent = alternates.length ? `Compare with ${alternates.length} other language version${alternates.length > 1 ? 's' : ''}` : 'No other language versions linked';
    button('compare').disabled = alternates.length === 0;
    const settings = await bg({ type: 'figcheck/settings' });
    /** @type {HTMLInputElement} */ ($('auto')).checked = settings.autoSites.includes(origin);
  } catch (e) {
    $('status').textContent = `figcheck cannot check this page: ${e.message}`;
  }
}

$('save').addEventListener('click', async () => {
  try {
    const r = await toTab({ type: 'figcheck/save-report' });
    say(`Saved “${r.saved.title}” with ${r.saved.figures} figure${r.saved.figures === 1 ? '' : 's'}.`);
  } catch (e) { say(`Not saved: ${e.message}`, true); }
});

$('compare').addEventListener('click', () => {
  // permissions.request must run inside the click, before any await.
  const asked = needPermission.length ? api.permissions.request({ origins: needPermission }) : Promise.resolve(true);
  asked.then(async () => {
    say('Reading the other language versions…');
    try {
      const r = await toTab({ type: 'figcheck/compare-alternates' });
      render(r);
      if (!r.skipped || !r.skipped.length) say(`Compared with ${r.alternates.length} other version${r.alternates.length === 1 ? '' : 's'}.`);
    } catch (e) { say(`Comparison failed: ${e.message}`, true); }
  });
});

$('auto').addEventListener('change', (ev) => {
  const box = /** @type {HTMLInputElement} */ (ev.target);
  const on = box.checked;
  const perm = { origins: [`${origin}/*`] };
  const asked = on ? api.permissions.request(perm) : Promise.resolve(true);
  asked.then(async (granted) => {
    if (!granted) { box.checked = false; say('Permission refused: the site stays off.', true); return; }
    try {
      await bg({ type: 'figcheck/set-auto', origin, on });
      if (!on) await api.permissions.remove(perm).catch(() => {});
      say(on ? `figcheck will check ${new URL(origin).host} by itself.` : `figcheck checks ${new URL(origin).host} only when you click.`);
    } catch (e) { say(e.message, true); }
  });
});

start();
