//! `check` scenarios as data (`tests/check/*.toml`): a page, reports, and
//! the verdicts and evidence expected, in the project's own sentences. One
//! runner for every front end: natively (tests/check.rs, through the
//! library) and under wasm (tests/web.rs, through the JS API), each giving
//! its own `checker`.
//!
//! ```toml
//! [[scenario]]
//! name = "what it shows"
//! page = { lang = "pt", text = "A avaliação da xAI chegou a 2 trilhões de dólares." }
//! self_check = false          # default false; true where the page against itself is under test
//! versions = false            # every report is a version of the page's story (default false)
//!
//! [[scenario.report]]
//! name = "fr"
//! lang = "fr"
//! text = "La valorisation de xAI a atteint 200 milliards de dollars."
//! version = false             # marked as a version by the caller (default false)
//!
//! [[scenario.expect]]
//! figure = "2 trilhões"        # a page figure overlapping the first occurrence of this
//! verdict = "conflict"         # the counterpart's verdict; "none": no counterpart at all
//! other = "200 milliards"      # the counterpart: its text contains this (or is contained in it)
//! evidence = "aligned"         # optional: "aligned" or "measure_subject"
//! ratio = 10.0                 # optional: page over counterpart (1e-6 relative)
//! explains = ["×10"]           # optional: substrings of the counterpart's explanation
//! basis = "French version"     # optional: a substring of why they were compared
//! not_with = ["..."]           # optional: texts that must not be among its counterparts
//! upheld = true                # optional: the finding is (or is not) upheld — more reports agree with it than not
//! known_failure = "why"        # optional: counted, and the run fails once it passes
//! ```

use figcheck::{Finding, Verdict};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct File {
    pub scenario: Vec<Scenario>,
}

#[derive(Deserialize)]
pub struct Doc {
    pub lang: String,
    pub text: String,
}

#[derive(Deserialize)]
pub struct ReportDoc {
    pub name: String,
    pub lang: String,
    pub text: String,
    #[serde(default)]
    pub version: bool,
}

#[derive(Deserialize)]
pub struct Scenario {
    pub name: String,
    pub page: Doc,
    #[serde(default)]
    pub self_check: bool,
    #[serde(default)]
    pub versions: bool,
    #[serde(default)]
    pub report: Vec<ReportDoc>,
    #[serde(default)]
    pub expect: Vec<Expect>,
}

#[derive(Deserialize)]
pub struct Expect {
    pub figure: String,
    pub verdict: String,
    pub other: Option<String>,
    pub evidence: Option<String>,
    pub ratio: Option<f64>,
    #[serde(default)]
    pub explains: Vec<String>,
    pub basis: Option<String>,
    #[serde(default)]
    pub not_with: Vec<String>,
    pub upheld: Option<bool>,
    pub known_failure: Option<String>,
}

/// Checks one expectation against the findings; `Err` says what differs.
fn judge(s: &Scenario, e: &Expect, findings: &[Finding]) -> Result<(), String> {
    let at = s.page.text.find(&e.figure).ok_or_else(|| format!("{:?} is not in the page", e.figure))?;
    let end = at + e.figure.len();
    // Findings' offsets may be bytes (native) or UTF-16 units (wasm): match by text too.
    let f = findings.iter().find(|f| {
        (f.claim.start < end && at < f.claim.end && s.page.text.get(f.claim.start..f.claim.end) == Some(&f.claim.text))
            || f.claim.text.contains(&e.figure)
            || e.figure.contains(&f.claim.text)
    });
    let shown = |f: &Finding| -> String {
        f.others.iter().map(|o| format!("{:?} {:?} {:?} ×{:?}", o.text, o.verdict, o.evidence, o.ratio)).collect::<Vec<_>>().join("; ")
    };
    if e.verdict == "none" {
        return match f {
            None => Ok(()),
            Some(f) => Err(format!("{:?}: want no counterpart, got {}", e.figure, shown(f))),
        };
    }
    let f = f.ok_or_else(|| {
        format!("{:?}: no finding (figures with counterparts: {:?})", e.figure, findings.iter().map(|f| &f.claim.text).collect::<Vec<_>>())
    })?;
    for t in &e.not_with {
        if f.others.iter().any(|o| o.text.contains(t.as_str())) {
            return Err(format!("{:?}: compared with {t:?}: {}", e.figure, shown(f)));
        }
    }
    let o = match &e.other {
        Some(x) => f.others.iter().find(|o| o.text.contains(x.as_str()) || x.contains(o.text.as_str())),
        None => f.others.first(),
    }
    .ok_or_else(|| format!("{:?}: no counterpart {:?}; got {}", e.figure, e.other, shown(f)))?;
    let want = match e.verdict.as_str() {
        "conflict" => Verdict::Conflict,
        "agree" => Verdict::Agree,
        v => return Err(format!("unknown verdict {v:?}")),
    };
    if o.verdict != want {
        return Err(format!("{:?} against {:?}: {:?}, want {want:?} ({})", e.figure, o.text, o.verdict, o.explanation));
    }
    if want == Verdict::Conflict && f.verdict != Verdict::Conflict {
        return Err(format!("{:?}: the finding is not a conflict", e.figure));
    }
    if let Some(ev) = &e.evidence {
        if o.evidence.as_str() != ev {
            return Err(format!("{:?} against {:?}: evidence {:?}, want {ev}", e.figure, o.text, o.evidence));
        }
    }
    if let Some(r) = e.ratio {
        let got = o.ratio.unwrap_or(f64::NAN);
        if (got - r).abs() > 1e-6 * r.abs() {
            return Err(format!("{:?} against {:?}: ratio {got}, want {r}", e.figure, o.text));
        }
    }
    for x in &e.explains {
        if !o.explanation.contains(x.as_str()) {
            return Err(format!("{:?}: explanation lacks {x:?}: {}", e.figure, o.explanation));
        }
    }
    if let Some(u) = e.upheld {
        if f.upheld != u {
            return Err(format!("{:?}: upheld {}, want {u} ({})", e.figure, f.upheld, f.explanation));
        }
    }
    if let Some(b) = &e.basis {
        if !o.basis.contains(b.as_str()) {
            return Err(format!("{:?}: basis lacks {b:?}: {}", e.figure, o.basis));
        }
    }
    Ok(())
}

/// Runs every scenario of `files` (name, TOML) through `checker`; panics
/// with every failure, and with every known failure that passes.
pub fn run(files: &[(&str, &str)], checker: impl Fn(&Scenario) -> Vec<Finding>) -> (usize, usize) {
    let (mut passed, mut known) = (0, 0);
    let mut failures = Vec::new();
    for (file, toml_text) in files {
        let parsed: File = toml::from_str(toml_text).unwrap_or_else(|e| panic!("{file}: {e}"));
        for s in &parsed.scenario {
            let findings = checker(s);
            for e in &s.expect {
                match (judge(s, e, &findings), &e.known_failure) {
                    (Ok(()), None) => passed += 1,
                    (Err(_), Some(_)) => known += 1,
                    (Ok(()), Some(why)) => failures.push(format!("{file}: {}: passes now, remove known_failure ({why})", s.name)),
                    (Err(m), None) => failures.push(format!("{file}: {}: {m}", s.name)),
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
    (passed, known)
}

/// Every scenario file, for native and wasm runs alike.
pub const FILES: [(&str, &str); 5] = [
    ("slips", include_str!("../check/slips.toml")),
    ("agreements", include_str!("../check/agreements.toml")),
    ("no_evidence", include_str!("../check/no_evidence.toml")),
    ("measure_subject", include_str!("../check/measure_subject.toml")),
    ("versions", include_str!("../check/versions.toml")),
];
