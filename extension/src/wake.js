// @ts-check
// figcheck's wake-up call, run at document_start on the sites switched on: it
// asks the background to load its engine and index the saved reports while the
// page loads, so that the check at document_idle (content.js) finds them ready
// even when the browser had stopped the idle background worker. It reads
// nothing of the page and sends nothing but its own message type.
import { extensionApi, send } from './protocol.js';

try {
  const p = send(extensionApi(), { type: 'figcheck/wake' });
  if (p && typeof p.catch === 'function') p.catch(() => {});
} catch { /* the extension was reloaded or removed: nothing to wake */ }
