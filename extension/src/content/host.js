// @ts-check
// figcheck's one node in the page: a host after <body> whose closed shadow
// root holds the overlay's boxes and the popover, with their own styles.
import { state } from './env.js';

const SHEET = `
  :host { all: initial; }
  .layer { position: absolute; left: 0; top: 0; width: 0; height: 0; pointer-events: none; }
  .box { position: absolute; pointer-events: none; border-radius: 2px; }
  .box.conflict { background: rgba(229, 57, 53, 0.28); border-bottom: 2px solid #c62828; }
  .box.agree { border-bottom: 1px dotted rgba(46, 125, 50, 0.7); }
  .box.upheld { border-bottom: 2px dashed #b45309; }
  .pop { position: fixed; z-index: 2147483647; max-width: min(28rem, 90vw); max-height: 60vh; overflow: auto;
    box-sizing: border-box; padding: 0.6rem 0.75rem; background: #fff; color: #1a1a1a; pointer-events: auto;
    font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; text-align: start;
    border: 1px solid #bbb; border-radius: 6px; box-shadow: 0 4px 18px rgba(0,0,0,0.18); }
  .pop[hidden] { display: none; }
  .head { font-weight: 600; margin: 0 0 0.4rem; }
  .verdict { display: inline-block; font-size: 11px; padding: 0 0.35rem; border-radius: 3px; margin-inline-end: 0.35rem; }
  .verdict.conflict { background: #c62828; color: #fff; }
  .verdict.agree { background: #e8f5e9; color: #1b5e20; }
  .verdict.upheld { background: #fef3c7; color: #92400e; }
  ul { list-style: none; margin: 0; padding: 0; }
  li { border-top: 1px solid #eee; padding: 0.4rem 0; }
  .fig { font-weight: 600; }
  .ratio { color: #555; margin-inline-start: 0.35rem; }
  .evidence { color: #333; font-size: 12px; margin: 0.15rem 0; }
  .quote { margin: 0.2rem 0; color: #333; font-style: italic; }
  .src a { color: #0b57d0; text-decoration: underline; }
  .why { color: #555; font-size: 12px; }
`;

/** What the popover does when the pointer enters or leaves it (set by popover.js). */
export const popHooks = { enter: () => {}, leave: () => {} };

/** Makes figcheck's host, shadow root, overlay layer and popover, once (again if the page removed them). */
export function ensureHost() {
  if (state.host && state.host.isConnected) return;
  const host = document.createElement('div');
  host.setAttribute('data-figcheck-host', '');
  const st = host.style;
  for (const [k, v] of [['position', 'absolute'], ['top', '0'], ['left', '0'], ['width', '0'], ['height', '0'], ['margin', '0'],
    ['padding', '0'], ['border', '0'], ['z-index', '2147483647'], ['pointer-events', 'none'], ['display', 'block'], ['overflow', 'visible']]) {
    st.setProperty(k, v, 'important');
  }
  const shadow = host.attachShadow({ mode: 'closed' });
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(SHEET);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = SHEET;
    shadow.appendChild(style);
  }
  const layer = document.createElement('div'); layer.className = 'layer';
  const pop = document.createElement('div'); pop.className = 'pop'; pop.hidden = true;
  pop.setAttribute('role', 'dialog'); pop.setAttribute('aria-label', 'figcheck: counterparts of this figure');
  pop.addEventListener('mouseleave', () => popHooks.leave());
  pop.addEventListener('mouseenter', () => popHooks.enter());
  shadow.append(layer, pop);
  // After <body>, as the last child of <html>: the page's own subtree is left as it was.
  document.documentElement.appendChild(host);
  Object.assign(state, { host, shadow, layer, pop });
}
