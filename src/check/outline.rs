//! The outline of a text: its sentences, each with its length, how many of
//! the text's figures it holds, and its anchors — what survives translation:
//! numbers (of any script and grouping), figure values in base units, and
//! names. Two versions of one story (a translation, an edition) are
//! recognized and aligned by their outlines ([`super::align`]).
//!
//! An outline holds no offsets: a sentence's figures are the next
//! `figures` claims of the report, in text order, so it stays right whatever
//! unit the binding counts offsets in (bytes natively, UTF-16 in JS).

use crate::claim::Claim;
use crate::lang::{sound, Lang, Sense};
use crate::lexindex::index;
use crate::text::{is_cjk, tokenize, Kind, Token, NONE};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The sentences of a text, in order, and what it is about.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Outline {
    pub sentences: Vec<Sentence>,
    /// The name the text says most (twice at least), as first written: whom
    /// a figure of a sentence that names no one is taken to be about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
}

/// One sentence of an [`Outline`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    /// Its length in characters, white space left out (a CJK character counts once).
    pub len: u32,
    /// How many of the text's figures start in it (the next ones in text order).
    pub figures: u32,
    /// Its anchors, sorted, without repeats: hashes whose two low bits give the
    /// anchor's [`Strength`].
    pub anchors: Vec<u32>,
    /// The sounds of the names it may hold ([`crate::lang::sound`]), sorted: they
    /// help align a sentence with its translation, and, heard in words that
    /// may be no names at all, say nothing of how much two texts share.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sounds: Vec<u32>,
}

/// How much a shared anchor says that two sentences are one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// A number below 13: found in most texts.
    Weak = 0,
    /// A number below 100, a short name (`US`, `EU`).
    Fair = 1,
    /// A year: shared by stories of one time.
    Year = 2,
    /// Any other number, a figure's value, a name.
    Strong = 3,
}

impl Strength {
    /// The weight of a shared anchor of this strength.
    pub fn weight(self) -> f64 {
        match self {
            Strength::Weak => 0.25,
            Strength::Fair => 0.5,
            Strength::Year => 0.6,
            Strength::Strong => 1.0,
        }
    }

    /// The strength of an anchor hash.
    pub fn of(anchor: u32) -> Strength {
        match anchor & 3 {
            0 => Strength::Weak,
            1 => Strength::Fair,
            2 => Strength::Year,
            _ => Strength::Strong,
        }
    }
}

/// A stable hash of an anchor's key (the same in every build and binding),
/// with its strength in the two low bits.
fn anchor(kind: u8, key: &[u8], s: Strength) -> u32 {
    // FNV-1a, 32 bits.
    let mut h: u32 = 0x811c_9dc5 ^ kind as u32;
    h = h.wrapping_mul(0x0100_0193);
    for &b in key {
        h ^= b as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    (h & !3) | s as u32
}

/// The anchor of a number as written, in any script or grouping: its value
/// with at most six significant digits (`2,706` = `2.706` = `2 706` = `２７０６`).
fn number_anchor(v: f64) -> Option<u32> {
    if !v.is_finite() || v < 0.0 {
        return None;
    }
    let s = Strength::of_number(v);
    let key = sig(v, 6);
    Some(anchor(b'#', key.as_bytes(), s))
}

impl Strength {
    fn of_number(v: f64) -> Strength {
        if v < 13.0 {
            Strength::Weak
        } else if v < 100.0 && v.fract() == 0.0 {
            Strength::Fair
        } else if (1900.0..2100.0).contains(&v) && v.fract() == 0.0 {
            Strength::Year
        } else {
            Strength::Strong
        }
    }
}

/// `v` with at most `n` significant digits, as a plain decimal string.
fn sig(v: f64, n: i32) -> String {
    if v == 0.0 {
        return "0".into();
    }
    let e = v.abs().log10().floor() as i32;
    let scale = 10f64.powi(n - 1 - e);
    let r = (v * scale).round() / scale;
    let s = format!("{r:.*}", (n - 1 - e).max(0) as usize);
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// The anchor of a figure's value in its base unit (`$140 million` and
/// `1.4억 달러` share it): the unit and the four significant digits, in
/// ascending order, whatever their magnitude, counted in the unit of the
/// last written digit (years, not seconds). A slip keeps them: a magnitude
/// word one step off (`600億人` for `600万人`), a zero added (`260` for
/// `26`), two digits swapped (`62` for `26`). A version with a slip is
/// still a version, and its slip is caught only if it is recognized as one:
/// in a short text whose figures are its only anchors, the slipped figure
/// must keep its anchor. A figure that states one bound (`as many as 3.5
/// million`, `in his 40s`, `20 to 30`) is anchored by the value it writes
/// first: its translation may write it exactly (`350만 명`, `40-річний`).
pub(crate) fn value_anchor(c: &Claim) -> Option<u32> {
    use crate::claim::Qualifier;
    let v = match (c.low, c.high, c.qualifier) {
        (Some(l), Some(h), _) if l == h => l,
        (_, Some(h), Qualifier::UpTo | Qualifier::LessThan) => h,
        (Some(l), _, Qualifier::MoreThan | Qualifier::AtLeast | Qualifier::Range) => l,
        _ => return None,
    };
    if !v.is_finite() || v <= 0.0 {
        return None;
    }
    // In the unit of its last written digit (`81年` is 81 years, not
    // 2.556e9 s): the digits as written, whatever the base unit.
    let w = if c.rounding > 0.0 { v / (2.0 * c.rounding) } else { v };
    let mut digits: Vec<u8> = sig(w, 4).bytes().filter(u8::is_ascii_digit).skip_while(|&d| d == b'0').collect();
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    digits.sort_unstable();
    let key = format!("{}:{}", c.unit, String::from_utf8_lossy(&digits));
    Some(anchor(b'v', key.as_bytes(), Strength::Strong))
}

/// The anchor of a name, folded to lower case.
fn name_anchor(name: &str) -> u32 {
    let s = if name.chars().count() <= 3 { Strength::Fair } else { Strength::Strong };
    anchor(b'n', name.to_lowercase().as_bytes(), s)
}

/// The anchor of a name's sound ([`sound`]): a name written in
/// another script (`Белфаст`, `벨파스트`, `ベルファスト`) meets it.
fn sound_anchor(key: &str) -> u32 {
    anchor(b's', key.as_bytes(), Strength::Fair)
}

/// The sound anchors of a sentence: of its names, and in a text not written
/// in the Latin script of the words that may be names written in its own
/// script — a capitalized word the lexicon does not know past a sentence's
/// start (Cyrillic), a katakana run (Japanese), a Hangul word the lexicon
/// does not know, its particle left out (Korean).
fn sounds(part: &str, toks: &[Token], lang: Lang, idx: &crate::lexindex::Index, own: &[(String, bool)], anchors: &mut Vec<u32>) {
    for (n, unsure) in own {
        if !unsure {
            anchors.extend(sound::key(n, Lang::En).map(|k| sound_anchor(&k)));
        }
    }
    if lang.latin_script() {
        return;
    }
    match lang.base() {
        Lang::Ja => {
            let mut run = String::new();
            for c in part.chars().chain(std::iter::once(' ')) {
                if sound::katakana(c) {
                    run.push(c);
                } else if !run.is_empty() {
                    if run.chars().count() >= 3 {
                        anchors.extend(sound::key(&run, lang).map(|k| sound_anchor(&k)));
                    }
                    run.clear();
                }
            }
        }
        Lang::Ko => {
            for w in part.split(|c: char| !('\u{AC00}'..='\u{D7A3}').contains(&c)) {
                if w.chars().count() < 3 || idx.lookup(w).is_some() {
                    continue;
                }
                let stem =
                    lang.lexicon().name_particles.iter().find_map(|p| w.strip_suffix(p)).filter(|s| s.chars().count() >= 2).unwrap_or(w);
                anchors.extend(sound::key(stem, lang).map(|k| sound_anchor(&k)));
            }
        }
        _ => {
            for (i, t) in toks.iter().enumerate() {
                if t.kind != Kind::Word || t.latin || !t.cap || t.lex != NONE {
                    continue;
                }
                if !toks[..i].iter().any(|x| x.kind == Kind::Word) {
                    continue;
                }
                anchors.extend(sound::key(t.text(part), lang).map(|k| sound_anchor(&k)));
            }
        }
    }
}

/// Sentences longer than this (in bytes) are cut: a text without stops is
/// still aligned by parts, and no step of the alignment grows without bound.
const MAX_SENTENCE: usize = 2000;

/// The outline of `text` read in `lang`, with `claims` — the text's figures,
/// as [`crate::extract::extract`] gave them, byte offsets — counted per sentence.
pub fn outline(text: &str, lang: Lang, claims: &[Claim]) -> Outline {
    let mut sentences = Vec::new();
    let mut toks: Vec<Token> = Vec::new();
    let style = lang.num_style();
    let idx = index();
    let mut next_claim = 0usize;
    // First the names of each sentence (a capitalized word at a sentence's
    // start only when the text writes it so elsewhere too: `Kestrel`, not
    // `Shares`), then the anchors.
    let mut names: Vec<Vec<(String, bool)>> = Vec::new();
    let mut seen_inside: std::collections::HashSet<String, crate::lexindex::FxBuild> = Default::default();
    // How each name is written the first time (lower case → as written).
    let mut spelled: HashMap<String, String, crate::lexindex::FxBuild> = HashMap::default();
    for (s, e) in sentence_spans(text, lang) {
        let part = &text[s..e];
        let len = part.chars().filter(|c| !c.is_whitespace()).count() as u32;
        if len == 0 {
            continue;
        }
        tokenize(part, style, idx, &mut toks);
        let mut anchors: Vec<u32> = Vec::new();
        let mut own: Vec<(String, bool)> = Vec::new();
        let mut first_word = true;
        for (i, t) in toks.iter().enumerate() {
            match t.kind {
                Kind::Number => anchors.extend(number_anchor(t.value)),
                Kind::Word => {
                    let initial = first_word;
                    first_word = false;
                    if let Some((written, unsure)) = name_at(part, &toks, i, lang, initial, idx) {
                        let name = written.to_lowercase();
                        if !spelled.contains_key(&name) {
                            spelled.insert(name.clone(), written.to_string());
                        }
                        if !unsure && !seen_inside.contains(&name) {
                            seen_inside.insert(name.clone());
                        }
                        own.push((name, unsure));
                    }
                }
                _ => {}
            }
        }
        let mut heard = Vec::new();
        sounds(part, &toks, lang, idx, &own, &mut heard);
        heard.sort_unstable();
        heard.dedup();
        let mut figures = 0u32;
        while next_claim < claims.len() && claims[next_claim].start < e {
            anchors.extend(value_anchor(&claims[next_claim]));
            figures += 1;
            next_claim += 1;
        }
        names.push(own);
        sentences.push(Sentence { len, figures, anchors, sounds: heard });
    }
    // The topic: the name said most, twice at least.
    let mut counts: Vec<(&str, usize)> = Vec::new();
    let mut slot: HashMap<&str, usize, crate::lexindex::FxBuild> = HashMap::default();
    for (s, own) in sentences.iter_mut().zip(&names) {
        for (n, unsure) in own {
            if *unsure && !seen_inside.contains(n) {
                continue;
            }
            s.anchors.push(name_anchor(n));
            if n.chars().count() >= 3 {
                match slot.get(n.as_str()) {
                    Some(&k) => counts[k].1 += 1,
                    None => {
                        slot.insert(n, counts.len());
                        counts.push((n, 1));
                    }
                }
            }
        }
        s.anchors.sort_unstable();
        s.anchors.dedup();
    }
    let best = counts.iter().map(|c| c.1).max().unwrap_or(0);
    // Else the subject its figures name most (or the only one they name).
    let topic = counts.iter().find(|c| c.1 == best && best >= 2).and_then(|c| spelled.get(c.0)).cloned().or_else(|| super::topic(claims));
    // Figures past the last sentence (none when `claims` are the text's own).
    if next_claim < claims.len() {
        let last = sentences.len();
        if last == 0 {
            sentences.push(Sentence { len: 1, ..Default::default() });
        }
        let s = sentences.last_mut().expect("one sentence at least");
        s.figures += (claims.len() - next_claim) as u32;
    }
    Outline { sentences, topic }
}

/// The name a word token is, if it is one: a lexicon entity (`特斯拉` →
/// `Tesla`); in a Latin-script text a capitalized word (or one with an inner
/// capital: `xAI`) — at a sentence's start, or in a language that
/// capitalizes its nouns, only one this language's lexicon does not know;
/// in any other text a Latin word (`BBC`, `Tesla`).
fn name_at<'a>(src: &'a str, toks: &[Token], i: usize, lang: Lang, initial: bool, idx: &crate::lexindex::Index) -> Option<(&'a str, bool)> {
    let t = &toks[i];
    let w = t.text(src);
    let senses = (t.lex != NONE).then(|| idx.senses(t.lex));
    if let Some(name) = senses.and_then(|s| {
        s.by_lang.iter().find_map(|(_, s)| match s {
            Sense::Entity(name) => Some(*name),
            _ => None,
        })
    }) {
        return Some((name, false));
    }
    if !t.latin || w.len() < 2 {
        return None;
    }
    if !lang.latin_script() {
        return Some((w, false));
    }
    let known = senses.is_some_and(|s| s.langs & (1 << lang.base() as u32) != 0 || s.universal.is_some());
    let all_caps = w.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase());
    if t.inner_cap || all_caps {
        return (!known).then_some((w, false));
    }
    if !t.cap {
        return None;
    }
    let n = w.chars().count();
    if initial {
        // A capital says less here: a word the language does not know, and
        // only if the text capitalizes it elsewhere too (the caller asks) or
        // it owns something (`Kestrel's new car`).
        let owns = matches!((toks.get(i + 1), toks.get(i + 2)), (Some(a), Some(b))
            if a.kind == Kind::Punct && matches!(a.ch, '\'' | '\u{2019}') && !a.space_before && crate::lang::is_possessive(b.text(src)));
        return (!known && n >= 3).then_some((w, !owns));
    }
    if !lang.lexicon().noun_determiners.is_empty() {
        // Where every noun is capitalized, a noun the lexicon does not know
        // is taken for a name (it matches nothing in another language).
        return (!known && n >= 3).then_some((w, false));
    }
    (n >= 3).then_some((w, false))
}

/// Where `text`'s sentences are: cut after `.`, `!`, `?` before white space,
/// after the CJK, Arabic and Devanagari stops, and at line breaks.
/// No cut after a title of any language or an initial ([`crate::lang::is_title`]), nor, where a
/// stop after a number makes it an ordinal ([`crate::lang::Lexicon::ordinal_stop`]), after
/// a number of one or two digits.
pub(crate) fn sentence_spans(text: &str, lang: Lang) -> Vec<(usize, usize)> {
    let lex = lang.lexicon();
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0usize;
    for (i, c) in text.char_indices() {
        let next_at = i + c.len_utf8();
        let cut = match c {
            '\n' => true,
            '.' if abbreviation(&text[start..i]) => false,
            '.' if lex.ordinal_stop && ordinal(&text[start..i]) => false,
            '.' | '!' | '?' => match b.get(next_at) {
                None => true,
                Some(&n) => n == b' ' || n == b'\n' || n == b'\t' || n == b'\r',
            },
            '。' | '！' | '？' | '؟' | '।' => true,
            _ => next_at - start >= MAX_SENTENCE && c.is_whitespace(),
        };
        if cut || next_at - start >= 2 * MAX_SENTENCE && text.is_char_boundary(next_at) {
            if text[start..next_at].chars().any(|c| !c.is_whitespace()) {
                out.push((start, next_at));
            }
            start = next_at;
        }
    }
    if text[start..].chars().any(|c| !c.is_whitespace()) {
        out.push((start, text.len()));
    }
    out
}

/// Whether `before` ends with a number of one or two digits standing alone (`des 1`).
fn ordinal(before: &str) -> bool {
    let digits = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let rest = &before[..before.len() - digits];
    (1..=2).contains(&digits) && rest.chars().next_back().is_none_or(char::is_whitespace)
}

/// Whether `before` (a sentence so far, up to a stop) ends with a title or
/// an initial (`J.` of `J. K. Rowling`): a capitalized word the stop abbreviates.
fn abbreviation(before: &str) -> bool {
    let word: &str = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let mut chars = word.chars();
    let Some(first) = chars.next() else { return false };
    if !first.is_uppercase() {
        return false;
    }
    let n = word.chars().count();
    n == 1 || (n <= 4 && chars.all(char::is_lowercase) && crate::lang::is_title(&word.to_lowercase()))
}

/// A rough outline from claims alone (a report saved without its text): a
/// sentence for each run of claims sharing their quote, its anchors read from
/// the quote (or the claims' values and names when they have none).
pub fn from_claims(claims: &[Claim]) -> Outline {
    let mut sentences: Vec<Sentence> = Vec::new();
    let mut i = 0;
    while i < claims.len() {
        let q = claims[i].quote.as_deref();
        let mut j = i + 1;
        while j < claims.len() && q.is_some() && claims[j].quote.as_deref() == q {
            j += 1;
        }
        let lang = Lang::from_code(&claims[i].lang).unwrap_or(Lang::En);
        let mut s = match q {
            Some(q) => {
                let mut o = outline(q, lang, &[]);
                let mut merged = Sentence::default();
                for x in o.sentences.drain(..) {
                    merged.len += x.len;
                    merged.anchors.extend(x.anchors);
                    merged.sounds.extend(x.sounds);
                }
                merged
            }
            None => Sentence {
                len: claims[i].text.chars().filter(|c| !c.is_whitespace()).count() as u32,
                figures: 0,
                anchors: claims[i].entities.iter().map(|e| name_anchor(e)).collect(),
                sounds: Vec::new(),
            },
        };
        for c in &claims[i..j] {
            s.anchors.extend(value_anchor(c));
        }
        s.figures = (j - i) as u32;
        s.anchors.sort_unstable();
        s.anchors.dedup();
        s.sounds.sort_unstable();
        s.sounds.dedup();
        sentences.push(s);
        i = j;
    }
    Outline { sentences, topic: super::topic(claims) }
}

/// Whether a text is written mostly in CJK characters (its sentences are
/// then short in characters for what they say).
pub fn mostly_cjk(text: &str) -> bool {
    let (mut cjk, mut all) = (0usize, 0usize);
    for c in text.chars().take(4000) {
        if c.is_alphanumeric() {
            all += 1;
            cjk += is_cjk(c) as usize;
        }
    }
    cjk * 2 > all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_any_grouping_share_an_anchor() {
        // 2706 as English, German and French write it.
        let en = outline("It had 2,706 stores.", Lang::En, &[]);
        let de = outline("Es hatte 2.706 Filialen.", Lang::De, &[]);
        let fr = outline("Elle avait 2 706 magasins.", Lang::Fr, &[]);
        let a = number_anchor(2706.0).unwrap();
        for o in [&en, &de, &fr] {
            assert!(o.sentences[0].anchors.contains(&a), "{o:?}");
        }
        assert_eq!(Strength::of(a), Strength::Strong);
        assert_eq!(Strength::of(number_anchor(7.0).unwrap()), Strength::Weak);
        assert_eq!(Strength::of(number_anchor(2019.0).unwrap()), Strength::Year);
    }

    #[test]
    fn sentences_are_cut_at_stops_and_lines_and_count_their_figures() {
        let text = "Sales rose 5% to $3 billion. Dr. J. Oronde hired 200 people.\n欧盟增长了。第二句话";
        let spans = sentence_spans(text, Lang::En);
        let parts: Vec<&str> = spans.iter().map(|&(s, e)| text[s..e].trim()).collect();
        assert_eq!(parts, ["Sales rose 5% to $3 billion.", "Dr. J. Oronde hired 200 people.", "欧盟增长了。", "第二句话"]);
        // A German ordinal's stop ends no sentence; a number's stop at a sentence's end does.
        let de = "Er diente im 1. Weltkrieg. Der Preis stieg auf 12. Dann fiel er.";
        let parts: Vec<&str> = sentence_spans(de, Lang::De).iter().map(|&(s, e)| de[s..e].trim()).collect();
        assert_eq!(parts, ["Er diente im 1. Weltkrieg.", "Der Preis stieg auf 12. Dann fiel er."]);
        // Elsewhere that stop ends a sentence; a title of another language's
        // lexicon stays with its name (`Dr. Martens` in Russian text).
        let en = "It rose to 12. Then it fell.";
        assert_eq!(sentence_spans(en, Lang::En).len(), 2);
        let ru = "Обувь Dr. Martens подорожала.";
        assert_eq!(sentence_spans(ru, Lang::Ru).len(), 1);
        let claims = crate::extract::extract(text, &crate::extract::Options { lang: Some(Lang::En), ..Default::default() });
        let o = outline(text, Lang::En, &claims);
        let figs: Vec<u32> = o.sentences.iter().map(|s| s.figures).collect();
        assert_eq!(figs, [2, 1, 0, 0]);
        // `Sales rose 5% to $3 billion.` has 23 characters besides spaces.
        assert_eq!(o.sentences[0].len, 23);
    }

    #[test]
    fn names_are_capitalized_unknown_words_not_sentence_starts() {
        let o = outline("The deal gave Tesla and xAI a lift, said Musk.", Lang::En, &[]);
        let names: Vec<u32> = ["tesla", "xai", "musk"].iter().map(|n| name_anchor(n)).collect();
        for n in &names {
            assert!(o.sentences[0].anchors.contains(n));
        }
        // `The` starts the sentence; `deal` is lower case: three anchors in all.
        assert_eq!(o.sentences[0].anchors.len(), 3);
        // In a Russian text a Latin word is a name wherever it stands.
        let ru = outline("Tesla выросла.", Lang::Ru, &[]);
        assert_eq!(ru.sentences[0].anchors, vec![name_anchor("Tesla")]);
    }

    #[test]
    fn a_figure_value_anchors_across_magnitude_systems() {
        let read = |t: &str, l: Lang| {
            let c = crate::extract::extract(t, &crate::extract::Options { lang: Some(l), ..Default::default() });
            outline(t, l, &c)
        };
        let en = read("The firm paid $140 million.", Lang::En);
        let ko = read("회사는 1.4억 달러를 지불했다.", Lang::Ko);
        let shared: Vec<&u32> = en.sentences[0].anchors.iter().filter(|a| ko.sentences[0].anchors.contains(a)).collect();
        assert_eq!(shared.len(), 1, "the value 1.4e8 USD: {en:?} {ko:?}");
    }

    #[test]
    fn a_slipped_figure_keeps_its_value_anchor() {
        let anchor_of = |t: &str, l: Lang| {
            let c = crate::extract::extract(t, &crate::extract::Options { lang: Some(l), ..Default::default() });
            value_anchor(&c[0]).expect("an exact figure")
        };
        let en = anchor_of("They paid $270,000.", Lang::En);
        // A magnitude word one step off, a zero added, two digits swapped.
        assert_eq!(anchor_of("27억 달러를 지불했다.", Lang::Ko), en);
        assert_eq!(anchor_of("They paid $2.7 million.", Lang::En), en);
        assert_eq!(anchor_of("They paid $720,000.", Lang::En), en);
        // Other digits, or another unit, are another anchor.
        assert_ne!(anchor_of("They paid $280,000.", Lang::En), en);
        assert_ne!(anchor_of("They hired 270,000 people.", Lang::En), en);
        // Durations by the digits written, not those of their seconds.
        assert_eq!(anchor_of("He left 81 years ago.", Lang::En), anchor_of("彼は18年前に去った。", Lang::Ja));
        assert_eq!(anchor_of("It took 1.5 years.", Lang::En), anchor_of("It took 15 years.", Lang::En));
        // A figure stating one bound is anchored by it: a ceiling, a floor,
        // a decade of age (its translation may write it exactly, or slipped).
        assert_eq!(anchor_of("The show drew as many as 3.7 million viewers.", Lang::En), anchor_of("그 쇼는 730만 명을 모았다.", Lang::Ko));
        assert_eq!(anchor_of("More than 270,000 people came.", Lang::En), anchor_of("They hired 270,000 people.", Lang::En));
        assert_eq!(anchor_of("The victim, in his 30s, was hurt.", Lang::En), anchor_of("300-річний потерпілий був поранений.", Lang::Uk));
        // A vague quantity states no value.
        let c =
            crate::extract::extract("Thousands of people came.", &crate::extract::Options { lang: Some(Lang::En), ..Default::default() });
        assert_eq!(value_anchor(&c[0]), None);
    }

    #[test]
    fn sig_keeps_six_digits() {
        assert_eq!(sig(2706.0, 6), "2706");
        assert_eq!(sig(1.7, 6), "1.7");
        assert_eq!(sig(140_000_000.0, 4), "140000000");
        assert_eq!(sig(0.123456789, 4), "0.1235");
    }
}
