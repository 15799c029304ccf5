//! Language detection on the vi, id and tr corpus sentences: every example
//! sentence (figures and negatives) is detected as its corpus's language.

use figcheck::{detect, Lang};

fn sentences(src: &str) -> Vec<String> {
    let v: toml::Value = toml::from_str(src).expect("corpus parses");
    let mut out = Vec::new();
    for key in ["value", "negative"] {
        for g in v.get(key).and_then(|x| x.as_array()).into_iter().flatten() {
            for ex in g.get("examples").and_then(|x| x.as_array()).into_iter().flatten() {
                if let Some(s) = ex.get(0).and_then(|x| x.as_str()) {
                    out.push(s.to_string());
                }
            }
        }
    }
    out
}

fn check(lang: Lang, src: &str) {
    let wrong: Vec<_> = sentences(src).into_iter().map(|s| (detect(&s), s)).filter(|(l, _)| *l != lang).collect();
    for (l, s) in &wrong {
        eprintln!("  {:?} detected as {}: {s}", lang, l.code());
    }
    assert!(wrong.is_empty(), "{} sentences not detected as {}", wrong.len(), lang.code());
}

#[test]
fn detects_vi() {
    check(Lang::Vi, include_str!("../src/lang/vi/corpus.toml"));
}

#[test]
fn detects_id() {
    check(Lang::Id, include_str!("../src/lang/id/corpus.toml"));
}

#[test]
fn detects_tr() {
    check(Lang::Tr, include_str!("../src/lang/tr/corpus.toml"));
}
