// The toolbar popup: checks the active tab on click (activeTab grants access to
// it), lists its conflicts, and offers save, compare and the per-site switch.
import { describe, fmtRatio } from './lib/ui.js';

const api = globalThis.browser ?? globalThis.chrome;
const $ = (id) => document.getElementById(id);
let tabId = null;
let origin = null;
let needPermission = [];

function say(text, isError = false) {
  $('message').textContent = text;
  $('message').classList.toggle('error', isError);
}

async function targetTab() {
  // ?tab=N lets the browser tests open this page in a tab of its own and aim it at a fixture.
  const q = new URLSearchParams(location.search).get('tab');
  if (q !== null && /^\d+$/.test(q)) return api.tabs.get(Number(q));
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab;
}

async function bg(msg) {
  const r = await api.runtime.sendMessage(msg);
  if (r && r.error) throw new Error(r.error);
  return r;
}

async function toTab(msg) {
  const r = await api.tabs.sendMessage(tabId, msg);
  if (!r) throw new Error('the page did not answer');
  if (r.error) throw new Error(r.error);
  return r;
}

function render(result) {
  const conflicts = result.findings.filter((f) => f.verdict === 'conflict');
  const agrees = result.findings.length - conflicts.length;
  $('status').textContent = describe(result.claims, conflicts.length, agrees);
  const items = [];
  for (const f of [...conflicts, ...result.findings.filter((x) => x.verdict !== 'conflict')].slice(0, 30)) {
    const li = document.createElement('li');
    li.className = f.verdict === 'conflict' ? 'conflict' : 'agree';
    const fig = document.createElement('span'); fig.className = 'fig'; fig.textContent = f.text;
    li.append(fig);
    for (const o of f.others.slice(0, 3)) {
      const d = document.createElement('div'); d.className = 'other';
      const r = fmtRatio(o.ratio);
      d.textContent = `${o.verdict === 'conflict' ? '≠' : '='} ${o.text}${r ? ` (${r})` : ''} — ${o.self ? 'this page' : (o.title || o.url || o.file)}`;
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
    for (const id of ['save', 'compare', 'auto']) $(id).disabled = true;
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
    $('compare').disabled = alternates.length === 0;
    const settings = await bg({ type: 'figcheck/settings' });
    $('auto').checked = settings.autoSites.includes(origin);
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
  const on = ev.target.checked;
  const perm = { origins: [`${origin}/*`] };
  const asked = on ? api.permissions.request(perm) : Promise.resolve(true);
  asked.then(async (granted) => {
    if (!granted) { ev.target.checked = false; say('Permission refused: the site stays off.', true); return; }
    try {
      await bg({ type: 'figcheck/set-auto', origin, on });
      if (!on) await api.permissions.remove(perm).catch(() => {});
      say(on ? `figcheck will check ${new URL(origin).host} by itself.` : `figcheck checks ${new URL(origin).host} only when you click.`);
    } catch (e) { say(e.message, true); }
  });
});

start();
