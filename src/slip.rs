//! What kind of slip turns one figure into another: the magnitude word
//! changed (`140 million` → `140 bilhões`), the digits moved by a power of
//! ten under the same magnitude word (`14 million` → `140 milhões`), the
//! digits swapped (`36 million` → `63 milhões`), or something else.
//!
//! Pure functions over two [`Claim`]s, for whoever explains a conflict to a
//! reader: `figcheck pairs` and the bindings today, the checker's
//! explanations later. They say what the two figures look like, not whether
//! they state one fact: that is the checker's call ([`crate::compare`]).

use crate::claim::{Claim, Qualifier};
use crate::lang::{Decimal, Lang, Sense};
use crate::lexindex::index;
use serde::{Deserialize, Serialize};

/// The kinds of slip, as `figcheck pairs` counts them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SlipKind {
    /// The magnitude words stand for different powers of ten (`million` and
    /// `bilhões`, `milliards` and `trilhões`, `dezenas` and `centaines`), and
    /// the figures differ by a power of ten.
    MagnitudeWord,
    /// A power of ten between the figures under magnitude words of the same
    /// size, or none (`14 million` and `140 milhões`, `1.5` read as `15`).
    DigitsPowerOfTen,
    /// The digits of one are the digits of the other in another order (`36`, `63`).
    SwappedDigits,
    /// Any other difference.
    Other,
}

impl SlipKind {
    /// Every kind, in the order summaries list them.
    pub const ALL: [SlipKind; 4] = [SlipKind::MagnitudeWord, SlipKind::DigitsPowerOfTen, SlipKind::SwappedDigits, SlipKind::Other];

    /// The name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            SlipKind::MagnitudeWord => "magnitude_word",
            SlipKind::DigitsPowerOfTen => "digits_power_of_ten",
            SlipKind::SwappedDigits => "swapped_digits",
            SlipKind::Other => "other",
        }
    }

    /// The name for people.
    pub fn label(self) -> &'static str {
        match self {
            SlipKind::MagnitudeWord => "magnitude word",
            SlipKind::DigitsPowerOfTen => "digits ×10^k",
            SlipKind::SwappedDigits => "swapped digits",
            SlipKind::Other => "other",
        }
    }
}

/// A slip between two figures: its kind, and the power of ten between them when there is one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Slip {
    pub kind: SlipKind,
    /// `k` when the first figure is 10^k times the second (`3` for `140
    /// bilhões` against `140 million`), else `None`.
    pub power: Option<i32>,
    /// One short phrase on what changed: `'million' became 'bilhões' (×10^3)`.
    pub note: String,
}

/// How the slip from figure `b` to figure `a` looks (`a` the translation,
/// `b` its source: `power` is of `a` over `b`). Meant for two figures the
/// checker found in conflict; of two equal figures it says `Other`.
pub fn classify(a: &Claim, b: &Claim) -> Slip {
    let power = ratio(a, b).and_then(power_of_ten);
    let words =
        |c: &Claim| if c.scale_words.is_empty() { "no magnitude word".to_string() } else { format!("'{}'", c.scale_words.join(" ")) };
    let (da, db) = (digits(a), digits(b));
    if let Some(k) = power {
        let vague = a.qualifier == Qualifier::Vague || b.qualifier == Qualifier::Vague;
        let differ = match (word_magnitude(a), word_magnitude(b)) {
            (Some(x), Some(y)) => !same_size(x, y),
            // A magnitude unknown: the words differ when they are not the same words.
            _ => fold_words(a) != fold_words(b),
        };
        if differ || vague {
            let note = if vague && !differ {
                format!("'{}' became '{}' (×10^{k})", b.text, a.text)
            } else {
                format!("{} became {} (×10^{k})", words(b), words(a))
            };
            return Slip { kind: SlipKind::MagnitudeWord, power, note };
        }
        let note = if da.is_empty() || db.is_empty() {
            format!("the same magnitude, ×10^{k}")
        } else {
            format!("digits {db} became {da} under the same magnitude (×10^{k})")
        };
        return Slip { kind: SlipKind::DigitsPowerOfTen, power, note };
    }
    if swapped(&da, &db) {
        return Slip { kind: SlipKind::SwappedDigits, power: None, note: format!("digits {db} became {da}") };
    }
    Slip { kind: SlipKind::Other, power: None, note: "the figures differ beyond rounding".to_string() }
}

/// `a` over `b`, between the geometric middles of their intervals (as the
/// checker's ratio), when both are positive and bounded.
pub fn ratio(a: &Claim, b: &Claim) -> Option<f64> {
    match (middle(a), middle(b)) {
        (Some(p), Some(q)) if q > 0.0 => Some(p / q),
        _ => None,
    }
}

fn middle(c: &Claim) -> Option<f64> {
    match (c.low, c.high) {
        (Some(l), Some(h)) if l > 0.0 && h.is_finite() => Some((l * h).sqrt()),
        (Some(l), None) if l > 0.0 => Some(l),
        (Some(_), Some(h)) if h > 0.0 && h.is_finite() => Some(h),
        (None, Some(h)) if h > 0.0 && h.is_finite() => Some(h),
        _ => None,
    }
}

/// `k` when `r` is 10^k, k ≠ 0, within the checker's tolerance (a
/// twentieth of a decade: 1000 ± 15 %).
pub fn power_of_ten(r: f64) -> Option<i32> {
    if !(r.is_finite() && r > 0.0) {
        return None;
    }
    let lg = r.log10();
    let k = lg.round();
    (k != 0.0 && (lg - k).abs() < 0.06).then_some(k as i32)
}

fn same_size(x: f64, y: f64) -> bool {
    (x / y - 1.0).abs() < 0.01
}

/// The digits of a figure as written, in ASCII (`١٫٥` → `15`, `１２` → `12`).
pub fn digits(c: &Claim) -> String {
    c.text.chars().filter_map(crate::text::digit_value).filter_map(|d| char::from_digit(d, 10)).collect()
}

/// Two digit strings that differ and are the same digits in another order.
fn swapped(a: &str, b: &str) -> bool {
    if a.len() != b.len() || a == b || a.len() < 2 {
        return false;
    }
    let mut x: Vec<u8> = a.bytes().collect();
    let mut y: Vec<u8> = b.bytes().collect();
    x.sort_unstable();
    y.sort_unstable();
    x == y
}

fn fold_words(c: &Claim) -> Vec<String> {
    c.scale_words.iter().map(|w| crate::text::fold(w)).collect()
}

/// What a figure's magnitude words multiply its number by: 1 without one;
/// with digits, the figure's value over the number its digits write (so
/// that `mil milhões` counts whole, and a unit's factor on both sides
/// cancels out); without digits, the product of the words' magnitudes in
/// the figure's language. `None` when it cannot be told.
pub fn word_magnitude(c: &Claim) -> Option<f64> {
    if c.scale_words.is_empty() {
        return Some(1.0);
    }
    let lang = Lang::from_code(&c.lang);
    if let Some(n) = written_number(&c.text, lang) {
        let v = c.low.or(c.high)?;
        if n > 0.0 && v > 0.0 {
            return Some(v / n);
        }
    }
    let lang = lang?.base();
    let idx = index();
    let mut m = 1.0;
    for w in &c.scale_words {
        let f = crate::text::fold(w);
        let id = idx.lookup(&f).or_else(|| idx.lookup_cjk(f.as_bytes()).map(|(id, _)| id).filter(|&id| id != crate::text::NONE))?;
        match idx.senses(id).find(lang, |s| matches!(s, Sense::Mag(_) | Sense::MagPl(_)))? {
            Sense::Mag(x) | Sense::MagPl(x) => m *= x,
            _ => return None,
        }
    }
    Some(m)
}

/// The number written in digits at the start of a figure's first run of
/// digits (`2,5` in pt is 2.5, `1,500` in en is 1500), read with the
/// language's decimal mark; `None` without digits.
fn written_number(text: &str, lang: Option<Lang>) -> Option<f64> {
    let comma = lang.is_some_and(|l| l.lexicon().decimal == Decimal::Comma);
    let chars: Vec<char> = text.chars().collect();
    let first = chars.iter().position(|&c| crate::text::digit_value(c).is_some())?;
    let (mut int, mut frac, mut scale) = (0f64, 0f64, 1f64);
    let mut in_frac = false;
    let mut i = first;
    while i < chars.len() {
        let c = chars[i];
        if let Some(d) = crate::text::digit_value(c) {
            if in_frac {
                scale /= 10.0;
                frac += d as f64 * scale;
            } else {
                int = int * 10.0 + d as f64;
            }
            i += 1;
            continue;
        }
        // A separator counts only between digits.
        let next_digit = chars.get(i + 1).is_some_and(|&n| crate::text::digit_value(n).is_some());
        if !next_digit {
            break;
        }
        let decimal = match c {
            '٫' => true,
            ',' => comma,
            '.' => !comma,
            ' ' | '\u{a0}' | '\u{202f}' | '\'' | '٬' => false,
            _ => break,
        };
        if decimal {
            if in_frac {
                break;
            }
            in_frac = true;
        }
        i += 1;
    }
    Some(int + frac)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{extract, Options};

    /// The one figure of `text` read in `lang`.
    fn fig(text: &str, lang: &str) -> Claim {
        let cs = extract(text, &Options { lang: Lang::from_code(lang), ..Default::default() });
        assert_eq!(cs.len(), 1, "{text}: {cs:?}");
        cs.into_iter().next().unwrap()
    }

    #[test]
    fn million_for_billion_is_a_magnitude_word() {
        // 140 × 10^9 against 140 × 10^6: 10^3, the words 10^9 and 10^6.
        let s = classify(&fig("A empresa pagou 140 bilhões de dólares.", "pt"), &fig("The firm paid $140 million.", "en"));
        assert_eq!(s.kind, SlipKind::MagnitudeWord);
        assert_eq!(s.power, Some(3));
        assert_eq!(s.note, "'million' became 'bilhões' (×10^3)");
    }

    #[test]
    fn trilhoes_for_milliards_is_a_magnitude_word_though_digits_moved_too() {
        // 2 × 10^12 against 200 × 10^9: ratio 10, words 10^12 and 10^9.
        let s = classify(&fig("Vale 2 trilhões de dólares.", "pt"), &fig("Elle vaut 200 milliards de dollars.", "fr"));
        assert_eq!((s.kind, s.power), (SlipKind::MagnitudeWord, Some(1)));
    }

    #[test]
    fn a_digit_more_under_the_same_word_is_digits() {
        // 140 milhões against 14 million: ×10 under two words of 10^6.
        let s = classify(&fig("Custou 140 milhões de euros.", "pt"), &fig("It cost 14 million euros.", "en"));
        assert_eq!((s.kind, s.power), (SlipKind::DigitsPowerOfTen, Some(1)));
        assert_eq!(s.note, "digits 14 became 140 under the same magnitude (×10^1)");
    }

    #[test]
    fn a_decimal_mark_misread_is_digits() {
        // 1,5 milhões (pt: 1.5 × 10^6) against 15 million: ×0.1, digits 15 and 15.
        let s = classify(&fig("Custou 1,5 milhão de euros.", "pt"), &fig("It cost 15 million euros.", "en"));
        assert_eq!((s.kind, s.power), (SlipKind::DigitsPowerOfTen, Some(-1)));
    }

    #[test]
    fn digits_without_words_are_digits() {
        // 4 500 against 450 people, no magnitude word on either side.
        let s = classify(&fig("Foram 4500 pessoas.", "pt"), &fig("There were 450 people.", "en"));
        assert_eq!((s.kind, s.power), (SlipKind::DigitsPowerOfTen, Some(1)));
    }

    #[test]
    fn swapped_digits() {
        // 63 against 36 million: not a power of ten; the digits 6 and 3 swapped.
        let s = classify(&fig("Custou 63 milhões de euros.", "pt"), &fig("It cost 36 million euros.", "en"));
        assert_eq!((s.kind, s.power), (SlipKind::SwappedDigits, None));
        assert_eq!(s.note, "digits 36 became 63");
        // 1,54 against 1.45 billion: digits 154 and 145.
        let s = classify(&fig("Custou 1,54 bilhão de reais.", "pt"), &fig("It cost 1.45 billion reais.", "en"));
        assert_eq!(s.kind, SlipKind::SwappedDigits);
    }

    #[test]
    fn other_differences() {
        // 37 against 36 million: neither a power of ten nor the same digits.
        let s = classify(&fig("Custou 37 milhões de euros.", "pt"), &fig("It cost 36 million euros.", "en"));
        assert_eq!((s.kind, s.power), (SlipKind::Other, None));
        // 3 × 10^9 against 2 × 10^6: ×1500, other words and other digits.
        let s = classify(&fig("Custou 3 bilhões de euros.", "pt"), &fig("It cost 2 million euros.", "en"));
        assert_eq!(s.kind, SlipKind::Other, "1500 is no power of ten");
    }

    #[test]
    fn vague_quantities_an_order_apart_are_a_magnitude_word() {
        // dezenas de milhares [1e4, 1e5) against centaines de milliers [1e5, 1e6): middles ×0.1.
        let s = classify(
            &fig("Vieram dezenas de milhares de pessoas.", "pt"),
            &fig("Des centaines de milliers de personnes sont venues.", "fr"),
        );
        assert_eq!((s.kind, s.power), (SlipKind::MagnitudeWord, Some(-1)));
    }

    #[test]
    fn cjk_magnitudes() {
        // 2000亿 (2 × 10^11) against 200 billion (2 × 10^11 too): equal, no power.
        let s = classify(&fig("估值达到2000亿美元。", "zh"), &fig("It is worth $200 billion.", "en"));
        assert_eq!((s.kind, s.power), (SlipKind::Other, None));
        // 2000万 (2 × 10^7) against 200 billion: 10^-4, the words 10^4 and 10^9.
        let s = classify(&fig("估值达到2000万美元。", "zh"), &fig("It is worth $200 billion.", "en"));
        assert_eq!((s.kind, s.power), (SlipKind::MagnitudeWord, Some(-4)));
    }

    #[test]
    fn word_magnitudes() {
        assert_eq!(word_magnitude(&fig("Vale 2,5 mil milhões de euros.", "pt-PT")), Some(1e9), "mil milhões counts whole");
        assert_eq!(word_magnitude(&fig("It is worth $1.5 billion.", "en")), Some(1e9));
        assert_eq!(word_magnitude(&fig("There were 1,500 people.", "en")), Some(1.0));
        assert_eq!(word_magnitude(&fig("Il y avait des milliers de personnes.", "fr")), Some(1e3));
        assert_eq!(word_magnitude(&fig("Vale dois milhões de reais.", "pt")), Some(1e6));
    }

    #[test]
    fn powers_of_ten() {
        assert_eq!(power_of_ten(1000.0), Some(3));
        assert_eq!(power_of_ten(0.001), Some(-3));
        assert_eq!(power_of_ten(1.1e3), Some(3), "within rounding");
        assert_eq!(power_of_ten(1.0), None);
        assert_eq!(power_of_ten(1500.0), None);
        assert_eq!(power_of_ten(f64::NAN), None);
        assert_eq!(power_of_ten(0.0), None);
    }

    #[test]
    fn written_numbers() {
        assert_eq!(written_number("2,5 mil milhões", Some(Lang::Pt)), Some(2.5));
        assert_eq!(written_number("1,500 people", Some(Lang::En)), Some(1500.0));
        assert_eq!(written_number("1.500 pessoas", Some(Lang::Pt)), Some(1500.0));
        assert_eq!(written_number("US$ 1,5 bi", Some(Lang::Pt)), Some(1.5));
        assert_eq!(written_number("3 200 personnes", Some(Lang::Fr)), Some(3200.0));
        assert_eq!(written_number("١٫٥ مليار", Some(Lang::Ar)), Some(1.5));
        assert_eq!(written_number("dois milhões", Some(Lang::Pt)), None);
    }
}
