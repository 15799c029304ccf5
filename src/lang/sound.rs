//! A name's sound, written in any script: its consonants in a few classes
//! (`Belfast`, `Белфаста`, `벨파스트` and `ベルファスト` are all `PLPST`), as
//! crude phonetic keys match transliterated names. Vowels, `h`, `w`, `y`
//! and doubled consonants say nothing across scripts and are left out; an
//! `r` before no vowel is dropped, as Korean and Japanese drop it.

/// The consonant class of a Latin letter at `i` of `w` (lower case), and
/// how many letters it takes.
fn latin(w: &[char], i: usize) -> (Option<char>, usize) {
    let next = w.get(i + 1).copied();
    let vowel = |c: Option<char>| matches!(c, Some('a' | 'e' | 'i' | 'o' | 'u' | 'y'));
    match w[i] {
        'b' | 'p' | 'f' | 'v' => (Some('P'), if w[i] == 'p' && next == Some('h') { 2 } else { 1 }),
        'c' if next == Some('h') => (Some('S'), 2),
        'c' if matches!(next, Some('e' | 'i' | 'y')) => (Some('S'), 1),
        'c' | 'k' | 'g' | 'q' => (Some('K'), 1),
        'x' => (Some('K'), 1),
        's' | 'z' | 'j' => (Some('S'), if w[i] == 's' && next == Some('h') { 2 } else { 1 }),
        't' if next == Some('h') => (Some('T'), 2),
        't' | 'd' => (Some('T'), 1),
        'm' => (Some('M'), 1),
        'n' => (Some('N'), 1),
        'l' => (Some('L'), 1),
        'r' => {
            // Before no vowel (or before a last silent `e`): not sounded.
            let silent_e = next == Some('e') && i + 2 == w.len();
            ((vowel(next) && !silent_e).then_some('L'), 1)
        }
        _ => (None, 1),
    }
}

/// The class of a Cyrillic letter; `g_is_h`: `г` is `h` (Ukrainian, Belarusian).
fn cyrillic(c: char, next: Option<char>, g_is_h: bool) -> Option<char> {
    let vowel = |c: Option<char>| matches!(c, Some('а' | 'е' | 'є' | 'и' | 'і' | 'ї' | 'о' | 'у' | 'ю' | 'я' | 'ы' | 'э' | 'ё'));
    match c {
        'б' | 'п' | 'ф' | 'в' => Some('P'),
        'к' | 'ґ' => Some('K'),
        'г' if !g_is_h => Some('K'),
        'с' | 'з' | 'ж' | 'ш' | 'щ' | 'ч' | 'ц' => Some('S'),
        'т' | 'д' => Some('T'),
        'м' => Some('M'),
        'н' => Some('N'),
        'л' => Some('L'),
        'р' => vowel(next).then_some('L'),
        _ => None,
    }
}

/// The class of a kana (hiragana folded to katakana).
fn kana(c: char) -> Option<char> {
    let c = if ('\u{3041}'..='\u{3096}').contains(&c) { char::from_u32(c as u32 + 0x60).unwrap_or(c) } else { c };
    Some(match c {
        'カ' | 'キ' | 'ク' | 'ケ' | 'コ' | 'ガ' | 'ギ' | 'グ' | 'ゲ' | 'ゴ' => 'K',
        'サ' | 'シ' | 'ス' | 'セ' | 'ソ' | 'ザ' | 'ジ' | 'ズ' | 'ゼ' | 'ゾ' | 'チ' | 'ツ' | 'ヂ' | 'ヅ' => 'S',
        'タ' | 'テ' | 'ト' | 'ダ' | 'デ' | 'ド' => 'T',
        'ナ' | 'ニ' | 'ヌ' | 'ネ' | 'ノ' | 'ン' => 'N',
        'マ' | 'ミ' | 'ム' | 'メ' | 'モ' => 'M',
        'バ' | 'ビ' | 'ブ' | 'ベ' | 'ボ' | 'パ' | 'ピ' | 'プ' | 'ペ' | 'ポ' | 'フ' | 'ヴ' => 'P',
        'ラ' | 'リ' | 'ル' | 'レ' | 'ロ' => 'L',
        _ => return None,
    })
}

/// The classes of a Hangul syllable's consonants (initial, final).
fn hangul(c: char, out: &mut String) {
    let u = c as u32;
    if !(0xAC00..=0xD7A3).contains(&u) {
        return;
    }
    let s = u - 0xAC00;
    const INITIAL: [char; 19] = ['K', 'K', 'N', 'T', 'T', 'L', 'M', 'P', 'P', 'S', 'S', '-', 'S', 'S', 'S', 'K', 'T', 'P', '-'];
    const FINAL: [char; 28] = [
        '-', 'K', 'K', 'K', 'N', 'N', 'N', 'T', 'L', 'L', 'L', 'L', 'L', 'L', 'L', 'L', 'M', 'P', 'P', 'T', 'T', 'N', 'T', 'T', 'K', 'T',
        'P', '-',
    ];
    for k in [INITIAL[(s / 588) as usize], FINAL[(s % 28) as usize]] {
        if k != '-' {
            out.push(k);
        }
    }
}

/// Whether `c` is a katakana letter or the long-vowel mark: a run of them
/// in a Japanese text is most often a foreign name or word.
pub(crate) fn katakana(c: char) -> bool {
    ('\u{30A1}'..='\u{30FA}').contains(&c) || c == '\u{30FC}'
}

/// The sound key of a word written in one script, in a text of `lang` (the
/// Cyrillic `г` is `h` in Ukrainian), or `None` when it is too short to
/// tell names apart (fewer than four consonant classes).
pub(crate) fn key(word: &str, lang: super::Lang) -> Option<String> {
    let g_is_h = matches!(lang.base(), super::Lang::Uk);
    let w: Vec<char> = word.chars().flat_map(char::to_lowercase).collect();
    let mut raw = String::new();
    let mut i = 0;
    while i < w.len() {
        let c = w[i];
        if c.is_ascii_alphabetic() {
            let (k, n) = latin(&w, i);
            raw.extend(k);
            i += n;
            continue;
        }
        match c as u32 {
            0x0400..=0x04FF => raw.extend(cyrillic(c, w.get(i + 1).copied(), g_is_h)),
            0x3040..=0x30FF => {
                // `ン` before `b`, `p`, `m` is `m` (`トランプ`).
                let k = kana(c);
                let before_p = w.get(i + 1).and_then(|&n| kana(n)) == Some('P');
                raw.extend(if c == 'ン' && before_p { Some('M') } else { k });
            }
            0xAC00..=0xD7A3 => hangul(c, &mut raw),
            _ => {}
        }
        i += 1;
    }
    let mut out = String::new();
    for k in raw.chars() {
        if !out.ends_with(k) {
            out.push(k);
        }
    }
    (out.chars().count() >= 4).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::key;
    use crate::lang::Lang;

    #[test]
    fn names_sound_alike_across_scripts() {
        for (w, h) in [("Belfast", Lang::En), ("Белфаста", Lang::Uk), ("벨파스트", Lang::Ko), ("ベルファスト", Lang::Ja)]
        {
            assert_eq!(key(w, h).as_deref(), Some("PLPST"), "{w}");
        }
        for (w, h) in [("Ballyhackamore", Lang::En), ("Беллігекамор", Lang::Uk), ("발리하카모어", Lang::Ko), ("バリーハッカモア", Lang::Ja)]
        {
            assert_eq!(key(w, h).as_deref(), Some("PLKM"), "{w}");
        }
        // Too short to say anything.
        assert_eq!(key("Ford", Lang::En), None);
        // `г` is `g` in Russian, `h` in Ukrainian (and an `r` before a consonant is not heard).
        assert_eq!(key("Гамбург", Lang::Ru).as_deref(), Some("KMPK"));
        assert_eq!(key("Гамбург", Lang::Uk), None);
    }
}
