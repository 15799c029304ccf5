// @ts-check
// What the background does to tabs and sites: the badge, injecting the
// content script, the sites checked automatically, and reading another
// origin's language version for the content script.
import { extensionApi, httpOrigin } from '../protocol.js';
import { store } from './reports.js';

const api = extensionApi();
export const AUTO_SCRIPT_ID = 'figcheck-auto';
export const WAKE_SCRIPT_ID = 'figcheck-wake';
const MAX_FETCH_CHARS = 8_000_000;

/**
 * The badge: the number of conflicts, red when there are some; without
 * them, the number of conflicts most reports uphold (the others differ), amber.
 * @param {number | undefined} tabId @param {number} conflicts @param {number} [upheld]
 */
export async function setBadge(tabId, conflicts, upheld = 0) {
  if (tabId === undefined) return;
  const [n, color] = conflicts > 0 ? [conflicts, '#c62828'] : upheld > 0 ? [upheld, '#b45309'] : [0, '#607d8b'];
  try {
    await api.action.setBadgeBackgroundColor({ tabId, color });
    await api.action.setBadgeText({ tabId, text: String(n) });
  } catch { /* the tab went away */ }
}

/**
 * Injects the content script into a tab, unless it is there; whether it was injected now.
 * @param {number} tabId
 */
export async function ensureInjected(tabId) {
  const [probe] = await api.scripting.executeScript({ target: { tabId }, func: () => Boolean(/** @type {any} */ (globalThis).__figcheck) });
  if (probe && probe.result) return false;
  await api.scripting.insertCSS({ target: { tabId }, files: ['content.css'] });
  await api.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
  return true;
}

/** Keeps the registered content script in step with the sites switched on and the permissions held. */
export async function syncAutoSites() {
  const { autoSites } = await store.settings();
  const granted = [];
  for (const origin of autoSites) {
    if (await api.permissions.contains({ origins: [`${origin}/*`] })) granted.push(`${origin}/*`);
  }
  for (const id of [AUTO_SCRIPT_ID, WAKE_SCRIPT_ID]) {
    try { await api.scripting.unregisterContentScripts({ ids: [id] }); } catch { /* none registered */ }
  }
  if (granted.length) {
    await api.scripting.registerContentScripts([
      { id: AUTO_SCRIPT_ID, matches: granted, js: ['content.js'], css: ['content.css'], runAt: 'document_idle', persistAcrossSessions: true },
      // Wakes the engine while the page loads (wake.js).
      { id: WAKE_SCRIPT_ID, matches: granted, js: ['wake.js'], runAt: 'document_start', persistAcrossSessions: true },
    ]);
  }
  return granted.length;
}

/**
 * Reads a page of another origin (a language version), when that origin's permission is held.
 * @param {string} url
 * @returns {Promise<{ html: string, url: string } | import('../protocol.js').ErrorAnswer>}
 */
export async function fetchPage(url) {
  const origin = httpOrigin(url);
  if (!(await api.permissions.contains({ origins: [`${origin}/*`] }))) {
    return { error: `figcheck may not read ${origin} yet: allow it from the popup`, needsPermission: origin };
  }
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), 15_000);
  try {
    const res = await fetch(url, { credentials: 'omit', redirect: 'follow', signal: ctl.signal });
    if (!res.ok) return { error: `${url} answered ${res.status}` };
    const type = res.headers.get('content-type') || '';
    if (!/html|xml/i.test(type)) return { error: `${url} is not an HTML page (${type || 'no type'})` };
    let html = await res.text();
    if (html.length > MAX_FETCH_CHARS) html = html.slice(0, MAX_FETCH_CHARS);
    return { html, url: res.url || url };
  } finally { clearTimeout(timer); }
}
