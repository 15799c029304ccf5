//! Reading a number: digits, number words, magnitudes (with the language's
//! scale), vague quantities.

use super::reader::Reader;
use crate::claim::Qualifier;
use crate::lang::Sense;
use crate::text::Kind;

/// The token indices of a figure's magnitude words (rarely more than two).
pub(crate) type Scale = smallvec::SmallVec<[usize; 4]>;

/// A quantity read at some position: an interval with how it was written.
#[derive(Debug, Clone, Default)]
pub(crate) struct Qty {
    pub(crate) lo: f64,
    pub(crate) hi: f64,
    pub(crate) vague: bool,
    /// Half a unit of the last written digit, times the magnitudes.
    pub(crate) rounding: f64,
    /// Product of the magnitudes read (1 when none).
    pub(crate) mag: f64,
    /// Token index after the quantity.
    pub(crate) end: usize,
    /// The quantity had digits.
    pub(crate) digits: bool,
    /// Only digits, no magnitude or number word.
    pub(crate) bare: bool,
    /// A bare number that looks like a year (1000-2199, four digits).
    pub(crate) yearlike: bool,
    /// The magnitude words read (token indices).
    pub(crate) scale: Scale,
    /// Other reading of an ambiguous magnitude: the value so read, and a note.
    pub(crate) alt: Option<(f64, &'static str)>,
    /// Value of a number made only of number words (for the "one" rule).
    pub(crate) words_only: bool,
    /// A post qualifier read inside the number, before its magnitude (CJK
    /// `10多万`, `1万余`, Korean `100여억`).
    pub(crate) inner_qual: Option<Qualifier>,
}

impl Reader<'_> {
    /// Reads a quantity at `j`: digits or number words with magnitudes, or a
    /// vague quantity.
    pub(crate) fn quantity(&self, j: usize, limit: usize) -> Option<Qty> {
        if j >= limit {
            return None;
        }
        // Vague head: `dezenas de milhares`, `several`, `hundreds of`, `milhares de bilhões`, `数十万`
        // (words: digits, having no key, start none).
        if self.toks[j].kind != Kind::Number {
            if let Some(v) = self.vague(j, limit) {
                return Some(v);
            }
        }
        self.number(j, limit)
    }

    pub(crate) fn vague(&self, j: usize, limit: usize) -> Option<Qty> {
        let mut k = j;
        let (mut lo, mut hi);
        let mut scale = Scale::new();
        let mut chained = false;
        // CJK `数` / `几` before a numeral: 数十万 = tens of 万.
        if self.tok_has(k, |w| matches!(w, Sense::VaguePrefix)).is_some() {
            let it = self.toks.get(k + 1)?;
            if it.space_before {
                return None;
            }
            let base = match self.tok_has(k + 1, |w| matches!(w, Sense::Small(_) | Sense::Mag(_) | Sense::MagPl(_))) {
                Some(Sense::Small(x)) | Some(Sense::Mag(x)) | Some(Sense::MagPl(x)) => x,
                _ => return None,
            };
            lo = base;
            hi = base * 10.0;
            k += 2;
            // 数十万: the following magnitude multiplies.
            while k < limit {
                match self.tok_has(k, |w| matches!(w, Sense::Mag(_) | Sense::MagPl(_))) {
                    Some(Sense::Mag(m)) | Some(Sense::MagPl(m)) if !self.toks[k].space_before => {
                        lo *= m;
                        hi *= m;
                        scale.push(k);
                        k += 1;
                    }
                    _ => break,
                }
            }
            return Some(self.vague_qty(lo, hi, k, scale));
        }
        let (w, n) = self.item_has(k, |w| matches!(w, Sense::Vague(..) | Sense::MagPl(_)))?;
        match w {
            Sense::Vague(a, b) => {
                lo = a;
                hi = b;
                k += n;
                // `several hundred`, `a few hundred`: the multiplier scales the interval.
                if let Some((Sense::Small(u), m)) = self.item_has(k, |w| matches!(w, Sense::Small(_))) {
                    lo *= u;
                    hi *= u;
                    k += m;
                }
                // `plusieurs centaines`: several hundreds = [2·100, 1000).
                if let Some((Sense::Vague(c, d), m)) = self.item_has(self.skip_link(k), |w| matches!(w, Sense::Vague(..))) {
                    let kk = self.skip_link(k);
                    let nlo = lo * c;
                    let nhi = (lo * c * (hi / lo)).min(d);
                    lo = nlo;
                    hi = nhi.max(nlo * 1.0001);
                    k = kk + m;
                }
            }
            Sense::MagPl(x) => {
                // `milhares de bilhões`: [X·Y, 10·X·Y); alone [2X, 1000X).
                let kk = self.skip_link(k + n);
                if kk < limit && self.tok_has(kk, |w| matches!(w, Sense::Mag(_) | Sense::MagPl(_))).is_some() {
                    lo = x;
                    hi = 10.0 * x;
                    chained = true;
                } else {
                    scale.push(k);
                    return Some(self.vague_qty(2.0 * x, 1000.0 * x, k + n, scale));
                }
                scale.push(k);
                k += n;
            }
            _ => return None,
        }
        // Magnitudes that multiply: `de milhares`, `of millions`, `milliards`.
        let mut any_mag = false;
        while k < limit {
            let kk = self.skip_link(k);
            match self.item_has(kk, |w| matches!(w, Sense::Mag(_) | Sense::MagPl(_) | Sense::MagAmb(..))) {
                Some((Sense::Mag(m), n)) | Some((Sense::MagPl(m), n)) | Some((Sense::MagAmb(m, _), n)) => {
                    lo *= m;
                    hi *= m;
                    scale.push(kk);
                    any_mag = true;
                    k = kk + n;
                }
                _ => break,
            }
        }
        let _ = (chained, any_mag);
        Some(self.vague_qty(lo, hi, k, scale))
    }

    pub(crate) fn vague_qty(&self, lo: f64, hi: f64, end: usize, scale: Scale) -> Qty {
        Qty {
            lo,
            hi,
            vague: true,
            rounding: 0.0,
            mag: scale.iter().filter_map(|&i| self.mag_of(i)).product(),
            end,
            digits: false,
            bare: false,
            yearlike: false,
            scale,
            alt: None,
            words_only: false,
            inner_qual: None,
        }
    }

    pub(crate) fn mag_of(&self, i: usize) -> Option<f64> {
        match self.tok_has(i, |w| matches!(w, Sense::Mag(_) | Sense::MagPl(_) | Sense::MagAmb(..))) {
            Some(Sense::Mag(m)) | Some(Sense::MagPl(m)) | Some(Sense::MagAmb(m, _)) => Some(m),
            _ => None,
        }
    }

    /// `k` past a link word (`de`, `of`) when a magnitude follows it.
    pub(crate) fn skip_link(&self, k: usize) -> usize {
        match self.item_has(k, |w| matches!(w, Sense::Link)) {
            Some((_, n)) => k + n,
            None => k,
        }
    }

    /// Digits and number words with magnitudes: `2,5 milhões`, `vinte e cinco mil`,
    /// `1兆7000億`, `两千亿`, `mil milhões`, `$500M`.
    pub(crate) fn number(&self, j: usize, limit: usize) -> Option<Qty> {
        let mut s = Sum::new();
        let mut k = j;
        let mut steps = 0;
        while k < limit && steps < 16 {
            steps += 1;
            let t = &self.toks[k];
            let n = if t.kind == Kind::Number {
                if !self.digits_continue(&s, j, k) {
                    break;
                }
                self.read_digits(&mut s, k);
                1
            } else if self.hyphen_continues(&s, k) {
                1
            } else if t.kind != Kind::Word {
                break;
            } else if let Some(pq) = self.qualifier_before_magnitude(&s, k) {
                s.inner_qual = Some(pq);
                1
            } else {
                match self.number_word(&mut s, k) {
                    Some(n) => n,
                    None => break,
                }
            };
            k += n;
        }
        s.into_qty(k)
    }

    /// Whether the digits at `k` continue the number begun at `j`: only
    /// before anything was read, or as the remainder below a magnitude or a
    /// CJK section.
    fn digits_continue(&self, s: &Sum, j: usize, k: usize) -> bool {
        if s.num.is_some() || (s.digits && !s.any_mag && !s.small_seen) {
            return false;
        }
        if s.any_mag && !self.remainder_below_magnitude(s, k) {
            return false;
        }
        !(k > j && self.toks[k].space_before && (s.digits || s.words) && !s.any_mag && !s.small_seen)
    }

    /// Whether the digits at `k`, after a magnitude, are its remainder:
    /// `1兆7000億`, `2 milhões 300 mil`: only when a smaller magnitude follows.
    /// A CJK multiplier must be glued to the digits, unless the digits
    /// stand between two CJK words (`1 億 4 千万`, spaced by the writer).
    fn remainder_below_magnitude(&self, s: &Sum, k: usize) -> bool {
        let t = &self.toks[k];
        let cjk_before = self.toks.get(k.wrapping_sub(1)).is_some_and(|p| crate::text::is_cjk(p.ch));
        let next_cjk = self.toks.get(k + 1).is_some_and(|u| crate::text::is_cjk(u.ch) && !u.nl_before && (!u.space_before || cjk_before));
        match self.tok_has(k + 1, |w| matches!(w, Sense::Mag(_) | Sense::MagPl(_) | Sense::Small(_))) {
            // (The same CJK magnitude again, `1억 2500억`: a slip of
            // the writer's, read in `Sum::multiply`.)
            Some(Sense::Mag(m)) | Some(Sense::MagPl(m)) => m < s.last_mag || (m == s.last_mag && m >= 1e4 && next_cjk),
            // `2万5千`: a CJK section multiplier below the magnitude.
            Some(Sense::Small(m)) => next_cjk && m < s.last_mag,
            // `1万2000`, `1만2000명`: digits glued after a CJK magnitude
            // and smaller than it are its remainder.
            _ => !t.space_before && cjk_before && t.decimals == 0 && t.value < s.last_mag,
        }
    }

    /// Reads the digits at `k` into `s`.
    fn read_digits(&self, s: &mut Sum, k: usize) {
        let t = &self.toks[k];
        // A lone separator read as grouping where it is also the
        // decimal mark (`150.000` in ar) is the decimal before a
        // magnitude or per cent: `1.125 مليار` is 1.125 × 10^9,
        // `2,375 persen` a rate, where thousands are rare.
        let mag_next = t.lone_group
            && self.item_has(k + 1, |w| matches!(w, Sense::Mag(_) | Sense::MagPl(_) | Sense::MagAmb(..) | Sense::Pct)).is_some();
        let (value, decimals) = if mag_next { (t.value / 1e3, 3) } else { (t.value, t.decimals) };
        s.num = Some(value);
        if !s.digits && !s.words {
            s.yearlike = !t.grouped && t.decimals == 0 && t.digits == 4 && (1000.0..2200.0).contains(&t.value);
        }
        s.digits = true;
        // `10f64.powi(-d)`, which is `1 / 10^d`.
        s.rounding_unit = 1.0 / crate::text::pow10(decimals as u32);
    }

    /// A CJK post qualifier between a number and its magnitude: `10多万`,
    /// `十余万`, `100여억` (more than 100 000, 10 000 000 000).
    fn qualifier_before_magnitude(&self, s: &Sum, k: usize) -> Option<Qualifier> {
        let t = &self.toks[k];
        if !((s.num.is_some() || s.section > 0.0) && !t.space_before && crate::text::is_cjk(t.ch)) {
            return None;
        }
        let Some(Sense::PostQual(pq)) = self.tok_has(k, |w| matches!(w, Sense::PostQual(_))) else { return None };
        let mag_next =
            self.toks.get(k + 1).is_some_and(|u| !u.space_before) && self.tok_has(k + 1, |w| matches!(w, Sense::Mag(_))).is_some();
        mag_next.then_some(pq)
    }

    /// Reads the number word or magnitude at `k` into `s`: the number of
    /// tokens it takes, or `None` when none of its senses continues the number.
    fn number_word(&self, s: &mut Sum, k: usize) -> Option<usize> {
        let it = self.item(k)?;
        let cjk = || crate::text::is_cjk(self.toks[k].ch);
        for w in self.senses_id(it.id) {
            let fit = match w {
                Sense::Num(v) if v < 1.0 => s.fraction(v),
                Sense::Num(v) => s.add_word(v, cjk()),
                Sense::Small(u) => s.close_section(u),
                Sense::Mag(m) | Sense::MagPl(m) | Sense::MagAmb(m, _) => {
                    if s.nothing_read() && !self.bare_magnitude_stands(k, it, w) {
                        return None;
                    }
                    // A magnitude glued to the number in Latin script must be an
                    // abbreviation (`500M`, `1.5bn`), written as its own word otherwise.
                    let m_alt = if let Sense::MagAmb(_, b) = w { b } else { m };
                    s.multiply(m, m_alt, cjk());
                    if let Sense::MagAmb(a, b) = w {
                        s.alt = Some(self.lang.lexicon().mag_amb_note.unwrap_or_else(|| amb_note(a, b)));
                    }
                    s.scale.push(k);
                    Fit::Took
                }
                Sense::And if s.words && !s.digits && self.and_continues(s, k + it.n) => Fit::Took,
                _ => Fit::Next,
            };
            match fit {
                Fit::Took => return Some(it.n),
                Fit::Next => {}
                Fit::Stop => return None,
            }
        }
        None
    }

    /// Whether a magnitude with nothing before it (`it`, sense `w`, at `k`)
    /// is a number by itself. (After a magnitude, one more multiplies it:
    /// `mille miliardi`.) A bare plural magnitude is vague, read elsewhere; a
    /// bare singular one (`mil pessoas`, `万人`) must be a word of the text's
    /// own language, standing apart from letters and digits. A magnitude that
    /// is also a function word of the language counts only after a number
    /// (Hindi `अरब`: 10^9, and `Arab`).
    fn bare_magnitude_stands(&self, k: usize, it: super::reader::Item, w: Sense) -> bool {
        !(matches!(w, Sense::MagPl(_))
            || !self.own_sense(it.id)
            || self.toks[k].inner_cap
            || self.find_id(it.id, |x| matches!(x, Sense::Stop)).is_some()
            || self.toks.get(k + it.n).is_some_and(|u| !u.space_before && u.kind == Kind::Number))
    }

    /// `vinte e cinco`, `mil e quinhentos`: an `and` continues the number
    /// only when a number word follows at `k` that adds to what was read
    /// (not `entre dois e três`).
    fn and_continues(&self, s: &Sum, k: usize) -> bool {
        match self.tok_has(k, |w| matches!(w, Sense::Num(_))) {
            Some(Sense::Num(v)) => s.num.is_none_or(|p| tens(p) && p > v),
            _ => false,
        }
    }
}

/// What a sense of a word does to the number being read.
enum Fit {
    /// It continues the number.
    Took,
    /// Not this sense; maybe the word's next one.
    Next,
    /// The number ends before the word.
    Stop,
}

/// The number read so far by [`Reader::number`].
struct Sum {
    /// The sections closed by a magnitude, multiplied out.
    total: f64,
    /// The same sum with the other reading of ambiguous magnitudes.
    alt_total: f64,
    /// CJK sections closed by a small multiplier (`2千` of `2千5百万`).
    section: f64,
    /// The digits or number words read since the last multiplier.
    num: Option<f64>,
    /// The last magnitude read (infinite before one).
    last_mag: f64,
    /// The largest magnitude applied to `total`.
    total_mag: f64,
    digits: bool,
    words: bool,
    any_mag: bool,
    small_seen: bool,
    /// The first digits read look like a year.
    yearlike: bool,
    /// Value of the last written digit's place.
    rounding_unit: f64,
    scale: Scale,
    /// The note on an ambiguous magnitude read.
    alt: Option<&'static str>,
    inner_qual: Option<Qualifier>,
}

impl Sum {
    fn new() -> Sum {
        Sum {
            total: 0.0,
            alt_total: 0.0,
            section: 0.0,
            num: None,
            last_mag: f64::INFINITY,
            total_mag: 1.0,
            digits: false,
            words: false,
            any_mag: false,
            small_seen: false,
            yearlike: false,
            rounding_unit: 1.0,
            scale: Scale::new(),
            alt: None,
            inner_qual: None,
        }
    }

    fn nothing_read(&self) -> bool {
        !self.digits && !self.words && !self.any_mag && self.section == 0.0 && self.num.is_none()
    }

    /// A fraction after a magnitude: `millón y medio`, `milione e mezzo`
    /// (a phrase `y medio` = 0.5) is that part of the magnitude.
    /// At the start it is a coefficient: `نصف مليون`, `half a million`.
    fn fraction(&mut self, v: f64) -> Fit {
        if self.nothing_read() {
            self.num = Some(v);
        } else if !self.any_mag || self.num.is_some() || self.section != 0.0 {
            return Fit::Stop;
        } else {
            self.total += v * self.last_mag;
        }
        self.words = true;
        Fit::Took
    }

    /// A number word: CJK digits (one each), or Western words that add up.
    fn add_word(&mut self, v: f64, cjk: bool) -> Fit {
        if cjk {
            // Digits add once: 二〇二四 is a year written digit by
            // digit, not a sum (零 holds a place: 一万零五百).
            if self.num.is_some_and(|x| x != 0.0) {
                return Fit::Stop;
            }
            self.num = Some(v);
        } else {
            // Western number words add (`vinte` + `cinco`), but not after digits.
            // A number sense that does not fit here leaves the word to its
            // next sense (Arabic `ألفا`: 2000 alone, `20 ألفا` = 20 × 1000).
            // (Nor after digits and a magnitude: `1.7 million four years`
            // is two figures.)
            if self.digits {
                return Fit::Next;
            }
            if let Some(prev) = self.num {
                if prev < v || !tens(prev) {
                    return Fit::Next;
                }
            }
            self.num = Some(self.num.unwrap_or(0.0) + v);
        }
        self.words = true;
        self.rounding_unit = 1.0;
        Fit::Took
    }

    /// A CJK section multiplier (`千` of `2千5百万`) closes a section.
    fn close_section(&mut self, u: f64) -> Fit {
        self.section += self.num.unwrap_or(1.0) * u;
        self.num = None;
        self.small_seen = true;
        self.words = true;
        self.rounding_unit = u;
        Fit::Took
    }

    /// Multiplies what was read by the magnitude `m` (`m_alt` in its other
    /// reading): a larger magnitude multiplies all of it (`mille miliardi`),
    /// a smaller one only the section before it (`2 milhões 300 mil`).
    fn multiply(&mut self, m: f64, m_alt: f64, cjk: bool) {
        let num_or_section = self.section > 0.0 || self.num.is_some();
        let s = self.section + self.num.unwrap_or(0.0);
        let s = if s == 0.0 && self.total == 0.0 { 1.0 } else { s };
        if cjk && self.total > 0.0 && s > 0.0 && m == self.total_mag && m >= 1e4 && num_or_section {
            // The same myriad magnitude twice (`1億4千億`, `1억 2500억`)
            // is no number: the writer put it for the one below
            // (`1億4千万`, 1.4 × 10^8) and meant the whole in
            // its unit, 1.4 × 10^12 — the trace of a slip.
            self.total = self.total * 1e4 + s * m;
            self.alt_total = self.alt_total * 1e4 + s * m_alt;
        } else if m > self.last_mag || (self.total > 0.0 && m >= self.total_mag) {
            self.total = (self.total + s) * m;
            self.alt_total = (self.alt_total + s) * m_alt;
            self.total_mag = m;
        } else {
            self.total += s * m;
            self.alt_total += s * m_alt;
            if self.total_mag == 1.0 || m > self.total_mag {
                self.total_mag = m;
            }
        }
        self.rounding_unit *= m;
        self.last_mag = m;
        self.section = 0.0;
        self.num = None;
        self.any_mag = true;
    }

    /// The quantity read, ending at token `end`, if any.
    fn into_qty(self, end: usize) -> Option<Qty> {
        if !self.digits && !self.words && !self.any_mag {
            return None;
        }
        let value = self.total + self.section + self.num.unwrap_or(0.0);
        if !value.is_finite() || value <= 0.0 && !self.digits {
            return None;
        }
        // Rounding: half a unit of the last written digit, in the magnitude's scale.
        let rounding = if self.digits || self.words { 0.5 * self.rounding_unit } else { 0.0 };
        let bare = self.digits && !self.any_mag && !self.words && !self.small_seen;
        Some(Qty {
            lo: value,
            hi: value,
            vague: false,
            rounding,
            mag: if self.any_mag { self.total_mag } else { 1.0 },
            end,
            digits: self.digits,
            bare,
            yearlike: self.yearlike && bare,
            scale: self.scale,
            alt: self.alt.map(|note| (self.alt_total + self.section + self.num.unwrap_or(0.0), note)),
            words_only: !self.digits,
            inner_qual: self.inner_qual,
        })
    }
}

impl Reader<'_> {
    /// Whether the hyphen at `k` joins the number read so far (`s`) to a
    /// word that continues it: a magnitude, or for number words a multiplier
    /// (`quatre-vingts`), `et` (`vingt-et-un`), or a unit digit after a ten
    /// (`twenty-five`, `dix-sept`, `soixante-douze`); also `$5-billion`.
    fn hyphen_continues(&self, s: &Sum, k: usize) -> bool {
        let t = &self.toks[k];
        if !(t.kind == Kind::Punct && t.ch == '-' && !t.space_before && (s.digits || s.words)) {
            return false;
        }
        let Some(u) = self.toks.get(k + 1) else { return false };
        if u.kind != Kind::Word || u.space_before {
            return false;
        }
        let Some(it) = self.item(k + 1) else { return false };
        self.find_id(it.id, |w| match w {
            Sense::Mag(_) | Sense::MagAmb(..) => true,
            Sense::Small(_) | Sense::And => !s.digits,
            Sense::Num(v) => !s.digits && s.num.is_none_or(|p| tens(p) && p > v),
            _ => false,
        })
        .is_some()
    }
}

/// `p % 10.0 == 0.0` (a whole number of tens), without a call to `fmod`
/// for the whole numbers that number words add up to.
/// (The compiler computes a `%` of floats ahead of its use, in every
/// iteration of the reading loops; `fmod` is slow.)
#[inline]
pub(crate) fn tens(p: f64) -> bool {
    if p.abs() < 1e15 {
        // Exact: a whole `p` converts without loss; a fraction is no multiple of ten.
        let i = p as i64;
        i as f64 == p && i % 10 == 0
    } else {
        tens_fmod(p)
    }
}

#[cold]
#[inline(never)]
fn tens_fmod(p: f64) -> bool {
    p % 10.0 == 0.0
}

/// The note on an ambiguous magnitude between the long and the short scale
/// (a lexicon names its other ambiguities: [`crate::lang::Lexicon::mag_amb_note`]).
fn amb_note(primary: f64, alt: f64) -> &'static str {
    match (primary as u64, alt as u64) {
        (1_000_000_000_000_000_000, 1_000_000_000_000) => "read as 10^12 (English usage) instead of 10^18 (long scale)",
        (1_000_000_000_000, 1_000_000_000) => "read as 10^9 (English usage) instead of 10^12 (long scale)",
        (1_000_000_000, 1_000_000_000_000) => "read as 10^12 (long scale) instead of 10^9",
        (1_000_000_000_000, 1_000_000_000_000_000_000) => "read as 10^18 (long scale) instead of 10^12",
        _ => "the other common reading of this scale word",
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn tens_is_fmod() {
        let mut vals = vec![
            0.0,
            -0.0,
            0.5,
            1.0,
            9.999,
            10.0,
            20.0,
            25.0,
            100.0,
            1e15,
            1e16,
            1e300,
            -10.0,
            -15.0,
            f64::INFINITY,
            f64::NAN,
            1e15 - 10.0,
            123456789012340.0,
        ];
        for i in 0..2000 {
            vals.push(i as f64);
            vals.push(i as f64 * 0.25);
            vals.push((i as f64) * 1e6 + 10.0);
        }
        for v in vals {
            assert_eq!(super::tens(v), v % 10.0 == 0.0, "{v}");
        }
    }
}
