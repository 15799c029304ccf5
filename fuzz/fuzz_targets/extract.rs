//! Any bytes, read as text in every language: no panic, and every claim is a
//! slice of the input on char boundaries, with a finite, ordered interval.
#![no_main]
use figcheck::{extract, lang::ALL, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let lang = if pick == 255 { None } else { Some(ALL[pick as usize % ALL.len()]) };
    let claims = extract(&text, &Options { lang, quotes: pick % 2 == 0, date: None });
    let mut last_end = 0;
    for c in &claims {
        assert!(text.is_char_boundary(c.start) && text.is_char_boundary(c.end));
        assert_eq!(&text[c.start..c.end], c.text);
        assert!(c.start >= last_end, "claims sorted and not overlapping");
        last_end = c.end;
        let lo = c.low.expect("a low end");
        assert!(lo.is_finite());
        if let Some(hi) = c.high {
            assert!(hi.is_finite() && lo <= hi, "low <= high");
        }
    }
});
