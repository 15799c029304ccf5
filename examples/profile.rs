//! Extracts a file N times without output, for profilers and for the wasm
//! bench's native column (`benches/wasm-node.mjs`). Prints the claims, the
//! best pass and the mean over all passes. With `--check`, checks PAGE's
//! figures against REPORT's (as a version of its story) N times instead.
//! With `--serve`, reads requests `FILE<TAB>LANG` from standard input, one a
//! line, and answers each with one extraction's time and claims (`MS CLAIMS`):
//! the wasm benches alternate single runs of both sides, so that a slow spell
//! of the machine falls on both.
//! Usage: cargo run --profile profiling --example profile -- FILE LANG [N]
//!        cargo run --profile profiling --example profile -- --check PAGE REPORT LANG [N]
//!        cargo run --profile profiling --example profile -- --serve
fn main() {
    let a: Vec<String> = std::env::args().collect();
    if a.get(1).map(String::as_str) == Some("--check") {
        return check(&a[2..]);
    }
    if a.get(1).map(String::as_str) == Some("--serve") {
        return serve();
    }
    let text = std::fs::read_to_string(&a[1]).expect("file");
    let lang = figcheck::Lang::from_code(&a[2]);
    let n: usize = a.get(3).and_then(|s| s.parse().ok()).unwrap_or(5);
    let opts = figcheck::Options { lang, quotes: false, date: None };
    let t = std::time::Instant::now();
    let mut claims = 0;
    let mut best = f64::MAX;
    for _ in 0..n {
        let p = std::time::Instant::now();
        claims = figcheck::extract(&text, &opts).len();
        best = best.min(p.elapsed().as_secs_f64());
    }
    let d = t.elapsed();
    let mb = text.len() as f64 / 1e6;
    eprintln!("{claims} claims, best {:.1} MB/s, mean {:.1} MB/s", mb / best, mb * n as f64 / d.as_secs_f64());
}

fn check(a: &[String]) {
    let read = |p: &str| std::fs::read_to_string(p).expect("file");
    let lang = figcheck::Lang::from_code(&a[2]);
    let n: usize = a.get(3).and_then(|s| s.parse().ok()).unwrap_or(5);
    let opts = figcheck::Options { lang, quotes: true, date: None };
    let page = figcheck::extract(&read(&a[0]), &opts);
    let claims = figcheck::extract(&read(&a[1]), &opts);
    let report = figcheck::compare::Report { name: "report".into(), claims, version: true, ..Default::default() };
    let set = figcheck::compare::ReportSet::new(vec![report]);
    let copts = figcheck::compare::CheckOptions::default();
    let mut best = f64::MAX;
    let mut found = (0, 0);
    for _ in 0..n {
        let p = std::time::Instant::now();
        let f = set.check(&page, &copts);
        best = best.min(p.elapsed().as_secs_f64());
        found = (f.len(), f.iter().filter(|f| f.verdict == figcheck::compare::Verdict::Conflict).count());
    }
    eprintln!("{} page figures: {} findings, {} conflicts, best {:.2} ms", page.len(), found.0, found.1, best * 1e3);
}

/// `--serve`: one extraction a request, each file read once.
fn serve() {
    use std::io::{BufRead, Write};
    let mut texts: std::collections::HashMap<String, String> = Default::default();
    // The lexicon index, built at the first call, is not a file's time.
    figcheck::extract("1", &figcheck::Options::default());
    let stdout = std::io::stdout();
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        let Some((file, lang)) = line.split_once('\t') else {
            eprintln!("profile --serve: a request is FILE<TAB>LANG, not {line:?}");
            std::process::exit(2);
        };
        if !texts.contains_key(file) {
            match std::fs::read_to_string(file) {
                Ok(t) => texts.insert(file.to_string(), t),
                Err(e) => {
                    eprintln!("profile --serve: cannot read {file}: {e}");
                    std::process::exit(2);
                }
            };
        }
        let opts = figcheck::Options { lang: figcheck::Lang::from_code(lang), quotes: false, date: None };
        let p = std::time::Instant::now();
        let claims = figcheck::extract(&texts[file], &opts).len();
        let ms = p.elapsed().as_secs_f64() * 1e3;
        let mut out = stdout.lock();
        if writeln!(out, "{ms} {claims}").and_then(|_| out.flush()).is_err() {
            break;
        }
    }
}
