//! Assembling a figure around its quantity: qualifiers, currency, range,
//! unit or counted noun, and the claim.

use super::number::{tens, Qty};
use super::reader::Reader;
use super::starts_figure;
use crate::claim::{AltReading, Claim, Qualifier};
use crate::lang::Sense;
use crate::text::{Kind, NONE};
use std::borrow::Cow;

/// The most tokens one figure may span (qualifier, range, unit and counted noun included).
const MAX_FIGURE_TOKENS: usize = 24;

impl<'a> Reader<'a> {
    pub(crate) fn can_start(&self, i: usize) -> bool {
        let t = &self.toks[i];
        match t.kind {
            Kind::Number => true,
            Kind::Sym => self.tok_has(i, |w| matches!(w, Sense::Cur(_))).is_some() || self.pct_before(i).is_some(),
            Kind::Word => {
                // `R$`, `US$`: a word glued to a dollar sign (`us` may be a
                // word too, or the head of a phrase: `us dollars`). A currency
                // word the lexicon knows (`USD`, `Rs`) is found below.
                let dollar_next =
                    self.toks.get(i + 1).is_some_and(|u| u.kind == Kind::Sym && !u.space_before && matches!(u.ch, '$' | '＄'));
                if dollar_next && self.currency_prefix(i).is_some() {
                    return true;
                }
                if t.lex == NONE && t.cased == NONE {
                    return false;
                }
                if !self.item(i).is_some_and(|it| it.start()) {
                    return false;
                }
                match self.item_has(i, |w| starts_figure(w) && (!matches!(w, Sense::Pct) || crate::text::is_cjk(t.ch))) {
                    // One in words before a plain word (`a man`) is no figure
                    // (see `figure`): the most common case, left at once.
                    Some((Sense::Num(v), n)) if v < 2.0 => !self.plain_word(i + n),
                    found => found.is_some(),
                }
            }
            _ => false,
        }
    }

    /// Whether token `k` is a word with no sense that can belong to a figure
    /// (a function word, a noun or a name): `man` in `a man`.
    pub(crate) fn plain_word(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|u| u.kind == Kind::Word)
            && self.item_has(k, |w| !matches!(w, Sense::Stop | Sense::Thing(_) | Sense::Measure(_) | Sense::Entity(_))).is_none()
    }

    /// Reads a currency written before the amount: `$`, `US$`, `R$`, `€`, `Rs`, `Rp`, `USD`.
    pub(crate) fn currency_prefix(&self, i: usize) -> Option<(&'static str, usize)> {
        let t = self.toks.get(i)?;
        // `US$`, `R$`, `HK$`: a word glued to `$`.
        if t.kind == Kind::Word && t.latin && t.text(self.src).len() <= 3 {
            if let Some(u) = self.toks.get(i + 1) {
                if u.kind == Kind::Sym && (u.ch == '$' || u.ch == '＄') && !u.space_before {
                    let code = match t.text(self.src) {
                        "US" | "U" | "USD" => "USD",
                        "R" => "BRL",
                        "A" | "AU" => "AUD",
                        "C" | "CA" => "CAD",
                        "HK" => "HKD",
                        "NT" => "TWD",
                        "S" | "SG" => "SGD",
                        "NZ" => "NZD",
                        "Mex" | "MX" => "MXN",
                        _ => return None,
                    };
                    return Some((code, 2));
                }
            }
        }
        if let Some((Sense::Cur(c), n)) = self.item_has(i, |w| matches!(w, Sense::Cur(_))) {
            // A currency word before digits: `USD 5`, `Rs 500`, `Rp 5`, `€`; a
            // currency noun (`dólares`) before a number is not a prefix.
            let next = self.toks.get(i + n)?;
            let is_code = t.kind == Kind::Sym || (t.kind == Kind::Word && t.latin && (t.cap || t.inner_cap) && t.text(self.src).len() <= 3);
            if is_code && (next.kind == Kind::Number || (t.kind == Kind::Sym && next.kind == Kind::Word)) {
                return Some((self.localize(c, t.kind == Kind::Sym), n));
            }
            // An abbreviation with its dot before digits: `रु. 500`, `Rs. 500`, `रु.500`.
            let short = t.kind == Kind::Word && t.text(self.src).chars().count() <= 3 && (is_code || !t.latin);
            if short
                && n == 1
                && next.kind == Kind::Punct
                && next.ch == '.'
                && !next.space_before
                && self.toks.get(i + 2).is_some_and(|u| u.kind == Kind::Number)
            {
                return Some((self.localize(c, false), 2));
            }
        }
        None
    }

    /// Per cent written before the number: a word (`yüzde 40`, Turkish), or,
    /// in languages that write it so, the sign before a number (`%40`, `% 40`)
    /// when no number stands just before the sign (that `%` closes the figure
    /// before it). Returns the tokens it spans.
    pub(crate) fn pct_before(&self, j: usize) -> Option<usize> {
        let t = self.toks.get(j)?;
        let next = self.toks.get(j + 1)?;
        if t.kind == Kind::Sym {
            if !crate::text::percent_sign_before(self.lang) {
                return None;
            }
            let after_number = j > 0 && matches!(self.toks[j - 1].kind, Kind::Number | Kind::Code);
            let ok =
                self.tok_has(j, |w| matches!(w, Sense::Pct)).is_some() && next.kind == Kind::Number && !next.nl_before && !after_number;
            return ok.then_some(1);
        }
        let (_, n) = self.item_has(j, |w| matches!(w, Sense::PctBefore))?;
        self.toks.get(j + n).is_some_and(|u| !u.nl_before).then_some(n)
    }

    /// `k` past a case suffix glued behind an apostrophe (Turkish `100'den`,
    /// `TL'lik`, `%40'ı`), in languages that write them; ordinal suffixes
    /// (`3'üncü`, lexicon `Label`s) are not skipped, so the number stays a label.
    pub(crate) fn skip_suffix(&self, k: usize) -> usize {
        if !crate::text::apostrophe_suffixes(self.lang) {
            return k;
        }
        let (Some(a), Some(w)) = (self.toks.get(k), self.toks.get(k + 1)) else { return k };
        let glued = a.kind == Kind::Punct && matches!(a.ch, '\'' | '\u{2019}') && !a.space_before && k > 0;
        if glued && w.kind == Kind::Word && !w.space_before && !w.cap && self.tok_has(k + 1, |x| matches!(x, Sense::Label)).is_none() {
            return k + 2;
        }
        k
    }

    /// A currency sign read in the text's language: `¥` is the lexicon's
    /// `yen_sign` (yuan in Chinese, yen elsewhere). Only the sign is
    /// localized: a written `日元` or `JPY` stays yen.
    pub(crate) fn localize(&self, code: &'static str, sym: bool) -> &'static str {
        match code {
            "JPY" if sym => self.lang.lexicon().yen_sign,
            c => c,
        }
    }

    pub(crate) fn figure(&self, start: usize) -> Option<(Claim, usize, usize)> {
        let limit = (start + MAX_FIGURE_TOKENS).min(self.toks.len());
        let mut j = start;
        let mut qual = Qualifier::Exact;
        let mut between = false;
        // Prefix qualifiers, possibly two (`entre cerca de`, `mais de`).
        for _ in 0..2 {
            if let Some((w, n)) = self.item_has(j, |w| matches!(w, Sense::Qual(_) | Sense::Between)) {
                match w {
                    Sense::Qual(q) => qual = q,
                    Sense::Between => between = true,
                    _ => {}
                }
                // `выросла на 27% до 8,5 трлн`: an "up to" word that also separates
                // ranges (ru/uk `до`) right after a percentage means "to".
                if qual == Qualifier::UpTo
                    && j > 0
                    && self.tok_has(j - 1, |w| matches!(w, Sense::Pct)).is_some()
                    && self.item_has(j, |w| matches!(w, Sense::RangeSep)).is_some()
                {
                    qual = Qualifier::Exact;
                }
                j += n;
            }
        }
        // An article between a qualifier and its digits: `oltre il 40%`,
        // `hasta un 30%`, `circa l'80%` (one word, then the number).
        if j > start
            && self.toks.get(j).is_some_and(|t| t.kind == Kind::Word)
            && self.tok_has(j, |w| matches!(w, Sense::Stop) || w == Sense::Num(1.0)).is_some()
        {
            let k = if self.is_punct(j + 1, &['\'', '\u{2019}']) { j + 2 } else { j + 1 };
            if self.toks.get(k).is_some_and(|t| t.kind == Kind::Number) {
                j = k;
            }
        }
        let fig_start = j;
        // Korean is written with spaces: a figure whose first word is glued after
        // another syllable starts inside a word (천 in 추천, 약 in 계약).
        if start > 0 && self.toks[start].kind == Kind::Word && is_hangul(self.toks[start].ch) && !self.toks[start].space_before {
            let p = &self.toks[start - 1];
            if p.kind == Kind::Word && is_hangul(p.ch) {
                return None;
            }
        }
        // A unit written before the number (`magnitude 7.5`, `magnitude-7.5`,
        // `aged 45`): read here, the number must follow.
        let mut unit_before: Option<(&'static str, f64)> = None;
        if let Some((Sense::UnitBefore(u, f), n)) = self.item_has(j, |w| matches!(w, Sense::UnitBefore(..))) {
            let k = if self.is_punct(j + n, &['-']) && !self.toks[j + n].space_before { j + n + 1 } else { j + n };
            if self.toks.get(k).is_some_and(|t| t.kind == Kind::Number && !t.nl_before) {
                unit_before = Some((u, f));
                j = k;
            }
        }
        // A rate before the number: `時速 12 マイル` is 12 miles an hour.
        let mut rate_before: Option<f64> = None;
        if let Some((Sense::RateBefore(secs), n)) = self.item_has(j, |w| matches!(w, Sense::RateBefore(_))) {
            if self.toks.get(j + n).is_some_and(|t| t.kind == Kind::Number && !t.nl_before) {
                rate_before = Some(secs);
                j += n;
            }
        }
        // A percent word standing before the number: Chinese 百分之九十 = 90%.
        let mut pct_prefix = false;
        if let Some((Sense::Pct, n)) = self.item_has(j, |w| matches!(w, Sense::Pct)) {
            if crate::text::is_cjk(self.toks[j].ch) {
                pct_prefix = true;
                j += n;
            }
        }
        let mut currency: Option<&'static str> = None;
        // Per cent before the number (`yüzde 40`, `%40`), or a currency
        // (a word or sign: not the number itself, which has no key).
        let at_number = self.toks.get(j).is_some_and(|t| t.kind == Kind::Number);
        let pct_first = if at_number { None } else { self.pct_before(j) };
        if let Some(n) = pct_first {
            j += n;
        } else if let Some((c, n)) = if at_number { None } else { self.currency_prefix(j) } {
            currency = Some(c);
            j += n;
        }
        let qstart = j;
        let mut q = self.quantity(j, limit)?;
        let mut decade = false;
        // One in words (`a`, `an`, `one`) is a figure only with a unit (see
        // below): stop at once before a plain word (`a man`, `a difficult day`).
        if q.words_only && !q.vague && q.lo < 2.0 && q.mag == 1.0 && self.plain_word(q.end) {
            return None;
        }
        // `£5m`, `$500m`, `2m users`: a lower-case `m` glued to the digits is a
        // million after a currency or before a counted thing, metres otherwise.
        if q.digits && !q.vague && q.mag == 1.0 {
            if let Some(t) = self.toks.get(q.end) {
                if t.kind == Kind::Word
                    && !t.space_before
                    && t.text(self.src) == "m"
                    && (currency.is_some() || self.item_has(q.end + 1, |w| matches!(w, Sense::Thing(_) | Sense::Measure(_))).is_some())
                {
                    q.lo *= 1e6;
                    q.hi *= 1e6;
                    q.rounding *= 1e6;
                    q.mag = 1e6;
                    q.bare = false;
                    q.yearlike = false;
                    q.scale.push(q.end);
                    q.end += 1;
                }
            }
        }
        // `40s`: the ten years from a round number (an age after `in his`).
        if q.bare && q.lo >= 10.0 && tens(q.lo) && q.lo == q.hi {
            if let Some(t) = self.toks.get(q.end) {
                if t.kind == Kind::Word && !t.space_before && self.tok_has(q.end, |w| matches!(w, Sense::Decade)).is_some() {
                    // (A decade alone is of the calendar: no figure.)
                    unit_before?;
                    q.hi = q.lo + 10.0;
                    q.end += 1;
                    decade = true;
                }
            }
        }
        // `40代`, `40대`: an age, the ten years from a round number; after a
        // year, a decade of the calendar (`2000대`), no figure. (Not the count
        // of a counted thing before it: `차량 40대`, forty vehicles.)
        let age_decade = q.bare
            && q.lo == q.hi
            && !decade
            && self.toks.get(q.end).is_some_and(|t| t.kind == Kind::Word && !t.nl_before)
            && self.tok_has(q.end, |w| matches!(w, Sense::AgeDecade)).is_some()
            && !self.score_sep(q.end);
        if age_decade {
            if q.yearlike && !self.toks[q.end].space_before {
                return None;
            }
            let thing_before = fig_start > 0 && self.item_has(fig_start - 1, |w| matches!(w, Sense::Thing(_))).is_some();
            if (10.0..=90.0).contains(&q.lo) && tens(q.lo) && !thing_before && unit_before.is_none() {
                unit_before = Some(("s", crate::lang::YEAR));
                q.hi = q.lo + 10.0;
                q.end += 1;
                decade = true;
            }
        }
        // A qualifier word alone (no number after it) is nothing.
        j = self.skip_suffix(q.end);
        // Range: `2 a 3`, `30 to 40 million`, `entre 30.000 e 40.000`, `sete ou oito`, `30-40`.
        let mut range = false;
        const DASHES: [char; 7] = ['-', '–', '—', '~', '〜', '～', '‒'];
        // CJK writes the unit after both ends (`20億ドルから30億ドル`,
        // `30亿美元至40亿美元`): step over the first one when a range follows it.
        let mut unit_rep: Option<u32> = None;
        // `30%至40%`: a per cent sign before a CJK range word, likewise.
        let cjk_unit = |j: usize| {
            let t = &self.toks[j];
            (t.kind == Kind::Word && crate::text::is_cjk(t.ch))
                || (t.kind == Kind::Sym && self.toks.get(j + 1).is_some_and(|u| u.kind == Kind::Word && crate::text::is_cjk(u.ch)))
        };
        if !between && j < limit && cjk_unit(j) {
            if let Some(it) = self.item(j) {
                let k = j + it.n;
                if self.find_id(it.id, |w| matches!(w, Sense::Cur(_) | Sense::Unit(..) | Sense::Pct)).is_some()
                    && (self.item_has(k, |w| matches!(w, Sense::RangeSep)).is_some() || self.is_punct(k, &DASHES))
                {
                    unit_rep = Some(it.id);
                    j = k;
                }
            }
        }
        if j < limit {
            let dash = !between && self.is_punct(j, &DASHES);
            let sep = if between {
                self.item_has(j, |w| matches!(w, Sense::And | Sense::RangeSep)).map(|(_, n)| n)
            } else if self.item_has(j, |w| matches!(w, Sense::PostQual(_))).is_some() {
                None
            } else if let Some((_, n)) = self.item_has(j, |w| matches!(w, Sense::RangeSep)) {
                Some(n)
            } else if self.is_punct(j, &DASHES) {
                Some(1)
            } else {
                None
            };
            if let Some(n) = sep {
                let mut k = j + n;
                let mut cur2 = None;
                if let Some((c, m)) = self.currency_prefix(k) {
                    cur2 = Some(c);
                    k += m;
                }
                if let Some(q2) = self.quantity(k, limit) {
                    let mut lo = q.lo;
                    let mut q1 = q.clone();
                    if q1.mag == 1.0 && q2.mag > 1.0 && q1.lo * q2.mag <= q2.lo * 1.0001 {
                        lo *= q2.mag;
                        q1.rounding *= q2.mag;
                    }
                    let same_unit = unit_rep.is_none_or(|id| self.item(q2.end).is_some_and(|it| it.id == id));
                    // A bare year before a magnitude it does not scale is a date, not an
                    // end (Hindi `2020 से 5 लाख`: since 2020, 500 000).
                    let year_then_mag = q.yearlike && q2.mag > 1.0 && lo == q.lo;
                    let ok = (cur2.is_none() || currency.is_none() || cur2 == currency)
                        && lo <= q2.lo
                        && same_unit
                        && !(unit_rep.is_some() && q2.yearlike)
                        && !(q.yearlike && q2.yearlike)
                        && !year_then_mag
                        // `a 2-2 draw`: a score, not a range.
                        && !(dash && q.bare && q2.bare && q.lo == q2.lo);
                    if ok {
                        if currency.is_none() {
                            currency = cur2;
                        }
                        q = Qty {
                            lo,
                            hi: q2.hi,
                            vague: q.vague || q2.vague,
                            rounding: q1.rounding.max(q2.rounding),
                            mag: q2.mag,
                            end: q2.end,
                            digits: q.digits || q2.digits,
                            bare: q.bare && q2.bare,
                            yearlike: false,
                            scale: q.scale.iter().chain(q2.scale.iter()).copied().collect(),
                            alt: q.alt.or(q2.alt),
                            words_only: q.words_only && q2.words_only,
                            inner_qual: q.inner_qual.or(q2.inner_qual),
                        };
                        range = true;
                        j = q.end;
                    }
                }
            }
        }
        if !range {
            j = q.end;
        }
        if between && !range {
            // `entre X` with no second end: read X alone.
        }
        // An abbreviation that ends the number and is also a currency or a unit.
        // `500 mdd` (millones de dólares): a magnitude and its currency at once.
        // `50 mm`: millions next to money (`US$ 50 mm`, `50 mm de dólares`),
        // millimetres otherwise, so the magnitude is undone for the unit.
        let mut unit: Option<(&'static str, f64)> = pct_first.map(|_| ("%", 1.0)).or(unit_before); // (unit, factor)
                                                                                                   // The other reading of an ambiguous unit word (`ton`, English `degrees`).
        let mut unit_alt: Option<(&'static str, f64)> = None;
        if currency.is_none() {
            if let Some(&s) = q.scale.last() {
                if s + 1 == q.end {
                    match self.tok_has(s, |w| matches!(w, Sense::Cur(_) | Sense::Unit(..))) {
                        Some(Sense::Cur(c)) => currency = Some(c),
                        Some(Sense::Unit(u, f)) if self.mag_of(s).is_some() => {
                            let money_next = self.item_has(self.skip_link(q.end), |w| matches!(w, Sense::Cur(_))).is_some()
                                || self.tok_has(q.end, |w| matches!(w, Sense::Cur(_))).is_some();
                            let m = self.mag_of(s).unwrap_or(1.0);
                            if !money_next && m > 0.0 {
                                q.lo /= m;
                                q.hi /= m;
                                q.rounding /= m;
                                q.mag /= m;
                                q.scale.pop();
                                unit = Some((u, f));
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
        // The dot of an abbreviated magnitude before its unit: `3 Mld. di euro`,
        // `5 mill. de euros` (not a sentence end: a lower-case unit or link follows).
        if q.scale.last().is_some_and(|&s| s + 1 == j) && self.is_punct(j, &['.']) && !self.toks[j].space_before {
            if let Some(u) = self.toks.get(j + 1) {
                if !u.cap
                    && !u.nl_before
                    && self.item_has(j + 1, |w| matches!(w, Sense::Link | Sense::Cur(_) | Sense::Unit(..) | Sense::Pct)).is_some()
                {
                    j += 1;
                }
            }
        }
        j = self.skip_suffix(j);
        let mut counted: Option<(usize, usize)> = None; // token range of the counted noun
        let mut unit_at: Option<usize> = None; // token of a unit word
        let mut sub_add = 0.0; // a smaller unit's part, in the base unit (`6-foot-6`)
        let mut end_tok = j; // exclusive
        let mut k = j;
        if k < limit && unit.is_none() {
            // `%` glued or spaced.
            if let Some(t) = self.toks.get(k) {
                if t.kind == Kind::Sym && self.tok_has(k, |w| matches!(w, Sense::Pct)).is_some() {
                    unit = Some(("%", 1.0));
                    k += 1;
                } else if t.kind == Kind::Sym && currency.is_none() && !self.toks.get(k + 1).is_some_and(|u| u.kind == Kind::Number) {
                    // (A sign before digits is their prefix: `a $5 fee`.)
                    if let Some(Sense::Cur(c)) = self.tok_has(k, |w| matches!(w, Sense::Cur(_))) {
                        currency = Some(self.localize(c, true));
                        k += 1;
                    }
                }
            }
        }
        if unit.is_none() && k < limit {
            // Optional link word (`de`, `of`, `d'`) before a unit, currency or counted noun.
            let (kk, linked) = match self.item_has(k, |w| matches!(w, Sense::Link)) {
                // A partitive: `five of the victims` (a determiner, then the noun).
                Some((_, n)) if !self.toks[k].nl_before => match self.item_has(k + n, |w| matches!(w, Sense::Det)) {
                    Some((_, m)) if self.toks.get(k + n + m).is_some_and(|u| u.kind == Kind::Word && !u.nl_before) => (k + n + m, true),
                    _ => (k + n, true),
                },
                // A compound adjective: `150-megawatt`, `10-year`, `5-billion-dollar`,
                // `14-процентный` (14-percent).
                _ if self.is_punct(k, &['-'])
                    && !self.toks[k].space_before
                    && self.toks.get(k + 1).is_some_and(|u| !u.space_before)
                    && self.item_has(k + 1, |w| matches!(w, Sense::Unit(..) | Sense::Cur(_) | Sense::Pct)).is_some() =>
                {
                    (k + 1, false)
                }
                // A count as a compound adjective before its noun: `a 22-count
                // indictment`, `its 281-store business` (22 counts, 281 stores).
                // (Likewise in words: `a six-point lead`, `a two-goal lead`.)
                _ if (q.bare || (q.words_only && !q.vague && q.mag == 1.0))
                    && self.is_punct(k, &['-'])
                    && !self.toks[k].space_before
                    && self.toks.get(k + 1).is_some_and(|u| u.kind == Kind::Word && !u.space_before && !u.cap && u.latin)
                    && self.toks.get(k + 2).is_some_and(|u| u.kind == Kind::Word && u.space_before && !u.nl_before) =>
                {
                    (k + 1, false)
                }
                _ => (k, false),
            };
            if let Some((w, n)) = self.item_has(kk, |w| matches!(w, Sense::Cur(_) | Sense::Unit(..) | Sense::Pct)) {
                // (A currency sign before digits is their prefix: `a $5 fee`.)
                let sign_of_next = self.toks[kk].kind == Kind::Sym && self.toks.get(kk + n).is_some_and(|u| u.kind == Kind::Number);
                let glued_ok = !self.toks[kk].nl_before && !sign_of_next;
                if glued_ok {
                    match w {
                        Sense::Cur(c) => {
                            if currency.is_none() {
                                currency = Some(self.localize(c, self.toks[kk].kind == Kind::Sym));
                            }
                            k = kk + n;
                        }
                        // A unit that is also a function word (Italian `ha`: hectares, has)
                        // does not make a year a figure (`nel 1939 ha`).
                        Sense::Unit(u, f)
                            if currency.is_none() && !(q.yearlike && self.item_has(kk, |w| matches!(w, Sense::Stop)).is_some()) =>
                        {
                            // `2024 года`: a year, not 2024 years.
                            if q.yearlike && self.item_has(kk, |w| matches!(w, Sense::CalendarYear)).is_some() {
                                return None;
                            }
                            unit = Some((u, f));
                            unit_alt = self.unit_alt(kk);
                            unit_at = Some(kk);
                            k = kk + n;
                            // `6-foot-6`, `6 feet 6 inches`: the smaller unit's number.
                            if let Some((add, m)) = self.sub_unit(k, u, f) {
                                sub_add = add;
                                k += m;
                            }
                        }
                        Sense::Pct => {
                            unit = Some(("%", 1.0));
                            k = kk + n;
                        }
                        _ => {}
                    }
                }
            } else if currency.is_none() {
                // A counted noun (`GPUs`, `voluntários`, `人`, `المتطوعين`).
                if let Some((a, b)) = self.counted_noun(kk, linked, limit) {
                    counted = Some((a, b));
                    k = b;
                }
            }
        }
        let k = if counted.is_none() { self.skip_suffix(k) } else { k };
        end_tok = end_tok.max(k);
        if pct_prefix && unit.is_none() && currency.is_none() {
            unit = Some(("%", 1.0));
        }
        if qual == Qualifier::Exact {
            if let Some(iq) = q.inner_qual {
                qual = iq;
            }
        }
        // Post qualifiers: `ou mais`, `or more`, `以上`, `多`, `左右`.
        // (Not the first syllable of a Korean word: `20대 여성`, women, is no `여`.)
        let post_qual = self.item_has(end_tok, |w| matches!(w, Sense::PostQual(_))).filter(|&(_, n)| {
            let t = &self.toks[end_tok];
            let glued_on = self.toks.get(end_tok + n).is_some_and(|u| u.kind == Kind::Word && !u.space_before && is_hangul(u.ch));
            !(is_hangul(t.ch) && t.space_before && glued_on && !self.tok_has_senses(end_tok + n))
        });
        if let Some((Sense::PostQual(pq), n)) = post_qual {
            if qual == Qualifier::Exact {
                qual = pq;
            }
            end_tok += n;
            // `1万多人`: the counter may follow the post qualifier; so may the
            // currency or unit (Hindi `10 करोड़ से अधिक रुपये`).
            if unit.is_none() && currency.is_none() && counted.is_none() {
                let after = self.item_has(end_tok, |w| matches!(w, Sense::Cur(_) | Sense::Unit(..) | Sense::Pct));
                if let Some((w, n)) = after.filter(|_| !self.toks[end_tok].nl_before) {
                    match w {
                        Sense::Cur(c) => currency = Some(self.localize(c, false)),
                        Sense::Unit(u, f) => {
                            unit = Some((u, f));
                            unit_alt = self.unit_alt(end_tok);
                        }
                        _ => unit = Some(("%", 1.0)),
                    }
                    end_tok += n;
                } else if let Some((a, b)) = self.counted_noun(end_tok, false, limit) {
                    counted = Some((a, b));
                    end_tok = b;
                }
            }
        }
        // An ordinal suffix after the number and its counter (`3回目`,
        // `60周年`), or a time of day (`4.40 am`).
        if self.toks.get(end_tok).is_some_and(|t| !t.nl_before)
            && self.item_has(end_tok, |w| matches!(w, Sense::Ordinal | Sense::Clock)).is_some()
        {
            return None;
        }
        // `100％確信`, `100퍼센트 확신` (100 percent sure): a per cent before an
        // intensifier word is none.
        if unit.is_some_and(|(u, _)| u == "%")
            && self.toks.get(end_tok).is_some_and(|t| !t.nl_before)
            && self.item_has(end_tok, |w| matches!(w, Sense::Idiom)).is_some()
        {
            return None;
        }
        // A score: `2대1`, `2 対 2` (the second number is caught in `rejected`).
        if self.score_sep(q.end) {
            return None;
        }
        // `Saipov, 30, said`: an age, in years.
        if unit.is_none()
            && currency.is_none()
            && counted.is_none()
            && qual == Qualifier::Exact
            && self.appositive_age(fig_start, end_tok, &q)
        {
            unit = Some(("s", crate::lang::YEAR));
        }
        // `Tyler was 13 when`, `who was 11 at the time`: an age, in years.
        if unit.is_none()
            && currency.is_none()
            && counted.is_none()
            && qual == Qualifier::Exact
            && self.predicative_age(fig_start, end_tok, &q)
        {
            unit = Some(("s", crate::lang::YEAR));
        }
        // `200 and 400 metres`: a bare number takes the unit of the one joined to it.
        if unit.is_none() && currency.is_none() && counted.is_none() && q.bare && !q.yearlike && !range && end_tok == q.end {
            unit = self.shared_unit(end_tok);
        }
        let has_unit = unit.is_some() || currency.is_some();
        // A bare number between a label word and a time unit that is also a
        // label (a date or clock part) is a label: Vietnamese dates `ngày 12
        // tháng 7 năm 2023` (day 12, month 7), `lúc 9 giờ` (at 9 o'clock).
        if let (true, None, Some(("s", _)), Some(u)) = (q.bare, currency, unit, unit_at) {
            let first_num = (fig_start..q.end).find(|&i| self.toks[i].kind == Kind::Number);
            if let Some(n) = first_num {
                let label = |i: usize| self.tok_has(i, |w| matches!(w, Sense::Label)).is_some();
                if n > 0 && label(n - 1) && label(u) {
                    return None;
                }
            }
        }
        // A year-like number is a count when what it counts is a known thing
        // (`1000 people`) or a qualifier stands before it (`almost 1000 cases`).
        let counted_ok =
            counted.is_some_and(|(a, _)| qual != Qualifier::Exact || self.item_has(a, |w| matches!(w, Sense::Thing(_))).is_some());
        if self.rejected(fig_start, &q, has_unit, counted_ok) {
            return None;
        }
        if !has_unit && counted.is_none() && q.bare {
            return None;
        }
        // A number written only in CJK or Hangul characters (十, 三百, 两千亿, 万)
        // stands inside many words and names (十分, 三星, 万达, 千葉, 백신): it is a
        // figure only with a unit, currency, counter or counted thing after it.
        if q.words_only && !q.vague && !has_unit && counted.is_none() && crate::text::is_cjk(self.toks[qstart].ch) {
            return None;
        }
        // A reading on a scale is never stated in words: `a quake`, `an earthquake`.
        if q.words_only && unit.is_some_and(|(u, _)| crate::lang::scale_unit(u)) {
            return None;
        }
        if q.words_only && !has_unit && q.lo < 2.0 && q.mag == 1.0 {
            return None;
        }
        // Likewise one thing counted with a counter word (`1人`, `1台`, `1つ`,
        // `1명`): where a counter follows every numeral, `1` + counter is how the
        // language says `a`/`one`, the singular, not a figure.
        if q.bare && q.lo == 1.0 && !range && qual == Qualifier::Exact && !has_unit {
            if let Some((a, _)) = counted {
                if self.tok_has(a, |w| matches!(w, Sense::Counter)).is_some() {
                    return None;
                }
            }
        }
        // Number words below a thousand with nothing counted (`two of them`,
        // `a two-thirds majority`) are no more a figure than a bare `2`.
        if q.words_only && !q.vague && !has_unit && counted.is_none() && q.mag == 1.0 {
            return None;
        }
        let (unit_code, factor) = match (currency, unit) {
            (Some(c), _) => (c, 1.0),
            (None, Some(("m", f))) if rate_before.is_some() => ("m/s", f / rate_before.unwrap_or(1.0)),
            (None, Some((u, f))) => (u, f),
            (None, None) => ("count", 1.0),
        };
        let mut lo = q.lo * factor + sub_add;
        let mut hi = q.hi * factor + sub_add;
        let mut rounding = q.rounding * factor;
        if q.vague {
            rounding = 0.0;
        }
        let mut alt = q.alt.map(|(v, note)| (v * factor, v * factor, note));
        if alt.is_none() {
            // The other reading of the unit, in the same base unit once converted.
            if let Some((au, af)) = unit_alt.filter(|_| currency.is_none()) {
                let (b, alo, ahi, _) = to_base(au, q.lo * af, q.hi * af, 0.0);
                if b == to_base(unit_code, 0.0, 0.0, 0.0).0 {
                    alt = Some((alo, ahi, unit_alt_note(unit_code, au)));
                }
            }
        }
        // Units with an offset (`°F`) to their base; a unit below zero
        // (`10 градусов мороза`, -10 °C) turns the interval round.
        let (unit_code, l, h, r) = to_base(unit_code, lo, hi, rounding);
        (lo, hi, rounding) = (l.min(h), l.max(h), r.abs());
        if let Some((a, b, note)) = alt {
            alt = Some((a.min(b), a.max(b), note));
        }
        // An ambiguous magnitude whose own reading is implausible swaps readings
        // (1,7 trillion de dollars is 1.7e12 in a French finance story, not 1.7e18).
        if let Some((alo, ahi, note)) = alt {
            if hi > 1e16 && ahi <= 1e16 {
                let f = alo / lo;
                alt = Some((lo, hi, note));
                lo = alo;
                hi = ahi;
                rounding *= f;
            }
        }
        let qualifier = if q.vague {
            Qualifier::Vague
        } else if range || decade {
            Qualifier::Range
        } else {
            qual
        };
        // Below a bound: from zero, except for units that go below it (`°C`).
        let floor = if crate::lang::signed_unit(unit_code) { None } else { Some(0.0) };
        let (low, high) = match qualifier {
            Qualifier::MoreThan | Qualifier::AtLeast => (Some(lo), None),
            Qualifier::LessThan | Qualifier::UpTo => (floor, Some(hi)),
            _ => (Some(lo), Some(hi)),
        };
        let (low, high) =
            if matches!(qualifier, Qualifier::LessThan | Qualifier::UpTo) && unit_code == "%" { (Some(0.0), high) } else { (low, high) };
        let s = self.toks[fig_start].start as usize;
        let e = self.toks[end_tok - 1].end as usize;
        if s >= e || !low.is_none_or(f64::is_finite) || !high.is_none_or(f64::is_finite) || !crate::lang::plausible(unit_code, lo, hi) {
            return None;
        }
        let counted_text = counted.map(|(a, b)| {
            let cs = self.toks[a].start as usize;
            let ce = self.toks[b - 1].end as usize;
            self.src[cs..ce].to_string()
        });
        // Mostly one word: put in place at once (collecting is slower).
        let word = |t: usize| self.toks[t].text(self.src).to_string();
        let scale_words = match q.scale.as_slice() {
            [] => smallvec::SmallVec::new(),
            &[t] => smallvec::SmallVec::from_buf([word(t)]),
            many => many.iter().map(|&t| word(t)).collect(),
        };
        let claim = Claim {
            text: self.src[s..e].to_string(),
            start: s,
            end: e,
            low,
            high,
            qualifier,
            unit: Cow::Borrowed(unit_code),
            counted: counted_text,
            measure: None,
            subject: None,
            lang: Cow::Borrowed(self.lang.code()),
            alt: alt.map(|(a, b, note)| AltReading {
                low: if matches!(qualifier, Qualifier::LessThan | Qualifier::UpTo) { floor } else { Some(a) },
                high: if matches!(qualifier, Qualifier::MoreThan | Qualifier::AtLeast) { None } else { Some(b) },
                note: note.to_string(),
            }),
            date: None,
            quote: None,
            entities: Vec::new(),
            scale_words,
            rounding,
        };
        Some((claim, fig_start, end_tok))
    }

    /// The counted noun at `k`: one word that is not a function word, number or
    /// unit; a phrase when the lexicon knows it (`وحدات معالجة الرسومات`); a
    /// CJK counter and the noun glued after it (`块GPU`).
    pub(crate) fn counted_noun(&self, k: usize, linked: bool, limit: usize) -> Option<(usize, usize)> {
        let t = self.toks.get(k)?;
        if k >= limit || t.kind != Kind::Word || t.nl_before {
            return None;
        }
        if let Some((_, n)) = self.item_has(k, |w| matches!(w, Sense::Thing(_))) {
            return Some((k, k + n));
        }
        // An adjective before the noun: `40,000 new cases`.
        if let Some((_, n)) = self.item_has(k, |w| matches!(w, Sense::Adj)) {
            if self.toks.get(k + n).is_some_and(|u| u.space_before) {
                return self.counted_noun(k + n, linked, limit).map(|(_, b)| (k, b));
            }
        }
        if self.tok_has(k, |w| matches!(w, Sense::Counter)).is_some() {
            // A counter, then maybe the noun (`块GPU`, `台服务器`).
            if let Some(u) = self.toks.get(k + 1) {
                if u.kind == Kind::Word && !u.space_before && self.tok_has(k + 1, |w| !matches!(w, Sense::Thing(_))).is_none() {
                    // A CJK segment after the counter is the noun only when the
                    // lexicon knows it as a counted thing (台服务器, not 家公 of 家公司).
                    let thing = self.tok_has(k + 1, |w| matches!(w, Sense::Thing(_))).is_some();
                    if thing || !crate::text::is_cjk(u.ch) {
                        return Some((k, k + 2));
                    }
                }
                // A Latin-script classifier stands apart from its noun
                // (Vietnamese `1.000 chiếc xe`, `3 căn nhà`): take the noun too.
                if t.latin && u.kind == Kind::Word && u.space_before && !u.nl_before && k + 1 < limit {
                    if let Some((_, b)) =
                        self.counted_noun(k + 1, false, limit).filter(|_| self.tok_has(k + 1, |w| matches!(w, Sense::Counter)).is_none())
                    {
                        return Some((k, b));
                    }
                }
            }
            return Some((k, k + 1));
        }
        // A noun phrase the lexicon knows as a measure (`nhân viên`, staff).
        if let Some(it) = self.item(k) {
            if it.n > 1 && self.find_id(it.id, |w| !matches!(w, Sense::Measure(_) | Sense::Entity(_))).is_none() {
                return Some((k, k + it.n));
            }
        }
        let blocked = self.tok_has(k, |w| !matches!(w, Sense::Thing(_) | Sense::Measure(_) | Sense::Entity(_))).is_some();
        if blocked {
            return None;
        }
        let text = t.text(self.src);
        let first = text.chars().next()?;
        if crate::text::is_cjk(first) {
            // In CJK, a noun glued to the number without a counter is rare; accept
            // one segment only when linked (的).
            if !linked {
                return None;
            }
        }
        // Latin nouns: at least two letters.
        if text.chars().count() < 2 && !crate::text::is_cjk(first) {
            return None;
        }
        let _ = linked;
        Some((k, k + 1))
    }

    /// After a unit (`u`, factor `f`) that has a smaller one ([`crate::lang::SUB_UNITS`]),
    /// at `k`: that unit's number, glued by a hyphen (`6-foot-6`) or with its
    /// own unit word (`6 feet 6 inches`). Returns its part in the base unit
    /// and the tokens it spans.
    pub(crate) fn sub_unit(&self, k: usize, u: &str, f: f64) -> Option<(f64, usize)> {
        let &(_, _, sub) = crate::lang::SUB_UNITS.iter().find(|s| s.0 == u && s.1 == f)?;
        let small = |i: usize| self.toks.get(i).filter(|t| t.kind == Kind::Number && t.decimals == 0 && !t.grouped && t.value * sub < f);
        if self.is_punct(k, &['-']) && !self.toks[k].space_before && small(k + 1).is_some_and(|t| !t.space_before) {
            let next_glued = self.toks.get(k + 2).is_some_and(|t| !t.space_before && matches!(t.kind, Kind::Number | Kind::Word));
            return (!next_glued).then(|| (self.toks[k + 1].value * sub, 2));
        }
        let n = small(k)?;
        match self.item_has(k + 1, |w| matches!(w, Sense::Unit(..))) {
            Some((Sense::Unit(u2, f2), m)) if u2 == u && f2 == sub => Some((n.value * sub, 1 + m)),
            _ => None,
        }
    }

    /// The unit of a number joined to a bare one by `and` (`200 and 400
    /// metres`, `3 e 4 por cento`): the unit word after that number.
    pub(crate) fn shared_unit(&self, k: usize) -> Option<(&'static str, f64)> {
        let (_, n) = self.item_has(k, |w| matches!(w, Sense::And))?;
        self.toks.get(k + n).filter(|t| t.kind == Kind::Number && !t.nl_before)?;
        let u = k + n + 1;
        if self.toks.get(u).is_none_or(|t| t.nl_before) {
            return None;
        }
        match self.item_has(u, |w| matches!(w, Sense::Unit(..) | Sense::Pct)) {
            Some((Sense::Unit(unit, f), _)) => Some((unit, f)),
            Some((Sense::Pct, _)) => Some(("%", 1.0)),
            _ => None,
        }
    }

    /// The other reading (`W::UnitAlt`) of the unit word at `k`, if it has one.
    pub(crate) fn unit_alt(&self, k: usize) -> Option<(&'static str, f64)> {
        let it = self.item(k)?;
        match self.find_id(it.id, |w| matches!(w, Sense::UnitAlt(..))) {
            Some(Sense::UnitAlt(u, f)) => Some((u, f)),
            _ => None,
        }
    }
}

/// A figure in `unit` (as read) in its base unit: units with an offset
/// ([`crate::lang::AFFINE`]: `°F`) converted, others as they are. Returns
/// the unit, low, high and rounding.
pub(crate) fn to_base(unit: &'static str, lo: f64, hi: f64, rounding: f64) -> (&'static str, f64, f64, f64) {
    match crate::lang::AFFINE.iter().find(|a| a.0 == unit) {
        Some(&(_, base, scale, offset)) => (base, lo * scale + offset, hi * scale + offset, rounding * scale),
        None => (unit, lo, hi, rounding),
    }
}

/// Says which reading of an ambiguous unit word a claim took (`primary`, as
/// read) and which it keeps as the alternative (`alt`).
pub(crate) fn unit_alt_note(primary: &str, alt: &str) -> &'static str {
    match (primary, alt) {
        ("°F", "°C") => "degrees read as Fahrenheit (US usage) instead of Celsius",
        ("kg", "kg") => "ton read as the short ton (907 kg, US usage) instead of the tonne",
        _ => "the other common reading of this unit",
    }
}

/// Hangul syllables and jamo: Korean, written with spaces between words.
pub(crate) fn is_hangul(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7AF}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}')
}
