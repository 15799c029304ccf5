// @ts-check
// A ratio between two figures as figcheck writes it everywhere: the one JS
// formatter of the extension and the demo, written as the Rust
// `compare::fmt_ratio` writes it for the CLI and in the explanations (the two
// are tested on one table: tests/ratio-cases.tsv).

/**
 * `x` rounded to `digits` decimals and written out, as Rust's `format!("{x:.N}")`:
 * from the double's exact decimal value, a tie to the even digit (1.125 → "1.12").
 * @param {number} x a finite number ≥ 0
 * @param {number} digits at least 1
 */
function fixed(x, digits) {
  // toFixed(100) is the double's exact decimal expansion for the numbers written here (≥ 1e-5, < 1e21).
  const exact = x.toFixed(100);
  const point = exact.indexOf('.');
  const keep = exact.slice(0, point + 1 + digits);
  const rest = exact.slice(point + 1 + digits);
  const half = rest[0] > '5' || (rest[0] === '5' && /[1-9]/.test(rest.slice(1)));
  const tie = rest[0] === '5' && !/[1-9]/.test(rest.slice(1));
  const last = keep.replace('.', '').slice(-1);
  const up = half || (tie && Number(last) % 2 === 1);
  if (!up) return keep;
  // One unit of the last kept digit added, carried through the decimal string.
  const chars = keep.split('');
  let i = chars.length - 1;
  for (; i >= 0; i -= 1) {
    if (chars[i] === '.') continue;
    if (chars[i] === '9') { chars[i] = '0'; continue; }
    chars[i] = String(Number(chars[i]) + 1);
    break;
  }
  return (i < 0 ? '1' : '') + chars.join('');
}

const trimZeros = (s) => s.replace(/0+$/, '').replace(/\.$/, '');

/**
 * A big number for people, as Rust's `compare::fmt_num`: `1 million`, `2.5 billion`,
 * `12 346` (thousands grouped with U+202F from 10 000).
 * @param {number} x
 */
export function fmtNum(x) {
  const a = Math.abs(x);
  const [v, w] = a >= 1e12 ? [x / 1e12, ' trillion'] : a >= 1e9 ? [x / 1e9, ' billion'] : a >= 1e6 ? [x / 1e6, ' million'] : [x, ''];
  const whole = Math.abs(v - roundAway(v)) < 1e-9;
  const s = whole ? String(roundAway(v)) : sign(v) + trimZeros(fixed(Math.abs(v), 3));
  if (!w && a >= 10_000 && whole) {
    const digits = s.replace(/^-/, '');
    const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202F');
    return x < 0 ? `-${grouped}` : grouped;
  }
  return `${s}${w}`;
}

/** Rust's `f64::round`: halves away from zero. @param {number} x */
function roundAway(x) { return x < 0 ? -Math.round(-x) : Math.round(x); }
/** @param {number} x */
function sign(x) { return x < 0 ? '-' : ''; }

/**
 * A ratio for people, without its ×, as Rust's `compare::fmt_ratio`: `1000`,
 * `2.5`, `0.001`; "" for no ratio.
 * @param {number | null | undefined} r
 */
export function fmtRatio(r) {
  if (r === null || r === undefined || !Number.isFinite(r) || r < 0) return '';
  if (r >= 10) return fmtNum(roundAway(r));
  if (r >= 1) return trimZeros(fixed(r, 2));
  return trimZeros(fixed(r, 4));
}

/**
 * A ratio with its ×, as the popover, the popup and the demo show it: `×10`,
 * `×0.001`; "" for no ratio.
 * @param {number | null | undefined} r
 */
export function ratioText(r) {
  const s = fmtRatio(r);
  return s ? `×${s}` : '';
}
