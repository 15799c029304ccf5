// @ts-check
// figcheck's background (a module service worker in Chromium, an event page in
// Firefox). It owns the wasm engine — content scripts cannot compile wasm on
// pages whose CSP lacks 'wasm-unsafe-eval' — and the store of known reports.
// It answers only messages from this extension's own content scripts and pages
// (background/messages.js, on the protocol of protocol.js).
import { extensionApi, isError, sendToTab } from './protocol.js';
import { drop, kept } from './background/check.js';
import { stamp } from './background/engine.js';
import { onMessage } from './background/messages.js';
import { storeReady } from './background/reports.js';
import { ensureInjected, syncAutoSites } from './background/sites.js';

const api = extensionApi();
const MENU_SAVE = 'figcheck-save-report';

api.runtime.onMessage.addListener(onMessage);

api.runtime.onInstalled.addListener(() => {
  api.contextMenus.removeAll(() => {
    api.contextMenus.create({ id: MENU_SAVE, title: 'Save this page as a figcheck report', contexts: ['page', 'selection'] });
  });
  storeReady().then(syncAutoSites).catch(() => {});
});
api.runtime.onStartup.addListener(() => { storeReady().then(syncAutoSites).catch(() => {}); });
if (api.tabs && api.tabs.onRemoved) {
  api.tabs.onRemoved.addListener((tabId) => { for (const k of [...kept.keys()]) if (k.startsWith(`${tabId}:`)) drop(k); });
}
api.permissions.onRemoved.addListener(() => { syncAutoSites().catch(() => {}); });

api.contextMenus.onClicked.addListener(async (info, tab) => {
  if (info.menuItemId !== MENU_SAVE || !tab || tab.id === undefined) return;
  try {
    await ensureInjected(tab.id);
    const r = await sendToTab(api, tab.id, { type: 'figcheck/save-report' });
    if (!r || isError(r)) throw new Error(isError(r) ? r.error : 'no answer');
    await api.action.setTitle({ tabId: tab.id, title: `figcheck: saved "${r.saved.title}" (${r.saved.figures} figures)` });
  } catch (e) {
    await api.action.setTitle({ tabId: tab.id, title: `figcheck: not saved: ${e.message}` });
  }
});
stamp('evaluated');
