//! One index over every language's lexicon, built once: word → senses per language.

use crate::lang::{Lang, Lexicon, Sense, LANGUAGES};
use crate::text::Clitics;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// FxHash: a fast non-cryptographic hasher for short keys (the index is static).
#[derive(Default, Clone, Copy)]
pub struct Fx(u64);
impl Hasher for Fx {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            h = (h.rotate_left(5) ^ v).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
        for &b in chunks.remainder() {
            h = (h.rotate_left(5) ^ b as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
        self.0 = h;
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}
pub type FxBuild = BuildHasherDefault<Fx>;

/// The senses of one key.
#[derive(Debug, Default)]
pub struct Senses {
    /// (language, sense), grouped by language (most keys have one or two).
    pub by_lang: smallvec::SmallVec<[(Lang, Sense); 2]>,
    /// The sense every language that has this key agrees on, when it is a
    /// unit, currency, magnitude or vague word: read whatever the language.
    pub universal: Option<Sense>,
    /// The languages of `by_lang`, one bit each.
    pub langs: u32,
}

impl Senses {
    /// The senses of this key in `lang`, or its universal sense; `lang` is a
    /// language of its own lexicon ([`base`]: not `pt-PT`).
    #[inline]
    pub fn of(&self, lang: Lang) -> SensesOf<'_> {
        let own = self.langs & (1 << lang as u32) != 0;
        let (list, uni): (&[(Lang, Sense)], _) = if own { (&self.by_lang, None) } else { (&[], self.universal) };
        SensesOf { list, lang, uni }
    }

    /// The first sense of `of(lang)` that `f` accepts (without its iterator).
    #[inline(always)]
    pub fn find(&self, lang: Lang, f: impl Fn(Sense) -> bool) -> Option<Sense> {
        if self.langs & (1 << lang as u32) != 0 {
            self.by_lang.iter().find(|(l, w)| *l == lang && f(*w)).map(|(_, w)| *w)
        } else {
            self.universal.filter(|w| f(*w))
        }
    }
}

/// [`Senses::of`]: the senses of the language in the list, then the universal one.
pub struct SensesOf<'a> {
    list: &'a [(Lang, Sense)],
    lang: Lang,
    uni: Option<Sense>,
}

impl Iterator for SensesOf<'_> {
    type Item = Sense;
    #[inline]
    fn next(&mut self) -> Option<Sense> {
        while let Some((&(l, w), rest)) = self.list.split_first() {
            self.list = rest;
            if l == self.lang {
                return Some(w);
            }
        }
        self.uni.take()
    }
}

/// A read-only map from string keys, for the lookups of every word of a text
/// (most of which are no key): open addressing with linear probing, at most
/// half full, and a hash that reads a short key in one or two loads. A key of
/// up to 8 bytes is held whole in its slot as the word [`short_word`] packs
/// it (length and word give back its bytes), so it is matched without a
/// comparison of bytes; a longer one by its hash, then its bytes.
pub struct KeyMap<V> {
    slots: Box<[Slot<V>]>,
    /// `slots.len() - 1` (a power of two less one).
    mask: usize,
    /// 64 less the bits of `mask`: the top bits of a hash pick the first slot.
    shift: u32,
    /// The bytes of the keys longer than 8 bytes, one after the other.
    arena: Vec<u8>,
    /// The keys held.
    len: usize,
}

#[derive(Clone, Copy)]
struct Slot<V> {
    /// Keys up to 8 bytes: [`short_word`]; longer ones: [`long_hash`].
    word: u64,
    /// Key length; `EMPTY` for a free slot.
    len: u32,
    /// Longer keys: where their bytes start in `arena`.
    at: u32,
    val: V,
}

const EMPTY: u32 = u32::MAX;
const MUL: u64 = 0x9E37_79B9_7F4A_7C15;

/// The bytes of a key of at most 8 bytes, in one word: with the length, they
/// are given back (two overlapping loads of 4 bytes from 4 bytes on; first,
/// middle and last byte below).
#[inline(always)]
fn short_word(b: &[u8]) -> u64 {
    let n = b.len();
    debug_assert!(n <= 8);
    if n >= 4 {
        let lo = u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as u64;
        let hi = u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]) as u64;
        lo | (hi << 32)
    } else if n > 0 {
        (b[0] as u64) | ((b[n / 2] as u64) << 8) | ((b[n - 1] as u64) << 16)
    } else {
        0
    }
}

/// The 8 bytes of `b` from `i` (`i + 8 <= b.len()`), as one word.
#[inline(always)]
fn load8(b: &[u8], i: usize) -> u64 {
    u64::from_le_bytes(b[i..i + 8].try_into().unwrap_or_default())
}

/// The hash of a key longer than 8 bytes: its 8-byte words (the last one
/// overlapping the one before).
#[inline]
fn long_hash(b: &[u8]) -> u64 {
    let n = b.len();
    let mut h = n as u64;
    let mut i = 0;
    while i + 8 < n {
        h = (h ^ load8(b, i)).wrapping_mul(MUL).rotate_left(29);
        i += 8;
    }
    h ^ load8(b, n - 8)
}

impl<V: Copy + Default> KeyMap<V> {
    #[cfg(test)]
    fn new<'k>(entries: impl ExactSizeIterator<Item = (&'k str, V)>) -> KeyMap<V> {
        let mut map = KeyMap::with_room(entries.len());
        for (k, val) in entries {
            *map.entry(k, || val) = val;
        }
        map
    }

    /// An empty map with room for `keys` keys (at most half full).
    fn with_room(keys: usize) -> KeyMap<V> {
        let cap = (keys * 2).next_power_of_two().max(16);
        KeyMap {
            slots: vec![Slot { word: 0, len: EMPTY, at: 0, val: V::default() }; cap].into_boxed_slice(),
            mask: cap - 1,
            shift: 64 - cap.trailing_zeros(),
            arena: Vec::new(),
            len: 0,
        }
    }

    /// The value of `key`, added as `new()` when it is not held.
    fn entry(&mut self, key: &str, new: impl FnOnce() -> V) -> &mut V {
        let b = key.as_bytes();
        let n = b.len();
        let word = if n <= 8 { short_word(b) } else { long_hash(b) };
        let mut i = self.home(n, word);
        loop {
            let s = &self.slots[i];
            if s.len == EMPTY {
                break;
            }
            if s.word == word && s.len as usize == n && (n <= 8 || self.same(s.at as usize, b)) {
                return &mut self.slots[i].val;
            }
            i = (i + 1) & self.mask;
        }
        if 2 * (self.len + 1) > self.slots.len() {
            // Full: twice the room, and the key's free slot found again there.
            let old = std::mem::replace(self, KeyMap::with_room(0));
            let keys = old.len + 1;
            *self = old.resized(keys);
            i = self.home(n, word);
            while self.slots[i].len != EMPTY {
                i = (i + 1) & self.mask;
            }
        }
        let at = if n <= 8 {
            0
        } else {
            self.arena.extend_from_slice(b);
            (self.arena.len() - n) as u32
        };
        self.len += 1;
        self.slots[i] = Slot { word, len: n as u32, at, val: new() };
        &mut self.slots[i].val
    }

    /// The same keys in a map sized for them: a slot's word and length give
    /// its new place, no key is read or hashed again.
    fn fitted(self) -> KeyMap<V> {
        let keys = self.len;
        self.resized(keys)
    }

    /// The same keys in a map with room for `keys` keys.
    fn resized(self, keys: usize) -> KeyMap<V> {
        let mut map = KeyMap::with_room(keys);
        for s in self.slots.iter().filter(|s| s.len != EMPTY) {
            let mut i = map.home(s.len as usize, s.word);
            while map.slots[i].len != EMPTY {
                i = (i + 1) & map.mask;
            }
            map.slots[i] = *s;
        }
        map.len = self.len;
        map.arena = self.arena;
        map.arena.shrink_to_fit();
        map
    }
}

impl<V: Copy> KeyMap<V> {
    /// The first slot to probe for a key of length `n` and word `word`.
    #[inline(always)]
    fn home(&self, n: usize, word: u64) -> usize {
        ((word ^ n as u64).wrapping_mul(MUL) >> self.shift) as usize
    }

    #[inline(always)]
    pub fn get(&self, key: &str) -> Option<V> {
        self.get_bytes(key.as_bytes())
    }

    /// [`KeyMap::get`] of a key's UTF-8 bytes.
    #[inline(always)]
    pub fn get_bytes(&self, b: &[u8]) -> Option<V> {
        let n = b.len();
        if n > 8 {
            return self.get_long(b);
        }
        let word = short_word(b);
        let mut i = self.home(n, word);
        loop {
            let s = &self.slots[i];
            if s.word == word && s.len == n as u32 {
                return Some(s.val);
            }
            if s.len == EMPTY {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }

    #[inline(never)]
    fn get_long(&self, b: &[u8]) -> Option<V> {
        let n = b.len();
        let word = long_hash(b);
        let mut i = self.home(n, word);
        loop {
            let s = &self.slots[i];
            if s.len == EMPTY {
                return None;
            }
            if s.word == word && s.len as usize == n && self.same(s.at as usize, b) {
                return Some(s.val);
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Whether the arena holds `b` (longer than 8 bytes) at `at`: up to 16
    /// bytes, by the two words that cover them (most CJK and Cyrillic keys).
    #[inline(always)]
    fn same(&self, at: usize, b: &[u8]) -> bool {
        let n = b.len();
        let Some(k) = self.arena.get(at..at + n) else { return false };
        if n <= 16 {
            load8(k, 0) == load8(b, 0) && load8(k, n - 8) == load8(b, n - 8)
        } else {
            k == b
        }
    }
}

/// [`Index::info`] bits above the languages' (`Senses::langs`, one bit per [`Lang`]).
pub const INFO_UNIVERSAL: u32 = 1 << 24;
pub const INFO_MEASURE: u32 = 1 << 25;
pub const INFO_START: u32 = 1 << 26;
pub const INFO_ENTITY: u32 = 1 << 27;
pub const INFO_LONG: u32 = 1 << 28;

/// Word and phrase index of all languages.
pub struct Index {
    pub words: KeyMap<u32>,
    pub cased: KeyMap<u32>,
    pub senses: Vec<Senses>,
    /// By id: the most words a phrase starting with this word has (0 or 1: none).
    pub heads: Vec<u8>,
    /// By id: the languages ([`Senses::langs`] bits) that read some phrase
    /// starting with this word; every bit when one has a universal sense.
    pub head_langs: Vec<u32>,
    /// By id, in one word (`INFO_*` bits, the reader's most asked facts
    /// without a read of the senses): `langs`, and whether the key has a
    /// universal sense, is a measure, a figure start or an entity, and whether
    /// the word may start a longer item, a phrase (`heads` above 1) or a glued
    /// key (`glued`).
    pub info: Vec<u32>,
    /// By id: whether some key starts with this word glued to punctuation
    /// (`mrd.`, `тыс.`, `квт·ч`, `us-dollar`): the reader then tries the glued
    /// run of tokens as one key.
    pub glued: Vec<bool>,
    /// Keys made of CJK or Hangul characters and their proper prefixes: the
    /// key's id (`NONE` for a prefix only) and whether some longer key starts
    /// with it, so longest-match segmentation stops as soon as no key can go on.
    pub cjk: KeyMap<(u32, bool)>,
    /// Keys of two tokens or more (phrases, elided words: `chiffre d'affaires`)
    /// and their prefixes at token boundaries (after a space or an inner
    /// apostrophe), as the reader builds them token by token: the key's id
    /// (`NONE` for a prefix only) and whether some longer key goes on from
    /// it, so a phrase lookup stops at the first run of words no key goes on with.
    pub phrases: KeyMap<(u32, bool)>,
    /// The pairs (phrase head's id, first char of the phrase's second
    /// token), one bit each by [`Index::next_bit`] (others share bits): a
    /// word whose bit is clear after a head starts no phrase there.
    pub phrase_next: Box<[u64; 1024]>,
    /// By first byte of the case-sensitive keys: their byte lengths, one bit
    /// each (63 for 63 and longer).
    pub cased_shape: [u64; 256],
    /// The first chars (below U+10000) of the keys of `cjk`, one bit each.
    pub cjk_first: Box<[u64; 1024]>,
    /// The chars a proclitic or an article of some lexicon starts with
    /// ([`Lexicon::clitics`]), each with its grammar, sorted.
    pub clitic_starts: Vec<(char, &'static Clitics)>,
    /// The first and the last of `clitic_starts` (`(1, 0)`: none).
    pub clitic_range: (char, char),
    /// Every lexicon's [`Lexicon::contractions`].
    pub contractions: Vec<&'static str>,
}

impl Index {
    pub fn senses(&self, id: u32) -> &Senses {
        &self.senses[id as usize]
    }
    #[inline]
    pub fn lookup(&self, key: &str) -> Option<u32> {
        self.words.get(key)
    }
    /// [`Index::lookup`] of a key's UTF-8 bytes.
    #[inline]
    pub fn lookup_bytes(&self, key: &[u8]) -> Option<u32> {
        self.words.get_bytes(key)
    }
    /// A CJK run (its UTF-8 bytes) at its start: the key's id, if it is one, and whether a longer key starts with it.
    #[inline]
    pub fn lookup_cjk(&self, key: &[u8]) -> Option<(u32, bool)> {
        self.cjk.get_bytes(key)
    }
    /// Whether some key of `cjk` starts with `c` (false: `lookup_cjk` of any run from `c` is `None`).
    #[inline]
    pub fn cjk_may_start(&self, c: char) -> bool {
        let c = c as usize;
        c >= 0x10000 || self.cjk_first[c >> 6] & (1 << (c & 63)) != 0
    }
    /// The bit of [`Index::phrase_next`] of a head's id and a char.
    #[inline]
    fn next_bit(head: u32, c: char) -> usize {
        ((((head as u64) << 21 | c as u64).wrapping_mul(MUL)) >> 48) as usize
    }
    /// Whether some phrase headed by key `head` has a second token that
    /// starts with `c` (folded) (false: none has; true: some may).
    #[inline]
    pub fn may_follow(&self, head: u32, c: char) -> bool {
        let bit = Index::next_bit(head, c);
        self.phrase_next[bit >> 6] & (1 << (bit & 63)) != 0
    }
    pub fn lookup_cased(&self, key: &str) -> Option<u32> {
        let b = key.as_bytes();
        // Most words asked have no case-sensitive key of their first byte and length.
        if let Some(&first) = b.first() {
            if self.cased_shape[first as usize] & (1 << b.len().min(63)) == 0 {
                return None;
            }
        }
        self.cased.get(key)
    }
}

fn universal_kind(w: &Sense) -> bool {
    matches!(
        w,
        Sense::Mag(_)
            | Sense::MagPl(_)
            | Sense::Cur(_)
            | Sense::Unit(..)
            | Sense::Pct
            | Sense::Vague(..)
            | Sense::Thing(_)
            | Sense::Entity(_)
            | Sense::Clock
    )
}

/// Adds `w` as `key`'s sense in `lang`; the key's id, and whether the key is new.
fn insert(map: &mut KeyMap<u32>, senses: &mut Vec<Senses>, key: &str, lang: Lang, w: Sense) -> (u32, bool) {
    let before = senses.len();
    let id = *map.entry(key, || {
        senses.push(Senses::default());
        before as u32
    });
    let s = &mut senses[id as usize];
    if !s.by_lang.iter().any(|(l, x)| *l == lang && *x == w) {
        s.by_lang.push((lang, w));
        s.langs |= 1 << lang as u32;
    }
    (id, senses.len() > before)
}

/// A key that is a word of its own: its id, a new sense-less one if it was no key.
fn word_id(map: &mut KeyMap<u32>, senses: &mut Vec<Senses>, key: &str) -> (u32, bool) {
    let before = senses.len();
    let id = *map.entry(key, || {
        senses.push(Senses::default());
        before as u32
    });
    (id, senses.len() > before)
}

/// The leading word of a one-word key that goes on with punctuation glued to
/// it (`mrd` of `mrd.`, `квт` of `квт·ч`); `None` for plain words and phrases.
fn glue_head(key: &str) -> Option<&str> {
    if key.as_bytes().contains(&b' ') {
        return None;
    }
    let cut = key.find(|c: char| !crate::text::is_word_char(c))?;
    // A degree sign is a token of its own, the head of `°c`, `°f`.
    if cut == 0 && key.len() > '°'.len_utf8() && key.starts_with('°') {
        return Some(&key[..'°'.len_utf8()]);
    }
    (cut > 0 && key[..cut].chars().all(|c| !crate::text::is_cjk(c))).then(|| &key[..cut])
}

fn is_cjk_key(k: &str) -> bool {
    k.chars().all(crate::text::is_cjk)
}

/// The first token of a key and how many tokens the tokenizer makes of it:
/// words split at spaces, and after an elision's apostrophe (`d'affaires` is
/// `d'` + `affaires`, `jusqu'à` is `jusqu'` + `à`).
fn key_tokens(key: &str) -> (&str, usize) {
    if !key.bytes().any(|b| b == b' ' || b == b'\'') {
        return (key, 1);
    }
    let mut n = 0;
    let mut head = key;
    for (w, part) in key.split(' ').enumerate() {
        let inner = part.char_indices().filter(|&(i, c)| c == '\'' && i + 1 < part.len()).count();
        if w == 0 {
            head = match part.find('\'') {
                Some(i) if i + 1 < part.len() => &part[..=i],
                _ => part,
            };
        }
        n += 1 + inner;
    }
    (head, n)
}

/// Where the proper prefixes of a key end at a token boundary: before each
/// space, and after each apostrophe with more of the key behind it (the
/// boundaries [`key_tokens`] counts; the first one ends the head).
fn phrase_prefix_ends(key: &str) -> impl Iterator<Item = usize> + '_ {
    key.char_indices().filter_map(move |(i, c)| match c {
        ' ' => Some(i),
        '\'' if i + 1 < key.len() => Some(i + 1),
        _ => None,
    })
}

type Range = std::ops::Range<usize>;

/// The index under construction: [`build`]'s loops call one of its methods
/// per key. They are not inlined into `build` on purpose: a browser's wasm
/// engine compiles a function again with its optimizing compiler once it
/// has run long enough, and `build`, run once, would be such a function (its
/// optimizing compile was the largest of a fresh engine's, 95-156 ms of
/// background CPU under Node, while the page's first check ran); as a loop
/// of calls it never runs long enough, and the small methods cost little
/// to compile.
struct Builder {
    words: KeyMap<u32>,
    cased: KeyMap<u32>,
    senses: Vec<Senses>,
    /// The words and heads noted on the way, in one buffer (no allocation per key).
    notes: String,
    /// (head in `notes`, tokens, id of the phrase)
    head_len: Vec<(Range, u8, u32)>,
    glue_heads: Vec<Range>,
    /// Keys made of CJK characters (in `notes`) and their ids.
    cjk_keys: Vec<(Range, u32)>,
    /// Keys of two tokens or more (in `notes`) and their ids.
    phrase_keys: Vec<(Range, u32)>,
    cased_shape: [u64; 256],
    is_cased_ids: Vec<u32>,
}

impl Builder {
    fn note(&mut self, s: &str) -> Range {
        self.notes.push_str(s);
        self.notes.len() - s.len()..self.notes.len()
    }

    /// A key of a lexicon's words (written folded: `Lexicon::words`; a test checks each).
    #[inline(never)]
    fn add_word(&mut self, lang: Lang, key: &str, w: Sense) {
        if key.bytes().all(|b| b.is_ascii_lowercase()) {
            // A plain word (half the keys): one token, not CJK, no glued head.
            insert(&mut self.words, &mut self.senses, key, lang, w);
            return;
        }
        let (head, n) = key_tokens(key);
        let (id, new) = insert(&mut self.words, &mut self.senses, key, lang, w);
        if new && is_cjk_key(key) {
            let k = self.note(key);
            self.cjk_keys.push((k, id));
        }
        if n > 1 {
            let h = self.note(head);
            self.head_len.push((h, n as u8, id));
            let k = self.note(key);
            self.phrase_keys.push((k, id));
        }
        if let Some(head) = glue_head(key) {
            let h = self.note(head);
            self.glue_heads.push(h);
        }
    }

    /// A key of a lexicon's case-sensitive words.
    #[inline(never)]
    fn add_cased(&mut self, lang: Lang, k: &str, w: Sense) {
        let (id, _) = insert(&mut self.cased, &mut self.senses, k, lang, w);
        self.is_cased_ids.push(id);
        if let Some(&first) = k.as_bytes().first() {
            self.cased_shape[first as usize] |= 1 << k.len().min(63);
        }
    }

    /// The head of a phrase key: a word of its own, with the most tokens a
    /// phrase starting with it has, and the first char of its second token.
    #[inline(never)]
    fn add_head(&mut self, head: Range, n: u8, phrase: u32, key: Range, heads: &mut Vec<u8>, phrase_next: &mut [u64; 1024]) -> (u32, u32) {
        // The second token starts after the head, past a space.
        let rest = &self.notes[key][head.len()..];
        let second = rest.strip_prefix(' ').unwrap_or(rest).chars().next();
        let (id, new) = word_id(&mut self.words, &mut self.senses, &self.notes[head.clone()]);
        if let Some(c) = second {
            let bit = Index::next_bit(id, c);
            phrase_next[bit >> 6] |= 1 << (bit & 63);
        }
        if new && is_cjk_key(&self.notes[head.clone()]) {
            self.cjk_keys.push((head, id));
        }
        heads.resize(self.senses.len(), 0);
        heads[id as usize] = heads[id as usize].max(n);
        (id, phrase)
    }

    /// A word that some key starts with, glued to punctuation (never CJK: see glue_head).
    #[inline(never)]
    fn add_glued(&mut self, head: Range, glued: &mut Vec<bool>) {
        let (id, _) = word_id(&mut self.words, &mut self.senses, &self.notes[head]);
        glued.resize(self.senses.len(), false);
        glued[id as usize] = true;
    }
}

/// A key's senses in the order of the languages, and its universal sense.
#[inline(never)]
fn settle(s: &mut Senses, is_cased: bool) {
    s.by_lang.sort_by_key(|(l, _)| *l);
    let mut uni: Option<Sense> = None;
    let mut ok = true;
    for (_, w) in &s.by_lang {
        if !universal_kind(w) {
            continue;
        }
        match uni {
            None => uni = Some(*w),
            Some(u) if u == *w => {}
            Some(_) => ok = false,
        }
    }
    // A key whose languages disagree (`billion`, `mil`) has no universal sense.
    let conflicting = s.by_lang.iter().any(|(_, w)| !universal_kind(w) && !matches!(w, Sense::Stop));
    s.universal = if ok && !conflicting { uni } else { None };
    // Where languages disagree, a case-sensitive abbreviation (`M`: 10^6
    // in English, miliar 10^9 in Indonesian `Rp 5 M`) or a unit or
    // currency word (`ton`: the US ton in English, the metric tonne in
    // Indonesian and Turkish) keeps its English reading in the languages
    // that do not list it: abbreviations, symbols and unit names come
    // from English usage. Magnitude words (`billion`) stay unread.
    if !ok && !conflicting {
        let en = s.by_lang.iter().find(|(l, w)| *l == Lang::En && universal_kind(w)).map(|(_, w)| *w);
        if is_cased || matches!(en, Some(Sense::Unit(..) | Sense::Cur(_))) {
            s.universal = en;
        }
    }
}

/// A CJK key and its proper prefixes in `cjk`, and its first char in `first`.
#[inline(never)]
fn add_cjk(cjk: &mut KeyMap<(u32, bool)>, first: &mut [u64; 1024], key: &str, id: u32) {
    cjk.entry(key, || (crate::text::NONE, false)).0 = id;
    for (at, _) in key.char_indices().skip(1) {
        cjk.entry(&key[..at], || (crate::text::NONE, false)).1 = true;
    }
    // A prefix starts with its key's first char.
    if let Some(c) = key.chars().next().map(|c| c as usize).filter(|&c| c < 0x10000) {
        first[c >> 6] |= 1 << (c & 63);
    }
}

/// A key of several tokens and its prefixes at token boundaries in `phrases`.
#[inline(never)]
fn add_phrase(phrases: &mut KeyMap<(u32, bool)>, key: &str, id: u32) {
    phrases.entry(key, || (crate::text::NONE, false)).0 = id;
    for end in phrase_prefix_ends(key) {
        phrases.entry(&key[..end], || (crate::text::NONE, false)).1 = true;
    }
}

/// The tokenizer's view of the index (the tokenizer is a layer below it).
impl crate::text::Keys for Index {
    #[inline(always)]
    fn lookup(&self, key: &str) -> Option<u32> {
        Index::lookup(self, key)
    }
    #[inline(always)]
    fn lookup_bytes(&self, key: &[u8]) -> Option<u32> {
        Index::lookup_bytes(self, key)
    }
    #[inline(always)]
    fn lookup_cjk(&self, key: &[u8]) -> Option<(u32, bool)> {
        Index::lookup_cjk(self, key)
    }
    #[inline(always)]
    fn cjk_may_start(&self, c: char) -> bool {
        Index::cjk_may_start(self, c)
    }
    #[inline(always)]
    fn lookup_cased(&self, key: &str) -> Option<u32> {
        Index::lookup_cased(self, key)
    }
    #[inline(always)]
    fn clitics_at(&self, c: char) -> Option<&Clitics> {
        self.clitic_starts.iter().find(|&&(s, _)| s == c).map(|&(_, g)| g)
    }
    #[inline(always)]
    fn clitic_range(&self) -> (char, char) {
        self.clitic_range
    }
    #[inline(always)]
    fn contractions(&self) -> &[&'static str] {
        &self.contractions
    }
}

/// [`Index::info`] of a key.
#[inline(never)]
fn info_of(s: &Senses, long: bool) -> u32 {
    // What some language reads the key as.
    let some = |f: fn(&Sense) -> bool| s.by_lang.iter().any(|(_, w)| f(w));
    s.langs
        | (s.universal.is_some() as u32 * INFO_UNIVERSAL)
        | (some(|w| matches!(w, Sense::Measure(_))) as u32 * INFO_MEASURE)
        | (some(|w| w.starts_figure()) as u32 * INFO_START)
        | (some(|w| matches!(w, Sense::Entity(_))) as u32 * INFO_ENTITY)
        | (long as u32 * INFO_LONG)
}

fn build() -> Index {
    // Sized for the lexicons once, not grown step by step; keys are held in
    // the maps' own arenas.
    let entries: usize = LANGUAGES.iter().map(|l| l.lexicon().words.len()).sum();
    let mut b = Builder {
        words: KeyMap::with_room(entries + entries / 4),
        cased: KeyMap::with_room(1024),
        senses: Vec::with_capacity(entries + entries / 4),
        notes: String::new(),
        head_len: Vec::new(),
        glue_heads: Vec::new(),
        cjk_keys: Vec::new(),
        phrase_keys: Vec::new(),
        cased_shape: [0u64; 256],
        is_cased_ids: Vec::new(),
    };
    for lang in LANGUAGES {
        let lex: &Lexicon = lang.lexicon();
        for &(key, w) in lex.words {
            b.add_word(lang, key, w);
        }
        for &(k, w) in lex.cased {
            b.add_cased(lang, k, w);
        }
    }
    let mut heads: Vec<u8> = Vec::new();
    let head_len = std::mem::take(&mut b.head_len);
    let mut phrases = Vec::with_capacity(head_len.len());
    let mut phrase_next = Box::new([0u64; 1024]);
    let phrase_keys = std::mem::take(&mut b.phrase_keys);
    for ((head, n, phrase), (key, _)) in head_len.into_iter().zip(&phrase_keys) {
        phrases.push(b.add_head(head, n, phrase, key.clone(), &mut heads, &mut phrase_next));
    }
    let mut glued = Vec::new();
    for head in std::mem::take(&mut b.glue_heads) {
        b.add_glued(head, &mut glued);
    }
    let Builder { words, cased, mut senses, notes, cjk_keys, cased_shape, is_cased_ids, .. } = b;
    heads.resize(senses.len(), 0);
    glued.resize(senses.len(), false);
    let mut is_cased = vec![false; senses.len()];
    for id in is_cased_ids {
        is_cased[id as usize] = true;
    }
    for (s, &c) in senses.iter_mut().zip(&is_cased) {
        settle(s, c);
    }
    // The languages a phrase of each head is read in (all, for a universal sense).
    let mut head_langs = vec![0u32; senses.len()];
    for (head, phrase) in phrases {
        let s = &senses[phrase as usize];
        head_langs[head as usize] |= if s.universal.is_some() { u32::MAX } else { s.langs };
    }
    // Every key the tokenizer may meet as a CJK run, phrase heads included,
    // and every proper prefix of one.
    let runs: usize = cjk_keys.iter().map(|(k, _)| notes[k.clone()].chars().count()).sum();
    let mut cjk: KeyMap<(u32, bool)> = KeyMap::with_room(runs);
    let mut cjk_first = Box::new([0u64; 1024]);
    for (k, id) in cjk_keys {
        add_cjk(&mut cjk, &mut cjk_first, &notes[k], id);
    }
    let mut phrases: KeyMap<(u32, bool)> = KeyMap::with_room(phrase_keys.len() * 2);
    for (k, id) in phrase_keys {
        add_phrase(&mut phrases, &notes[k], id);
    }
    // `info` keeps the languages below bit 24.
    assert!(LANGUAGES.len() <= 24, "more languages than bits");
    // The reader packs an id, 3 flags and a token count in 32 bits (`Reader::memo`).
    assert!(senses.len() < (1 << 24) - 1, "more keys than ids of 24 bits");
    assert!(heads.iter().all(|&n| n < 32), "a phrase of 32 words or more");
    let info = senses.iter().zip(heads.iter().zip(&glued)).map(|(s, (&h, &g))| info_of(s, h > 1 || g)).collect();
    let clitic_starts = clitic_starts();
    Index {
        words: words.fitted(),
        cased: cased.fitted(),
        senses,
        heads,
        head_langs,
        info,
        glued,
        cjk: cjk.fitted(),
        phrases: phrases.fitted(),
        phrase_next,
        cased_shape,
        cjk_first,
        clitic_range: (clitic_starts.first().map_or('\u{1}', |s| s.0), clitic_starts.last().map_or('\0', |s| s.0)),
        clitic_starts,
        contractions: LANGUAGES.iter().flat_map(|l| l.lexicon().contractions.iter().copied()).collect(),
    }
}

/// The first chars of every lexicon's proclitics and article, sorted, each
/// with its grammar (the first lexicon's, should two languages share one).
fn clitic_starts() -> Vec<(char, &'static Clitics)> {
    let mut out: Vec<(char, &'static Clitics)> = Vec::new();
    for lang in LANGUAGES {
        let Some(g) = lang.lexicon().clitics else { continue };
        let firsts = g.slots.iter().flat_map(|slot| slot.iter().copied()).chain([g.article]).filter_map(|s| s.chars().next());
        for c in firsts {
            if !out.iter().any(|&(s, _)| s == c) {
                out.push((c, g));
            }
        }
    }
    out.sort_by_key(|&(c, _)| c);
    out
}

/// The index, built on first use.
pub fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(build)
}

/// The language-independent name of a counted thing the lexicons know (`GPUs` → `gpu`).
/// A counted noun written after a CJK counter (`个就业岗位`, `块GPU`) is
/// looked up without it.
pub fn known_thing(t: &str) -> Option<&'static str> {
    let idx = index();
    let thing = |s: &str| -> Option<&'static str> {
        let id = idx.lookup(&crate::text::fold(s))?;
        idx.senses(id).by_lang.iter().find_map(|(_, w)| match w {
            crate::lang::Sense::Thing(k) => Some(*k),
            _ => None,
        })
    };
    thing(t).or_else(|| {
        let mut chars = t.chars();
        let first = chars.next()?;
        (crate::text::is_cjk(first) && chars.as_str().chars().count() >= 1).then(|| thing(chars.as_str())).flatten()
    })
}

#[cfg(test)]
mod tests {
    use super::KeyMap;

    /// `build` takes the lexicons' words as their keys: each must be written
    /// as the reader folds a text's word, or it would never be met.
    #[test]
    fn lexicon_keys_are_written_folded() {
        let mut unfolded = Vec::new();
        for lang in super::LANGUAGES {
            for (k, _) in lang.lexicon().words {
                if crate::text::fold(k) != *k {
                    unfolded.push(format!("{lang:?} {k:?} (folds to {:?})", crate::text::fold(k)));
                }
            }
        }
        assert!(unfolded.is_empty(), "keys not written folded: {unfolded:?}");
        // By hand: two of the keys once written unfolded, and what they fold to
        // (the Latin letter lower-cased; the tanween dropped).
        assert_eq!(crate::text::fold("スペースX"), "スペースx");
        assert_eq!(crate::text::fold("مساءً"), "مساء");
    }

    #[test]
    fn key_map_finds_its_keys_only() {
        // Keys of every length up to 20 that differ in one byte anywhere, so
        // short keys packed into one word and long ones hashed are both tried.
        let mut keys = Vec::new();
        for n in 0..=20usize {
            for at in 0..n {
                let mut k = vec![b'a'; n];
                k[at] = b'b';
                keys.push(String::from_utf8(k).unwrap());
            }
            keys.push("a".repeat(n));
        }
        keys.push("é".into());
        keys.push("milhões".into());
        keys.push("центнер".into());
        let map = KeyMap::new(keys.iter().enumerate().map(|(i, k)| (k.as_str(), i as u32)));
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(map.get(k), Some(i as u32), "{k:?}");
        }
        for n in 0..=21usize {
            for at in 0..n {
                let mut k = vec![b'a'; n];
                k[at] = b'c';
                assert_eq!(map.get(std::str::from_utf8(&k).unwrap()), None);
            }
        }
        assert_eq!(map.get("a".repeat(21).as_str()), None);
        assert_eq!(map.get("milhõe"), None);
        assert_eq!(map.get("е"), None);
    }

    #[test]
    fn key_map_grows_and_fits_keeping_its_keys() {
        // From room for none: grown many times over, then fitted.
        let keys: Vec<String> = (0..3000).map(|i| if i % 3 == 0 { format!("k{i}") } else { format!("a longer key number {i}") }).collect();
        let mut map: KeyMap<u32> = KeyMap::with_room(0);
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(*map.entry(k, || i as u32), i as u32, "{k:?} added");
        }
        // A key held is found, not added again.
        assert_eq!(*map.entry(&keys[7], || 9999), 7);
        assert_eq!(map.len, 3000);
        let map = map.fitted();
        assert_eq!(map.slots.len(), 8192, "room for 3000 keys, at most half full");
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(map.get(k), Some(i as u32), "{k:?}");
        }
        assert_eq!(map.get("k1"), None);
        assert_eq!(map.get("a longer key number 3000"), None);
    }

    #[test]
    fn phrases_hold_every_key_of_several_tokens_and_its_prefixes() {
        use crate::lang::LANGUAGES;
        let idx = super::index();
        let mut key = String::new();
        let mut seen = 0;
        for lang in LANGUAGES {
            for (k, _) in lang.lexicon().words {
                crate::text::fold_into(k, &mut key);
                if super::key_tokens(&key).1 < 2 {
                    continue;
                }
                seen += 1;
                // The phrase's id is its id in `words`, so `Reader::item_long` reads the same item.
                assert_eq!(idx.phrases.get(&key).map(|(id, _)| id), idx.lookup(&key), "{key:?}");
                // Its head lets the first byte of its second token follow.
                let head = super::key_tokens(&key).0;
                let rest = &key[head.len()..];
                let second = rest.strip_prefix(' ').unwrap_or(rest).chars().next().expect("a second token");
                let head_id = idx.lookup(head).expect("a head is a key");
                assert!(idx.may_follow(head_id, second), "{key:?}");
                for end in super::phrase_prefix_ends(&key) {
                    assert_eq!(idx.phrases.get(&key[..end]).map(|(_, longer)| longer), Some(true), "{key:?} at {end}");
                }
            }
        }
        assert!(seen > 100, "{seen} phrases");
        assert_eq!(super::phrase_prefix_ends("chiffre d'affaires").collect::<Vec<_>>(), [7, 10]);
        assert_eq!(super::phrase_prefix_ends("jusqu'à").collect::<Vec<_>>(), [6]);
        assert_eq!(super::phrase_prefix_ends("l'").count(), 0);
    }
}
