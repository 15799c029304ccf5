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
        let mut total = 0.0f64;
        let mut section = 0.0f64;
        let mut num: Option<f64> = None;
        let mut last_mag = f64::INFINITY;
        let mut total_mag = 1.0f64; // largest magnitude applied to `total`
        let mut k = j;
        let mut digits = false;
        let mut words = false;
        let mut any_mag = false;
        let mut rounding_unit = 1.0f64; // value of the last written digit's place
        let mut last_decimals = 0u8;
        let mut scale = Scale::new();
        let mut alt: Option<&'static str> = None;
        // The same sum with the other reading of ambiguous magnitudes.
        let mut alt_total = 0.0f64;
        let mut small_seen = false;
        let mut steps = 0;
        let mut yearlike = false;
        let mut num_from_cjk = false;
        let mut inner_qual: Option<Qualifier> = None;
        while k < limit && steps < 16 {
            steps += 1;
            let t = &self.toks[k];
            if t.kind == Kind::Number {
                if num.is_some() || (digits && !any_mag && !small_seen) {
                    break;
                }
                if any_mag {
                    // `1兆7000億`, `2 milhões 300 mil`: only when a smaller magnitude follows.
                    // A CJK multiplier must be glued to the digits, unless the digits
                    // stand between two CJK words (`1 億 4 千万`, spaced by the writer).
                    let cjk_before = self.toks.get(k.wrapping_sub(1)).is_some_and(|p| crate::text::is_cjk(p.ch));
                    let next_cjk =
                        self.toks.get(k + 1).is_some_and(|u| crate::text::is_cjk(u.ch) && !u.nl_before && (!u.space_before || cjk_before));
                    let smaller = match self.tok_has(k + 1, |w| matches!(w, Sense::Mag(_) | Sense::MagPl(_) | Sense::Small(_))) {
                        // (The same CJK magnitude again, `1억 2500억`: a slip of
                        // the writer's, read below.)
                        Some(Sense::Mag(m)) | Some(Sense::MagPl(m)) => m < last_mag || (m == last_mag && m >= 1e4 && next_cjk),
                        // `2万5千`: a CJK section multiplier below the magnitude.
                        Some(Sense::Small(m)) => next_cjk && m < last_mag,
                        // `1万2000`, `1만2000명`: digits glued after a CJK magnitude
                        // and smaller than it are its remainder.
                        _ => {
                            !t.space_before
                                && self.toks.get(k.wrapping_sub(1)).is_some_and(|p| crate::text::is_cjk(p.ch))
                                && t.decimals == 0
                                && t.value < last_mag
                        }
                    };
                    if !smaller {
                        break;
                    }
                }
                if k > j && t.space_before && (digits || words) && !any_mag && !small_seen {
                    break;
                }
                // A lone separator read as grouping where it is also the
                // decimal mark (`150.000` in ar) is the decimal before a
                // magnitude or per cent: `1.125 مليار` is 1.125 × 10^9,
                // `2,375 persen` a rate, where thousands are rare.
                let mag_next = t.lone_group
                    && self.item_has(k + 1, |w| matches!(w, Sense::Mag(_) | Sense::MagPl(_) | Sense::MagAmb(..) | Sense::Pct)).is_some();
                let (value, decimals) = if mag_next { (t.value / 1e3, 3) } else { (t.value, t.decimals) };
                num = Some(value);
                if !digits && !words {
                    yearlike = !t.grouped && t.decimals == 0 && t.digits == 4 && (1000.0..2200.0).contains(&t.value);
                }
                digits = true;
                last_decimals = decimals;
                // `10f64.powi(-d)`, which is `1 / 10^d`.
                rounding_unit = 1.0 / crate::text::pow10(decimals as u32);
                k += 1;
                continue;
            }
            // A hyphen inside a written number: `twenty-five`, `vingt-cinq`,
            // `quatre-vingts`, `$5-billion`; only when what follows continues it.
            if t.kind == Kind::Punct && t.ch == '-' && !t.space_before && (digits || words) && self.hyphen_continues(k, num, digits) {
                k += 1;
                continue;
            }
            if t.kind != Kind::Word {
                break;
            }
            // A CJK post qualifier between a number and its magnitude: `10多万`,
            // `十余万`, `100여억` (more than 100 000, 10 000 000 000).
            if (num.is_some() || section > 0.0) && !t.space_before && crate::text::is_cjk(t.ch) {
                if let Some(Sense::PostQual(pq)) = self.tok_has(k, |w| matches!(w, Sense::PostQual(_))) {
                    let mag_next = self.toks.get(k + 1).is_some_and(|u| !u.space_before)
                        && self.tok_has(k + 1, |w| matches!(w, Sense::Mag(_))).is_some();
                    if mag_next {
                        inner_qual = Some(pq);
                        k += 1;
                        continue;
                    }
                }
            }
            // Number words and magnitudes.
            let Some(it) = self.item(k) else { break };
            let mut handled = false;
            for w in self.senses_id(it.id) {
                match w {
                    Sense::Num(v) if v < 1.0 => {
                        // A fraction after a magnitude: `millón y medio`, `milione e mezzo`
                        // (a phrase `y medio` = 0.5) is that part of the magnitude.
                        // At the start it is a coefficient: `نصف مليون`, `half a million`.
                        if !any_mag && !digits && !words && num.is_none() && section == 0.0 {
                            num = Some(v);
                            words = true;
                            handled = true;
                            break;
                        }
                        if !any_mag || num.is_some() || section != 0.0 {
                            break;
                        }
                        total += v * last_mag;
                        words = true;
                        handled = true;
                    }
                    Sense::Num(v) => {
                        if crate::text::is_cjk(t.ch) {
                            // Digits add once: 二〇二四 is a year written digit by
                            // digit, not a sum (零 holds a place: 一万零五百).
                            if num.is_some_and(|x| x != 0.0) {
                                break;
                            }
                            num = Some(v);
                            num_from_cjk = true;
                        } else {
                            // Western number words add (`vinte` + `cinco`), but not after digits.
                            // A number sense that does not fit here leaves the word to its
                            // next sense (Arabic `ألفا`: 2000 alone, `20 ألفا` = 20 × 1000).
                            // (Nor after digits and a magnitude: `1.7 million four years`
                            // is two figures.)
                            if digits {
                                continue;
                            }
                            if let Some(prev) = num {
                                if prev < v || !tens(prev) {
                                    continue;
                                }
                            }
                            num = Some(num.unwrap_or(0.0) + v);
                        }
                        words = true;
                        rounding_unit = 1.0;
                        handled = true;
                    }
                    Sense::Small(u) => {
                        section += num.unwrap_or(1.0) * u;
                        num = None;
                        small_seen = true;
                        words = true;
                        rounding_unit = u;
                        handled = true;
                    }
                    Sense::Mag(m) | Sense::MagPl(m) | Sense::MagAmb(m, _) => {
                        if !digits && !words && !any_mag && section == 0.0 && num.is_none() {
                            // (After a magnitude, one more multiplies it: `mille miliardi`.)
                            // A bare plural magnitude is vague, read elsewhere; a bare
                            // singular one (`mil pessoas`, `万人`) must be a word of the
                            // text's own language, standing apart from letters and digits.
                            // A magnitude that is also a function word of the language
                            // counts only after a number (Hindi `अरब`: 10^9, and `Arab`).
                            if matches!(w, Sense::MagPl(_))
                                || !self.own_sense(it.id)
                                || t.inner_cap
                                || self.find_id(it.id, |x| matches!(x, Sense::Stop)).is_some()
                            {
                                break;
                            }
                            if self.toks.get(k + it.n).is_some_and(|u| !u.space_before && u.kind == Kind::Number) {
                                break;
                            }
                        }
                        // A magnitude glued to the number in Latin script must be an
                        // abbreviation (`500M`, `1.5bn`), written as its own word otherwise.
                        let num_or_section = section > 0.0 || num.is_some();
                        let s = section + num.unwrap_or(0.0);
                        let s = if s == 0.0 && total == 0.0 { 1.0 } else { s };
                        let m_alt = if let Sense::MagAmb(_, b) = w { b } else { m };
                        if crate::text::is_cjk(t.ch) && total > 0.0 && s > 0.0 && m == total_mag && m >= 1e4 && num_or_section {
                            // The same myriad magnitude twice (`1億4千億`, `1억 2500억`)
                            // is no number: the writer put it for the one below
                            // (`1億4千万`, 1.4 × 10^8) and meant the whole in
                            // its unit, 1.4 × 10^12 — the trace of a slip.
                            total = total * 1e4 + s * m;
                            alt_total = alt_total * 1e4 + s * m_alt;
                        } else if m > last_mag || (total > 0.0 && m >= total_mag) {
                            total = (total + s) * m;
                            alt_total = (alt_total + s) * m_alt;
                            total_mag = m;
                        } else {
                            total += s * m;
                            alt_total += s * m_alt;
                            if total_mag == 1.0 || m > total_mag {
                                total_mag = m;
                            }
                        }
                        rounding_unit *= m;
                        if let Sense::MagAmb(a, b) = w {
                            alt = Some(self.lang.lexicon().mag_amb_note.unwrap_or_else(|| amb_note(a, b)));
                        }
                        last_mag = m;
                        section = 0.0;
                        num = None;
                        any_mag = true;
                        scale.push(k);
                        handled = true;
                    }
                    Sense::And if words && !digits => {
                        // `vinte e cinco`, `mil e quinhentos`: only when a number word follows
                        // that adds to what was read (not `entre dois e três`).
                        if let Some(Sense::Num(v)) = self.tok_has(k + it.n, |w| matches!(w, Sense::Num(_))) {
                            if num.is_none_or(|p| tens(p) && p > v) {
                                handled = true;
                            }
                        }
                    }
                    _ => {}
                }
                if handled {
                    break;
                }
            }
            if !handled {
                break;
            }
            k += it.n;
        }
        let _ = (last_decimals, num_from_cjk);
        if !digits && !words && !any_mag {
            return None;
        }
        let value = total + section + num.unwrap_or(0.0);
        if !value.is_finite() || value <= 0.0 && !digits {
            return None;
        }
        // Rounding: half a unit of the last written digit, in the magnitude's scale.
        let rounding = if digits || words { 0.5 * rounding_unit } else { 0.0 };
        let bare = digits && !any_mag && !words && !small_seen;
        Some(Qty {
            lo: value,
            hi: value,
            vague: false,
            rounding,
            mag: if any_mag { total_mag } else { 1.0 },
            end: k,
            digits,
            bare,
            yearlike: yearlike && bare,
            scale,
            alt: alt.map(|note| (alt_total + section + num.unwrap_or(0.0), note)),
            words_only: !digits,
            inner_qual,
        })
    }
}

impl Reader<'_> {
    /// Whether the hyphen at `k` joins the number read so far (`num`, after
    /// `digits` or words) to a word that continues it: a magnitude, or for
    /// number words a multiplier (`quatre-vingts`), `et` (`vingt-et-un`), or a
    /// unit digit after a ten (`twenty-five`, `dix-sept`, `soixante-douze`).
    fn hyphen_continues(&self, k: usize, num: Option<f64>, digits: bool) -> bool {
        let Some(u) = self.toks.get(k + 1) else { return false };
        if u.kind != Kind::Word || u.space_before {
            return false;
        }
        let Some(it) = self.item(k + 1) else { return false };
        self.find_id(it.id, |w| match w {
            Sense::Mag(_) | Sense::MagAmb(..) => true,
            Sense::Small(_) | Sense::And => !digits,
            Sense::Num(v) => !digits && num.is_none_or(|p| tens(p) && p > v),
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
