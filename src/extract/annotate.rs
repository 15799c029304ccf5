//! The context of a figure: what it measures, of whom, when, and its sentence.
//!
//! Every look here is bounded (a window of tokens or bytes around the figure),
//! so annotating all claims stays linear in the text.

use super::reader::Reader;
use super::Options;
use crate::claim::{measure_fits, Claim};
use crate::lang::Sense;
use crate::text::{is_sentence_end, Kind, Token};
use std::borrow::Cow;

/// Tokens looked at before and after a figure for its measure and subject.
const BACK: usize = 24;
const AHEAD: usize = 12;
/// Bytes looked at either side for the quote.
const QUOTE_SPAN: usize = 400;

impl<'a> Reader<'a> {
    /// Fills `measure`, `subject`, `entities`, `date` and (when asked) `quote`;
    /// the claim's tokens are `a..b`.
    pub(crate) fn annotate(&self, c: &mut Claim, a: usize, b: usize, opts: &Options) {
        debug_assert_eq!(a, self.toks.partition_point(|t| (t.start as usize) < c.start));
        debug_assert_eq!(b, self.toks.partition_point(|t| (t.end as usize) <= c.end));
        if a >= self.toks.len() {
            return;
        }
        // The sentence window in tokens. On the way: the last number before
        // the figure (not a percentage of change) and the first after it, and
        // the years of the window, for the measure and the date below.
        let mut years = Years::default();
        let mut lo = a;
        // Another figure in between owns the words before it, except a
        // percentage of change: `revenue fell 27% to 8.5 trillion`.
        let mut after_number: Option<usize> = None;
        while lo > 0 && a - lo < BACK {
            let t = &self.toks[lo - 1];
            if self.is_boundary(lo - 1) {
                break;
            }
            lo -= 1;
            if t.kind == Kind::Number {
                if after_number.is_none() && self.tok_has(lo + 1, |w| matches!(w, Sense::Pct)).is_none() {
                    after_number = Some(lo + 1);
                }
                years.back(t, lo);
            }
            if t.nl_before {
                break;
            }
        }
        let mut hi = b;
        let mut stop_after: Option<usize> = None;
        // A figure ending with an abbreviation's dot before a capital (`5 млн руб. По данным`) ends its sentence too.
        let closed = b > a && self.is_punct(b - 1, &['.']) && self.toks.get(b).is_none_or(|t| t.cap || t.nl_before);
        while !closed && hi < self.toks.len() && hi - b < AHEAD {
            if self.is_boundary(hi) || self.toks[hi].nl_before {
                break;
            }
            let t = &self.toks[hi];
            if t.kind == Kind::Number {
                if stop_after.is_none() {
                    stop_after = Some(hi);
                }
                years.ahead(t, hi);
            }
            hi += 1;
        }
        let stop_after = stop_after.unwrap_or(hi);
        // Measure: the nearest measure word that fits the unit, before the
        // figure first, not past another number.
        let mut measure: Option<(&'static str, usize, usize)> = None; // (name, distance, position)
        let fits = |m: &str| measure_fits(m, &c.unit);
        let mut k = after_number.unwrap_or(lo);
        while k < stop_after {
            if k >= a && k < b {
                // Inside the figure only the counted noun can name a measure
                // (a word or a phrase: Vietnamese `5.000 nhân viên`).
                let it = self.item(k).filter(|it| k + it.n <= b);
                let named = it.filter(|it| it.measure());
                if let Some(Sense::Measure(m)) =
                    named.and_then(|it| self.find_id(it.id, |w| matches!(w, Sense::Measure(m) if measure_fits(m, &c.unit))))
                {
                    if measure.is_none() {
                        measure = Some((m, 0, k));
                    }
                }
                k += it.map_or(1, |it| it.n);
                continue;
            }
            let Some(it) = self.item(k) else {
                k += 1;
                continue;
            };
            // A measure word capitalized inside a sentence of a Latin text is
            // part of a name (`the European Investment Bank`), in a language
            // that does not capitalize its nouns.
            let in_name =
                self.latin_text && self.toks[k].cap && !self.sentence_initial(k) && self.lang.lexicon().noun_determiners.is_empty();
            if !it.measure() || in_name {
                k += it.n;
                continue;
            }
            if let Some(Sense::Measure(m)) = self.find_id(it.id, |w| matches!(w, Sense::Measure(m) if fits(m))) {
                let d = if k < a { (a - k) * 2 } else { (k - b) * 3 + 1 };
                if measure.is_none_or(|(_, bd, _)| d < bd) {
                    measure = Some((m, d, k));
                }
            }
            k += it.n;
        }
        // Physical units name their own measure when the text does not.
        let measure_name = measure.map(|m| m.0).or(match &*c.unit {
            "W" => Some("power"),
            "Wh" => Some("energy"),
            // A count of a thing whose count is a measure (`GPUs`).
            "count" => c.counted.as_deref().and_then(crate::lexindex::known_thing).and_then(crate::claim::measure_of_thing),
            _ => None,
        });
        c.measure = measure_name.map(Cow::Borrowed);
        // Entities of the sentence window, nearest first.
        let mut ents = self.ent_buf.take();
        ents.clear();
        let mut k = lo;
        while k < hi {
            if k >= a && k < b {
                k = b;
                continue;
            }
            if let Some((name, n)) = self.entity_at(k, hi) {
                let d = if k < a { a - k } else { k - b + 1 };
                ents.push((d, name));
                k += n;
            } else {
                k += 1;
            }
        }
        // Subject: the first entity after the measure word (and before the
        // figure), else the nearest one.
        let mut subject = None;
        if let Some((_, _, mpos)) = measure {
            if mpos < a {
                let mut k = mpos + 1;
                while k < a {
                    if let Some((name, _)) = self.entity_at(k, a) {
                        subject = Some(name);
                        break;
                    }
                    k += 1;
                }
            }
        }
        ents.sort_by_key(|(d, _)| *d);
        let mut names = self.name_buf.take();
        names.clear();
        for &(_, e) in &ents {
            if !names.contains(&e) {
                names.push(e);
            }
        }
        if subject.is_none() {
            subject = names.first().copied();
        }
        if let Some(s) = subject {
            names.retain(|n| *n != s);
            names.insert(0, s);
        }
        names.truncate(6);
        c.subject = subject.map(str::to_string);
        c.entities = names.iter().map(|n| n.to_string()).collect();
        self.ent_buf.set(ents);
        self.name_buf.set(names);
        // Date: a year (with its month) in the sentence, else the document's.
        c.date = self.date_near(&years).or_else(|| opts.date.clone());
        if opts.quotes {
            c.quote = Some(quote(self.src, c.start, c.end).to_string());
        }
    }

    fn is_boundary(&self, i: usize) -> bool {
        let t = &self.toks[i];
        t.kind == Kind::Punct && is_sentence_end(t.ch)
    }

    /// A named entity at `k`, at most up to token `hi`: its name and how
    /// many tokens it spans. Computed once per token.
    #[inline(always)]
    fn entity_at(&self, k: usize, hi: usize) -> Option<(&'a str, usize)> {
        let cell = self.ents.get(k)?;
        let mut v = cell.get();
        if v == 0 && !self.may_be_entity(k) {
            v = 1;
            cell.set(v);
        }
        if v == 0 {
            v = 1 + self.entity_run(k).map_or(0, |(n, lex)| {
                debug_assert!(n < 32, "an entity of {n} tokens");
                ((n as u8) << 1) | lex as u8
            });
            cell.set(v);
        }
        if v == 1 {
            return None;
        }
        self.entity_name(k, hi, v)
    }

    /// Whether [`Self::entity_run`] may find an entity at token `k`: a word
    /// that starts an item some language reads as an entity, or that may be a
    /// name (what `entity_run`'s name test asks first). Most words of a text
    /// are neither.
    #[inline(always)]
    fn may_be_entity(&self, k: usize) -> bool {
        let t = &self.toks[k];
        t.kind == Kind::Word
            && ((t.latin && t.end - t.start >= 2 && (!self.latin_text || t.cap || t.inner_cap))
                || self.item(k).is_some_and(|it| it.entity()))
    }

    /// The entity `entity_at` found at `k` (`v`: its memo), cut at `hi`.
    #[inline(never)]
    fn entity_name(&self, k: usize, hi: usize, v: u8) -> Option<(&'a str, usize)> {
        let n = ((v - 1) >> 1) as usize;
        if (v - 1) & 1 == 1 {
            // A lexicon entity: its canonical name.
            if let Some((Sense::Entity(name), n)) = self.item_has(k, |w| matches!(w, Sense::Entity(_))) {
                return Some((name, n));
            }
            return None;
        }
        let n = n.min(hi.saturating_sub(k)).max(1);
        let s = self.toks[k].start as usize;
        let end = self.toks[k + n - 1].end as usize;
        Some((&self.src[s..end], n))
    }

    /// The named entity at `k`: a lexicon entity (`特斯拉` → Tesla), a Latin
    /// name (`xAI`, `Tesla`, `Elon Musk`), or a Latin word inside a non-Latin
    /// text; the tokens it spans, and whether it is a lexicon entity.
    #[inline(never)]
    fn entity_run(&self, k: usize) -> Option<(usize, bool)> {
        let t = self.toks.get(k)?;
        if t.kind != Kind::Word {
            return None;
        }
        if self.item(k).is_some_and(|it| it.entity()) {
            if let Some((Sense::Entity(_), n)) = self.item_has(k, |w| matches!(w, Sense::Entity(_))) {
                return Some((n, true));
            }
        }
        if !t.latin {
            return None;
        }
        let non_latin_text = !self.latin_text;
        // What `is_name` asks first, without its call: most words of a text
        // (in Latin script, those not capitalised) are not names.
        if t.end - t.start < 2 || (!non_latin_text && !t.cap && !t.inner_cap) {
            return None;
        }
        let is_name = |i: usize| -> bool {
            let u = &self.toks[i];
            if u.kind != Kind::Word || !u.latin || u.end - u.start < 2 {
                return false;
            }
            if !non_latin_text && !u.cap && !u.inner_cap {
                return false;
            }
            // `US$`, `HK$`: a currency prefix, not a name.
            if self.toks.get(i + 1).is_some_and(|n| n.kind == Kind::Sym && !n.space_before) {
                return false;
            }
            // Lexicon words (function words, units, measures) are not names.
            if self.tok_has(i, |w| !matches!(w, Sense::Entity(_))).is_some() {
                return false;
            }
            if non_latin_text {
                return true;
            }
            if !u.inner_cap && self.common_noun(i) {
                return false;
            }
            u.inner_cap || (u.cap && (!self.sentence_initial(i) || self.possessive_after(i) || self.name_follows(i)))
        };
        if !is_name(k) {
            return None;
        }
        // Join a run of names separated by single spaces (`Elon Musk`).
        let mut e = k + 1;
        while e < self.toks.len() && e - k < 4 && self.toks[e].space_before && !self.toks[e].nl_before && is_name(e) && self.toks[e].cap {
            e += 1;
        }
        Some((e - k, false))
    }

    /// Whether the capitalized word at `i` (a sentence's first) is followed by
    /// another one that is no word of the lexicon (`Kestrel Systems said`):
    /// two such words in a row are a name, wherever they stand.
    fn name_follows(&self, i: usize) -> bool {
        let Some(n) = self.toks.get(i + 1) else { return false };
        n.kind == Kind::Word
            && n.latin
            && n.cap
            && n.space_before
            && !n.nl_before
            && n.end - n.start >= 2
            && self.tok_has(i + 1, |w| !matches!(w, Sense::Entity(_))).is_none()
            && !self.common_noun(i + 1)
    }

    /// Whether the word at `i` is followed by a possessive `'s` (`Tesla's`,
    /// [`crate::lang::is_possessive`]):
    /// a capitalised word that owns something is a name even at a sentence start.
    fn possessive_after(&self, i: usize) -> bool {
        let (Some(a), Some(s)) = (self.toks.get(i + 1), self.toks.get(i + 2)) else { return false };
        a.kind == Kind::Punct
            && matches!(a.ch, '\'' | '\u{2019}')
            && !a.space_before
            && s.kind == Kind::Word
            && !s.space_before
            && crate::lang::is_possessive(s.text(self.src))
    }

    /// In a language that capitalizes every noun (German), a capital letter
    /// does not make a name: after a determiner of the lexicon's
    /// `noun_determiners` (`der Kurs`, `im vierten Quartal`), a number (`36
    /// Ländern`), a unit (`Gigawatt Rechenleistung`) or an uncapitalized word
    /// after a determiner, the capitalized word at `i` is a common noun.
    fn common_noun(&self, i: usize) -> bool {
        let dets = self.lang.lexicon().noun_determiners;
        if dets.is_empty() || i == 0 {
            return false;
        }
        let det = |k: usize| {
            let w = self.toks[k].text(self.src);
            if w.is_ascii() {
                // `to_lowercase` below, without a copy (the determiners are lower case).
                dets.iter().any(|d| d.eq_ignore_ascii_case(w))
            } else {
                dets.contains(&w.to_lowercase().as_str())
            }
        };
        let p = &self.toks[i - 1];
        det(i - 1)
            || p.kind == Kind::Number
            || self
                .tok_has(i - 1, |w| matches!(w, Sense::Unit(..) | Sense::Cur(_) | Sense::Mag(_) | Sense::MagPl(_) | Sense::Pct))
                .is_some()
            || (i > 1 && p.kind == Kind::Word && !p.cap && !self.tok_has_senses(i - 1) && det(i - 2))
    }

    /// The first year of the window around a figure (not its own digits), with its month when one stands before it.
    fn date_near(&self, years: &Years) -> Option<String> {
        for k in years.in_order() {
            let t = &self.toks[k];
            {
                // Digits that carry a magnitude or a unit (`2000 مليون`) are
                // amounts, not years.
                if self
                    .tok_has(k + 1, |w| matches!(w, Sense::Mag(_) | Sense::MagPl(_) | Sense::Unit(..) | Sense::Cur(_) | Sense::Pct))
                    .is_some()
                {
                    continue;
                }
                // A year is not a figure of this sentence's claims when it is glued to letters.
                let month = (k.saturating_sub(3)..k).rev().find_map(|m| month_number(self, m));
                let y = t.value as u32;
                return Some(match month {
                    Some(mo) => format!("{y}-{mo:02}"),
                    None => format!("{y}"),
                });
            }
        }
        None
    }
}

/// The tokens of a figure's window that read as years (1900-2099, four
/// digits, not grouped): those before the figure, nearest first, and those after it.
#[derive(Default)]
struct Years {
    back: [u32; BACK],
    nback: usize,
    ahead: [u32; AHEAD],
    nahead: usize,
}

impl Years {
    fn is_year(t: &Token) -> bool {
        t.digits == 4 && t.decimals == 0 && !t.grouped && (1900.0..2100.0).contains(&t.value)
    }
    #[inline]
    fn back(&mut self, t: &Token, k: usize) {
        if Self::is_year(t) && self.nback < BACK {
            self.back[self.nback] = k as u32;
            self.nback += 1;
        }
    }
    #[inline]
    fn ahead(&mut self, t: &Token, k: usize) {
        if Self::is_year(t) && self.nahead < AHEAD {
            self.ahead[self.nahead] = k as u32;
            self.nahead += 1;
        }
    }
    /// In text order.
    fn in_order(&self) -> impl Iterator<Item = usize> + '_ {
        self.back[..self.nback].iter().rev().chain(&self.ahead[..self.nahead]).map(|&k| k as usize)
    }
}

/// The month number of a month word at token `i`, from its place in the lexicon's list.
fn month_number(r: &Reader<'_>, i: usize) -> Option<u32> {
    r.tok_has(i, |w| matches!(w, Sense::Month))?;
    let word = crate::text::fold(r.toks[i].text(r.src));
    let lex = r.lang.lexicon();
    // Lexicons list months in order, January first; abbreviations may follow the full names.
    let pos = lex.words.iter().filter(|(_, w)| matches!(w, Sense::Month)).position(|(k, _)| *k == word)?;
    Some((pos % 12) as u32 + 1)
}

/// The sentence around bytes `start..end` of `src`, trimmed.
pub fn quote(src: &str, start: usize, end: usize) -> &str {
    let b = src.as_bytes();
    let mut s = start;
    let min = start.saturating_sub(QUOTE_SPAN);
    while s > min {
        let c = b[s - 1];
        if c == b'\n' || ((c == b'.' || c == b'!' || c == b'?') && s < b.len() && (b[s] == b' ' || b[s] == b'\n')) {
            break;
        }
        s -= 1;
    }
    while s < start && !src.is_char_boundary(s) {
        s += 1;
    }
    let mut e = end;
    let max = (end + QUOTE_SPAN).min(b.len());
    while e < max {
        let c = b[e];
        if c == b'\n' {
            break;
        }
        e += 1;
        if (c == b'.' || c == b'!' || c == b'?') && (e >= b.len() || b[e] == b' ' || b[e] == b'\n') {
            break;
        }
    }
    while e > end && !src.is_char_boundary(e) {
        e -= 1;
    }
    // CJK and other full stops.
    let q = &src[s..e];
    let rel_s = start - s;
    let rel_e = end - s;
    let head = q[..rel_s].rfind(['。', '！', '？', '؟', '।']).map(|i| i + q[i..].chars().next().map_or(1, char::len_utf8)).unwrap_or(0);
    let tail = q[rel_e..]
        .find(['。', '！', '？', '؟', '।'])
        .map(|i| rel_e + i + q[rel_e + i..].chars().next().map_or(1, char::len_utf8))
        .unwrap_or(q.len());
    q[head..tail].trim()
}
