//! Per-language corpora: `src/lang/<iso>/corpus.toml`, each the language's own
//! sentences grouped by the value they must give, and negatives that must
//! give nothing. One test per language; a language is supported when its
//! corpus passes.
//!
//! Format:
//!
//! ```toml
//! lang = "pt"                      # the language the examples are read in
//!
//! [[value]]                        # every example must give this claim
//! low = 2e12
//! high = 2e12                      # omit for an open upper end
//! unit = "USD"
//! qualifier = "exact"              # optional; also counted, measure, subject, lang
//! examples = [
//!   ["A empresa vale 2 trilhões de dólares.", "2 trilhões de dólares"],   # [text, figure]
//! ]
//!
//! [[negative]]                     # no claim may overlap the second string
//! examples = [["O GPT-4 foi lançado em 2023.", "GPT-4"]]
//! ```
//!
//! A group with `known_failure = "why"` is expected to fail: it is counted
//! and reported, and the test fails once it passes (so the mark is removed).
//! The same data runs under wasm (tests/web.rs) through `include_str!`.

use figcheck::{extract, Lang, Options};
use serde::Deserialize;

#[derive(Deserialize)]
struct Corpus {
    lang: String,
    #[serde(default)]
    value: Vec<ValueGroup>,
    #[serde(default)]
    negative: Vec<NegativeGroup>,
}

#[derive(Deserialize)]
struct ValueGroup {
    low: f64,
    high: Option<f64>,
    unit: String,
    qualifier: Option<String>,
    counted: Option<String>,
    measure: Option<String>,
    subject: Option<String>,
    lang: Option<String>,
    known_failure: Option<String>,
    examples: Vec<(String, String)>,
}

#[derive(Deserialize)]
struct NegativeGroup {
    lang: Option<String>,
    known_failure: Option<String>,
    examples: Vec<(String, String)>,
}

fn close(a: f64, b: f64) -> bool {
    a == b || (a - b).abs() <= 1e-6 * b.abs().max(a.abs())
}

/// Checks one example against a value group; `Err` says what came out instead.
fn check_value(g: &ValueGroup, lang: Lang, text: &str, find: &str) -> Result<(), String> {
    let Some(at) = text.find(find) else {
        return Err(format!("the figure {find:?} is not in the text"));
    };
    let span = (at, at + find.len());
    let claims = extract(text, &Options { lang: Some(lang), quotes: false, date: None });
    for c in &claims {
        assert_eq!(&text[c.start..c.end], c.text, "claim text is the input slice");
    }
    let hits: Vec<_> = claims.iter().filter(|c| c.start < span.1 && span.0 < c.end).collect();
    let good = hits.iter().any(|c| {
        c.unit == g.unit
            && c.low.is_some_and(|l| close(l, g.low))
            && match (c.high, g.high) {
                (Some(h), Some(e)) => close(h, e),
                (None, None) => true,
                _ => false,
            }
            && g.qualifier.as_ref().is_none_or(|q| c.qualifier.as_str() == q)
            && g.counted.as_ref().is_none_or(|x| c.counted.as_deref() == Some(x.as_str()))
            && g.measure.as_ref().is_none_or(|x| c.measure.as_deref() == Some(x.as_str()))
            && g.subject.as_ref().is_none_or(|x| c.subject.as_deref() == Some(x.as_str()))
    });
    if good {
        Ok(())
    } else if hits.is_empty() {
        Err(format!("nothing read at {find:?}; claims: {:?}", claims.iter().map(|c| &c.text).collect::<Vec<_>>()))
    } else {
        Err(hits
            .iter()
            .map(|c| {
                format!(
                    "{:?} [{:?}, {:?}] {} {} counted={:?} measure={:?} subject={:?}",
                    c.text,
                    c.low,
                    c.high,
                    c.unit,
                    c.qualifier.as_str(),
                    c.counted,
                    c.measure,
                    c.subject
                )
            })
            .collect::<Vec<_>>()
            .join("; "))
    }
}

fn check_negative(lang: Lang, text: &str, find: &str) -> Result<(), String> {
    let Some(at) = text.find(find) else {
        return Err(format!("{find:?} is not in the text"));
    };
    let claims = extract(text, &Options { lang: Some(lang), quotes: false, date: None });
    match claims.iter().find(|c| c.start < at + find.len() && at < c.end) {
        None => Ok(()),
        Some(c) => Err(format!("read {:?} as a figure", c.text)),
    }
}

/// Runs a corpus; returns (passed, failed, known failures, cases) and the failure lines.
fn run(src: &str) -> (usize, Vec<String>, usize, usize, usize) {
    let corpus: Corpus = toml::from_str(src).expect("corpus parses");
    let base = Lang::from_code(&corpus.lang).expect("known language");
    let mut passed = 0;
    let mut failures = Vec::new();
    let mut known = 0;
    let mut cases = 0;
    let mut negatives = 0;
    for g in &corpus.value {
        let lang = g.lang.as_deref().map(|l| Lang::from_code(l).expect("known language")).unwrap_or(base);
        let results: Vec<_> = g.examples.iter().map(|(t, f)| (t, check_value(g, lang, t, f))).collect();
        cases += results.len();
        tally(&g.known_failure, results, &mut passed, &mut known, &mut failures, &format!("{} {}", g.low, g.unit));
    }
    for g in &corpus.negative {
        let lang = g.lang.as_deref().map(|l| Lang::from_code(l).expect("known language")).unwrap_or(base);
        let results: Vec<_> = g.examples.iter().map(|(t, f)| (t, check_negative(lang, t, f))).collect();
        cases += results.len();
        negatives += results.len();
        tally(&g.known_failure, results, &mut passed, &mut known, &mut failures, "negative");
    }
    (passed, failures, known, cases, negatives)
}

fn tally(
    known_failure: &Option<String>,
    results: Vec<(&String, Result<(), String>)>,
    passed: &mut usize,
    known: &mut usize,
    failures: &mut Vec<String>,
    label: &str,
) {
    match known_failure {
        None => {
            for (t, r) in results {
                match r {
                    Ok(()) => *passed += 1,
                    Err(e) => failures.push(format!("[{label}] {t:?}: {e}")),
                }
            }
        }
        Some(why) => {
            // A known failure must still fail: once every example passes, remove the mark.
            if results.iter().all(|(_, r)| r.is_ok()) {
                failures.push(format!("[{label}] known failure now passes, remove the mark ({why})"));
            } else {
                *known += results.len();
                eprintln!("  known failure [{label}]: {why}");
            }
        }
    }
}

fn corpus_test(lang: &str, src: &str) {
    let (passed, failures, known, cases, negatives) = run(src);
    eprintln!("corpus {lang}: {passed} passed, {} failed, {known} known failures, {cases} cases ({negatives} negatives)", failures.len());
    for f in &failures {
        eprintln!("  FAIL {f}");
    }
    assert!(failures.is_empty(), "{lang}: {} failures", failures.len());
    assert!(cases >= 40, "{lang}: a corpus needs at least 40 cases, has {cases}");
    assert!(negatives >= 5, "{lang}: a corpus needs at least 5 negatives, has {negatives}");
}

macro_rules! corpora {
    ($($l:ident),*) => {
        $(
            #[test]
            fn $l() {
                corpus_test(stringify!($l), include_str!(concat!("../src/lang/", stringify!($l), "/corpus.toml")));
            }
        )*
        /// The languages whose corpus runs here.
        const TESTED: &[&str] = &[$(stringify!($l)),*];
    };
}

/// A language added to the crate's one list (`languages!` in src/lang/mod.rs)
/// fails here until its corpus runs.
#[test]
fn every_language_of_the_list_has_its_corpus_run() {
    let listed: Vec<&str> = figcheck::lang::LANGUAGES.iter().map(|l| l.code()).collect();
    assert_eq!(listed, TESTED);
}

corpora!(en, pt, es, fr, de, it, ar, zh, ja, ko, ru, uk, vi, id, tr, hi);
