//! The reader and the checker hold no word of a particular language: every
//! language fact lives in the language's own lexicon (`src/lang/<iso>/`).
//! This test reads the string and char literals of the code under
//! `src/extract/` and `src/check/`, and of the tokenizer, the claim,
//! detection and the index below them (comments and test modules left out),
//! and fails on a literal that is a word some lexicon holds (a key of
//! `words` or `cased`, a title, a determiner, the letters it reads as a
//! million or a day, a contraction, a clitic, a regional word, a measure's
//! words), the letters of a currency symbol (`US` of `US$`, kept in
//! `lang::CURRENCY_SYMBOLS`), or that holds a letter outside ASCII — unless
//! it is a sign (no letter), a language-independent name the lexicons map
//! words to (a unit or currency code, a measure, a counted thing, an
//! entity), one of the claim's qualifiers, or the allow-list below says why
//! it is no language's.

#[path = "common/source.rs"]
mod source;
use source::code;

use figcheck::lang::{Sense, CURRENCY_SYMBOLS, LANGUAGES};
use std::collections::HashSet;
use std::path::Path;

/// The files of shared code below the reader that are read too: the tokenizer,
/// the claim's types, detection and the index.
const SHARED_FILES: &[&str] = &["text.rs", "claim.rs", "detect.rs", "lexindex.rs"];

/// Literals that may stand in shared code, and why. An entry that is no
/// longer needed fails the test, so the list stays what the code holds.
const ALLOWED: &[&str] = &[
    // Unicode lower-cases the dotted capital I to `i` and a combining dot
    // (`text::fold` drops the dot): a fact of the character, in any language.
    "İ",
    // The page's name in findings when the caller gives none
    // (`CheckOptions::page_name`): a label of the report, not read text.
    "page",
];

/// Everything the lexicons hold as words of their language, lower case, and
/// the letters of the currency symbols.
fn language_words() -> HashSet<String> {
    let mut words = HashSet::new();
    for lang in LANGUAGES {
        let lex = lang.lexicon();
        let keys = lex.words.iter().chain(lex.cased).map(|&(k, _)| k);
        let lists = lex
            .titles
            .iter()
            .chain(lex.noun_determiners)
            .chain(lex.glued_million)
            .chain(lex.day_of_month)
            .chain(lex.possessive_suffixes)
            .chain(lex.contractions)
            .chain(lex.varieties.iter().flat_map(|v| v.words))
            .chain(lex.clitics.iter().flat_map(|c| c.slots.iter().flat_map(|s| s.iter()).chain([&c.article])))
            .copied();
        words.extend(lex.measure_names.iter().map(|&(_, w)| w.to_lowercase()));
        words.extend(keys.chain(lists).map(str::to_lowercase));
    }
    for &(symbol, _) in CURRENCY_SYMBOLS {
        words.insert(symbol.to_lowercase());
        words.insert(symbol.trim_end_matches('$').to_lowercase());
    }
    words
}

/// The language-independent names the lexicons map their words to, as
/// written: unit codes (`m`, `Wh`, `°C`), currency codes, measures, counted
/// things and entities. Shared code may name them.
fn neutral_names() -> HashSet<String> {
    let mut names: HashSet<String> = figcheck::claim::MEASURES.iter().map(|m| m.name.to_string()).collect();
    // The claim's qualifiers, as its JSON names them (`about`, `more_than`).
    use figcheck::claim::Qualifier::*;
    names.extend([Exact, About, MoreThan, AtLeast, LessThan, UpTo, Range, Vague].map(|q| q.as_str().to_string()));
    names.extend(CURRENCY_SYMBOLS.iter().map(|&(_, code)| code.to_string()));
    for lang in LANGUAGES {
        let lex = lang.lexicon();
        for &(_, sense) in lex.words.iter().chain(lex.cased) {
            match sense {
                Sense::Unit(u, _) | Sense::UnitAlt(u, _) | Sense::UnitBefore(u, _) => names.insert(u.to_string()),
                Sense::Cur(c) | Sense::Measure(c) | Sense::Thing(c) | Sense::Entity(c) => names.insert(c.to_string()),
                _ => false,
            };
        }
        names.insert(lex.yen_sign.to_string());
    }
    names
}

/// The string and char literals of a file's code, without comments and its test module.
fn literals(src: &str) -> Vec<String> {
    let code = code(src);
    let mut out = Vec::new();
    let cs: Vec<char> = code.chars().collect();
    let mut i = 0;
    while i < cs.len() {
        match cs[i] {
            '"' => {
                let mut s = String::new();
                i += 1;
                while i < cs.len() && cs[i] != '"' {
                    if cs[i] == '\\' {
                        i += 1;
                    }
                    s.push(cs[i]);
                    i += 1;
                }
                out.push(s);
            }
            // A char literal (`'x'`, `'\''`, `'\u{2019}'`), not a lifetime (`'a`, `'static`).
            '\'' if i + 2 < cs.len() && (cs[i + 2] == '\'' || cs[i + 1] == '\\') => {
                let end = (i + 1..cs.len()).find(|&k| cs[k] == '\'' && k > i + 1).unwrap_or(i + 1);
                let s: String = cs[i + 1..end].iter().collect();
                if !s.starts_with('\\') {
                    out.push(s);
                }
                i = end;
            }
            _ => {}
        }
        i += 1;
    }
    out
}

#[test]
fn shared_code_holds_no_word_of_a_language() {
    let words = language_words();
    let neutral = neutral_names();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    let mut allowed_seen = HashSet::new();
    let mut files = Vec::new();
    for dir in ["extract", "check"] {
        let mut in_dir: Vec<_> = std::fs::read_dir(root.join(dir)).unwrap().map(|e| e.unwrap().path()).collect();
        in_dir.sort();
        files.extend(in_dir);
    }
    files.extend(SHARED_FILES.iter().map(|f| root.join(f)));
    {
        for path in files {
            for lit in literals(&std::fs::read_to_string(&path).unwrap()) {
                let foreign = lit.chars().any(|c| c.is_alphabetic() && !c.is_ascii());
                // A literal without a letter is a sign (`%`, `€`, `٪`), the same
                // in every language, though the lexicons list signs as keys.
                let word = lit.chars().any(char::is_alphabetic) && words.contains(&lit.to_lowercase());
                if neutral.contains(&lit) {
                    continue;
                }
                if (foreign || word) && ALLOWED.contains(&lit.as_str()) {
                    allowed_seen.insert(lit.clone());
                } else if foreign || word {
                    found.push(format!("{}: {lit:?}", path.strip_prefix(&root).unwrap().display()));
                }
            }
        }
    }
    // An entry no longer needed leaves the list (a word moved to its lexicon).
    for a in ALLOWED {
        if !allowed_seen.contains(*a) {
            found.push(format!("allow-list: {a:?} is no longer needed"));
        }
    }
    found.dedup();
    assert!(found.is_empty(), "language words in shared code (move them into the lexicons):\n{}", found.join("\n"));
}

#[test]
fn literals_are_read() {
    let src = "let a = \"dólares\"; // \"in a comment\"\nfn f<'a>(x: &'a str) -> bool { x == \"m\" || c == '号' || c == '\\'' }\n";
    assert_eq!(literals(src), ["dólares", "m", "号"]);
}

#[test]
fn the_nets_hold_words_and_names() {
    let words = language_words();
    for w in ["mil", "mr", "sra", "号", "m", "us", "mex$", "der", "autocarro", "ال", "t", "market value"] {
        assert!(words.contains(w), "{w}");
    }
    let neutral = neutral_names();
    for n in ["W", "Wh", "m", "°C", "°F", "kg", "s", "magnitude", "USD", "BRL", "energy", "person", "Tesla", "about"] {
        assert!(neutral.contains(n), "{n}");
    }
    assert!(!neutral.contains("mr") && !neutral.contains("US"));
}
