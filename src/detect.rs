//! Language detection from the text itself: the script first, then, among
//! languages that share a script, the function words of each lexicon.
//!
//! It reads at most the first `SAMPLE` bytes, so it costs the same on any
//! input. No model is loaded: the lexicons' own `Stop` words are the profile.

use crate::lang::{Lang, Script, Sense, LANGUAGES};
use crate::text::{fold_into, is_word_char};

const SAMPLE: usize = 16 * 1024;

/// The language of `text`; English when nothing tells.
pub fn detect(text: &str) -> Lang {
    detect_scored(text).0
}

/// The language and how sure the guess is (0 to 1).
pub fn detect_scored(text: &str) -> (Lang, f64) {
    let mut end = text.len().min(SAMPLE);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    // Script counts.
    let (mut latin, mut arabic, mut cyr, mut han, mut kana, mut hangul, mut deva) = (0usize, 0, 0, 0, 0, 0, 0);
    for c in sample.chars() {
        if c.is_ascii_alphabetic() {
            latin += 1;
            continue;
        }
        match c {
            '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}' => latin += 1,
            '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' => arabic += 1,
            '\u{0400}'..='\u{04FF}' => cyr += 1,
            '\u{3040}'..='\u{30FF}' => kana += 1,
            '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' => han += 1,
            '\u{AC00}'..='\u{D7AF}' | '\u{1100}'..='\u{11FF}' => hangul += 1,
            '\u{0900}'..='\u{097F}' => deva += 1,
            _ => {}
        }
    }
    let total = (latin + arabic + cyr + han + kana + hangul + deva).max(1);
    let best = [arabic, cyr, han + kana, hangul, deva, latin].into_iter().max().unwrap_or(0);
    if best == 0 {
        return (Lang::En, 0.0);
    }
    let share = best as f64 / total as f64;
    let script = if best == arabic {
        Script::Arabic
    } else if best == hangul {
        Script::Hangul
    } else if best == han + kana {
        // Any kana at all is Japanese; Chinese has none.
        if kana * 20 >= han.max(1) || kana > 10 {
            Script::Kana
        } else {
            Script::Han
        }
    } else if best == deva {
        Script::Devanagari
    } else if best == cyr {
        Script::Cyrillic
    } else {
        Script::Latin
    };
    // The languages of the script, and how many of the sample's letters each
    // declares its own (`Lexicon::letters`).
    let langs = LANGUAGES.iter().copied().filter(|l| l.script() == script);
    let mut own = [0usize; LANGUAGES.len()];
    own_letters(sample, script, &mut own);
    if script != Script::Latin {
        // A language whose own letters are one in 200 of the script's, else
        // the first that declares none (Ukrainian `і`, else Russian).
        let lettered = langs.clone().find(|&l| own[l as usize] > 0 && own[l as usize] * 200 >= best);
        let lang = lettered.or_else(|| langs.clone().find(|l| l.lexicon().letters.is_empty())).unwrap_or(Lang::En);
        return (variety(lang, sample), share);
    }
    // Latin: count each language's function words.
    const LATIN: [Lang; crate::lang::LATIN_SCRIPT.len()] = crate::lang::LATIN_SCRIPT;
    const N: usize = LATIN.len();
    let idx = crate::lexindex::index();
    let mut score = [0f64; N];
    let mut buf = String::new();
    let mut words = 0usize;
    for w in sample.split(|c: char| !is_word_char(c) && c != '\'') {
        if w.is_empty() {
            continue;
        }
        words += 1;
        fold_into(w, &mut buf);
        if let Some(id) = idx.lookup(&buf) {
            // Every language that knows the word shares one vote; function
            // words count double (they are frequent and specific).
            let s = idx.senses(id);
            let mut has = [false; N];
            let mut stop = [false; N];
            for (n, l) in LATIN.iter().enumerate() {
                has[n] = s.by_lang.iter().any(|(sl, _)| sl == l);
                stop[n] = s.by_lang.iter().any(|(sl, sw)| sl == l && matches!(sw, Sense::Stop));
            }
            let k = has.iter().filter(|h| **h).count();
            for n in 0..N {
                if has[n] {
                    score[n] += if stop[n] { 2.0 } else { 1.0 } / k as f64;
                }
            }
        }
    }
    // A language's own letters count as two function words each.
    for (n, l) in LATIN.iter().enumerate() {
        if own[*l as usize] > 0 {
            score[n] += own[*l as usize] as f64 * 2.0;
        }
    }
    let mut bi = 0;
    for n in 1..N {
        if score[n] > score[bi] {
            bi = n;
        }
    }
    let bs = score[bi];
    let lang = variety(LATIN[bi], sample);
    let conf = if words == 0 { 0.0 } else { (bs / words as f64 * 3.0).min(1.0) };
    (lang, conf)
}

/// Counts, by language (`Lang as usize`), the chars of `sample` that are
/// letters a language of `script` declares its own ([`crate::lang::Lexicon::letters`]).
fn own_letters(sample: &str, script: Script, own: &mut [usize; LANGUAGES.len()]) {
    let mut lettered = LANGUAGES.iter().filter(|l| l.script() == script && !l.lexicon().letters.is_empty()).peekable();
    if lettered.peek().is_none() {
        return;
    }
    let lettered: Vec<(usize, &[(char, char)])> = lettered.map(|&l| (l as usize, l.lexicon().letters)).collect();
    for c in sample.chars() {
        if c.is_ascii() {
            continue;
        }
        for &(n, letters) in &lettered {
            if letters.iter().any(|&(lo, hi)| lo <= c && c <= hi) {
                own[n] += 1;
            }
        }
    }
}

/// The locale of `lang` whose words ([`crate::lang::Lexicon::varieties`]) `sample` holds
/// more of than of the language's own, and of any other locale's; `lang`
/// when none does (or the language has no varieties).
fn variety(lang: Lang, sample: &str) -> Lang {
    let varieties = lang.lexicon().varieties;
    if varieties.is_empty() {
        return lang;
    }
    let mut votes = vec![0usize; varieties.len()];
    let mut buf = String::new();
    for w in sample.split(|c: char| !is_word_char(c) && c != '\'') {
        if w.is_empty() {
            continue;
        }
        fold_into(w, &mut buf);
        for (v, n) in varieties.iter().zip(votes.iter_mut()) {
            if v.words.contains(&buf.as_str()) {
                *n += 1;
            }
        }
    }
    let own = varieties.iter().zip(&votes).filter(|(v, _)| v.region.is_none()).map(|(_, &n)| n).sum::<usize>();
    let mut best: Option<(Lang, usize)> = None;
    for (v, &n) in varieties.iter().zip(&votes) {
        let Some(locale) = v.region.and_then(|r| lang.locale(r)) else { continue };
        if n > own && best.is_none_or(|(_, b)| n > b) {
            best = Some((locale, n));
        }
    }
    best.map_or(lang, |(l, _)| l)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_locale_is_told_by_its_variety_words() {
        let pt = "A equipa apanhou o autocarro para o estádio, de facto, e o registo foi feito no telemóvel.";
        let br = "A equipe pegou o ônibus para o estádio, de fato, e o registro foi feito no celular.";
        assert_eq!(detect(pt), Lang::PtPt);
        assert_eq!(detect(br), Lang::Pt);
        // As many words of each: the language itself.
        assert_eq!(detect("A equipa pegou o ônibus para o estádio e voltou para casa."), Lang::Pt);
    }

    #[test]
    fn a_language_is_told_by_the_letters_it_declares() {
        assert_eq!(detect("Уряд заявив, що ціни на газ зростуть з квітня."), Lang::Uk);
        assert_eq!(detect("Правительство заявило, что цены на газ вырастут с апреля."), Lang::Ru);
        assert!(Lang::Uk.lexicon().letters.iter().any(|&(lo, hi)| (lo..=hi).contains(&'і')));
    }
}
