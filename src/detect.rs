//! Language detection from the text itself: the script first, then, among
//! languages that share a script, the function words of each lexicon.
//!
//! It reads at most the first `SAMPLE` bytes, so it costs the same on any
//! input. No model is loaded: the lexicons' own `Stop` words are the profile.

use crate::lang::{Lang, Sense};
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
    let mut uk_letters = 0usize;
    let mut vi_letters = 0usize;
    let mut tr_letters = 0usize;
    let mut de_letters = 0usize;
    for c in sample.chars() {
        match c {
            'a'..='z' | 'A'..='Z' | '\u{C0}'..='\u{24F}' => latin += 1,
            '\u{1E00}'..='\u{1EFF}' => {
                latin += 1;
                vi_letters += 1;
            }
            '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' => arabic += 1,
            '\u{0400}'..='\u{04FF}' => {
                cyr += 1;
                if matches!(c, 'і' | 'ї' | 'є' | 'ґ' | 'І' | 'Ї' | 'Є' | 'Ґ') {
                    uk_letters += 1;
                }
            }
            '\u{3040}'..='\u{30FF}' => kana += 1,
            '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' => han += 1,
            '\u{AC00}'..='\u{D7AF}' | '\u{1100}'..='\u{11FF}' => hangul += 1,
            '\u{0900}'..='\u{097F}' => deva += 1,
            _ => {}
        }
        if matches!(c, 'ğ' | 'ş' | 'ı' | 'İ' | 'Ğ' | 'Ş') {
            tr_letters += 1;
        }
        // ä and ß are German among the languages read (ö, ü are Turkish too).
        if matches!(c, 'ä' | 'Ä' | 'ß') {
            de_letters += 1;
        }
        if matches!(c, 'ư' | 'ơ' | 'đ' | 'Ư' | 'Ơ' | 'Đ') {
            vi_letters += 1;
        }
    }
    let total = (latin + arabic + cyr + han + kana + hangul + deva).max(1);
    let best = [arabic, cyr, han + kana, hangul, deva, latin].into_iter().max().unwrap_or(0);
    if best == 0 {
        return (Lang::En, 0.0);
    }
    let share = best as f64 / total as f64;
    if best == arabic {
        return (Lang::Ar, share);
    }
    if best == hangul {
        return (Lang::Ko, share);
    }
    if best == han + kana {
        // Any kana at all is Japanese; Chinese has none.
        return if kana * 20 >= han.max(1) || kana > 10 { (Lang::Ja, share) } else { (Lang::Zh, share) };
    }
    if best == deva {
        return (Lang::Hi, share);
    }
    if best == cyr {
        return if uk_letters * 200 >= cyr.max(1) { (Lang::Uk, share) } else { (Lang::Ru, share) };
    }
    // Latin: count each language's function words.
    const LATIN: [Lang; crate::lang::LATIN_SCRIPT.len()] = crate::lang::LATIN_SCRIPT;
    const N: usize = LATIN.len();
    // Where a language sits in `LATIN`'s scores (found by its code, not by a fixed place).
    let at = |l: Lang| LATIN.iter().position(|&x| x == l).expect("a Latin-script language");
    let idx = crate::lexindex::index();
    let mut score = [0f64; N];
    let mut buf = String::new();
    let mut words = 0usize;
    let mut pt_pt = 0isize;
    for w in sample.split(|c: char| !is_word_char(c) && c != '\'') {
        if w.is_empty() {
            continue;
        }
        words += 1;
        fold_into(w, &mut buf);
        pt_pt += pt_variety(&buf);
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
    score[at(Lang::Vi)] += vi_letters as f64 * 2.0;
    score[at(Lang::Tr)] += tr_letters as f64 * 2.0;
    score[at(Lang::De)] += de_letters as f64 * 2.0;
    let mut bi = 0;
    for n in 1..N {
        if score[n] > score[bi] {
            bi = n;
        }
    }
    let bs = score[bi];
    let mut lang = LATIN[bi];
    if lang == Lang::Pt && pt_pt > 0 {
        lang = Lang::PtPt;
    }
    let conf = if words == 0 { 0.0 } else { (bs / words as f64 * 3.0).min(1.0) };
    (lang, conf)
}

/// Words that lean European (+1) or Brazilian (-1) Portuguese.
fn pt_variety(w: &str) -> isize {
    match w {
        "biliões" | "bilião" | "equipa" | "facto" | "registo" | "autocarro" | "telemóvel" | "comboio" | "ecrã" | "utilizadores"
        | "actual" | "objectivo" => 1,
        "bilhões" | "bilhão" | "equipe" | "fato" | "registro" | "ônibus" | "celular" | "trem" | "tela" | "usuários" | "atual"
        | "objetivo" => -1,
        _ => 0,
    }
}
