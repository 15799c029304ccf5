// @ts-check
// The options page: lists, deletes, exports and imports the saved reports.
import { extensionApi, isError, send } from './protocol.js';

/** @typedef {import('./protocol.js').ToBackground} ToBackground */

const api = extensionApi();
/** @param {string} id */
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

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

/** @param {string} text */
function say(text, bad = false) {
  $('message').textContent = text;
  $('message').classList.toggle('error', bad);
}

/** @param {string} text */
function cell(text) { const td = document.createElement('td'); td.textContent = text; return td; }

async function refresh() {
  const { reports } = await bg({ type: 'figcheck/reports' });
  const rows = reports.map((r) => {
    const tr = document.createElement('tr');
    tr.setAttribute('data-url', r.url);
    const title = document.createElement('td');
    const a = document.createElement('a');
    a.textContent = r.title || r.url;
    if (/^https?:/.test(r.url)) a.setAttribute('href', r.url);
    a.setAttribute('target', '_blank'); a.setAttribute('rel', 'noopener noreferrer');
    title.append(a);
    const del = document.createElement('button');
    del.type = 'button'; del.textContent = 'Delete'; del.className = 'delete';
    del.addEventListener('click', async () => {
      try { await bg({ type: 'figcheck/delete-report', url: r.url }); say(`Deleted “${r.title}”.`); await refresh(); } catch (e) { say(e.message, true); }
    });
    const act = document.createElement('td'); act.append(del);
    tr.append(title, cell(r.lang || '?'), cell(r.date || ''), cell(String(r.figures.length)), cell(r.savedAt.slice(0, 10)), act);
    return tr;
  });
  $('rows').replaceChildren(...rows);
  $('empty').hidden = reports.length > 0;
  $('reports').hidden = reports.length === 0;
}

$('export').addEventListener('click', async () => {
  try {
    const { json } = await bg({ type: 'figcheck/export' });
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url; a.download = `figcheck-reports-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    say('Exported.');
  } catch (e) { say(`Export failed: ${e.message}`, true); }
});

$('import').addEventListener('change', async (ev) => {
  const input = /** @type {HTMLInputElement} */ (ev.target);
  const file = input.files && input.files[0];
  input.value = '';
  if (!file) return;
  try {
    if (file.size > 5 * 1024 * 1024) throw new Error('the file is larger than 5 MB');
    const { imported } = await bg({ type: 'figcheck/import', json: await file.text() });
    say(`Imported ${imported} report${imported === 1 ? '' : 's'}.`);
  } catch (e) {
    say(`Nothing was imported: ${e.message}`, true);
  }
  await refresh();
});

$('paint').addEventListener('change', async (ev) => {
  const paint = /** @type {HTMLSelectElement} */ (ev.target).value;
  try { await bg({ type: 'figcheck/set-paint', paint: /** @type {'auto' | 'overlay'} */ (paint) }); say('Saved; reload a page to see the change.'); } catch (e) { say(e.message, true); }
});

(async () => {
  try {
    const s = await bg({ type: 'figcheck/settings' });
    /** @type {HTMLSelectElement} */ ($('paint')).value = s.paint;
    await refresh();
  } catch (e) { say(e.message, true); }
})();
