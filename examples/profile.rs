//! Extracts a file N times without output, for profilers and for the wasm
//! bench's native column (`benches/wasm-node.mjs`). Prints the claims, the
//! best pass and the mean over all passes.
//! Usage: cargo run --profile profiling --example profile -- FILE LANG [N]
fn main() {
    let a: Vec<String> = std::env::args().collect();
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
