//! Extracts a file N times without output, for profilers.
//! Usage: cargo run --profile profiling --example profile -- FILE LANG [N]
fn main() {
    let a: Vec<String> = std::env::args().collect();
    let text = std::fs::read_to_string(&a[1]).expect("file");
    let lang = figcheck::Lang::from_code(&a[2]);
    let n: usize = a.get(3).and_then(|s| s.parse().ok()).unwrap_or(5);
    let t = std::time::Instant::now();
    let mut claims = 0;
    for _ in 0..n {
        claims += figcheck::extract(&text, &figcheck::Options { lang, quotes: false, date: None }).len();
    }
    let d = t.elapsed();
    eprintln!("{claims} claims, {:.1} MB/s", (text.len() * n) as f64 / 1e6 / d.as_secs_f64());
}
