//! Characters and tokens: one linear pass that splits a text into words,
//! numbers, CJK segments and symbols, with byte offsets.

/// The value of a digit in any script figcheck reads: ASCII, Arabic-Indic,
/// Extended Arabic-Indic, Devanagari, full-width.
#[inline]
pub fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        '\u{0966}'..='\u{096F}' => Some(c as u32 - 0x0966),
        '\u{FF10}'..='\u{FF19}' => Some(c as u32 - 0xFF10),
        _ => None,
    }
}

/// Han, kana and Hangul: scripts written without spaces between words (or,
/// for Korean, with suffixes glued to words), segmented by the lexicon.
///
/// Asked of most chars and tokens: the common Han block is tried first, then
/// kana, and anything below U+1100 (Latin, Cyrillic, Arabic, Devanagari…) is out at
/// once (a test checks every char against [`is_cjk_by_ranges`]).
#[inline]
pub fn is_cjk(c: char) -> bool {
    let u = c as u32;
    if u.wrapping_sub(0x4E00) <= 0x9FFF - 0x4E00 {
        return true;
    }
    // Kana next (half of a Japanese text).
    u >= 0x1100 && (u.wrapping_sub(0x3040) <= 0x30FF - 0x3040 || is_cjk_by_ranges(c))
}

/// [`is_cjk`] by its ranges alone.
#[inline]
fn is_cjk_by_ranges(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{3040}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{3005}' | '\u{3007}'
        | '\u{AC00}'..='\u{D7AF}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}')
}

/// Space-like characters; `nb` tells the no-break ones that group digits.
#[inline]
pub fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}' | '\u{2028}' | '\u{2029}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

#[inline]
fn is_nb_space(c: char) -> bool {
    matches!(c, '\u{A0}' | '\u{202F}' | '\u{2007}' | '\u{2009}')
}

/// Letters and the combining marks that belong inside words (Arabic
/// harakat, Devanagari vowel signs and nukta, Latin accents when decomposed).
#[inline]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    // Fast paths for the scripts figcheck reads (Unicode's table lookup is slow).
    match c {
        '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{24F}' => return true,
        '\u{0400}'..='\u{0481}' | '\u{048A}'..='\u{052F}' => return true,
        '\u{0620}'..='\u{064A}' | '\u{0671}'..='\u{06D3}' => return true,
        // Devanagari letters with their vowel signs, nukta and virama.
        '\u{0900}'..='\u{0963}' | '\u{0971}'..='\u{097F}' => return true,
        // Arabic harakat and the dagger alef.
        '\u{064B}'..='\u{065F}' | '\u{0670}' => return true,
        '\u{0300}'..='\u{036F}' => return true,
        '\u{1E00}'..='\u{1EFF}' => return true,
        // Punctuation of the scripts read: general, CJK, full-width.
        '\u{2000}'..='\u{206F}'
        | '\u{3000}'..='\u{3004}'
        | '\u{3008}'..='\u{3020}'
        | '\u{FF01}'..='\u{FF0F}'
        | '\u{FF1A}'..='\u{FF20}'
        | '\u{FF3B}'..='\u{FF40}'
        | '\u{FF5B}'..='\u{FF65}' => return false,
        _ => {}
    }
    word_char_by_tables(c)
}

/// What [`is_word_char`] means, from Unicode's tables (its fast paths give the
/// same answers; a test checks every character).
fn word_char_by_tables(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    if digit_value(c).is_some() || is_cjk(c) {
        return false;
    }
    c.is_alphabetic()
        || matches!(c, '\u{0300}'..='\u{036F}' | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}'
            | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}' | '\u{0900}'..='\u{0903}'
            | '\u{093A}'..='\u{094F}' | '\u{0951}'..='\u{0957}' | '\u{0962}'..='\u{0963}')
}

/// [`class`] bits: a word char ([`is_word_char`]).
const CW: u8 = 1;
/// Upper case ([`is_upper`]).
const CU: u8 = 2;
/// Keeps a word Latin: ASCII, Latin-1 to Latin Extended-B, Latin Extended
/// Additional, combining diacritics.
const CL: u8 = 4;
/// Changed by [`fold_into`] other than by case: apostrophes, Arabic tatweel
/// and harakat, Devanagari nukta letters.
const CF: u8 = 8;
/// A plain Arabic letter (hamza to yeh, tatweel aside): folds to itself.
const CA: u8 = 16;

/// What the tokenizer asks of a char, in one step for the scripts it
/// meets most (a test checks every char against [`class_by_parts`]).
#[inline(always)]
fn class(c: char) -> u8 {
    if let Some(&v) = CLASS_LOW.get(c as usize) {
        if v != ASK {
            return v;
        }
    }
    class_rest(c)
}

/// [`CLASS_LOW`] of a char it does not answer.
const ASK: u8 = 0xFF;

/// By char below U+0980: the [`class`] of the chars met most (Latin-1,
/// Cyrillic, Arabic and Devanagari letters, and those scripts' punctuation
/// and digits: Unicode's tables are slow), in one load; [`ASK`] for the
/// others, left to [`class_rest`].
static CLASS_LOW: [u8; 0x980] = {
    let mut t = [ASK; 0x980];
    // (first, last, class)
    let ranges: [(usize, usize, u8); 33] = [
        // Punctuation, signs and digits of the scripts read (`£`, `×`, the
        // Arabic comma and per cent sign, the danda): no letters.
        (0x00A0, 0x00BF, 0),
        (0x00AA, 0x00AA, CW),
        (0x00B5, 0x00B5, CW),
        (0x00BA, 0x00BA, CW),
        (0x00D7, 0x00D7, CL),
        (0x00F7, 0x00F7, CL),
        (0x060C, 0x060C, 0),
        (0x061B, 0x061B, 0),
        (0x061F, 0x061F, 0),
        (0x0660, 0x066D, 0),
        (0x06D4, 0x06D4, 0),
        (0x0964, 0x0970, 0),
        // Upper-case Latin-1 and Cyrillic, `ß`, Ukrainian `ґ`.
        (0x00C0, 0x00D6, CW | CU | CL),
        (0x00D8, 0x00DE, CW | CU | CL),
        (0x00DF, 0x00DF, CW | CL),
        (0x0400, 0x040F, CW | CU),
        (0x0490, 0x0490, CW | CU),
        (0x0491, 0x0491, CW),
        (0x0621, 0x063F, CW | CA),
        (0x0641, 0x064A, CW | CA),
        (0x0640, 0x0640, CW | CF),
        (0x064B, 0x0652, CW | CF),
        (0x0670, 0x0670, CW | CF),
        (0x0653, 0x065F, CW),
        (0x0671, 0x06D3, CW),
        (0x0900, 0x0957, CW),
        (0x0960, 0x0963, CW),
        (0x0971, 0x097F, CW),
        (0x0958, 0x095F, CW | CF),
        (0x0430, 0x045F, CW),
        (0x0410, 0x042F, CW | CU),
        (0x00E0, 0x00F6, CW | CL),
        (0x00F8, 0x00FF, CW | CL),
    ];
    let mut r = 0;
    while r < ranges.len() {
        let (first, last, class) = ranges[r];
        let mut c = first;
        while c <= last {
            t[c] = class;
            c += 1;
        }
        r += 1;
    }
    t
};

/// [`class`] of the chars it does not answer at once, punctuation (general,
/// CJK, full-width: most of them in CJK texts) first.
#[cold]
#[inline(never)]
fn class_rest(c: char) -> u8 {
    match c {
        '\u{2000}'..='\u{2017}'
        | '\u{201A}'..='\u{206F}'
        | '\u{3000}'..='\u{3004}'
        | '\u{3008}'..='\u{3020}'
        | '\u{FF01}'..='\u{FF0F}'
        | '\u{FF1A}'..='\u{FF20}' => 0,
        // Typographic apostrophes fold to `'`.
        '\u{2018}' | '\u{2019}' => CF,
        _ => class_by_parts(c),
    }
}

fn class_by_parts(c: char) -> u8 {
    let mut f = 0;
    if is_word_char(c) {
        f |= CW;
    }
    if is_upper(c) {
        f |= CU;
    }
    if c.is_ascii() || ('\u{C0}'..='\u{24F}').contains(&c) || ('\u{1E00}'..='\u{1EFF}').contains(&c) || ('\u{300}'..='\u{36F}').contains(&c)
    {
        f |= CL;
    }
    if folds_specially(c) {
        f |= CF;
    }
    if matches!(c, '\u{0621}'..='\u{063F}' | '\u{0641}'..='\u{064A}') {
        f |= CA;
    }
    f
}

/// By byte: an ASCII letter's [`class`] (`CW | CL`, with `CU` for upper
/// case); 0 for any other byte (a test checks it against `class`).
static ASCII_LETTER: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        if (b as u8).is_ascii_lowercase() {
            t[b] = CW | CL;
        } else if (b as u8).is_ascii_uppercase() {
            t[b] = CW | CL | CU;
        }
        b += 1;
    }
    t
};

/// The char starting at byte `i` of `s` (a char boundary), and its length.
/// Decoded by `str`'s own iterator, which knows its bytes are valid UTF-8
/// (no bounds check per byte, no test of the code point).
#[inline(always)]
fn decode_at(s: &str, i: usize) -> (char, usize) {
    match s[i..].chars().next() {
        Some(c) => (c, c.len_utf8()),
        None => (' ', 1),
    }
}

/// Upper case, asking Unicode's tables only for the scripts that have case
/// (Arabic, Devanagari, Thai, Han… have none, and are most of a text's letters there).
#[inline]
fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    match c {
        '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{DE}' | '\u{0400}'..='\u{042F}' => return true,
        '\u{DF}'..='\u{FF}' | '\u{0430}'..='\u{045F}' => return false,
        _ => {}
    }
    let cased = matches!(c, '\u{80}'..='\u{058F}' | '\u{10A0}'..='\u{10FF}' | '\u{13A0}'..='\u{13FF}'
        | '\u{1C80}'..='\u{1CBF}' | '\u{1E00}'..='\u{1FFF}' | '\u{2100}'..='\u{24FF}' | '\u{2C00}'..='\u{2D2F}'
        | '\u{A640}'..='\u{A7FF}' | '\u{AB70}'..='\u{ABBF}' | '\u{FF21}'..='\u{FF3A}' | '\u{10000}'..);
    cased && c.is_uppercase()
}

/// The title-case letters (`ǅ`, Greek with prosgegrammeni), which have a
/// lower case but are not upper case.
#[inline]
fn is_titlecase(c: char) -> bool {
    matches!(c, '\u{01C5}' | '\u{01C8}' | '\u{01CB}' | '\u{01F2}' | '\u{1F88}'..='\u{1F8F}' | '\u{1F98}'..='\u{1F9F}'
        | '\u{1FA8}'..='\u{1FAF}' | '\u{1FBC}' | '\u{1FCC}' | '\u{1FFC}')
}

/// Typographic apostrophes, folded to `'`.
#[inline]
fn is_apostrophe_variant(c: char) -> bool {
    matches!(c, '\u{2019}' | '\u{02BC}' | '\u{2018}')
}

/// Arabic tatweel, and the harakat (short vowels, tanween, shadda, sukun,
/// dagger alef) that news writes on some words only (`مليونًا` = `مليونا`):
/// dropped by [`fold`].
#[inline]
fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{0640}' | '\u{064B}'..='\u{0652}' | '\u{0670}')
}

/// Devanagari precomposed nukta letters, decomposed by [`fold`].
#[inline]
fn is_nukta_letter(c: char) -> bool {
    matches!(c, '\u{0958}'..='\u{095F}')
}

/// Whether [`fold`] changes `c` other than by its case.
#[inline]
fn folds_specially(c: char) -> bool {
    is_apostrophe_variant(c) || is_arabic_mark(c) || is_nukta_letter(c)
}

/// What [`fold`] writes for a char of [`folds_specially`].
fn fold_special(c: char, out: &mut String) {
    match c {
        '\u{095C}' => out.push_str("\u{0921}\u{093C}"),
        '\u{095D}' => out.push_str("\u{0922}\u{093C}"),
        '\u{0958}'..='\u{095F}' => {
            let base = ['\u{0915}', '\u{0916}', '\u{0917}', '\u{091C}', '\u{095C}', '\u{095D}', '\u{092B}', '\u{092F}'];
            out.push(base[(c as u32 - 0x0958) as usize]);
            out.push('\u{093C}');
        }
        c if is_apostrophe_variant(c) => out.push('\''),
        _ => {} // Arabic marks are dropped
    }
}

/// Lower case with typographic variants folded: `’` → `'`, Devanagari
/// precomposed nukta letters decomposed, Arabic tatweel dropped.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// [`fold`] into a reused buffer.
pub fn fold_into(s: &str, out: &mut String) {
    out.clear();
    out.reserve(s.len());
    // ASCII folds by case alone: byte by byte up to the first other char (in
    // one pass, most words being ASCII or starting so), then char by char.
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() && b[i] < 0x80 {
        out.push(b[i].to_ascii_lowercase() as char);
        i += 1;
    }
    for c in s[i..].chars() {
        match fold_fast(c) {
            Some(l) => out.push(l),
            None => fold_slow(c, out),
        }
    }
}

/// What [`fold_into`] writes for `c`, from Unicode's tables.
fn fold_slow(c: char, out: &mut String) {
    if folds_specially(c) {
        fold_special(c, out);
    } else if c == 'İ' {
        // Unicode lower-cases it to `i` and a combining dot, which is dropped.
        out.extend(c.to_lowercase().filter(|&l| l != '\u{307}'));
    } else if !is_upper(c) && !is_titlecase(c) {
        // Unicode's case tables only for letters that have a lower case.
        out.push(c);
    } else {
        out.extend(c.to_lowercase());
    }
}

/// What [`fold_into`] writes for the letters met most (Latin-1, Cyrillic,
/// Arabic, Devanagari), without Unicode's tables; `None` for other chars (a
/// test checks every char against the tables).
#[inline]
fn fold_fast(c: char) -> Option<char> {
    let d = match c {
        '\u{DF}'..='\u{F6}' | '\u{F8}'..='\u{FF}' | '\u{0430}'..='\u{045F}' => 0,
        '\u{0621}'..='\u{063F}' | '\u{0641}'..='\u{064A}' => 0,
        '\u{0900}'..='\u{0957}' | '\u{0960}'..='\u{097F}' => 0,
        '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{DE}' | '\u{0410}'..='\u{042F}' => 0x20,
        '\u{0400}'..='\u{040F}' => 0x50,
        _ => return None,
    };
    char::from_u32(c as u32 + d)
}

/// The first char of [`fold`] of `s` when it is quickly known (an ASCII
/// char, or one [`fold_fast`] answers), else `None`.
#[inline]
pub(crate) fn fold_first(s: &str) -> Option<char> {
    let c = s.chars().next()?;
    if c.is_ascii() {
        Some(c.to_ascii_lowercase())
    } else {
        fold_fast(c)
    }
}

/// Byte index after the marks [`fold`] drops (Arabic tatweel and harakat) at `p` in `w`.
fn skip_marks(w: &str, mut p: usize) -> usize {
    while let Some(c) = w[p..].chars().next() {
        if !is_arabic_mark(c) {
            break;
        }
        p += c.len_utf8();
    }
    p
}

/// Whether `s` starts with `pre`: compared byte by byte in place (a
/// proclitic is a few bytes, too short for a call to `memcmp`).
#[inline(always)]
fn starts(s: &str, pre: &str) -> bool {
    let (s, pre) = (s.as_bytes(), pre.as_bytes());
    s.len() >= pre.len() && s.iter().zip(pre).all(|(a, b)| a == b)
}

/// The proclitics a language glues before a word (Arabic: a conjunction
/// `و` `ف`, then a preposition `ب` `ل` `ك`, then the article `ال`): a
/// lexicon's data ([`Keys::clitics_at`] hands it to the tokenizer), which
/// splits them off a word the index does not know whole, so that the
/// lexicon's keys are bare words (`بمئات` = `ب` + `مئات`).
#[derive(Debug)]
pub struct Clitics {
    /// The proclitics in the order they are written: at most one of each
    /// slot, any slot may be missing. At most three slots.
    pub slots: &'static [&'static [&'static str]],
    /// The article written after them, which stays in the word's token
    /// (`ال`); empty when the language has none.
    pub article: &'static str,
    /// Proclitics after which the article loses its first letter (`ل` +
    /// `ال` is written `لل`).
    pub article_elided_after: &'static [&'static str],
}

impl Clitics {
    /// Whether a proclitic or the article starts with `c`: a word that
    /// starts otherwise has no clitic to strip.
    pub fn may_start(&self, c: char) -> bool {
        let starts = |s: &str| s.starts_with(c);
        self.slots.iter().any(|slot| slot.iter().any(|p| starts(p))) || (!self.article.is_empty() && starts(self.article))
    }
}

/// The clitics of `grammar` glued before a word the lexicon does not know
/// whole. Tries the least stripping first (article alone, then the first
/// proclitic, then two…), and only what remains with two letters or more
/// (marks that [`fold`] drops are no letters). Returns the byte length of
/// the stripped proclitics (the article stays in the token) and the lexicon
/// id of what remains. Uses `buf` as scratch.
pub fn strip_clitics(w: &str, grammar: &Clitics, idx: &impl Keys, buf: &mut String) -> Option<(usize, u32)> {
    strip(w, grammar, w.chars().all(|c| class(c) & CA != 0), idx, buf)
}

/// [`strip_clitics`], told whether `w` is only plain Arabic letters (no
/// marks): then every candidate folds to itself and is looked up as it stands.
fn strip<'a>(w: &'a str, grammar: &Clitics, plain: bool, idx: &impl Keys, buf: &mut String) -> Option<(usize, u32)> {
    const MAX: usize = 4;
    let mut ends = [0usize; MAX];
    let mut elide = [false; MAX];
    let mut n = 1;
    let mut p = 0;
    for slot in grammar.slots.iter().take(MAX - 1) {
        if let Some(pre) = slot.iter().find(|pre| starts(&w[p..], pre)) {
            p = skip_marks(w, p + pre.len());
            ends[n] = p;
            elide[n] = grammar.article_elided_after.iter().any(|a| a.len() == pre.len() && starts(pre, a));
            n += 1;
        }
    }
    let article = grammar.article;
    // `rest` without `pre` (none when `pre` is empty or not there).
    let after = |rest: &'a str, pre: &str| (!pre.is_empty() && starts(rest, pre)).then(|| &rest[pre.len()..]);
    for k in 0..n {
        let e = ends[k];
        let rest = &w[e..];
        let cands = [
            (e > 0).then_some(rest),
            after(rest, article),
            // The article without its first letter, after a proclitic that elides it.
            if elide[k] { article.char_indices().nth(1).and_then(|(i, _)| after(rest, &article[i..])) } else { None },
        ];
        for cand in cands.into_iter().flatten() {
            if plain {
                if cand.chars().nth(1).is_none() {
                    continue;
                }
                if let Some(id) = idx.lookup(cand) {
                    return Some((e, id));
                }
                continue;
            }
            if cand.chars().filter(|c| !is_arabic_mark(*c)).nth(1).is_none() {
                continue;
            }
            fold_into(cand, buf);
            if let Some(id) = idx.lookup(buf) {
                return Some((e, id));
            }
        }
    }
    None
}

/// `بمئات`, `وعشرات`, `المليارات`: the word token `t` at `i`, which the index
/// does not know whole, read without its clitics ([`Keys::clitics_at`]); a
/// stripped proclitic becomes a token of its own (pushed to `out`) so a
/// figure's text starts after it. Out of line: few words need it.
#[inline(never)]
fn split_clitics(w: &str, i: usize, plain: bool, idx: &impl Keys, buf: &mut String, t: &mut Token, out: &mut Vec<Token>) {
    let Some(c) = w.chars().next() else { return };
    let Some(grammar) = idx.clitics_at(c) else { return };
    if let Some((p, id)) = strip(w, grammar, plain, idx, buf) {
        if p > 0 {
            let mut pt = *t;
            pt.end = (i + p) as u32;
            fold_into(&w[..p], buf);
            pt.lex = idx.lookup(buf).unwrap_or(NONE);
            out.push(pt);
            t.start = (i + p) as u32;
            t.space_before = false;
            t.nl_before = false;
            t.ch = w[p..].chars().next().unwrap_or(c);
        }
        t.lex = id;
    }
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A run of letters (or a CJK segment). `lex` holds its lexicon id.
    Word,
    /// A written number: digits with separators, read into `value`.
    Number,
    /// A run of digits and separators that is not one number (`1.1.1.1`, `12.07.2023`).
    Code,
    /// A currency, percent or degree sign (`$ € £ ¥ ₹ % ٪ ° ℃`).
    Sym,
    /// Any other single character.
    Punct,
}

/// One token. Offsets are bytes into the chunk's text.
#[derive(Debug, Clone, Copy)]
pub struct Token {
    pub start: u32,
    pub end: u32,
    pub kind: Kind,
    /// White space between the previous token and this one.
    pub space_before: bool,
    /// A line break between the previous token and this one.
    pub nl_before: bool,
    /// Lexicon id of the word (lower-cased), or `NONE`.
    pub lex: u32,
    /// Lexicon id of the word as written (case-sensitive abbreviations), or `NONE`.
    pub cased: u32,
    /// Numbers: the value; words: unused.
    pub value: f64,
    /// Numbers: digits after the decimal separator.
    pub decimals: u8,
    /// Numbers: digits in all, and whether separators grouped them.
    pub digits: u8,
    pub grouped: bool,
    /// Numbers: a lone separator before three last digits read as grouping
    /// though it is the language's decimal mark ([`NumStyle::lone_groups`]):
    /// before a magnitude word the reader takes the decimal (`value / 1000`).
    pub lone_group: bool,
    /// Words: starts with an upper-case letter; has an upper-case letter after the first.
    pub cap: bool,
    pub inner_cap: bool,
    /// Words: written in Latin script.
    pub latin: bool,
    /// Words: the first char (for quick punctuation tests on `Punct`/`Sym`).
    pub ch: char,
}

pub const NONE: u32 = u32::MAX;

impl Token {
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        &src[self.start as usize..self.end as usize]
    }
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
}

/// Number conventions for the tokenizer.
#[derive(Debug, Clone, Copy)]
pub struct NumStyle {
    pub decimal: Decimal,
    pub space_groups: bool,
    /// A lone `.` or `,` before three last digits groups, whichever the
    /// decimal mark ([`crate::lang::Lexicon::lone_groups`]).
    pub lone_groups: bool,
    /// Whether a short word before an apostrophe is an elided article glued
    /// to the next word (`d'`, `l'`, `dell'`). Off where the apostrophe
    /// instead opens a case suffix (Turkish `TL'lik`, `Musk'ın`).
    pub elision: bool,
}

/// How a language writes the decimal point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decimal {
    /// `1.5` is one and a half; `1,500` is fifteen hundred (en, zh, ja, ko, hi, ar).
    Point,
    /// `1,5` is one and a half; `1.500` is fifteen hundred (pt, es, fr, de, it, ru, …).
    Comma,
}

/// The keys the tokenizer looks words up in, and their ids: the lexicon
/// index (`lexindex::Index`), given by the layer above, so that this layer
/// knows no lexicon.
pub trait Keys {
    /// The id of a folded key.
    fn lookup(&self, key: &str) -> Option<u32>;
    /// [`Keys::lookup`] of a key's UTF-8 bytes.
    fn lookup_bytes(&self, key: &[u8]) -> Option<u32>;
    /// A CJK run (its UTF-8 bytes) at its start: the key's id, if it is one,
    /// and whether a longer key starts with it.
    fn lookup_cjk(&self, key: &[u8]) -> Option<(u32, bool)>;
    /// Whether some CJK key starts with `c` (false: `lookup_cjk` of any run from `c` is `None`).
    fn cjk_may_start(&self, c: char) -> bool;
    /// The id of a case-sensitive key.
    fn lookup_cased(&self, key: &str) -> Option<u32>;
    /// The clitics of a language that a word starting with `c` may carry
    /// ([`Clitics::may_start`]); `None` for most words.
    fn clitics_at(&self, c: char) -> Option<&Clitics>;
    /// The least and the greatest char [`Keys::clitics_at`] may answer for
    /// (`('\u{1}', '\0')`: none).
    fn clitic_range(&self) -> (char, char);
    /// Every lexicon's contractions ([`crate::lang::Lexicon::contractions`]
    /// is the layer above): endings after an apostrophe that make the word
    /// before it no elision.
    fn contractions(&self) -> &[&'static str];
}

/// Splits `src` into tokens, appending to `out` (cleared first), each word
/// with its id in `keys`. Linear in `src`.
pub fn tokenize(src: &str, style: NumStyle, keys: &impl Keys, out: &mut Vec<Token>) {
    out.clear();
    // Texts have a token per 3 to 6 bytes: grow the buffer once, not step by
    // step, and as a new one (growing copies the old contents, unused here).
    let want = src.len() / 3 + 16;
    if out.capacity() < want {
        *out = Vec::with_capacity(want);
    }
    let idx = keys;
    let (clitic_lo, clitic_hi) = idx.clitic_range();
    let bytes = src.as_bytes();
    let mut buf = String::new();
    let mut i = 0usize;
    let mut space = false;
    let mut nl = false;
    while i < bytes.len() {
        let b = bytes[i];
        // ASCII fast paths.
        if b == b' ' || b == b'\t' || b == b'\r' {
            space = true;
            i += 1;
            continue;
        }
        if b == b'\n' {
            space = true;
            nl = true;
            i += 1;
            continue;
        }
        let (c, clen) = if b < 0x80 { (b as char, 1) } else { decode_at(src, i) };
        // CJK first: most chars of a CJK text (no space, digit or other class is CJK).
        let cjk = b >= 0x80 && is_cjk(c);
        // Then letters (no space or digit is a word char).
        let cf = if b >= 0x80 && !cjk { class(c) } else { 0 };
        if b >= 0x80 && !cjk && cf & CW == 0 && is_space(c) {
            space = true;
            if matches!(c, '\u{2028}' | '\u{2029}' | '\u{85}') {
                nl = true;
            }
            i += clen;
            continue;
        }
        let mut t = Token {
            start: i as u32,
            end: (i + clen) as u32,
            kind: Kind::Punct,
            space_before: space,
            nl_before: nl,
            lex: NONE,
            cased: NONE,
            value: 0.0,
            decimals: 0,
            digits: 0,
            grouped: false,
            lone_group: false,
            cap: false,
            inner_cap: false,
            latin: false,
            ch: c,
        };
        space = false;
        nl = false;
        if !cjk && if b < 0x80 { b.is_ascii_digit() } else { cf & CW == 0 && digit_value(c).is_some() } {
            i = read_number(src, i, style, &mut t);
            out.push(t);
            continue;
        }
        if cjk {
            // Longest lexicon match, else one character (at once when no key
            // starts with this character).
            let mut best_end = i + clen;
            let mut best_id = NONE;
            let mut j = i + clen;
            let mut more = idx.cjk_may_start(c);
            while more {
                let Some((id, longer)) = idx.lookup_cjk(&bytes[i..j]) else { break };
                if id != NONE {
                    best_end = j;
                    best_id = id;
                }
                if !longer || j >= bytes.len() {
                    break;
                }
                let (cj, cl) = decode_at(src, j);
                more = is_cjk(cj);
                j += cl;
            }
            t.kind = Kind::Word;
            t.end = best_end as u32;
            t.lex = best_id;
            out.push(t);
            i = best_end;
            continue;
        }
        if if b < 0x80 { b.is_ascii_alphabetic() } else { cf & CW != 0 } {
            let mut j = i + clen;
            let mut inner_cap = false;
            let mut latin = c.is_ascii() || ('\u{C0}'..='\u{24F}').contains(&c) || ('\u{1E00}'..='\u{1EFF}').contains(&c);
            let mut ascii = c.is_ascii();
            // What the chars of the word say, or-ed (`CF`: the word needs
            // folding before lookup) and and-ed (`CA`: plain Arabic letters).
            let mut any = cf;
            let mut all = cf;
            while j < bytes.len() {
                let bj = bytes[j];
                let l = ASCII_LETTER[bj as usize];
                if l != 0 {
                    inner_cap |= l & CU != 0;
                    all = 0;
                    j += 1;
                    continue;
                }
                let (cj, cl, f) = if bj < 0x80 {
                    (bj as char, 1, 0)
                } else {
                    let (cj, cl) = decode_at(src, j);
                    (cj, cl, class(cj))
                };
                if f & CW == 0 {
                    // Elision: d', l', qu', dell' glue to the next word's start.
                    // Not before a contraction of some lexicon (English `'s`,
                    // `'t`: `Meta's` is the name `Meta`, then `'s`); French
                    // `l'a`, `jusqu'à` do glue.
                    // `jusqu'`, `lorsqu'`, `puisqu'` are longer elided words.
                    if (cj == '\'' || cj == '\u{2019}') && (j - i <= 4 || (j - i <= 7 && src[i..j].ends_with("qu"))) && style.elision {
                        let after = j + cj.len_utf8();
                        let rest = &src[after..];
                        let lone = idx
                            .contractions()
                            .iter()
                            .any(|e| rest.strip_prefix(e).is_some_and(|r| !r.chars().next().is_some_and(is_word_char)));
                        if !lone && src[after..].chars().next().is_some_and(is_word_char) {
                            ascii &= cj.is_ascii();
                            if cj != '\'' {
                                any |= CF;
                            }
                            all = 0;
                            j = after;
                            break;
                        }
                    }
                    break;
                }
                ascii = false;
                if f & CU != 0 {
                    inner_cap = true;
                }
                if f & CL == 0 {
                    latin = false;
                }
                any |= f;
                all &= f;
                j += cl;
            }
            t.kind = Kind::Word;
            t.end = j as u32;
            t.cap = if b < 0x80 { b.is_ascii_uppercase() } else { cf & CU != 0 };
            t.inner_cap = inner_cap;
            t.latin = latin;
            let w = &src[i..j];
            // Lower-case ASCII words are looked up as they stand, without a copy.
            t.lex = if !t.cap && !inner_cap && (ascii || any & CF == 0) {
                idx.lookup(w).unwrap_or(NONE)
            } else if ascii && w.len() <= 32 {
                // An ASCII word folds by case alone: lower-cased on the stack.
                // Its bytes are letters and maybe an elision's `'`, which has
                // bit 5 set already: setting it lower-cases all of them.
                let mut low = [0u8; 32];
                for (l, &b) in low.iter_mut().zip(w.as_bytes()) {
                    debug_assert!(b.is_ascii_alphabetic() || b == b'\'', "{w:?}");
                    *l = b | 0x20;
                }
                idx.lookup_bytes(&low[..w.len()]).unwrap_or(NONE)
            } else {
                fold_into(w, &mut buf);
                idx.lookup(&buf).unwrap_or(NONE)
            };
            if t.lex == NONE && (clitic_lo..=clitic_hi).contains(&c) {
                split_clitics(w, i, all & CA != 0, idx, &mut buf, &mut t, out);
            }
            // Case-sensitive abbreviations: any capitalised word, and short
            // lower-case ones (`k`, `kg`, `ml`: `25k`, as opposed to `25K`).
            if t.cap || inner_cap || j - i <= 3 {
                t.cased = idx.lookup_cased(w).unwrap_or(NONE);
            }
            out.push(t);
            i = j;
            continue;
        }
        if matches!(
            c,
            '$' | '€'
                | '£'
                | '¥'
                | '₹'
                | '₩'
                | '₽'
                | '₺'
                | '₫'
                | '₴'
                | '₱'
                | '₦'
                | '¢'
                | '%'
                | '٪'
                | '％'
                | '‰'
                | '￥'
                | '＄'
                | '°'
                | '℃'
                | '℉'
        ) {
            t.kind = Kind::Sym;
            t.lex = idx.lookup(&src[i..i + clen]).unwrap_or(NONE);
        }
        out.push(t);
        i += clen;
    }
}

/// Reads digits with their separators from `start`; fills the number fields of
/// `t` and returns the index after the number.
fn read_number(src: &str, start: usize, style: NumStyle, t: &mut Token) -> usize {
    // Collect groups of digits and the separators between them.
    let bytes = src.as_bytes();
    let mut groups: [u32; 12] = [0; 12]; // digit count per group
    let mut seps: [char; 12] = ['\0'; 12];
    let mut ng = 0usize;
    let mut i = start;
    let mut cur_len = 0u32;
    let mut end = start;
    // Digits collected as a string of ASCII digits for exact parsing.
    let mut digs: [u8; 40] = [0; 40];
    let mut nd = 0usize;
    let mut overflow = false;
    while i < bytes.len() {
        let (c, cl) = decode_at(src, i);
        if let Some(d) = digit_value(c) {
            if nd < digs.len() {
                digs[nd] = d as u8;
                nd += 1;
            } else {
                overflow = true;
            }
            cur_len += 1;
            i += cl;
            end = i;
            continue;
        }
        // A separator counts only between digits.
        let is_sep = matches!(c, '.' | ',' | '\u{066B}' | '\u{066C}' | '\'' | '\u{FF0C}' | '\u{FF0E}')
            || (is_nb_space(c) || (c == ' ' && style.space_groups));
        if !is_sep || ng + 1 >= groups.len() {
            break;
        }
        let after = i + cl;
        let next = (after < bytes.len()).then(|| decode_at(src, after).0);
        if next.is_none_or(|n| digit_value(n).is_none()) {
            break;
        }
        if c == ' ' || is_nb_space(c) {
            // A space groups only a run of exactly three digits after a group
            // of 1-3, or after a longer first group when those three digits
            // end the number (`8200 000`: a slipped digit, see `long_lead`).
            let rest = &src[after..];
            let run = rest.chars().take_while(|x| digit_value(*x).is_some()).count();
            let more = || {
                let mut r = rest.chars().skip(run);
                r.next().is_some_and(|x| x == ' ' || is_nb_space(x)) && r.next().is_some_and(|x| digit_value(x).is_some())
            };
            if run != 3 || (cur_len > 3 && (ng > 0 || !long_lead(&digs[..nd], nd) || more())) {
                break;
            }
        }
        groups[ng] = cur_len;
        seps[ng] = c;
        ng += 1;
        cur_len = 0;
        i = after;
    }
    groups[ng] = cur_len;
    let ngroups = ng + 1;
    t.end = end as u32;
    t.digits = nd.min(255) as u8;
    t.kind = Kind::Number;
    // Decide which separator (if any) is the decimal point.
    let seps = &seps[..ng];
    let groups = &groups[..ngroups];
    let decimal_at: Option<usize>; // index of the separator that is decimal
    let norm = |c: char| match c {
        '\u{FF0C}' => ',',
        '\u{FF0E}' => '.',
        c => c,
    };
    if seps.is_empty() {
        decimal_at = None;
    } else {
        let last = norm(seps[ng - 1]);
        let all_same = seps.iter().all(|&s| norm(s) == last);
        if last == '\u{066B}' {
            decimal_at = Some(ng - 1);
        } else if last == '\u{066C}' || last == ' ' || is_nb_space(last) || last == '\'' {
            decimal_at = None;
        } else if all_same && ng >= 2 {
            // 1.234.567 or 1,00,000 (Indian) — a repeated separator groups.
            decimal_at = None;
        } else if !all_same {
            decimal_at = Some(ng - 1);
        } else {
            // One '.' or ','.
            let after_len = groups[1];
            if after_len != 3 || groups[0] == 0 || (groups[0] == 1 && digs[0] == 0) {
                decimal_at = Some(0);
            } else {
                let is_point = last == '.';
                decimal_at = match (style.decimal, is_point) {
                    // The decimal mark; or grouping where a lone one before
                    // three digits groups (`150.000` in ar, `1,127` in id).
                    (Decimal::Point, true) | (Decimal::Comma, false)
                        if style.lone_groups && (groups[0] <= 3 || long_lead(&digs[..nd], groups[0] as usize)) =>
                    {
                        t.lone_group = true;
                        None
                    }
                    (Decimal::Point, true) | (Decimal::Comma, false) => Some(0),
                    _ => None,
                };
            }
        }
        // Validate grouping: the groups after grouping separators have 3 digits
        // (western), or 2 then a last 3 (Indian lakh/crore: 1,00,000).
        let ge = decimal_at.unwrap_or(ng);
        let western = groups[1..=ge].iter().all(|&g| g == 3);
        let indian = ge >= 2 && norm(seps[0]) == ',' && groups[ge] == 3 && groups[1..ge].iter().all(|&g| g == 2);
        // A first group of four digits or more before groups of three is a
        // digit slipped into a grouped number (`8200.000` for `820.000`):
        // read whole, so that it differs from the figure it copies.
        let long = western && seps[..ge].iter().all(|&s| matches!(s, '.' | ',' | ' ' | '\u{066C}') || is_nb_space(s));
        let valid =
            groups[0] >= 1 && (ge == 0 || groups[0] <= 3 || (long && long_lead(&digs[..nd], groups[0] as usize))) && (western || indian);
        let valid = valid && !(decimal_at.is_some() && groups[ngroups - 1] == 0);
        if !valid {
            t.kind = Kind::Code;
            return end;
        }
    }
    t.grouped = !seps.is_empty() && decimal_at != Some(0);
    // Value from the digit string.
    let int_digits: usize = match decimal_at {
        Some(k) => groups[..=k].iter().map(|&g| g as usize).sum(),
        None => nd,
    };
    // All digits as one integer, then one division: `1,7` is exactly 17 / 10.
    let mut mant = 0f64;
    for &d in &digs[..nd] {
        mant = mant * 10.0 + d as f64;
    }
    let frac = nd - int_digits.min(nd);
    let v = if frac == 0 { mant } else { mant / pow10(frac as u32) };
    if overflow {
        t.kind = Kind::Code;
    }
    t.decimals = (nd - int_digits.min(nd)).min(255) as u8;
    t.value = v;
    end
}

/// Whether the digits of a number with a first group of four digits or more
/// (`8200` in `8200.000`) may be one number grouped after it: no leading zero
/// (codes, phone numbers) and no year first (`en 2019 500 personnes`).
fn long_lead(digs: &[u8], lead: usize) -> bool {
    let year = lead == 4 && (1900..2100).contains(&digs.iter().take(4).fold(0u32, |v, &d| v * 10 + d as u32));
    digs.first().is_some_and(|&d| d != 0) && !year
}

/// `10f64.powi(n)`, from a table up to 10^22 (exact in `f64`, as are the
/// products `powi` multiplies there: the same value, without its call).
#[inline]
pub(crate) fn pow10(n: u32) -> f64 {
    const P: [f64; 23] =
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
    match P.get(n as usize) {
        Some(&p) => p,
        None => 10f64.powi(n as i32),
    }
}

/// Whether a char ends a sentence.
#[inline]
pub fn is_sentence_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '。' | '！' | '？' | '؟' | '।' | '\n' | ';' | '；' | '|' | '·' | '•')
}

/// The length in UTF-16 code units of UTF-8 `bytes` cut at char boundaries:
/// one unit per char (each starts with a byte that is not `10xxxxxx`), two
/// for chars of four bytes (lead byte `11110xxx`). Eight bytes at a time.
pub fn utf16_len(bytes: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    let (mut continuation, mut four) = (0usize, 0usize);
    for c in &mut chunks {
        let x = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        // Bit 7 of each byte: set for `10xxxxxx` (bit 7 set, bit 6 clear), and
        // for `1111xxxx` (bits 7 to 4 set). Shifts left move a byte's lower
        // bits into its own bit 7; what crosses into the next byte lands in
        // bits 0 to 2, which the mask drops.
        continuation += (x & !(x << 1) & HIGH).count_ones() as usize;
        four += (x & (x << 1) & (x << 2) & (x << 3) & HIGH).count_ones() as usize;
    }
    for &b in chunks.remainder() {
        continuation += usize::from(b & 0xC0 == 0x80);
        four += usize::from(b >= 0xF0);
    }
    bytes.len() - continuation + four
}

/// `a == b`, eight bytes at a time, and at once for the same bytes in
/// memory. `==` on `str` calls `memcmp`, which wasm32's runtime library
/// compares a byte at a time: the wasm binding's string table compares a few
/// strings a claim (a claim's unit, measure and language are mostly the
/// lexicon's own strings), 4% of the wasm's instructions on a figure-dense
/// English text before this.
pub fn same_bytes(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    if std::ptr::eq(a.as_ptr(), b.as_ptr()) {
        return true;
    }
    let (mut x, mut y) = (a.chunks_exact(8), b.chunks_exact(8));
    let word = |c: &[u8]| u64::from_le_bytes(c.try_into().unwrap_or_default());
    if !x.by_ref().zip(y.by_ref()).all(|(p, q)| word(p) == word(q)) {
        return false;
    }
    x.remainder().iter().zip(y.remainder()).all(|(p, q)| p == q)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    /// The first token of `s` read in `lang`: its kind, value and decimals.
    fn first_number(lang: Lang, s: &str) -> (Kind, f64, u8) {
        let mut toks = Vec::new();
        tokenize(s, lang.num_style(), crate::lexindex::index(), &mut toks);
        let t = toks[0];
        (t.kind, t.value, t.decimals)
    }

    #[test]
    fn lone_separators_before_three_digits_group_where_translators_do() {
        use Kind::Number;
        for (lang, s, want) in [
            // Arabic: `.` before three last digits groups; other decimals stay.
            (Lang::Ar, "42.000 طالب", (Number, 42000.0, 0)),
            (Lang::Ar, "7,500 عامل", (Number, 7500.0, 0)),
            (Lang::Ar, "3.75 مليون", (Number, 3.75, 2)),
            (Lang::Ar, "0.125 ملم", (Number, 0.125, 3)),
            (Lang::Ar, "2019.125 متر", (Number, 2019.125, 3)),
            (Lang::Ar, "٣٫٢٥٠ مليار", (Number, 3.25, 3)),
            // English keeps its decimal point before three digits.
            (Lang::En, "1.125 billion", (Number, 1.125, 3)),
            // Indonesian and Vietnamese: the English `,` kept before three digits.
            (Lang::Id, "2,480 warga", (Number, 2480.0, 0)),
            (Lang::Id, "2,5 juta", (Number, 2.5, 1)),
            (Lang::Id, "2,48 persen", (Number, 2.48, 2)),
            (Lang::Id, "12.300 orang", (Number, 12300.0, 0)),
            (Lang::Vi, "45,000 người", (Number, 45000.0, 0)),
            (Lang::Vi, "3,2 %", (Number, 3.2, 1)),
            // Elsewhere the decimal mark stays the decimal.
            (Lang::Pt, "1,500 milhão", (Number, 1.5, 3)),
            (Lang::De, "3,250 Meter", (Number, 3.25, 3)),
        ] {
            assert_eq!(first_number(lang, s), want, "{lang:?} {s:?}");
        }
        // Years, codes and phone numbers are no grouped numbers.
        assert_eq!(first_number(Lang::Id, "2019 silam"), (Number, 2019.0, 0));
        assert_eq!(first_number(Lang::Ar, "0.500 ثانية").1, 0.5);
    }

    #[test]
    fn a_long_first_group_before_groups_of_three_is_one_number() {
        use Kind::{Code, Number};
        for (lang, s, want) in [
            // A digit slipped into the first group: read whole.
            (Lang::De, "6400.000 Menschen", (Number, 6400000.0, 0)),
            (Lang::Fr, "6400 000 personnes", (Number, 6400000.0, 0)),
            (Lang::Fr, "6400\u{a0}000 personnes", (Number, 6400000.0, 0)),
            (Lang::Hi, "3700,000 लोग", (Number, 3700000.0, 0)),
            (Lang::Zh, "5000,000人", (Number, 5000000.0, 0)),
            (Lang::En, "3700,000 people", (Number, 3700000.0, 0)),
            (Lang::Id, "6400.000 orang", (Number, 6400000.0, 0)),
            (Lang::Id, "6400,000 orang", (Number, 6400000.0, 0)),
            (Lang::Ar, "6400.000 شخص", (Number, 6400000.0, 0)),
            (Lang::De, "6400.000.000 Euro", (Number, 6400000000.0, 0)),
            // The decimal mark stays a decimal.
            (Lang::De, "6400,125 Meter", (Number, 6400.125, 3)),
            (Lang::En, "6400.125 metres", (Number, 6400.125, 3)),
            // A leading zero or a year first is no number grouped so.
            (Lang::De, "0800.000", (Code, 0.0, 0)),
            (Lang::De, "2019.000", (Code, 0.0, 0)),
            (Lang::Fr, "2019 500 personnes", (Number, 2019.0, 0)),
            (Lang::Fr, "0800 123 456", (Number, 800.0, 0)),
            (Lang::Fr, "1800 123 456", (Number, 1800.0, 0)),
            // Groups after a group of one to three are unchanged.
            (Lang::Fr, "820 000 personnes", (Number, 820000.0, 0)),
            (Lang::Hi, "12,50,000 रुपये", (Number, 1250000.0, 0)),
        ] {
            let got = first_number(lang, s);
            let got = if got.0 == Code { (Code, 0.0, 0) } else { got };
            assert_eq!(got, want, "{lang:?} {s:?}");
        }
    }

    #[test]
    fn pow10_is_powi() {
        for n in 0..=400u32 {
            assert_eq!(pow10(n).to_bits(), 10f64.powi(n as i32).to_bits(), "10^{n}");
            assert_eq!((1.0 / pow10(n)).to_bits(), 10f64.powi(-(n as i32)).to_bits(), "10^-{n}");
        }
    }

    #[test]
    fn fast_paths_agree_with_unicode_tables() {
        for b in 0..=255u8 {
            let want = if b.is_ascii_alphabetic() { class(b as char) } else { 0 };
            assert_eq!(ASCII_LETTER[b as usize], want, "ASCII_LETTER[{b}]");
        }
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), word_char_by_tables(c), "is_word_char({c:?} U+{:04X})", c as u32);
            assert_eq!(is_upper(c), c.is_uppercase(), "is_upper({c:?} U+{:04X})", c as u32);
            assert_eq!(class(c), class_by_parts(c), "class({c:?} U+{:04X})", c as u32);
            assert_eq!(is_cjk(c), is_cjk_by_ranges(c), "is_cjk({c:?} U+{:04X})", c as u32);
            let mut b = [0u8; 4];
            assert_eq!(decode_at(c.encode_utf8(&mut b), 0), (c, c.len_utf8()));
            if let Some(l) = fold_fast(c) {
                let mut slow = String::new();
                fold_slow(c, &mut slow);
                assert_eq!(slow, l.to_string(), "fold_fast({c:?} U+{:04X})", c as u32);
            }
            let mut fast = String::new();
            fold_into(c.encode_utf8(&mut [0; 4]), &mut fast);
            if let Some(f) = fold_first(&format!("{c}a")) {
                assert!(fold(&format!("{c}a")).starts_with(f), "fold_first({c:?} U+{:04X})", c as u32);
            }
            let lower: String = c.to_lowercase().collect();
            // fold_into's own foldings (apostrophes, Arabic marks, nukta letters, İ) aside.
            if !folds_specially(c) && c != 'İ' {
                assert_eq!(fast, lower, "fold of {c:?} U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn utf16_len_counts_units_of_every_char_at_every_alignment() {
        // Every char once, then sub-slices of a mixed text at each start and length.
        let all: String = (0..=0x10FFFFu32).filter_map(char::from_u32).collect();
        assert_eq!(utf16_len(all.as_bytes()), all.encode_utf16().count());
        let mixed = "a€😀bé中\u{10FFFF}x\u{7FF}\u{800}\u{FFFF}\u{10000}zz, 1 234,5 млрд دولار";
        let cuts: Vec<usize> = (0..=mixed.len()).filter(|&i| mixed.is_char_boundary(i)).collect();
        for &a in &cuts {
            for &b in cuts.iter().filter(|&&b| b >= a) {
                assert_eq!(utf16_len(&mixed.as_bytes()[a..b]), mixed[a..b].encode_utf16().count(), "{:?}", &mixed[a..b]);
            }
        }
        // By hand: 'a' 1, '€' 1 (3 bytes), '😀' 2 (4 bytes).
        assert_eq!(utf16_len("a€😀".as_bytes()), 4);
    }

    #[test]
    fn same_bytes_is_eq_at_every_length_and_difference() {
        // Every length up to 40 (five words and each remainder), equal, then
        // with one byte changed at each place; and the same bytes in memory.
        let base: String = "abcdefghijklmnopqrstuvwxyz0123456789€é".to_string();
        let b = base.as_bytes();
        for n in 0..=40 {
            let a = String::from_utf8_lossy(&b[..n]).into_owned();
            let c = a.clone();
            assert!(same_bytes(&a, &c), "{a:?}");
            assert!(same_bytes(&a, &a));
            for k in 0..a.len() {
                let mut d = a.clone().into_bytes();
                d[k] ^= 0x01;
                let Ok(d) = String::from_utf8(d) else { continue };
                assert!(!same_bytes(&a, &d), "{a:?} against {d:?}");
            }
            assert!(!same_bytes(&a, &format!("{a}x")));
        }
        // By hand: equal words of other lengths differ; the same words in two places do not.
        assert!(!same_bytes("milliards", "milliard"));
        let owned = String::from("trilhões");
        assert!(same_bytes(&owned, "trilhões"));
        assert!(!same_bytes("dezenas de milhares", "dezenas de milhões "));
    }
}
