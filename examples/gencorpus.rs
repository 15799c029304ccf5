//! Writes the benchmark corpus (`benches/gen.rs`) to a folder, one file per
//! language, for the wasm benchmarks under Node and in Chromium.
//! Usage: cargo run --release --example gencorpus -- DIR [BYTES_PER_LANG] [SEED]

#[path = "../benches/gen.rs"]
mod gen;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "target/bench-corpus".into());
    let bytes: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(700_000);
    let seed: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(2026);
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("gencorpus: {dir}: {e}");
        std::process::exit(2);
    }
    let mut total = 0;
    for lang in gen::langs() {
        let text = gen::corpus(lang, bytes, seed);
        total += text.len();
        if let Err(e) = std::fs::write(format!("{dir}/{lang}.txt"), text) {
            eprintln!("gencorpus: {e}");
            std::process::exit(2);
        }
    }
    println!("gencorpus: {total} bytes in {dir}");
}
