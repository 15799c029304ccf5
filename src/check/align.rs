//! Versions of one story: their sentences aligned, and their figures paired
//! by place.
//!
//! Sentences are aligned as translations are in machine translation
//! (Gale and Church's length-based alignment, 1993, with anchors as in
//! hunalign): a dynamic programme over the two outlines takes one sentence
//! for one, two for one, one for two, or leaves a sentence out, scoring each
//! step by how well the lengths fit (their ratio against the texts' own) and
//! by the anchors the sentences share (numbers, figure values, names), each
//! weighted by its strength and by how rare it is in the two texts.
//!
//! A report is recognized as a version of the page when the anchors its
//! aligned sentences share cover much of the anchors either text has: a
//! translation shares most of its numbers and names, at the same places; a
//! story about something else shares a few small numbers and years, at no
//! place in particular.
//!
//! Figures then pair within aligned sentences: first those that agree, then
//! the rest by unit and order, where both sides have as many left of that
//! unit (`2 trilhões` against `200 milliards`: the slip this is for). Figures
//! whose units cannot meet (`85 mph`, `25 mm`) never pair.

use super::outline::{Outline, Strength};
use super::verdict::{agrees, distance, only_touch, slip_like, unit_systems_differ};
use crate::claim::Claim;
use std::collections::HashMap;

/// One step of an alignment: page sentences `p.0..p.1` with report sentences `r.0..r.1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Step {
    pub p: (u32, u32),
    pub r: (u32, u32),
}

/// Two outlines aligned.
#[derive(Debug, Clone, Default)]
pub(crate) struct Alignment {
    /// The steps that join sentences (those leaving one out are not kept).
    pub steps: Vec<Step>,
    /// Anchor weight the joined sentences share, and each side's anchor weight in all.
    pub shared: f64,
    pub mass_p: f64,
    pub mass_r: f64,
    /// Steps whose sentences share an anchor of weight ½ or more, and any anchor.
    pub anchored: usize,
    pub shared_steps: usize,
    /// The alignment's score (lengths that fit, anchors shared).
    pub score: f64,
}

/// Aligns a report with a page and says whether it is a version of the
/// page's story. The test is against chance: the same report with its
/// sentences shuffled (three fixed orders) keeps its lengths and anchors but
/// not their order, and aligns with an unrelated page as well as it does in
/// order; with a version it aligns much worse. Texts of three sentences or
/// fewer each, too short for that test, are versions when half the joined
/// pairs of sentences share an anchor, and a fifth of the anchors of the
/// text with fewer.
pub(crate) fn recognize(p: &Outline, r: &Outline) -> (Alignment, bool) {
    let al = align(p, r);
    if al.steps.is_empty() {
        return (al, false);
    }
    let (n, m) = (p.sentences.len(), r.sentences.len());
    if n <= 3 && m <= 3 {
        let least = al.mass_p.min(al.mass_r);
        let ok = least > 0.0 && al.shared / least >= 0.2 - 1e-9 && 2 * al.shared_steps >= al.steps.len();
        return (al, ok);
    }
    let least = al.mass_p.min(al.mass_r);
    let cover = if least > 0.0 { al.shared / least } else { 0.0 };
    // Without the test against chance when the answer is plain: aligned
    // sentences sharing half the anchors, or hardly any.
    let anchored_need = 3
        .min(p.sentences.iter().filter(|s| !s.anchors.is_empty()).count().min(r.sentences.iter().filter(|s| !s.anchors.is_empty()).count()))
        .max(1);
    if cover >= SURE && al.anchored >= anchored_need {
        return (al, true);
    }
    if al.anchored == 0 || cover < COVER / 2.0 {
        return (al, false);
    }
    let gap = al.score - null_score(p, r);
    let ok = gap >= MARGIN && (cover >= COVER || gap >= FAR);
    (al, ok)
}

/// The best score of the report's sentences, shuffled (three fixed orders),
/// aligned with the page: what chance gives.
pub(crate) fn null_score(p: &Outline, r: &Outline) -> f64 {
    let mut null = f64::NEG_INFINITY;
    let mut shuffled = r.clone();
    for seed in 1..=3u64 {
        shuffled.sentences.clone_from(&r.sentences);
        shuffle(&mut shuffled.sentences, seed);
        null = null.max(align(p, &shuffled).score);
    }
    null
}

/// How much better than chance a version's alignment scores, at least: a
/// version scores 15 better at the median (half of a good step a sentence),
/// a story about something else 0.3 worse, and 1.3 better once in a hundred
/// (measured on 930 translated articles and 6 510 pairs of unrelated ones).
const MARGIN: f64 = 2.0;

/// The share of the anchors of the text with fewer that a version's aligned
/// sentences share, at least — unless its alignment beats chance by
/// [`FAR`]: two stories of one day share a few numbers in order by chance,
/// a translation most of them.
const COVER: f64 = 0.22;
/// Past this share (and three anchored steps, or one in each sentence of
/// the sparser text that has anchors, when fewer), a version needs no test
/// against chance: no story about something else shares half its anchors
/// with a page, in order. (A short translation whose names are written in
/// another script keeps its numbers only, in one or two sentences.)
const SURE: f64 = 0.5;
const FAR: f64 = 6.0;

/// A fixed pseudo-random order (xorshift from `seed`).
fn shuffle<T>(v: &mut [T], seed: u64) {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    for i in (1..v.len()).rev() {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        v.swap(i, (x % (i as u64 + 1)) as usize);
    }
}

/// The most cells the alignment's table may have (page sentences × report
/// sentences): past it only a band around the diagonal is scored.
const MAX_CELLS: usize = 120_000;

/// How much the length of a step may stray from the texts' ratio (as a
/// standard deviation of the log ratio), and what straying costs.
const SIGMA: f64 = 0.45;
const LEN_WEIGHT: f64 = 0.4;
/// What leaving a sentence out costs: a little, so that a sentence one side
/// cut in two (at an ordinal's stop, `des 1. Weltkriegs`) joins its other
/// half rather than being left out.
const SKIP: f64 = -0.3;
/// What sharing anchors of weight 1 (after rarity) adds to a step.
const ANCHOR_WEIGHT: f64 = 4.0;

/// Aligns the sentences of two outlines.
pub(crate) fn align(p: &Outline, r: &Outline) -> Alignment {
    let (n, m) = (p.sentences.len(), r.sentences.len());
    let mut out = Alignment::default();
    if n == 0 || m == 0 {
        return out;
    }
    // The anchors that align sentences: their own and their names' sounds,
    // each sentence's sorted, all of them in one list (`spans` says whose).
    let mut ids: HashMap<u32, u32, crate::lexindex::FxBuild> = HashMap::default();
    // How many sentences of each text hold each anchor (by its id): a
    // shared anchor weighs its strength over the larger count (a name in
    // every sentence aligns none of them).
    let mut count: Vec<(u32, u32)> = Vec::new();
    let mut heard = |sentences: &[super::outline::Sentence], page: bool| -> Heard {
        let mut h = Heard { anchors: Vec::new(), ids: Vec::new(), spans: Vec::with_capacity(sentences.len() + 1) };
        h.spans.push(0);
        for s in sentences {
            let at = h.anchors.len();
            h.anchors.extend(s.anchors.iter().chain(&s.sounds).copied());
            h.anchors[at..].sort_unstable();
            let mut keep = at;
            for k in at..h.anchors.len() {
                if k == at || h.anchors[k] != h.anchors[keep - 1] {
                    h.anchors[keep] = h.anchors[k];
                    keep += 1;
                }
            }
            h.anchors.truncate(keep);
            for &a in &h.anchors[at..] {
                let next = count.len() as u32;
                let id = *ids.entry(a).or_insert(next);
                if id == next {
                    count.push((0, 0));
                }
                if page {
                    count[id as usize].0 += 1;
                } else {
                    count[id as usize].1 += 1;
                }
                h.ids.push(id);
            }
            h.spans.push(h.anchors.len() as u32);
        }
        h
    };
    let pa = heard(&p.sentences, true);
    let ra = heard(&r.sentences, false);
    out.mass_p = p.sentences.iter().flat_map(|s| &s.anchors).map(|&a| Strength::of(a).weight()).sum();
    out.mass_r = r.sentences.iter().flat_map(|s| &s.anchors).map(|&a| Strength::of(a).weight()).sum();
    // Each anchor's weight after rarity, by its id.
    let rare: Vec<f64> = {
        let mut w = vec![0.0; count.len()];
        for (&a, &id) in &ids {
            let (x, y) = count[id as usize];
            w[id as usize] = Strength::of(a).weight() / x.max(y).max(1) as f64;
        }
        w
    };
    let len_p: f64 = p.sentences.iter().map(|s| s.len as f64).sum();
    let len_r: f64 = r.sentences.iter().map(|s| s.len as f64).sum();
    let c = (len_r.max(1.0) / len_p.max(1.0)).clamp(0.05, 20.0);
    // The log lengths of each sentence and of each two in a row (the
    // report's as they are, the page's scaled by the texts' ratio), so that
    // a step's length cost takes no logarithm.
    let logs = |s: &[super::outline::Sentence], k: f64| -> (Vec<f64>, Vec<f64>) {
        let one: Vec<f64> = s.iter().map(|x| (k * x.len as f64 + 12.0).ln()).collect();
        let two: Vec<f64> = (0..s.len()).map(|i| if i == 0 { 0.0 } else { (k * (s[i - 1].len + s[i].len) as f64 + 12.0).ln() }).collect();
        (one, two)
    };
    let (lp1, lp2) = logs(&p.sentences, c);
    let (lr1, lr2) = logs(&r.sentences, 1.0);
    let len_cost = |lp: f64, lr: f64| -> f64 {
        let d = lr - lp;
        (d * d / (2.0 * SIGMA * SIGMA)).min(8.0)
    };
    // Which report sentences hold each anchor, in order (by the anchor's
    // id, one list after the other): the anchors a page sentence shares are
    // found from its own, not by walking every pair.
    let mut post_at = vec![0u32; count.len() + 1];
    for &id in &ra.ids {
        post_at[id as usize + 1] += 1;
    }
    for k in 1..post_at.len() {
        post_at[k] += post_at[k - 1];
    }
    let mut postings = vec![0u32; ra.ids.len()];
    {
        let mut fill = post_at.clone();
        for j in 0..m {
            for &id in ra.ids_of(j) {
                postings[fill[id as usize] as usize] = j as u32;
                fill[id as usize] += 1;
            }
        }
    }
    // The band: every cell when the table is small, else the cells near
    // the diagonal, as many as the budget allows (and wide enough for the
    // rows to meet: one row's columns reach the next row's). Only the
    // band is stored, row by row.
    let half = if n.saturating_mul(m) <= MAX_CELLS { m } else { (MAX_CELLS / (2 * (n + 1))).max(m.div_ceil(n.max(1)) + 2).max(4) };
    let windows: Vec<(usize, usize)> = (0..=n)
        .map(|i| {
            let centre = ((i as f64 * m as f64 / n as f64) as usize).min(m);
            (centre.saturating_sub(half), (centre + half).min(m))
        })
        .collect();
    let mut row_at = Vec::with_capacity(n + 2);
    let mut total = 0usize;
    for &(lo, hi) in &windows {
        row_at.push(total);
        total += hi - lo + 1;
    }
    let cell = |i: usize, j: usize| -> Option<usize> {
        let (lo, hi) = windows[i];
        (lo..=hi).contains(&j).then(|| row_at[i] + j - lo)
    };
    // The weight `one` (a sentence of one side) shares with either of `a`
    // and `b` (two of the other), each anchor once.
    let once = |one: &Heard, k: usize, other: &Heard, a: usize, b: usize| -> f64 {
        let (x, y) = (other.anchors_of(a), other.anchors_of(b));
        let (s, e) = (one.spans[k] as usize, one.spans[k + 1] as usize);
        (s..e)
            .filter(|&t| x.binary_search(&one.anchors[t]).is_ok() || y.binary_search(&one.anchors[t]).is_ok())
            .map(|t| rare[one.ids[t] as usize])
            .sum()
    };
    // Moves: (page sentences, report sentences, base score).
    const MOVES: [(usize, usize, f64); 5] = [(1, 1, 1.0), (1, 0, SKIP), (0, 1, SKIP), (2, 1, 0.5), (1, 2, 0.5)];
    let w = m + 1;
    let mut score = vec![f64::NEG_INFINITY; total];
    let mut from = vec![0u8; total];
    score[0] = 0.0;
    // A row of the table: its first and last columns, and where its cells start.
    let row = |i: usize| -> (usize, usize, usize) { (windows[i].0, windows[i].1, row_at[i]) };
    // The score at column `j` of a row, minus infinity outside its band.
    let get = |score: &[f64], (lo, hi, at): (usize, usize, usize), j: usize| -> f64 {
        if j >= lo && j <= hi {
            score[at + j - lo]
        } else {
            f64::NEG_INFINITY
        }
    };
    // sim[k][j]: what page sentence i-1-k shares with report sentence j-1
    // (rows i-1 and i-2 of the table of pairs), computed once a cell, for
    // the columns this row and the next read.
    let mut sim_cur = vec![0f64; w];
    let mut sim_prev = vec![0f64; w];
    const NONE: (usize, usize, usize) = (1, 0, 0);
    for i in 0..=n {
        std::mem::swap(&mut sim_cur, &mut sim_prev);
        let (lo, hi) = windows[i];
        if i > 0 {
            let reach = windows[(i + 1).min(n)].1.max(hi);
            let first = lo.saturating_sub(2).max(1);
            sim_cur[first..=reach].fill(0.0);
            for &id in pa.ids_of(i - 1) {
                let list = &postings[post_at[id as usize] as usize..post_at[id as usize + 1] as usize];
                if list.is_empty() {
                    continue;
                }
                let weight = rare[id as usize];
                let from = list.partition_point(|&x| (x as usize) + 1 < first);
                for &x in list[from..].iter().take_while(|&&x| (x as usize) < reach) {
                    sim_cur[x as usize + 1] += weight;
                }
            }
        }
        let up = if i >= 1 { row(i - 1) } else { NONE };
        let up2 = if i >= 2 { row(i - 2) } else { NONE };
        let here = row_at[i];
        for j in lo..=hi {
            if (i, j) == (0, 0) {
                continue;
            }
            let mut best = f64::NEG_INFINITY;
            let mut how = 0u8;
            // One with one, and two with one either way: their lengths and
            // anchors. An anchor both merged sentences share with the one
            // counts once (a title and its first sentence both say `14%`:
            // that is no reason to merge them).
            let gain = |lp: f64, lr: f64, sw: f64, base: f64| base - LEN_WEIGHT * len_cost(lp, lr) + ANCHOR_WEIGHT * sw;
            // A move from a cell (its score `prev`) with the gain `$gain`,
            // computed only when that cell is reached.
            macro_rules! consider {
                ($prev:expr, $k:expr, $gain:expr) => {
                    let prev: f64 = $prev;
                    if prev != f64::NEG_INFINITY {
                        let g: f64 = $gain;
                        if prev + g > best {
                            best = prev + g;
                            how = $k;
                        }
                    }
                };
            }
            if i >= 1 && j >= 1 {
                consider!(get(&score, up, j - 1), 0, gain(lp1[i - 1], lr1[j - 1], sim_cur[j], 1.0));
            }
            if i >= 1 {
                consider!(get(&score, up, j), 1, SKIP);
            }
            if j > lo {
                consider!(score[here + j - 1 - lo], 2, SKIP);
            }
            if i >= 2 && j >= 1 {
                consider!(get(&score, up2, j - 1), 3, {
                    let sw =
                        if sim_cur[j] > 0.0 && sim_prev[j] > 0.0 { once(&ra, j - 1, &pa, i - 1, i - 2) } else { sim_cur[j] + sim_prev[j] };
                    gain(lp2[i - 1], lr1[j - 1], sw, 0.5)
                });
            }
            if i >= 1 && j >= 2 {
                consider!(get(&score, up, j - 2), 4, {
                    let sw = if sim_cur[j] > 0.0 && sim_cur[j - 1] > 0.0 {
                        once(&pa, i - 1, &ra, j - 1, j - 2)
                    } else {
                        sim_cur[j] + sim_cur[j - 1]
                    };
                    gain(lp1[i - 1], lr2[j - 1], sw, 0.5)
                });
            }
            score[here + j - lo] = best;
            from[here + j - lo] = how;
        }
    }
    out.score = cell(n, m).map_or(f64::NEG_INFINITY, |c| score[c]);
    let mut union: Vec<u32> = Vec::new();
    // Back from the end, keeping the steps that join sentences.
    let (mut i, mut j) = (n, m);
    let mut steps = Vec::new();
    while i > 0 || j > 0 {
        let Some(c) = cell(i, j) else { break };
        if score[c] == f64::NEG_INFINITY {
            break; // no path reaches the end within the band
        }
        let (di, dj, _) = MOVES[from[c] as usize];
        if di > 0 && dj > 0 {
            steps.push(Step { p: ((i - di) as u32, i as u32), r: ((j - dj) as u32, j as u32) });
        }
        i -= di;
        j -= dj;
    }
    steps.reverse();
    for s in &steps {
        union.clear();
        for x in &r.sentences[s.r.0 as usize..s.r.1 as usize] {
            union.extend(x.anchors.iter().copied());
        }
        union.sort_unstable();
        union.dedup();
        let mut raw = 0.0;
        for x in &p.sentences[s.p.0 as usize..s.p.1 as usize] {
            raw += shared_raw(&x.anchors, &union);
        }
        out.shared += raw;
        if raw >= 0.5 {
            out.anchored += 1;
        }
        if raw > 0.0 {
            out.shared_steps += 1;
        }
    }
    out.steps = steps;
    out
}

/// The anchors of each sentence of a text that align it (its own and its
/// names' sounds, sorted), one sentence after the other, with each anchor's
/// id in the alignment.
struct Heard {
    anchors: Vec<u32>,
    ids: Vec<u32>,
    /// Where each sentence's anchors start (and, last, where they end).
    spans: Vec<u32>,
}

impl Heard {
    fn anchors_of(&self, k: usize) -> &[u32] {
        &self.anchors[self.spans[k] as usize..self.spans[k + 1] as usize]
    }

    fn ids_of(&self, k: usize) -> &[u32] {
        &self.ids[self.spans[k] as usize..self.spans[k + 1] as usize]
    }
}

/// The anchor weight (before rarity) two sorted lists of anchors share.
fn shared_raw(ps: &[u32], rs: &[u32]) -> f64 {
    let mut raw = 0.0;
    let (mut i, mut j) = (0, 0);
    while i < ps.len() && j < rs.len() {
        match ps[i].cmp(&rs[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                raw += Strength::of(ps[i]).weight();
                i += 1;
                j += 1;
            }
        }
    }
    raw
}

/// The figures of each sentence: index ranges into the claims, from the
/// outline's counts; `None` when the counts do not add up to the claims (an
/// outline of other claims).
pub(crate) fn figure_ranges(o: &Outline, claims: usize) -> Option<Vec<(usize, usize)>> {
    let mut out = Vec::with_capacity(o.sentences.len());
    let mut at = 0usize;
    for s in &o.sentences {
        let e = at + s.figures as usize;
        out.push((at, e));
        at = e;
    }
    (at == claims).then_some(out)
}

/// Whether two figures could state one fact at all: the same unit (after
/// conversion), not two different known counted things (GPUs are not cars),
/// not two different measures.
pub(crate) fn comparable(a: &Claim, b: &Claim) -> bool {
    if let (Some(x), Some(y)) = (&a.measure, &b.measure) {
        if x != y {
            return false;
        }
    }
    same_kind(a, b)
}

/// Whether two figures are of one kind at all: the same unit (after
/// conversion), not two different known counted things. Two such figures
/// that agree at the same place of two versions are one fact, whatever
/// measure each sentence's words suggest (`30亿欧元贷款`, a loan, and
/// `will lend €3 billion`).
pub(crate) fn same_kind(a: &Claim, b: &Claim) -> bool {
    if a.unit != b.unit {
        return false;
    }
    if let (Some(x), Some(y)) = (a.counted.as_deref(), b.counted.as_deref()) {
        if let (Some(kx), Some(ky)) = (super::known_thing(x), super::known_thing(y)) {
            if !crate::claim::things_meet(kx, ky) {
                return false;
            }
        }
    }
    true
}

/// Whether two figures name the same measure, or count the same known
/// thing (people aside: two groups of people are most often two groups).
fn one_thing(a: &Claim, b: &Claim) -> bool {
    if a.measure.is_some() && a.measure == b.measure {
        return true;
    }
    match (a.counted.as_deref().and_then(super::known_thing), b.counted.as_deref().and_then(super::known_thing)) {
        (Some(x), Some(y)) => x == y && x != "person",
        _ => false,
    }
}

/// Whether a figure is written with digits or a magnitude word (`2,5
/// milhões`, `centaines de milliers`), not with number words alone (`four
/// years`, `deux extrémités`): those are often not figures at all, and two
/// figures that disagree pair by their place only when one is definite.
fn definite(c: &Claim) -> bool {
    !c.scale_words.is_empty() || c.text.chars().any(|ch| crate::text::digit_value(ch).is_some())
}

/// How far apart (as the log of their ratio) two figures at the same place
/// may be and still be taken as one fact stated differently: 15 %.
const NEAR: f64 = 0.14;

/// The pairs of figures (page claim, report claim) that stand at the same
/// place in two aligned versions.
pub(crate) fn pair_figures(
    page: &[Claim],
    p_ranges: &[(usize, usize)],
    report: &[Claim],
    r_ranges: &[(usize, usize)],
    al: &Alignment,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut used_p = vec![false; page.len()];
    let mut used_r = vec![false; report.len()];
    let span = |ranges: &[(usize, usize)], (a, b): (u32, u32)| -> (usize, usize) {
        let s = ranges.get(a as usize).map_or(0, |r| r.0);
        let e = ranges.get(b as usize - 1).map_or(s, |r| r.1);
        (s, e)
    };
    let steps: Vec<((usize, usize), (usize, usize))> = al.steps.iter().map(|s| (span(p_ranges, s.p), span(r_ranges, s.r))).collect();
    // Within each step: the figures that agree, the closest first (`3,5
    // millions` takes `3.5 million`, not the `up to 3.5 million` that `1,7
    // million` would also meet). Figures that only touch at their
    // roundings (`4 試合` and `five matches`) wait for the pairing by
    // order: the `5` a slip made `50` is the one that figure stands for.
    let mut cands: Vec<(f64, usize, usize)> = Vec::new();
    for &((ps, pe), (rs, re)) in &steps {
        cands.clear();
        for (i, a) in page.iter().enumerate().take(pe).skip(ps) {
            for (j, b) in report.iter().enumerate().take(re).skip(rs) {
                if same_kind(a, b) && agrees(a, b) && !only_touch(a, b) {
                    cands.push((distance(a, b), i, j));
                }
            }
        }
        cands.sort_by(|x, y| x.0.total_cmp(&y.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
        for &(_, i, j) in &cands {
            if !used_p[i] && !used_r[j] {
                used_p[i] = true;
                used_r[j] = true;
                out.push((i, j));
            }
        }
    }
    // Figures split across a step's edge (a sentence cut differently): an
    // agreement with the step before or after.
    for (k, &((ps, pe), _)) in steps.iter().enumerate() {
        for i in ps..pe {
            if used_p[i] {
                continue;
            }
            let near = [k.checked_sub(1), Some(k + 1)];
            let found = near.iter().flatten().filter_map(|&x| steps.get(x)).find_map(|&(_, (rs, re))| {
                (rs..re).find(|&j| !used_r[j] && comparable(&page[i], &report[j]) && agrees(&page[i], &report[j]))
            });
            if let Some(j) = found {
                used_p[i] = true;
                used_r[j] = true;
                out.push((i, j));
            }
        }
    }
    // The rest, by unit: in order where both sides have as many left of it;
    // else the pairs whose ratio only a slip explains (a power of ten, two
    // digits swapped), where each figure has one such partner.
    for &((ps, pe), (rs, re)) in &steps {
        let left_p: Vec<usize> = (ps..pe).filter(|&i| !used_p[i]).collect();
        let left_r: Vec<usize> = (rs..re).filter(|&j| !used_r[j]).collect();
        if left_p.is_empty() || left_r.is_empty() {
            continue;
        }
        let mut units: Vec<&str> = left_p.iter().map(|&i| &*page[i].unit).collect();
        units.sort_unstable();
        units.dedup();
        for u in units {
            let a: Vec<usize> = left_p.iter().copied().filter(|&i| page[i].unit == u).collect();
            let b: Vec<usize> = left_r.iter().copied().filter(|&j| report[j].unit == u).collect();
            let one_each = a.len() == 1 && b.len() == 1;
            // Paired by order alone, two figures that disagree count only
            // when a slip explains them (a power of ten, two digits
            // swapped): others are most often two facts the sentences
            // order differently, or a figure one side did not read. The one
            // figure of its unit on each side may also be a figure
            // converted from another system of units (miles to km), or one
            // that is off by little (`24 bilhões` for `$25.5 billion`), or
            // one of the same measure or the same known thing (`6000个就业岗位`
            // for `between 3,000 and 4,000 jobs`).
            // The one figure of its unit on each side whose ratio only a
            // slip explains is one fact even where the two sentences' words
            // name two measures (`raise £120 million` read as funding,
            // `1億2千万ポンドに上る収益` as revenue).
            let fit = |i: usize, j: usize| {
                let (x, y) = (&page[i], &report[j]);
                (definite(x) || definite(y))
                    && ((comparable(x, y)
                        && (agrees(x, y)
                            || slip_like(x, y)
                            || (one_each && (unit_systems_differ(x, y) || distance(x, y) <= NEAR || one_thing(x, y)))))
                        || (one_each && same_kind(x, y) && slip_like(x, y)))
            };
            if a.len() == b.len() {
                for (&i, &j) in a.iter().zip(&b) {
                    if fit(i, j) {
                        used_p[i] = true;
                        used_r[j] = true;
                        out.push((i, j));
                    }
                }
                continue;
            }
            let slips: Vec<(usize, usize)> = a
                .iter()
                .flat_map(|&i| b.iter().map(move |&j| (i, j)))
                .filter(|&(i, j)| fit(i, j) && slip_like(&page[i], &report[j]))
                .collect();
            for &(i, j) in &slips {
                let once = slips.iter().filter(|x| x.0 == i || x.1 == j).count() == 1;
                if once {
                    used_p[i] = true;
                    used_r[j] = true;
                    out.push((i, j));
                }
            }
        }
    }
    // A figure and its conversion in brackets (`16 km (10 milles)`): one
    // fact written twice. When one of the two is paired, the other left over
    // is compared with the same counterpart, if a slip explains them.
    let paired = out.clone();
    for &(i, j) in &paired {
        for k in [i.wrapping_sub(1), i + 1] {
            if page.get(k).is_some_and(|c| !used_p[k] && twins(&page[i], c) && slip_like(c, &report[j])) {
                used_p[k] = true;
                out.push((k, j));
            }
        }
        for k in [j.wrapping_sub(1), j + 1] {
            if report.get(k).is_some_and(|c| !used_r[k] && twins(&report[j], c) && slip_like(&page[i], c)) {
                used_r[k] = true;
                out.push((i, k));
            }
        }
    }
    out.sort_unstable();
    out
}

/// Whether two figures of one text are one written after the other in
/// another system of units, next to it (`16 km (10 milles)`, `200 миль
/// (322 км)`): one fact, converted for the reader.
fn twins(a: &Claim, b: &Claim) -> bool {
    let gap = if a.end <= b.start {
        b.start - a.end
    } else if b.end <= a.start {
        a.start - b.end
    } else {
        return false;
    };
    gap <= 3
        && a.unit == b.unit
        && !matches!(&*a.unit, "count" | "%" | "magnitude")
        && !crate::claim::is_currency(&a.unit)
        && unit_systems_differ(a, b)
}
