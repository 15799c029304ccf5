//! What the source-scanning tests share (tests/layers.rs, tests/language_neutral.rs).

/// The code of a file without its comments and its test module.
pub fn code(src: &str) -> String {
    let mut out = String::new();
    let mut lines = src.lines().peekable();
    while let Some(line) = lines.next() {
        let t = line.trim_start();
        if t.starts_with("#[cfg(test)]") && lines.peek().is_some_and(|n| n.trim_start().starts_with("mod tests")) {
            break;
        }
        if t.starts_with("//") {
            continue;
        }
        // A trailing comment (no `//` in this crate's strings but URLs, which hold no `crate::`).
        out.push_str(line.split(" // ").next().unwrap_or(""));
        out.push('\n');
    }
    out
}
