//! Extracts a file N times without output, for profilers and for the wasm
//! bench's native column (`benches/wasm-node.mjs`). Prints the claims, the
//! best pass and the mean over all passes. With `--check`, checks PAGE's
//! figures against REPORT's (as a version of its story) N times instead.
//! Usage: cargo run --profile profiling --example profile -- FILE LANG [N]
//!        cargo run --profile profiling --example profile -- --check PAGE REPORT LANG [N]
fn main() {
    let a: Vec<String> = std::env::args().collect();
    if a.get(1).map(String::as_str) == Some("--check") {
        return check(&a[2..]);
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
