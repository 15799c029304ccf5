// figcheck's wasm glue, part 2: turns the packed claims that `extract` builds
// in wasm into the plain objects of docs/claims.md §1. One Float64Array of numbers, one
// string table, no JSON: on a figure-dense text this is the larger part of the
// cost of crossing the boundary (see benches/). Kept in step with
// `pack_claims` in src/wasm.rs; tests/web.rs compares both ways.

const FIXED = 19; // numbers per claim before its entities and scale words

/**
 * @param {string} text the text the claims were read from (claims slice it)
 * @param {Float64Array} nums the packed claims (a view into wasm memory: read it now)
 * @param {string} strs the string table, concatenated
 * @param {Uint32Array} lens each string's length in UTF-16 code units
 * @returns {object[]} the claims
 */
export function decodeClaims(text, nums, strs, lens) {
  const S = new Array(lens.length);
  let p = 0;
  for (let i = 0; i < lens.length; i += 1) { S[i] = strs.slice(p, p + lens[i]); p += lens[i]; }
  const num = (x) => (Number.isNaN(x) ? null : x);
  const out = [];
  let k = 0;
  while (k + FIXED <= nums.length) {
    const start = nums[k], end = nums[k + 1];
    const c = {
      text: nums[k + 16] >= 0 ? S[nums[k + 16]] : text.slice(start, end),
      start,
      end,
      low: num(nums[k + 2]),
      high: num(nums[k + 3]),
      qualifier: S[nums[k + 4]],
      unit: S[nums[k + 5]],
    };
    if (nums[k + 6] >= 0) c.counted = S[nums[k + 6]];
    if (nums[k + 7] >= 0) c.measure = S[nums[k + 7]];
    if (nums[k + 8] >= 0) c.subject = S[nums[k + 8]];
    c.lang = S[nums[k + 9]];
    if (nums[k + 13] >= 0) c.alt = { low: num(nums[k + 14]), high: num(nums[k + 15]), note: S[nums[k + 13]] };
    if (nums[k + 10] >= 0) c.date = S[nums[k + 10]];
    if (nums[k + 11] >= 0) c.quote = S[nums[k + 11]];
    const ne = nums[k + 17], ns = nums[k + 18];
    let j = k + FIXED;
    if (ne > 0) { c.entities = new Array(ne); for (let e = 0; e < ne; e += 1) c.entities[e] = S[nums[j++]]; }
    if (ns > 0) { c.scale_words = new Array(ns); for (let e = 0; e < ns; e += 1) c.scale_words[e] = S[nums[j++]]; }
    c.rounding = nums[k + 12];
    out.push(c);
    k = j;
  }
  return out;
}
