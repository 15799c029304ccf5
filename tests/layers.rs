//! The crate's modules import only downward (ARCHITECTURE.md, "Which module
//! imports which"): this test reads every `crate::…` path in the code of
//! `src/` (comments and `#[cfg(test)] mod tests` left out) and fails on a
//! path to a module of the same or a higher layer, so that no import circle
//! can come back.

#[path = "common/source.rs"]
mod source;
use source::code;

use std::path::Path;

/// The layers, lowest first. A module may name only modules of lower layers
/// (and itself). `compare` is the checker's former name.
const LAYERS: &[&[&str]] = &[
    // script and tokens: char classes, folding, numbers, tokens; plain types.
    &["text", "claim", "html"],
    // each language's data.
    &["lang"],
    // every language's words in one index.
    &["lexindex"],
    &["detect"],
    // the reader: reader, number, figure, reject, annotate.
    &["extract"],
    // the check: align, outline, verdict.
    &["check", "compare"],
    &["slip"],
    &["pairs"],
    // bindings.
    &["wasm", "main", "lib"],
];

fn layer(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

/// The module a file belongs to: `src/extract/figure.rs` is `extract`.
fn module_of(rel: &Path) -> String {
    let first = rel.components().next().unwrap().as_os_str().to_string_lossy().into_owned();
    first.strip_suffix(".rs").unwrap_or(&first).to_string()
}

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn modules_import_only_downward() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut all = Vec::new();
    files(&root, &mut all);
    all.sort();
    let mut upward = Vec::new();
    for path in &all {
        let rel = path.strip_prefix(&root).unwrap();
        let module = module_of(rel);
        let Some(own) = layer(&module) else {
            upward.push(format!("{}: module `{module}` is in no layer (add it to LAYERS and ARCHITECTURE.md)", rel.display()));
            continue;
        };
        let text = code(&std::fs::read_to_string(path).unwrap());
        let mut rest = text.as_str();
        while let Some(at) = rest.find("crate::") {
            rest = &rest[at + "crate::".len()..];
            let name: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
            let target = if name == "compare" { "check" } else { name.as_str() };
            if target == module || (module == "check" && target == "compare") {
                continue;
            }
            // A type the crate root re-exports (`crate::Verdict`): for the bindings only.
            if name.starts_with(|c: char| c.is_ascii_uppercase()) {
                if own + 1 != LAYERS.len() {
                    upward.push(format!("{}: `{module}` uses the root's re-export `crate::{name}`", rel.display()));
                }
                continue;
            }
            match layer(target) {
                Some(l) if l < own => {}
                Some(_) => {
                    upward.push(format!("{}: `{module}` uses `crate::{name}`, a module of its own or a higher layer", rel.display()))
                }
                None => upward.push(format!("{}: `crate::{name}` is in no layer", rel.display())),
            }
        }
    }
    upward.dedup();
    assert!(upward.is_empty(), "imports that are not downward:\n{}", upward.join("\n"));
}

/// The test sees an upward import where there is one.
#[test]
fn an_upward_import_is_seen() {
    let src = "use crate::lang::Sense;\n// crate::check in a comment\nfn f() { crate::extract::extract(\"\", &Default::default()); }\n#[cfg(test)]\nmod tests { use crate::wasm; }\n";
    let c = code(src);
    assert!(c.contains("crate::extract") && c.contains("crate::lang"));
    assert!(!c.contains("crate::check") && !c.contains("crate::wasm"));
    assert!(layer("extract") > layer("text"));
}
