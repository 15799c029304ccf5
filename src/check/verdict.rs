//! Verdicts: whether two figures of one fact agree, and the words that
//! say why not. Intervals are widened for the rounding of their last digit
//! and for their qualifiers; an ambiguous scale word (a French `trillion`)
//! is read both ways, and the verdict says which reading it used.

use super::Verdict;
use crate::claim::{Claim, Qualifier};
use crate::lang::Sense;
use smallvec::SmallVec;

/// An interval with open or closed ends, widened for rounding and qualifier.
#[derive(Debug, Clone, Copy)]
struct Span {
    lo: f64,
    hi: f64,
    lo_open: bool,
    hi_open: bool,
}

/// How far a one-sided figure reaches on its open side: `more than 20` is
/// not 200, `up to 120 million` is not 12 million (a factor of five past
/// the stated bound is another figure, whatever the qualifier allows; a
/// slip by a power of ten must not hide behind a hedge).
const ONE_SIDED_REACH: f64 = 5.0;

/// Whether both figures are bounded on the same side (`more than` and `at
/// least`, or `up to` and `less than`): their stated bounds are then
/// compared as figures (`more than 5.5 million` against `more than 5.5
/// billion` conflict, though both intervals reach infinity).
fn same_side(a: &Claim, b: &Claim) -> bool {
    use Qualifier::*;
    matches!((a.qualifier, b.qualifier), (MoreThan | AtLeast, MoreThan | AtLeast) | (LessThan | UpTo, LessThan | UpTo))
}

/// Whether a one-sided figure's bound is the other language's exact figure
/// with its digits swapped or one slipped in (`bis zu 520.000 USD` against
/// `$250,000`): the bound was meant to state that figure, so it is compared
/// as one, though the hedge alone would reach it. Across languages only: in
/// one language a bound and a later exact figure (`at least 12 dead`, then
/// `21 dead`) are most often a count that grew.
fn bound_slipped(a: &Claim, b: &Claim) -> bool {
    use Qualifier::*;
    let one_sided = |c: &Claim| matches!(c.qualifier, MoreThan | AtLeast | LessThan | UpTo);
    a.lang != b.lang
        && one_sided(a) != one_sided(b)
        && matches!(if one_sided(a) { b.qualifier } else { a.qualifier }, Exact)
        && (transposed_values(a, b) || digit_slipped_in(a, b) || transposed_in_one_unit(a, b))
}

/// Whether two figures write the same digits in another order in one unit
/// word (`81 aydan` against `more than 18 months`): their values in seconds
/// keep no trace of the digits, their equal roundings say the unit is one.
fn transposed_in_one_unit(a: &Claim, b: &Claim) -> bool {
    a.rounding == b.rounding && transposed(a, b)
}

fn span(c: &Claim, low: Option<f64>, high: Option<f64>, factor: f64, stated: bool) -> Span {
    let r = c.rounding * factor;
    let lo = low.unwrap_or(0.0);
    let hi = high.unwrap_or(f64::INFINITY);
    let closed = |lo: f64, hi: f64| Span { lo, hi, lo_open: false, hi_open: false };
    match c.qualifier {
        Qualifier::Vague => Span { lo, hi, lo_open: false, hi_open: true },
        Qualifier::About => closed((lo - r).min(lo - lo.abs() * 0.1), (hi + r).max(hi + hi.abs() * 0.1)),
        Qualifier::MoreThan | Qualifier::AtLeast if stated => closed(lo - r, lo + r),
        Qualifier::MoreThan | Qualifier::AtLeast => {
            let reach = if lo > 0.0 { lo * ONE_SIDED_REACH } else { f64::INFINITY };
            Span { lo: lo - r, hi: reach, lo_open: false, hi_open: true }
        }
        Qualifier::LessThan | Qualifier::UpTo if stated => closed(hi - r, hi + r),
        Qualifier::LessThan | Qualifier::UpTo => {
            let reach = if hi > 0.0 && hi.is_finite() { hi / ONE_SIDED_REACH } else { f64::NEG_INFINITY };
            Span { lo: reach, hi: hi + r, lo_open: true, hi_open: false }
        }
        Qualifier::Range | Qualifier::Exact => closed(lo - r, hi + r),
    }
}

fn meets(a: Span, b: Span) -> bool {
    let (lo, lo_open) = if a.lo > b.lo {
        (a.lo, a.lo_open)
    } else if b.lo > a.lo {
        (b.lo, b.lo_open)
    } else {
        (a.lo, a.lo_open || b.lo_open)
    };
    let (hi, hi_open) = if a.hi < b.hi {
        (a.hi, a.hi_open)
    } else if b.hi < a.hi {
        (b.hi, b.hi_open)
    } else {
        (a.hi, a.hi_open || b.hi_open)
    };
    lo < hi || (lo == hi && !lo_open && !hi_open)
}

/// The geometric middle of a claim's interval.
fn middle(low: Option<f64>, high: Option<f64>) -> Option<f64> {
    match (low, high) {
        (Some(l), Some(h)) if l > 0.0 && h.is_finite() => Some((l * h).sqrt()),
        (Some(l), None) if l > 0.0 => Some(l),
        (Some(_), Some(h)) if h > 0.0 && h.is_finite() => Some(h),
        _ => None,
    }
}

pub(crate) struct Judgement {
    pub verdict: Verdict,
    pub ratio: Option<f64>,
    pub explanation: String,
    pub reading: Option<String>,
}

/// Whether a figure is a range written backwards, its low end above its
/// high end (`81–29 років`, `10 إلى 2 بوصة`): a slip in its low end.
pub(crate) fn backwards(c: &Claim) -> bool {
    c.qualifier == Qualifier::Range && matches!((c.low, c.high), (Some(l), Some(h)) if l > h)
}

/// One end of a range, as an exact figure.
fn range_end(c: &Claim, v: Option<f64>) -> Claim {
    Claim { low: v, high: v, qualifier: Qualifier::Exact, alt: None, ..c.clone() }
}

/// The figures to compare end by end when one of two is a range written
/// backwards: two ranges, low end with low end and high end with high end
/// (a decrease, `from 50 to 30`, read so in both versions agrees); a range
/// and a figure of one value (exact or about), the range's high end (its
/// last, written without the slip) with the figure. Against a bound or a
/// vague quantity there is nothing to compare: the list is empty.
fn end_pairs(a: &Claim, b: &Claim) -> Option<Vec<(Claim, Claim)>> {
    if !(backwards(a) || backwards(b)) {
        return None;
    }
    Some(ends_of(a, b))
}

/// Two ranges' ends, low with low and high with high (`7,5 bis 51 cm`, its
/// high end slipped, against `3 to 6 inches`: the ranges overlap, their high
/// ends do not meet).
fn range_ends(a: &Claim, b: &Claim) -> Option<[(Claim, Claim); 2]> {
    let bounded = |c: &Claim| c.qualifier == Qualifier::Range && c.low.is_some() && c.high.is_some();
    (bounded(a) && bounded(b)).then(|| [(range_end(a, a.low), range_end(b, b.low)), (range_end(a, a.high), range_end(b, b.high))])
}

/// Whether two ranges that overlap have an end that disagrees with the
/// other's as a slip would: a slip in one end of a range. (Ranges apart are
/// compared whole.)
fn end_slipped(a: &Claim, b: &Claim) -> bool {
    range_ends(a, b).is_some_and(|ends| {
        ends.iter().any(|(x, y)| !agrees(x, y) && slip_like(x, y)) && (meeting_readings(a, b).is_some() || converted(a, b))
    })
}

/// [`end_pairs`] once one of the two is known to run backwards.
fn ends_of(a: &Claim, b: &Claim) -> Vec<(Claim, Claim)> {
    let ends = |c: &Claim| match (c.qualifier, c.low, c.high) {
        (Qualifier::Range, Some(_), Some(_)) => Some(vec![range_end(c, c.low), range_end(c, c.high)]),
        (Qualifier::Exact | Qualifier::About, Some(_), Some(_)) => Some(vec![c.clone()]),
        _ => None,
    };
    let (Some(x), Some(y)) = (ends(a), ends(b)) else { return Vec::new() };
    if x.len() == 2 && y.len() == 2 {
        x.into_iter().zip(y).collect()
    } else {
        x.last().zip(y.last()).map(|(p, q)| vec![(p.clone(), q.clone())]).unwrap_or_default()
    }
}

/// Compares two figures of the same unit.
pub(crate) fn judge(a: &Claim, b: &Claim) -> Judgement {
    if let Some(pairs) = end_pairs(a, b) {
        let ends = ["low", "high"];
        let k = pairs.len();
        for (n, (x, y)) in pairs.iter().enumerate() {
            let j = judge(x, y);
            if j.verdict == Verdict::Conflict {
                let which = if k == 2 { ends[n] } else { "high" };
                let r = if backwards(a) { a } else { b };
                return Judgement {
                    explanation: format!(
                        "{} runs backwards, its low end above its high end; at its {which} end, {}",
                        quoted(&r.text),
                        j.explanation
                    ),
                    ..j
                };
            }
        }
        if pairs.is_empty() {
            return Judgement {
                verdict: Verdict::Agree,
                ratio: None,
                explanation: format!("Not compared with {} ({}): a range written backwards against a bound.", quoted(&b.text), describe(b)),
                reading: None,
            };
        }
        return Judgement {
            verdict: Verdict::Agree,
            ratio: pairs.last().and_then(|(x, y)| judge(x, y).ratio),
            explanation: format!("Agrees with {} ({}) end by end.", quoted(&b.text), describe(b)),
            reading: None,
        };
    }
    if let Some(ends) = range_ends(a, b) {
        for ((x, y), which) in ends.iter().zip(["low", "high"]) {
            if !agrees(x, y) && slip_like(x, y) {
                let j = judge(x, y);
                return Judgement { explanation: format!("The ranges' {which} ends disagree: {}", j.explanation), ..j };
            }
        }
    }
    let used = meeting_readings(a, b);
    let first = (readings(a).0[0], readings(b).0[0]);
    let (x, y) = used.unwrap_or(first);
    let ratio = match (middle(x.low, x.high), middle(y.low, y.high)) {
        (Some(p), Some(q)) if q > 0.0 => Some(p / q),
        _ => None,
    };
    let reading = used.and_then(|(x, y)| x.note.or(y.note)).map(str::to_string);
    if used.is_none() && converted(a, b) {
        return Judgement {
            verdict: Verdict::Agree,
            ratio,
            explanation: format!("Agrees with {} ({}) within the rounding of a unit conversion.", quoted(&b.text), describe(b)),
            reading: None,
        };
    }
    match used {
        Some(_) => Judgement {
            verdict: Verdict::Agree,
            ratio,
            explanation: match &reading {
                Some(r) => format!("Agrees with {} when the scale word is {}.", quoted(&b.text), r),
                None => format!("Agrees with {} ({}).", quoted(&b.text), describe(b)),
            },
            reading,
        },
        None => Judgement { verdict: Verdict::Conflict, ratio, explanation: explain_conflict(a, b, ratio), reading: None },
    }
}

#[derive(Debug, Clone, Copy)]
struct Reading<'a> {
    low: Option<f64>,
    high: Option<f64>,
    /// Factor from the claim's own reading to this one (scales the rounding).
    factor: f64,
    note: Option<&'a str>,
}

/// A claim's own reading, then its alternative when it has one.
fn readings(c: &Claim) -> ([Reading<'_>; 2], usize) {
    let own = Reading { low: c.low, high: c.high, factor: 1.0, note: None };
    match &c.alt {
        Some(alt) => {
            let base = c.low.unwrap_or(0.0);
            let factor = match alt.low {
                Some(l) if base > 0.0 && l > 0.0 => l / base,
                _ => 1.0,
            };
            ([own, Reading { low: alt.low, high: alt.high, factor, note: Some(alt.note.as_str()) }], 2)
        }
        None => ([own, own], 1),
    }
}

/// Whether two figures of the same unit agree under some reading.
pub(crate) fn agrees(a: &Claim, b: &Claim) -> bool {
    if let Some(pairs) = end_pairs(a, b) {
        return !pairs.is_empty() && pairs.iter().all(|(x, y)| agrees(x, y));
    }
    (meeting_readings(a, b).is_some() || converted(a, b)) && !end_slipped(a, b)
}

/// Whether two figures of a physical unit, in two languages, agree as
/// conversions rounded by translators would: within 4 % (1.5 °C), or within
/// the coarser figure's rounding to its last non-zero digit (`200 miles` is
/// 322 km, written `300 km`: ±50 km), up to 15 % (4 °C). The two need not be
/// written in two systems of units: two translations may each convert from
/// the original's (`320 Kilometer`, `300 km`, both from 200 miles). A bound
/// is taken at its value (`up to 80 °F` against `30 °C`). No slip is this
/// close: a power of ten or swapped digits move a figure by more.
pub(crate) fn converted(a: &Claim, b: &Claim) -> bool {
    if a.unit != b.unit || a.lang == b.lang || !physical(&a.unit) {
        return false;
    }
    let point = |c: &Claim| middle(c.low, c.high).or(c.high.filter(|h| h.is_finite() && *h > 0.0));
    let (Some(x), Some(y)) = (point(a), point(b)) else { return false };
    let top = x.abs().max(y.abs());
    let (base, cap) = if a.unit == "°C" { (1.5, 4.0) } else { (0.04 * top, 0.15 * top) };
    let coarse = coarse_rounding(a).max(coarse_rounding(b));
    (x - y).abs() <= base.max(coarse.min(cap))
}

/// A figure's rounding to the last non-zero digit it writes (`300 km`: ±50
/// km, where its own rounding is ±0.5 km).
fn coarse_rounding(c: &Claim) -> f64 {
    let digits = written_digits(c);
    let zeros = digits.iter().rev().take_while(|&&d| d == 0).count().min(digits.len().saturating_sub(1));
    c.rounding * 10f64.powi(zeros as i32)
}

/// Whether a unit is a physical one (not money, a count, a percentage).
fn physical(unit: &str) -> bool {
    !(unit == "count" || unit == "%" || unit == "magnitude" || crate::claim::is_currency(unit))
}

/// Whether two figures' roundings are not a power of ten apart: written in
/// two systems of units.
pub(crate) fn unit_systems_differ(a: &Claim, b: &Claim) -> bool {
    if a.rounding <= 0.0 || b.rounding <= 0.0 {
        return false;
    }
    let lg = (a.rounding / b.rounding).log10();
    (lg - lg.round()).abs() > 0.02
}

/// Whether two figures that disagree do so as a slip would: by a power of
/// ten (a magnitude word or a digit added or lost), or with their digits
/// transposed, or as two vague quantities a scale apart. Two figures of one
/// measure and subject that differ otherwise (×20, ×1.6) are most often two
/// facts of one kind (two rounds of funding, two years), not one fact.
pub(crate) fn slip_like(a: &Claim, b: &Claim) -> bool {
    // A range written backwards is a slip by its form: its high end agrees,
    // and its low end is the slip (whatever the shape of the one against
    // the other's low end).
    if let Some(pairs) = end_pairs(a, b) {
        return pairs.last().is_some_and(|(x, y)| agrees(x, y)) || pairs.iter().any(|(x, y)| !agrees(x, y) && slip_like(x, y));
    }
    if end_slipped(a, b) {
        return true;
    }
    let vague = (a.qualifier == Qualifier::Vague, b.qualifier == Qualifier::Vague);
    if vague == (true, true) {
        return true;
    }
    let (x, y) = (Digits::of(a), Digits::of(b));
    if reordered(&x.written, &y.written)
        || values_reordered(&x, &y)
        || slipped_in(&x, &y)
        || (same_sig_digits(&x, &y) && !agrees(a, b))
        || converted_slip(a, b).is_some()
    {
        return true;
    }
    if vague.0 || vague.1 {
        return false;
    }
    let (ra, rb) = (readings(a).0[0], readings(b).0[0]);
    let Some(r) = middle(ra.low, ra.high).zip(middle(rb.low, rb.high)).map(|(x, y)| x / y) else { return false };
    power_of_ten(r).is_some()
}

/// How a figure converted from another system of units (`160 km` for `10
/// miles`, `52 cm` for `10 inches`) disagrees as a slip would: a power of
/// ten away from a translator's rounded conversion (within the tolerance of
/// [`converted`]), or the digits of the converted value, rounded either way
/// to the figure's last written digit, in another order. Returns, for the
/// explanation, the figure converted, its value in the other's written unit,
/// and the cause.
fn converted_slip(a: &Claim, b: &Claim) -> Option<(String, String, &'static str)> {
    if a.unit != b.unit || a.lang == b.lang || !physical(&a.unit) || !unit_systems_differ(a, b) || converted(a, b) {
        return None;
    }
    let point = |c: &Claim| middle(c.low, c.high).filter(|_| c.low == c.high || c.qualifier != Qualifier::Range);
    let (x, y) = (point(a)?, point(b)?);
    for (f, g, rf) in [(a, b, y), (b, a, x)] {
        // `g`'s value in `f`'s written unit (the unit of its last digit).
        if f.rounding <= 0.0 {
            continue;
        }
        let unit = 2.0 * f.rounding;
        let own = (middle(f.low, f.high)? / unit).round();
        let conv = rf / unit;
        let k = (own / conv).log10().round() as i32;
        if k != 0 {
            let scaled = Claim {
                low: g.low.map(|v| v * 10f64.powi(k)),
                high: g.high.map(|v| v * 10f64.powi(k)),
                rounding: g.rounding * 10f64.powi(k),
                ..g.clone()
            };
            if converted(f, &scaled) {
                return Some((g.text.clone(), fmt_num(conv), "a factor of a power of ten from the converted figure"));
            }
        }
        // Rounded either way (`85 mph`, 136.8 km/h, written `136`).
        let p = own as u64;
        for q in [conv.floor() as u64, conv.ceil() as u64] {
            if p >= 10 && reordered(&int_digits::<[u8; 20]>(p), &int_digits::<[u8; 20]>(q)) {
                return Some((g.text.clone(), fmt_num(q as f64), "the converted figure's digits in another order: two digits swapped"));
            }
        }
    }
    None
}

/// The power of ten a ratio is, to within a slip's rounding (`1000`, `0.01`,
/// `9.8`), when it is one other than 10^0.
fn power_of_ten(r: f64) -> Option<i32> {
    let lg = r.log10();
    let k = lg.round();
    (k != 0.0 && (lg - k).abs() < 0.06).then_some(k as i32)
}

/// The digits of a figure a slip is read from: those it writes (`2,706
/// km` → 2, 7, 0, 6), and the significant digits of the one value it
/// states, when it states one. Read once a comparison, without allocating.
struct Digits {
    written: SmallVec<[u8; 24]>,
    stated: Option<SmallVec<[u8; 8]>>,
}

impl Digits {
    fn of(c: &Claim) -> Digits {
        Digits { written: written_digits(c), stated: stated_value(c).map(sig_digits) }
    }

    /// The digits written, without the zeros that lead or close them (`1 万
    /// 5 千` → 1, 5; `$15,000` → 1, 5).
    fn written_sig(&self) -> &[u8] {
        let d = &self.written[..];
        let first = d.iter().position(|&x| x != 0).unwrap_or(d.len());
        let last = d.iter().rposition(|&x| x != 0).map_or(first, |k| k + 1);
        &d[first..last]
    }
}

/// The digits written in a figure (`2,706 km` → 2, 7, 0, 6).
fn written_digits(c: &Claim) -> SmallVec<[u8; 24]> {
    c.text.chars().filter_map(crate::text::digit_value).map(|d| d as u8).collect()
}

/// The decimal digits of a whole number, zeros kept (`130` → 1, 3, 0).
fn int_digits<A: smallvec::Array<Item = u8>>(mut n: u64) -> SmallVec<A> {
    let mut d = SmallVec::new();
    loop {
        d.push((n % 10) as u8);
        n /= 10;
        if n == 0 {
            break;
        }
    }
    d.reverse();
    d
}

/// Whether two lists of digits (two at least) are the same digits in another order.
fn reordered(x: &[u8], y: &[u8]) -> bool {
    if x.len() < 2 || x == y || x.len() != y.len() {
        return false;
    }
    let mut count = [0i32; 10];
    for &d in x {
        count[d as usize] += 1;
    }
    for &d in y {
        count[d as usize] -= 1;
    }
    count.iter().all(|&k| k == 0)
}

/// Whether two figures write the same digits, in the same order, the two
/// digits at least: for values that are not a power of ten apart
/// (the caller asks whether they agree), a magnitude word of a composite
/// numeral one step off (`1億5千ドル` for `$15,000`, where `1万5千` was
/// meant).
fn same_sig_digits(x: &Digits, y: &Digits) -> bool {
    let d = x.written_sig();
    d.len() >= 2 && d == y.written_sig()
}

/// Whether two figures write the same digits, in the same order, for
/// values that are not a power of ten apart: a magnitude word of a
/// composite numeral one step off (`1億5千ドル` for `$15,000`, where
/// `1万5千` was meant), the two digits at least.
fn scale_moved(a: &Claim, b: &Claim) -> bool {
    same_sig_digits(&Digits::of(a), &Digits::of(b)) && !agrees(a, b)
}

/// Whether one figure's significant digits are the other's with one digit
/// slipped in (`105.000` for `15,000`), the shorter having two at least.
fn slipped_in(x: &Digits, y: &Digits) -> bool {
    let (Some(x), Some(y)) = (&x.stated, &y.stated) else { return false };
    let (short, long) = if x.len() < y.len() { (x, y) } else { (y, x) };
    if short.len() < 2 || long.len() != short.len() + 1 {
        return false;
    }
    (0..long.len()).any(|k| long[..k] == short[..k] && long[k + 1..] == short[k..])
}

fn digit_slipped_in(a: &Claim, b: &Claim) -> bool {
    slipped_in(&Digits::of(a), &Digits::of(b))
}

/// The one value a figure states, when positive: its own, or its bound
/// (`more than 820 000`; `up to 3.5 million`, whose interval starts at 0).
fn stated_value(c: &Claim) -> Option<f64> {
    let v = match (c.low, c.high) {
        (Some(l), Some(h)) if l == h => l,
        (Some(l), None) => l,
        (None, Some(h)) => h,
        (Some(_), Some(h)) if matches!(c.qualifier, Qualifier::UpTo | Qualifier::LessThan) => h,
        _ => return None,
    };
    (v > 0.0 && v.is_finite()).then_some(v)
}

/// Whether two figures' stated values have the same significant digits in
/// another order (`3,5 mil` and `$53,000`; `1.4억` and `$410 million`).
fn values_reordered(x: &Digits, y: &Digits) -> bool {
    match (&x.stated, &y.stated) {
        (Some(x), Some(y)) => reordered(x, y),
        _ => false,
    }
}

fn transposed_values(a: &Claim, b: &Claim) -> bool {
    values_reordered(&Digits::of(a), &Digits::of(b))
}

/// The significant digits of a value, at most six, without trailing zeros (`53000` → `53`).
pub(crate) fn sig_digits(v: f64) -> SmallVec<[u8; 8]> {
    let e = v.log10().floor() as i32;
    let mut d: SmallVec<[u8; 8]> = int_digits((v / 10f64.powi(e - 5)).round() as u64);
    while d.len() > 1 && d.last() == Some(&0) {
        d.pop();
    }
    d
}

/// How far apart two figures are: the distance of the logarithms of their
/// geometric middles (0 for equal figures; infinite when one has none).
pub(crate) fn distance(a: &Claim, b: &Claim) -> f64 {
    let (ra, rb) = (readings(a).0[0], readings(b).0[0]);
    match (middle(ra.low, ra.high), middle(rb.low, rb.high)) {
        (Some(x), Some(y)) if x > 0.0 && y > 0.0 => (x / y).ln().abs(),
        _ => f64::INFINITY,
    }
}

/// Whether two figures agree only where their roundings touch (`4` and
/// `5`: a 4.5 would be written either way), not over a stretch of values:
/// at the same place of two versions, a weaker match than a figure that
/// overlaps.
pub(crate) fn only_touch(a: &Claim, b: &Claim) -> bool {
    let Some((x, y)) = meeting_readings(a, b) else { return false };
    let stated = same_side(a, b) || bound_slipped(a, b);
    let (p, q) = (span(a, x.low, x.high, x.factor, stated), span(b, y.low, y.high, y.factor, stated));
    p.lo < p.hi && q.lo < q.hi && (p.hi == q.lo || q.hi == p.lo)
}

/// The first pair of readings under which the two figures overlap.
fn meeting_readings<'a, 'b>(a: &'a Claim, b: &'b Claim) -> Option<(Reading<'a>, Reading<'b>)> {
    let (ra, na) = readings(a);
    let (rb, nb) = readings(b);
    let stated = same_side(a, b) || bound_slipped(a, b);
    let (i, j) = first_meeting(
        &ra.map(|r| span(a, r.low, r.high, r.factor, stated))[..na],
        &rb.map(|r| span(b, r.low, r.high, r.factor, stated))[..nb],
    )?;
    Some((ra[i], rb[j]))
}

/// The first pair of spans, one of each list (in order), that meet.
fn first_meeting(a: &[Span], b: &[Span]) -> Option<(usize, usize)> {
    a.iter().enumerate().find_map(|(i, &x)| b.iter().position(|&y| meets(x, y)).map(|j| (i, j)))
}

fn quoted(s: &str) -> String {
    format!("“{s}”")
}

/// A figure in words for explanations: `2 × 10^12 USD`, `[10 000, 100 000) GPUs`.
pub(crate) fn describe(c: &Claim) -> String {
    let u = c.counted.as_deref().unwrap_or(&c.unit);
    match (c.low, c.high) {
        (Some(l), Some(h)) if l == h => format!("{} {}", fmt_num(l), u),
        (Some(l), Some(h)) if c.qualifier == Qualifier::Vague => format!("{}–{} {}", fmt_num(l), fmt_num(h), u),
        (Some(l), Some(h)) => format!("{}–{} {}", fmt_num(l), fmt_num(h), u),
        (Some(l), None) => format!("more than {} {}", fmt_num(l), u),
        (None, Some(h)) => format!("up to {} {}", fmt_num(h), u),
        (None, None) => u.to_string(),
    }
}

/// A number for people: `2 trillion`, `200 billion`, `15 000`, `0.15`.
pub fn fmt_num(x: f64) -> String {
    let a = x.abs();
    let (v, w) = if a >= 1e12 {
        (x / 1e12, " trillion")
    } else if a >= 1e9 {
        (x / 1e9, " billion")
    } else if a >= 1e6 {
        (x / 1e6, " million")
    } else {
        (x, "")
    };
    let s = if (v - v.round()).abs() < 1e-9 {
        format!("{}", v.round() as i64)
    } else {
        let s = format!("{v:.3}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    };
    if w.is_empty() && a >= 10_000.0 && (v - v.round()).abs() < 1e-9 {
        // Group thousands with thin spaces.
        let digits = s.trim_start_matches('-');
        let mut out = String::new();
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push('\u{202F}');
            }
            out.push(ch);
        }
        return if x < 0.0 { format!("-{out}") } else { out };
    }
    format!("{s}{w}")
}

/// One sentence on why two figures conflict, with the likely cause.
fn explain_conflict(a: &Claim, b: &Claim, ratio: Option<f64>) -> String {
    let head = format!("{} ({}) against {} ({})", quoted(&a.text), describe(a), quoted(&b.text), describe(b));
    let Some(r) = ratio else {
        return format!("{head}: the figures do not overlap.");
    };
    let times = format!("×{}", fmt_ratio(r));
    let tens = power_of_ten(r);
    let power_of_ten = tens.is_some();
    let k = tens.unwrap_or(0);
    let sa = a.scale_words.first().map(|s| s.to_lowercase());
    let sb = b.scale_words.first().map(|s| s.to_lowercase());
    let cause = if a.qualifier == Qualifier::Vague && b.qualifier == Qualifier::Vague {
        "two vague quantities whose ranges do not meet: an order of magnitude was changed in translation".to_string()
    } else if let Some(why) = power_of_ten.then(|| false_friend(a, r).or_else(|| false_friend(b, 1.0 / r))).flatten() {
        why
    } else if power_of_ten && (myriads(a) || myriads(b)) && sa != sb {
        format!(
            "a factor of 10^{} across '{}' and '{}': the classic slip between a scale in myriads (10^4, 10^8) and one in thousands",
            k.abs(),
            sa.unwrap_or_default(),
            sb.unwrap_or_default()
        )
    } else if power_of_ten && sa.is_some() && sb.is_some() && sa != sb {
        format!(
            "a factor of 10^{} across the magnitude words '{}' and '{}': the typical trace of a translation slip",
            k.abs(),
            sa.unwrap_or_default(),
            sb.unwrap_or_default()
        )
    } else if power_of_ten {
        format!("a factor of 10^{}: a digit added or lost, or a misplaced magnitude or decimal separator", k.abs())
    } else if let Some((g, v, why)) = converted_slip(a, b).filter(|_| !power_of_ten) {
        format!("converted to the other's unit as written, {} is about {v}: {why}", quoted(&g))
    } else if transposed(a, b) || transposed_values(a, b) {
        "the same digits in another order: two digits swapped".to_string()
    } else if digit_slipped_in(a, b) {
        "the same digits with one more: a digit slipped in or dropped".to_string()
    } else if scale_moved(a, b) {
        "the same digits for another value: a magnitude word of the numeral changed".to_string()
    } else if a.qualifier == Qualifier::Range || b.qualifier == Qualifier::Range {
        "one figure falls outside the other's range".to_string()
    } else if a.qualifier == Qualifier::Vague || b.qualifier == Qualifier::Vague {
        "the exact figure falls outside the vague quantity's range".to_string()
    } else {
        "the figures differ beyond rounding".to_string()
    };
    format!("{head}: {times}, {cause}.")
}

/// The magnitude values of a word, by language, from the lexicons.
fn magnitudes(word: &str) -> Vec<(crate::lang::Lang, f64)> {
    let idx = crate::lexindex::index();
    let Some(id) = idx.lookup(&crate::text::fold(word)) else { return Vec::new() };
    idx.senses(id)
        .by_lang
        .iter()
        .filter_map(|&(l, w)| match w {
            Sense::Mag(v) | Sense::MagPl(v) | Sense::MagAmb(v, _) => Some((l, v)),
            _ => None,
        })
        .collect()
}

/// When the claim's scale word means another magnitude in another language,
/// and read so the figures would agree (`billion`: 10^9 in English, 10^12 in
/// French; `mil`: a million in English money, a thousand in Portuguese): why.
/// `r` is this claim over the other.
fn false_friend(c: &Claim, r: f64) -> Option<String> {
    let w = c.scale_words.first()?;
    let lang = crate::lang::Lang::from_code(&c.lang)?.base();
    let senses = magnitudes(w);
    let own = senses.iter().find(|(l, _)| *l == lang)?.1;
    let (other, v) = senses.iter().find(|(l, v)| *l != lang && (r * v / own).log10().abs() < 0.02)?;
    Some(format!(
        "'{w}' is 10^{} in {} but 10^{} in {}: read one way in one text and the other way in the other, the two figures agree",
        own.log10().round() as i32,
        lang.name(),
        v.log10().round() as i32,
        other.name()
    ))
}

/// Whether the claim's language counts in myriads (has a magnitude of 10^4: 万, 만).
fn myriads(c: &Claim) -> bool {
    let Some(lang) = crate::lang::Lang::from_code(&c.lang) else { return false };
    lang.lexicon().words.iter().any(|(_, w)| matches!(w, Sense::Mag(v) if *v == 1e4))
}

/// Whether the digits written in two figures are the same, in another order (`35` and `53`).
fn transposed(a: &Claim, b: &Claim) -> bool {
    reordered(&written_digits(a), &written_digits(b))
}

/// A ratio for people, without its `×`: `1000`, `2.5`, `0.001`.
pub fn fmt_ratio(r: f64) -> String {
    if r >= 10.0 {
        fmt_num(r.round())
    } else if r >= 1.0 {
        let s = format!("{r:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        let s = format!("{r:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}
