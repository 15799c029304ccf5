//! Assembling a figure around its quantity: qualifiers, currency, range,
//! unit or counted noun, and the claim.

use super::number::{tens, Qty};
use super::reader::Reader;
use crate::claim::{AltReading, Claim, Qualifier};
use crate::lang::Sense;
use crate::text::{Kind, NONE};
use std::borrow::Cow;

/// The most tokens one figure may span (qualifier, range, unit and counted noun included).
const MAX_FIGURE_TOKENS: usize = 24;

/// Dashes that join the ends of a range (`30-40`).
const DASHES: [char; 7] = ['-', '–', '—', '~', '〜', '～', '‒'];

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
                match self.item_has(i, |w| w.starts_figure() && (!matches!(w, Sense::Pct) || crate::text::is_cjk(t.ch))) {
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
        // `US$`, `R$`, `HK$`: letters glued to `$` ([`crate::lang::CURRENCY_SYMBOLS`]).
        if t.kind == Kind::Word && t.latin && t.text(self.src).len() <= 3 {
            if let Some(u) = self.toks.get(i + 1) {
                if u.kind == Kind::Sym && (u.ch == '$' || u.ch == '＄') && !u.space_before {
                    let code = crate::lang::dollar_symbol(t.text(self.src))?;
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
            if !self.lang.lexicon().percent_before {
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
        if !self.lang.lexicon().apostrophe_suffixes {
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

    /// Reads the figure that starts at token `start`: its claim and its tokens
    /// (first, after last). Each step reads one part of the figure into a
    /// [`Draft`]; a step that finds no figure ends the reading with `None`.
    pub(crate) fn figure(&self, start: usize) -> Option<(Claim, usize, usize)> {
        let mut d = Draft::new(start, (start + MAX_FIGURE_TOKENS).min(self.toks.len()));
        self.lead_qualifiers(&mut d);
        d.fig_start = d.j;
        self.before_number(&mut d)?;
        self.read_quantity(&mut d)?;
        self.decades(&mut d)?;
        self.range(&mut d);
        self.unit_in_number(&mut d);
        self.unit_after(&mut d)?;
        self.post_qualifier(&mut d);
        // What is not a figure (reject.rs), and a unit the context implies.
        self.not_after(&d)?;
        self.implied_unit(&mut d);
        self.not_a_figure(&d)?;
        self.claim(&d)
    }

    /// Qualifiers before the number, possibly two (`entre cerca de`, `mais de`),
    /// and an article after them (`oltre il 40%`).
    fn lead_qualifiers(&self, d: &mut Draft) {
        // Prefix qualifiers, possibly two (`entre cerca de`, `mais de`).
        for _ in 0..2 {
            if let Some((w, n)) = self.item_has(d.j, |w| matches!(w, Sense::Qual(_) | Sense::Between)) {
                match w {
                    Sense::Qual(q) => d.qual = q,
                    Sense::Between => d.between = true,
                    _ => {}
                }
                // `выросла на 27% до 8,5 трлн`: an "up to" word that also separates
                // ranges (ru/uk `до`) right after a percentage means "to".
                if d.qual == Qualifier::UpTo
                    && d.j > 0
                    && self.tok_has(d.j - 1, |w| matches!(w, Sense::Pct)).is_some()
                    && self.item_has(d.j, |w| matches!(w, Sense::RangeSep)).is_some()
                {
                    d.qual = Qualifier::Exact;
                }
                d.j += n;
            }
        }
        // An article between a qualifier and its digits: `oltre il 40%`,
        // `hasta un 30%`, `circa l'80%` (one word, then the number).
        if d.j > d.start
            && self.toks.get(d.j).is_some_and(|t| t.kind == Kind::Word)
            && self.tok_has(d.j, |w| matches!(w, Sense::Stop) || w == Sense::Num(1.0)).is_some()
        {
            let k = if self.is_punct(d.j + 1, &['\'', '\u{2019}']) { d.j + 2 } else { d.j + 1 };
            if self.toks.get(k).is_some_and(|t| t.kind == Kind::Number) {
                d.j = k;
            }
        }
    }

    /// What stands before the number: a unit (`magnitude 7.5`), a rate, a per
    /// cent word or sign, a currency.
    fn before_number(&self, d: &mut Draft) -> Option<()> {
        // Korean is written with spaces: a figure whose first word is glued after
        // another syllable starts inside a word (천 in 추천, 약 in 계약).
        if d.start > 0 && self.toks[d.start].kind == Kind::Word && is_hangul(self.toks[d.start].ch) && !self.toks[d.start].space_before {
            let p = &self.toks[d.start - 1];
            if p.kind == Kind::Word && is_hangul(p.ch) {
                return None;
            }
        }
        // A unit written before the number (`magnitude 7.5`, `magnitude-7.5`,
        // `aged 45`): read here, the number must follow.
        if let Some((Sense::UnitBefore(u, f), n)) = self.item_has(d.j, |w| matches!(w, Sense::UnitBefore(..))) {
            let k = if self.is_punct(d.j + n, &['-']) && !self.toks[d.j + n].space_before { d.j + n + 1 } else { d.j + n };
            if self.toks.get(k).is_some_and(|t| t.kind == Kind::Number && !t.nl_before) {
                d.unit_before = Some((u, f));
                d.j = k;
            }
        }
        // A rate before the number: `時速 12 マイル` is 12 miles an hour.
        if let Some((Sense::RateBefore(secs), n)) = self.item_has(d.j, |w| matches!(w, Sense::RateBefore(_))) {
            if self.toks.get(d.j + n).is_some_and(|t| t.kind == Kind::Number && !t.nl_before) {
                d.rate_before = Some(secs);
                d.j += n;
            }
        }
        // A percent word standing before the number: Chinese 百分之九十 = 90%.
        if let Some((Sense::Pct, n)) = self.item_has(d.j, |w| matches!(w, Sense::Pct)) {
            if crate::text::is_cjk(self.toks[d.j].ch) {
                d.pct_prefix = true;
                d.j += n;
            }
        }
        // Per cent before the number (`yüzde 40`, `%40`), or a currency
        // (a word or sign: not the number itself, which has no key).
        let at_number = self.toks.get(d.j).is_some_and(|t| t.kind == Kind::Number);
        d.pct_first = if at_number { None } else { self.pct_before(d.j) };
        if let Some(n) = d.pct_first {
            d.j += n;
        } else if let Some((c, n)) = if at_number { None } else { self.currency_prefix(d.j) } {
            d.currency = Some(c);
            d.j += n;
        }
        d.qstart = d.j;
        Some(())
    }

    /// The quantity, and a lower-case `m` glued to it that is a million
    /// ([`crate::lang::Lexicon::glued_million`]).
    fn read_quantity(&self, d: &mut Draft) -> Option<()> {
        d.q = self.quantity(d.j, d.limit)?;
        // One in words (`a`, `an`, `one`) is a figure only with a unit (see
        // below): stop at once before a plain word (`a man`, `a difficult day`).
        if d.q.words_only && !d.q.vague && d.q.lo < 2.0 && d.q.mag == 1.0 && self.plain_word(d.q.end) {
            return None;
        }
        // `£5m`, `$500m`, `2m users`: letters glued to the digits that the
        // lexicon reads as a million (English `m`) after a currency or before
        // a counted thing; metres otherwise.
        if d.q.digits && !d.q.vague && d.q.mag == 1.0 {
            if let Some(t) = self.toks.get(d.q.end) {
                if t.kind == Kind::Word
                    && !t.space_before
                    && self.lang.lexicon().glued_million.contains(&t.text(self.src))
                    && (d.currency.is_some() || self.item_has(d.q.end + 1, |w| matches!(w, Sense::Thing(_) | Sense::Measure(_))).is_some())
                {
                    d.q.lo *= 1e6;
                    d.q.hi *= 1e6;
                    d.q.rounding *= 1e6;
                    d.q.mag = 1e6;
                    d.q.bare = false;
                    d.q.yearlike = false;
                    d.q.scale.push(d.q.end);
                    d.q.end += 1;
                }
            }
        }
        Some(())
    }

    /// Ten years from a round number: `40s`, `40代`, `40대`.
    fn decades(&self, d: &mut Draft) -> Option<()> {
        // `40s`: the ten years from a round number (an age after `in his`).
        if d.q.bare && d.q.lo >= 10.0 && tens(d.q.lo) && d.q.lo == d.q.hi {
            if let Some(t) = self.toks.get(d.q.end) {
                if t.kind == Kind::Word && !t.space_before && self.tok_has(d.q.end, |w| matches!(w, Sense::Decade)).is_some() {
                    // (A decade alone is of the calendar: no figure.)
                    d.unit_before?;
                    d.q.hi = d.q.lo + 10.0;
                    d.q.end += 1;
                    d.decade = true;
                }
            }
        }
        // `40代`, `40대`: an age, the ten years from a round number; after a
        // year, a decade of the calendar (`2000대`), no figure. (Not the count
        // of a counted thing before it: `차량 40대`, forty vehicles.)
        let age_decade = d.q.bare
            && d.q.lo == d.q.hi
            && !d.decade
            && self.toks.get(d.q.end).is_some_and(|t| t.kind == Kind::Word && !t.nl_before)
            && self.tok_has(d.q.end, |w| matches!(w, Sense::AgeDecade)).is_some()
            && !self.score_sep(d.q.end);
        if age_decade {
            if d.q.yearlike && !self.toks[d.q.end].space_before {
                return None;
            }
            let thing_before = d.fig_start > 0 && self.item_has(d.fig_start - 1, |w| matches!(w, Sense::Thing(_))).is_some();
            if (10.0..=90.0).contains(&d.q.lo) && tens(d.q.lo) && !thing_before && d.unit_before.is_none() {
                d.unit_before = Some(("s", crate::lang::YEAR));
                d.q.hi = d.q.lo + 10.0;
                d.q.end += 1;
                d.decade = true;
            }
        }
        Some(())
    }

    /// A range: `2 a 3`, `30 to 40 million`, `entre 30.000 e 40.000`, `sete ou oito`, `30-40`.
    fn range(&self, d: &mut Draft) {
        d.j = self.skip_suffix(d.q.end);
        // Range: `2 a 3`, `30 to 40 million`, `entre 30.000 e 40.000`, `sete ou oito`, `30-40`.
        let unit_rep = self.repeated_unit(d);
        if d.j < d.limit {
            let dash = !d.between && self.is_punct(d.j, &DASHES);
            let sep = if d.between {
                self.item_has(d.j, |w| matches!(w, Sense::And | Sense::RangeSep)).map(|(_, n)| n)
            } else if self.item_has(d.j, |w| matches!(w, Sense::PostQual(_))).is_some() {
                None
            } else if let Some((_, n)) = self.item_has(d.j, |w| matches!(w, Sense::RangeSep)) {
                Some(n)
            } else if self.is_punct(d.j, &DASHES) {
                // A suspended end: `18- to 29-year-olds`, `18- bis 29-Jährige`.
                Some(self.item_has(d.j + 1, |w| matches!(w, Sense::RangeSep)).map_or(1, |(_, n)| n + 1))
            } else {
                None
            };
            if let Some(n) = sep {
                let mut k = d.j + n;
                // The article repeated before the second end: `tra i 18 e i 29
                // anni`, `de los 18 a los 29 años`.
                if let Some((_, m)) = self.item_has(k, |w| matches!(w, Sense::Stop)) {
                    let same_article = d.fig_start > 0 && self.item(d.fig_start - 1).map(|it| it.id) == self.item(k).map(|it| it.id);
                    if (d.between || same_article) && self.toks.get(k + m).is_some_and(|t| t.kind == Kind::Number && !t.nl_before) {
                        k += m;
                    }
                }
                let mut cur2 = None;
                if let Some((c, m)) = self.currency_prefix(k) {
                    cur2 = Some(c);
                    k += m;
                }
                if let Some(q2) = self.quantity(k, d.limit) {
                    let mut lo = d.q.lo;
                    let mut q1 = d.q.clone();
                    if q1.mag == 1.0 && q2.mag > 1.0 && q1.lo * q2.mag <= q2.lo * 1.0001 {
                        lo *= q2.mag;
                        q1.rounding *= q2.mag;
                    }
                    let same_unit = unit_rep.is_none_or(|id| self.item(q2.end).is_some_and(|it| it.id == id));
                    // A bare year before a magnitude it does not scale is a date, not an
                    // end (Hindi `2020 से 5 लाख`: since 2020, 500 000).
                    let year_then_mag = d.q.yearlike && q2.mag > 1.0 && lo == d.q.lo;
                    let backwards = lo > q2.lo && self.backwards_range_form(d, &q2, unit_rep.is_some() || cur2.is_some());
                    let ok = (cur2.is_none() || d.currency.is_none() || cur2 == d.currency)
                        && (lo <= q2.lo || backwards)
                        && same_unit
                        && !(unit_rep.is_some() && q2.yearlike)
                        && !(d.q.yearlike && q2.yearlike)
                        && !year_then_mag
                        // `a 2-2 draw`: a score, not a range.
                        && !(dash && d.q.bare && q2.bare && d.q.lo == q2.lo);
                    if ok {
                        if d.currency.is_none() {
                            d.currency = cur2;
                        }
                        d.q = Qty {
                            lo,
                            hi: q2.hi,
                            vague: d.q.vague || q2.vague,
                            rounding: q1.rounding.max(q2.rounding),
                            mag: q2.mag,
                            end: q2.end,
                            digits: d.q.digits || q2.digits,
                            bare: d.q.bare && q2.bare,
                            yearlike: false,
                            scale: d.q.scale.iter().chain(q2.scale.iter()).copied().collect(),
                            alt: d.q.alt.or(q2.alt),
                            words_only: d.q.words_only && q2.words_only,
                            inner_qual: d.q.inner_qual.or(q2.inner_qual),
                        };
                        d.range = true;
                        d.backwards = lo > q2.lo;
                        d.j = d.q.end;
                    }
                }
            }
        }
        if !d.range {
            d.j = d.q.end;
        }
        // (`entre X` with no second end: X is read alone.)
    }

    /// Whether a range whose low end `d.q` is above its high end `q2` has
    /// the form of a range written backwards (`81–29 років`, `10 إلى 2
    /// بوصة`: a slip in its low end, its ends kept as written): two numbers
    /// written in digits, neither vague nor year-like, and a unit, per cent
    /// or currency on them (`measured`: a unit repeated after the first end
    /// or a currency before the second); a score, date or page span has none.
    fn backwards_range_form(&self, d: &Draft, q2: &Qty, measured: bool) -> bool {
        let written = |q: &Qty| q.digits && !q.vague && !q.yearlike;
        written(&d.q)
            && written(q2)
            && (measured
                || d.unit_before.is_some()
                || d.pct_first.is_some()
                || d.currency.is_some()
                || self
                    .item_has(self.skip_suffix(q2.end), |w| matches!(w, Sense::Unit(..) | Sense::UnitAlt(..) | Sense::Pct | Sense::Cur(_)))
                    .is_some())
    }

    /// CJK writes the unit after both ends of a range (`20億ドルから30億ドル`,
    /// `30亿美元至40亿美元`), other scripts sometimes (`7,5 cm e i 15 cm`):
    /// the first one is stepped over when a range follows it. Returns its key.
    fn repeated_unit(&self, d: &mut Draft) -> Option<u32> {
        // `30%至40%`: a per cent sign before a CJK range word, likewise.
        let cjk_unit = |j: usize| {
            let t = &self.toks[j];
            (t.kind == Kind::Word && crate::text::is_cjk(t.ch))
                || (t.kind == Kind::Sym && self.toks.get(j + 1).is_some_and(|u| u.kind == Kind::Word && crate::text::is_cjk(u.ch)))
        };
        if d.j >= d.limit {
            return None;
        }
        let cjk = cjk_unit(d.j);
        if d.between && cjk {
            return None;
        }
        let it = self.item(d.j)?;
        let k = d.j + it.n;
        self.find_id(it.id, |w| matches!(w, Sense::Cur(_) | Sense::Unit(..) | Sense::Pct))?;
        let sep = self.item_has(k, |w| matches!(w, Sense::RangeSep) || (d.between && w == Sense::And)).map(|(_, n)| n);
        let ok = if cjk {
            sep.is_some() || self.is_punct(k, &DASHES)
        } else {
            // Written out in words, the unit after both ends (`tra i 7,5 cm e
            // i 15 cm`, `from 3 km to 5 km`): stepped over when the same unit
            // word ends the number after the range word (an article between).
            sep.is_some_and(|n| {
                let mut m = k + n;
                if let Some((_, a)) = self.item_has(m, |w| matches!(w, Sense::Stop)) {
                    if self.toks.get(m + a).is_some_and(|t| t.kind == Kind::Number) {
                        m += a;
                    }
                }
                self.quantity(m, d.limit).is_some_and(|q2| self.item(q2.end).is_some_and(|u| u.id == it.id))
            })
        };
        if ok {
            d.j = k;
            return Some(it.id);
        }
        None
    }

    /// A magnitude abbreviation that is also a currency or unit, and the dot of
    /// an abbreviated magnitude.
    fn unit_in_number(&self, d: &mut Draft) {
        // An abbreviation that ends the number and is also a currency or a unit.
        // `500 mdd` (millones de dólares): a magnitude and its currency at once.
        // `50 mm`: millions next to money (`US$ 50 mm`, `50 mm de dólares`),
        // millimetres otherwise, so the magnitude is undone for the unit.
        d.unit = d.pct_first.map(|_| ("%", 1.0)).or(d.unit_before);
        if d.currency.is_none() {
            if let Some(&s) = d.q.scale.last() {
                if s + 1 == d.q.end {
                    match self.tok_has(s, |w| matches!(w, Sense::Cur(_) | Sense::Unit(..))) {
                        Some(Sense::Cur(c)) => d.currency = Some(c),
                        Some(Sense::Unit(u, f)) if self.mag_of(s).is_some() => {
                            let money_next = self.item_has(self.skip_link(d.q.end), |w| matches!(w, Sense::Cur(_))).is_some()
                                || self.tok_has(d.q.end, |w| matches!(w, Sense::Cur(_))).is_some();
                            let m = self.mag_of(s).unwrap_or(1.0);
                            if !money_next && m > 0.0 {
                                d.q.lo /= m;
                                d.q.hi /= m;
                                d.q.rounding /= m;
                                d.q.mag /= m;
                                d.q.scale.pop();
                                d.unit = Some((u, f));
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
        // The dot of an abbreviated magnitude before its unit: `3 Mld. di euro`,
        // `5 mill. de euros` (not a sentence end: a lower-case unit or link follows).
        if d.q.scale.last().is_some_and(|&s| s + 1 == d.j) && self.is_punct(d.j, &['.']) && !self.toks[d.j].space_before {
            if let Some(u) = self.toks.get(d.j + 1) {
                if !u.cap
                    && !u.nl_before
                    && self.item_has(d.j + 1, |w| matches!(w, Sense::Link | Sense::Cur(_) | Sense::Unit(..) | Sense::Pct)).is_some()
                {
                    d.j += 1;
                }
            }
        }
    }

    /// The unit, currency or counted noun after the number.
    fn unit_after(&self, d: &mut Draft) -> Option<()> {
        d.j = self.skip_suffix(d.j);
        d.end_tok = d.j; // exclusive
        let mut k = self.sign_after(d, d.j);
        if d.unit.is_none() && k < d.limit {
            let (kk, linked) = self.link_before_unit(d, k);
            if let Some((w, n)) = self.item_has(kk, |w| matches!(w, Sense::Cur(_) | Sense::Unit(..) | Sense::Pct)) {
                // (A currency sign before digits is their prefix: `a $5 fee`.)
                let sign_of_next = self.toks[kk].kind == Kind::Sym && self.toks.get(kk + n).is_some_and(|u| u.kind == Kind::Number);
                let glued_ok = !self.toks[kk].nl_before && !sign_of_next;
                if glued_ok {
                    match w {
                        Sense::Cur(c) => {
                            if d.currency.is_none() {
                                d.currency = Some(self.localize(c, self.toks[kk].kind == Kind::Sym));
                            }
                            k = kk + n;
                        }
                        // A unit that is also a function word (Italian `ha`: hectares, has)
                        // does not make a year a figure (`nel 1939 ha`).
                        Sense::Unit(u, f)
                            if d.currency.is_none() && !(d.q.yearlike && self.item_has(kk, |w| matches!(w, Sense::Stop)).is_some()) =>
                        {
                            // `2024 года`: a year, not 2024 years.
                            if d.q.yearlike && self.item_has(kk, |w| matches!(w, Sense::CalendarYear)).is_some() {
                                return None;
                            }
                            d.unit = Some((u, f));
                            d.unit_alt = self.unit_alt(kk);
                            d.unit_at = Some(kk);
                            k = kk + n;
                            // `6-foot-6`, `6 feet 6 inches`: the smaller unit's number.
                            if let Some((add, m)) = self.sub_unit(k, u, f) {
                                d.sub_add = add;
                                k += m;
                            }
                        }
                        Sense::Pct => {
                            d.unit = Some(("%", 1.0));
                            k = kk + n;
                        }
                        _ => {}
                    }
                }
            } else if d.currency.is_none() {
                // A counted noun (`GPUs`, `voluntários`, `人`, `المتطوعين`).
                if let Some((a, b)) = self.counted_noun(kk, linked, d.limit) {
                    d.counted = Some((a, b));
                    k = b;
                }
            }
        }
        let k = if d.counted.is_none() { self.skip_suffix(k) } else { k };
        d.end_tok = d.end_tok.max(k);
        Some(())
    }

    /// A per cent or currency sign right after the number: the token after it.
    fn sign_after(&self, d: &mut Draft, mut k: usize) -> usize {
        if k < d.limit && d.unit.is_none() {
            // `%` glued or spaced.
            if let Some(t) = self.toks.get(k) {
                if t.kind == Kind::Sym && self.tok_has(k, |w| matches!(w, Sense::Pct)).is_some() {
                    d.unit = Some(("%", 1.0));
                    k += 1;
                } else if t.kind == Kind::Sym && d.currency.is_none() && !self.toks.get(k + 1).is_some_and(|u| u.kind == Kind::Number) {
                    // (A sign before digits is their prefix: `a $5 fee`.)
                    if let Some(Sense::Cur(c)) = self.tok_has(k, |w| matches!(w, Sense::Cur(_))) {
                        d.currency = Some(self.localize(c, true));
                        k += 1;
                    }
                }
            }
        }
        k
    }

    /// The token after a link word before a unit, currency or counted noun,
    /// and whether there was one.
    fn link_before_unit(&self, d: &Draft, k: usize) -> (usize, bool) {
        // Optional link word (`de`, `of`, `d'`) before a unit, currency or counted noun.
        match self.item_has(k, |w| matches!(w, Sense::Link)) {
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
            _ if (d.q.bare || (d.q.words_only && !d.q.vague && d.q.mag == 1.0))
                && self.is_punct(k, &['-'])
                && !self.toks[k].space_before
                && self.toks.get(k + 1).is_some_and(|u| u.kind == Kind::Word && !u.space_before && !u.cap && u.latin)
                && self.toks.get(k + 2).is_some_and(|u| u.kind == Kind::Word && u.space_before && !u.nl_before) =>
            {
                (k + 1, false)
            }
            _ => (k, false),
        }
    }

    /// Qualifiers after the number (`or more`, `以上`), and what may follow them.
    fn post_qualifier(&self, d: &mut Draft) {
        if d.pct_prefix && d.unit.is_none() && d.currency.is_none() {
            d.unit = Some(("%", 1.0));
        }
        if d.qual == Qualifier::Exact {
            if let Some(iq) = d.q.inner_qual {
                d.qual = iq;
            }
        }
        // Post qualifiers: `ou mais`, `or more`, `以上`, `多`, `左右`.
        // (Not the first syllable of a Korean word: `20대 여성`, women, is no `여`.)
        let post_qual = self.item_has(d.end_tok, |w| matches!(w, Sense::PostQual(_))).filter(|&(_, n)| {
            let t = &self.toks[d.end_tok];
            let glued_on = self.toks.get(d.end_tok + n).is_some_and(|u| u.kind == Kind::Word && !u.space_before && is_hangul(u.ch));
            !(is_hangul(t.ch) && t.space_before && glued_on && !self.tok_has_senses(d.end_tok + n))
        });
        if let Some((Sense::PostQual(pq), n)) = post_qual {
            let pq = self.case_qualifier(d.end_tok).unwrap_or(pq);
            if d.qual == Qualifier::Exact {
                d.qual = pq;
            }
            d.end_tok += n;
            // `1万多人`: the counter may follow the post qualifier; so may the
            // currency or unit (Hindi `10 करोड़ से अधिक रुपये`).
            if d.unit.is_none() && d.currency.is_none() && d.counted.is_none() {
                let after = self.item_has(d.end_tok, |w| matches!(w, Sense::Cur(_) | Sense::Unit(..) | Sense::Pct));
                if let Some((w, n)) = after.filter(|_| !self.toks[d.end_tok].nl_before) {
                    match w {
                        Sense::Cur(c) => d.currency = Some(self.localize(c, false)),
                        Sense::Unit(u, f) => {
                            d.unit = Some((u, f));
                            d.unit_alt = self.unit_alt(d.end_tok);
                        }
                        _ => d.unit = Some(("%", 1.0)),
                    }
                    d.end_tok += n;
                } else if let Some((a, b)) = self.counted_noun(d.end_tok, false, d.limit) {
                    d.counted = Some((a, b));
                    d.end_tok = b;
                }
            }
        }
    }

    /// A unit the context implies: an age in years, the unit of a number joined to this one.
    fn implied_unit(&self, d: &mut Draft) {
        // `Saipov, 30, said`: an age, in years.
        if d.unit.is_none()
            && d.currency.is_none()
            && d.counted.is_none()
            && d.qual == Qualifier::Exact
            && self.appositive_age(d.fig_start, d.end_tok, &d.q)
        {
            d.unit = Some(("s", crate::lang::YEAR));
        }
        // `Tyler was 13 when`, `who was 11 at the time`: an age, in years.
        if d.unit.is_none()
            && d.currency.is_none()
            && d.counted.is_none()
            && d.qual == Qualifier::Exact
            && self.predicative_age(d.fig_start, d.end_tok, &d.q)
        {
            d.unit = Some(("s", crate::lang::YEAR));
        }
        // `200 and 400 metres`: a bare number takes the unit of the one joined to it.
        if d.unit.is_none() && d.currency.is_none() && d.counted.is_none() && d.q.bare && !d.range && d.end_tok == d.q.end {
            d.unit = self.shared_unit(d.end_tok, d.q.yearlike);
        }
    }

    /// The claim of a figure read in full.
    /// Takes the draft by reference: moved by value, the large draft was
    /// copied at every figure.
    fn claim(&self, d: &Draft) -> Option<(Claim, usize, usize)> {
        let (unit_code, lo, hi, rounding, alt) = d.value();
        let Draft { ref q, range, decade, qual, fig_start, end_tok, counted, .. } = *d;
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
    /// metres`, `3 e 4 por cento`), an article or preposition allowed before
    /// it (`dei 200 e dei 400 metri`): the unit word after that number. A
    /// bare number that looks like a year (`yearlike`) takes a physical unit
    /// only (`2000 und 400 Meter`), never a per cent or a time (`in 2015 and
    /// 7% in 2016` keeps its year).
    pub(crate) fn shared_unit(&self, k: usize, yearlike: bool) -> Option<(&'static str, f64)> {
        let (_, n) = self.item_has(k, |w| matches!(w, Sense::And))?;
        let mut at = k + n;
        if let Some((_, m)) = self.item_has(at, |w| matches!(w, Sense::Stop | Sense::Det)) {
            if self.toks.get(at + m).is_some_and(|t| t.kind == Kind::Number) && !self.toks[at].nl_before {
                at += m;
            }
        }
        self.toks.get(at).filter(|t| t.kind == Kind::Number && !t.nl_before)?;
        let u = at + 1;
        if self.toks.get(u).is_none_or(|t| t.nl_before) {
            return None;
        }
        match self.item_has(u, |w| matches!(w, Sense::Unit(..) | Sense::Pct)) {
            Some((Sense::Unit(unit, f), _)) if !yearlike || !matches!(unit, "s" | "count") => Some((unit, f)),
            Some((Sense::Pct, _)) if !yearlike => Some(("%", 1.0)),
            _ => None,
        }
    }

    /// The qualifier a word at `k` whose sense follows the case of the word
    /// before it gives ([`crate::lang::Lexicon::case_qualifiers`]).
    fn case_qualifier(&self, k: usize) -> Option<Qualifier> {
        let cases = self.lang.lexicon().case_qualifiers;
        if cases.is_empty() || k == 0 {
            return None;
        }
        let word = crate::text::fold(self.toks[k].text(self.src));
        let c = cases.iter().find(|c| c.word == word)?;
        let before = &self.toks[k - 1];
        let in_case = before.kind == Kind::Word && {
            let w = crate::text::fold(before.text(self.src));
            if k >= 2 && !before.space_before && self.is_punct(k - 2, &['\'', '\u{2019}']) {
                c.endings.contains(&w.as_str())
            } else {
                c.endings.iter().any(|e| {
                    w.strip_suffix(e).is_some_and(|stem| !stem.is_empty() && self.idx.lookup(stem).is_some_and(|id| self.has_senses(id)))
                })
            }
        };
        Some(if in_case { c.in_case } else { c.otherwise })
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

/// A figure being read: what the steps of [`Reader::figure`] have found so far.
pub(crate) struct Draft {
    /// The token the reading started at, and the token it may not pass.
    pub(crate) start: usize,
    pub(crate) limit: usize,
    /// The next token to read.
    pub(crate) j: usize,
    pub(crate) qual: Qualifier,
    /// A `between` word came first (`entre 30 e 40`).
    pub(crate) between: bool,
    /// The figure's first token (after its qualifiers).
    pub(crate) fig_start: usize,
    /// A unit written before the number (`magnitude 7.5`): (unit, factor).
    pub(crate) unit_before: Option<(&'static str, f64)>,
    /// A rate written before the number (`時速`): its seconds.
    pub(crate) rate_before: Option<f64>,
    /// A CJK per cent word before the number (`百分之`).
    pub(crate) pct_prefix: bool,
    pub(crate) currency: Option<&'static str>,
    /// Per cent before the number (`yüzde 40`, `%40`): the tokens it spans.
    pub(crate) pct_first: Option<usize>,
    /// The quantity's first token, and the quantity.
    pub(crate) qstart: usize,
    pub(crate) q: Qty,
    /// A decade or an age by tens (`40s`, `40代`).
    pub(crate) decade: bool,
    pub(crate) range: bool,
    /// A range written backwards, its low end above its high end (`81–29 років`).
    pub(crate) backwards: bool,
    /// The unit (unit, factor), and the other reading of an ambiguous unit word (`ton`).
    pub(crate) unit: Option<(&'static str, f64)>,
    pub(crate) unit_alt: Option<(&'static str, f64)>,
    /// The counted noun's tokens (first, after last), and the token of a unit word.
    pub(crate) counted: Option<(usize, usize)>,
    pub(crate) unit_at: Option<usize>,
    /// A smaller unit's part, in the base unit (`6-foot-6`).
    pub(crate) sub_add: f64,
    /// The token after the figure.
    pub(crate) end_tok: usize,
}

impl Draft {
    fn new(start: usize, limit: usize) -> Draft {
        Draft {
            start,
            limit,
            j: start,
            qual: Qualifier::Exact,
            between: false,
            fig_start: start,
            unit_before: None,
            rate_before: None,
            pct_prefix: false,
            currency: None,
            pct_first: None,
            qstart: start,
            q: Qty::default(),
            decade: false,
            range: false,
            backwards: false,
            unit: None,
            unit_alt: None,
            counted: None,
            unit_at: None,
            sub_add: 0.0,
            end_tok: start,
        }
    }

    /// The figure's value in its base unit: unit, low, high, rounding and the
    /// other reading (low, high, note).
    #[allow(clippy::type_complexity)]
    fn value(&self) -> (&'static str, f64, f64, f64, Option<(f64, f64, &'static str)>) {
        let Draft { ref q, currency, unit, unit_alt, rate_before, sub_add, .. } = *self;
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
        // A range written backwards keeps its ends in the order written.
        (lo, hi, rounding) = if self.backwards { (l, h, r.abs()) } else { (l.min(h), l.max(h), r.abs()) };
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
        (unit_code, lo, hi, rounding, alt)
    }
}
