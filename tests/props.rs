//! Properties of the core over arbitrary Unicode and figure-dense text:
//! claims are slices of the input on char boundaries, intervals are finite
//! and ordered, claims are sorted and disjoint, the same input gives the same
//! output, and `check` is symmetric in its verdicts.

#![cfg(not(target_arch = "wasm32"))]

use figcheck::compare::{CheckOptions, Report, ReportSet, Verdict};
use figcheck::{extract, lang::ALL, Claim, Options};
use proptest::prelude::*;

const FRAGMENTS: &[&str] = &[
    "2",
    "1,7",
    "1.500",
    "3 200",
    "3\u{a0}200",
    "١٢٣٫٥",
    "１２３",
    "1,00,000",
    " ",
    " de ",
    " of ",
    "milhões",
    "milliards",
    "billion",
    "billones",
    "mil",
    "万",
    "亿",
    "数十",
    "مليار",
    "آلاف",
    "ب",
    "млрд",
    "करोड़",
    "tỷ",
    "miliar",
    "milyar",
    "$",
    "R$",
    "US$",
    "€",
    "%",
    "٪",
    "dólares",
    "dollars",
    "GW",
    "MW",
    "anos",
    "years",
    "cerca de",
    "more than",
    "entre",
    " e ",
    " a ",
    " to ",
    "-",
    "dezenas",
    "centaines",
    "several",
    "H100",
    "GPT-4",
    "2024",
    "julho",
    ".",
    ",",
    "\n",
    "'",
    "d'",
    "GPUs",
];

fn dense() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..60).prop_map(|v| v.concat())
}

fn invariants(text: &str, claims: &[Claim]) -> Result<(), TestCaseError> {
    let mut last = 0;
    for c in claims {
        prop_assert!(text.is_char_boundary(c.start) && text.is_char_boundary(c.end));
        prop_assert_eq!(&text[c.start..c.end], c.text.as_str());
        prop_assert!(c.start >= last, "sorted and not overlapping");
        last = c.end;
        // Only a temperature may go below zero, or be open below.
        let signed = c.unit == "°C";
        let lo = c.low.or(if signed { c.high } else { None }).expect("low end");
        prop_assert!(lo.is_finite() && (lo >= 0.0 || signed));
        if let Some(hi) = c.high {
            // A range written backwards (`81–29 років`, a slip in its low
            // end) keeps its ends as written (docs/claims.md §1).
            prop_assert!(hi.is_finite() && (lo <= hi || c.qualifier == figcheck::Qualifier::Range), "low {} <= high {}", lo, hi);
        }
        prop_assert!(c.rounding.is_finite() && c.rounding >= 0.0);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_unicode(text in "\\PC{0,200}", l in 0usize..17) {
        let claims = extract(&text, &Options { lang: Some(ALL[l]), quotes: true, date: None });
        invariants(&text, &claims)?;
    }

    #[test]
    fn figure_dense(text in dense(), l in 0usize..18) {
        let lang = ALL.get(l).copied();
        let opts = Options { lang, quotes: false, date: None };
        let a = extract(&text, &opts);
        invariants(&text, &a)?;
        prop_assert_eq!(&a, &extract(&text, &opts), "deterministic");
    }

    #[test]
    fn check_is_symmetric(x in dense(), y in dense()) {
        let ca = extract(&x, &Options::default());
        let cb = extract(&y, &Options::default());
        let opts = CheckOptions { page_name: "a".into(), self_check: false, versions: false };
        let fa = ReportSet::new(vec![Report { name: "b".into(), claims: cb.clone(), ..Default::default() }]).check(&ca, &opts);
        let fb = ReportSet::new(vec![Report { name: "a".into(), claims: ca.clone(), ..Default::default() }]).check(&cb, &opts);
        for f in &fa {
            for o in &f.others {
                if let Some(g) = fb.iter().find(|g| g.claim.start == o.start && g.claim.end == o.end) {
                    if let Some(p) = g.others.iter().find(|p| p.start == f.claim.start && p.end == f.claim.end) {
                        prop_assert_eq!(p.verdict == Verdict::Conflict, o.verdict == Verdict::Conflict);
                    }
                }
            }
        }
    }
}

#[test]
fn deep_and_long_inputs_stay_linear_and_do_not_overflow() {
    // One line of 2 MB of magnitude words and separators: no recursion to overflow,
    // and it finishes (the benchmark shows the time).
    let text = "1 000 milhões de 2,5 bilhões e ".repeat(70_000);
    let claims = extract(&text, &Options { lang: Some(figcheck::Lang::Pt), quotes: false, date: None });
    assert!(!claims.is_empty());
    let digits = "7".repeat(2_000_000);
    assert!(extract(&digits, &Options::default()).is_empty());
}
