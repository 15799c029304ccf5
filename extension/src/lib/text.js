// @ts-check
// Small text helpers of the background, tested in Node.

/**
 * A page's URL without its fragment, to tell whether two reports are the same page.
 * @param {string} url
 */
export function pageKey(url) {
  try { const u = new URL(url); u.hash = ''; return u.href; } catch { return String(url); }
}

/**
 * A long page text comes to the background ahead of its check in parts, each
 * a message of its own (content.js), so that no one message's copy is a long
 * task in the page. The parts of each text are kept here, by sender and id,
 * until the check joins them; a few texts at most, the oldest dropped first.
 */
export class PartsInbox {
  /** @param {{ maxChars?: number, maxTexts?: number }} [limits] */
  constructor({ maxChars = 12_000_000, maxTexts = 8 } = {}) {
    this.maxChars = maxChars;
    this.maxTexts = maxTexts;
    /** @type {Map<string, { pieces: Array<[number, string]>, size: number }>} */
    this.texts = new Map();
  }

  /**
   * Keeps one part; throws on a part that would make its text too long.
   * @param {string} key @param {number} at @param {string} text
   */
  add(key, at, text) {
    let t = this.texts.get(key);
    if (!t) {
      t = { pieces: [], size: 0 };
      this.texts.set(key, t);
      while (this.texts.size > this.maxTexts) this.texts.delete(this.texts.keys().next().value);
    }
    t.size += text.length;
    if (t.size > this.maxChars) {
      this.texts.delete(key);
      throw new Error('page text too long');
    }
    t.pieces.push([at, text]);
  }

  /**
   * The whole text of `key`, `length` characters, and forgets it; throws when a part is missing.
   * @param {string} key @param {number} length
   */
  take(key, length) {
    const t = this.texts.get(key);
    this.texts.delete(key);
    if (!t) throw new Error('page text parts missing');
    t.pieces.sort((a, b) => a[0] - b[0]);
    let at = 0;
    for (const [a, text] of t.pieces) {
      if (a !== at) throw new Error('page text parts out of step');
      at += text.length;
    }
    if (at !== length) throw new Error('page text parts incomplete');
    return t.pieces.map(([, text]) => text).join('');
  }
}
