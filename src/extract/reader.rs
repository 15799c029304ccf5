//! The reader's state over one chunk of text, and its lexicon queries:
//! the item (word or phrase) at a token and its senses in the text's language.

use crate::lang::{Lang, Sense};
use crate::lexindex::{Index, INFO_ENTITY, INFO_LONG, INFO_MEASURE, INFO_START, INFO_UNIVERSAL};
use crate::text::{Kind, Token, NONE};
use std::cell::Cell;

/// `Reader::memo` states: not yet computed, and no item.
pub(crate) const UNSET: u32 = 0;
pub(crate) const NO_ITEM: u32 = u32::MAX;

/// The reader over one chunk: its tokens, the text's language and the
/// per-token memos of lexicon lookups.
pub(crate) struct Reader<'a> {
    pub(crate) src: &'a str,
    pub(crate) toks: &'a [Token],
    pub(crate) lang: Lang,
    /// The language of the lexicon `lang` reads ([`Lang::base`]).
    pub(crate) lex_lang: Lang,
    /// Whether `lang` is written in Latin script.
    pub(crate) latin_text: bool,
    pub(crate) idx: &'static Index,
    /// `item()` per token: 0 not yet computed, `u32::MAX` none, else id << 8 | flags << 5 | length.
    pub(crate) memo: &'a [Cell<u32>],
    /// `entity_at()` per token: 0 not yet computed, else 1 + (tokens << 1 |
    /// lexicon entity); a run spans at most 4 tokens, an item fewer than 32,
    /// so a byte holds it (and the chunk's memos are cleared a quarter as long).
    pub(crate) ents: &'a [Cell<u8>],
    /// Buffers reused by phrase lookups.
    pub(crate) key: std::cell::RefCell<String>,
    pub(crate) word: std::cell::RefCell<String>,
    /// Buffers reused by `annotate`: the entities of a window, and their names.
    pub(crate) ent_buf: Cell<Vec<(usize, &'a str)>>,
    pub(crate) name_buf: Cell<Vec<&'a str>>,
}

/// A lexical item at a token: senses id and how many tokens it spans.
#[derive(Clone, Copy)]
pub(crate) struct Item {
    pub(crate) id: u32,
    pub(crate) n: usize,
    /// What some language reads the key as (`Senses::measure`, `start`,
    /// `entity`), kept with the item so that the reader's scans need not
    /// read the senses: `ITEM_*` bits, set by `item()`.
    pub(crate) flags: u8,
}

const ITEM_MEASURE: u8 = 1;
const ITEM_START: u8 = 2;
const ITEM_ENTITY: u8 = 4;

impl Item {
    fn new(id: u32, n: usize) -> Item {
        Item { id, n, flags: 0 }
    }
    /// Some language reads the key as a measure word ([`crate::lexindex::Senses::measure`]).
    pub(crate) fn measure(&self) -> bool {
        self.flags & ITEM_MEASURE != 0
    }
    /// … as a word a figure can start with ([`crate::lexindex::Senses::start`]).
    pub(crate) fn start(&self) -> bool {
        self.flags & ITEM_START != 0
    }
    /// … as a named entity ([`crate::lexindex::Senses::entity`]).
    pub(crate) fn entity(&self) -> bool {
        self.flags & ITEM_ENTITY != 0
    }
}

impl<'a> Reader<'a> {
    pub(crate) fn senses_id(&self, id: u32) -> crate::lexindex::SensesOf<'_> {
        self.idx.senses(id).of(self.lex_lang)
    }

    /// Whether the key `id` has a sense in the text's language.
    #[inline]
    pub(crate) fn has_senses(&self, id: u32) -> bool {
        self.info(id) & ((1 << self.lex_lang as u32) | INFO_UNIVERSAL) != 0
    }

    /// [`Index::info`] of key `id` (0 for `NONE`).
    #[inline]
    pub(crate) fn info(&self, id: u32) -> u32 {
        self.idx.info.get(id as usize).copied().unwrap_or(0)
    }

    /// Whether token `i` has a sense (`senses(i).next().is_some()`).
    #[inline]
    pub(crate) fn tok_has_senses(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| (t.cased != NONE && self.has_senses(t.cased)) || (t.lex != NONE && self.has_senses(t.lex)))
    }

    /// The longest phrase or word at `i`, computed once per token.
    #[inline(always)]
    pub(crate) fn item(&self, i: usize) -> Option<Item> {
        let m = self.memo.get(i)?;
        match m.get() {
            NO_ITEM => None,
            UNSET if self.toks[i].lex == NONE && self.toks[i].cased == NONE => {
                // No key at all (numbers, punctuation, unknown words): no item.
                m.set(NO_ITEM);
                None
            }
            UNSET => self.item_first(i, m),
            v => Some(Item { id: v >> 8, n: (v & 0x1f) as usize, flags: ((v >> 5) & 7) as u8 }),
        }
    }

    /// `item()` the first time it is asked at a token.
    #[inline(never)]
    pub(crate) fn item_first(&self, i: usize, m: &Cell<u32>) -> Option<Item> {
        let t = self.toks.get(i)?;
        // The item and its key's fact word (read once).
        let it = if t.kind != Kind::Word && t.kind != Kind::Sym {
            None
        } else {
            let lex = self.info(t.lex);
            if lex & INFO_LONG != 0 {
                self.item_long(i).map(|it| (it, self.info(it.id)))
            } else {
                self.item_word(t, lex)
            }
        };
        let it = it.map(|(mut it, v)| {
            it.flags = ((v & INFO_MEASURE != 0) as u8 * ITEM_MEASURE)
                | ((v & INFO_START != 0) as u8 * ITEM_START)
                | ((v & INFO_ENTITY != 0) as u8 * ITEM_ENTITY);
            it
        });
        // Ids are below 2^24 - 1, items span fewer than 32 tokens (`lexindex::build`
        // checks; `MAX_GLUED` is 4).
        m.set(it.map_or(NO_ITEM, |it| (it.id << 8) | ((it.flags as u32) << 5) | it.n as u32));
        it
    }

    /// The item of the single word `t` and its key's fact word: its
    /// case-sensitive key, else its key (`lex`: the fact word of `t.lex`,
    /// which the caller has read; `info` of `NONE` is 0).
    #[inline(always)]
    pub(crate) fn item_word(&self, t: &Token, lex: u32) -> Option<(Item, u32)> {
        let own = (1 << self.lex_lang as u32) | INFO_UNIVERSAL;
        let cased = self.info(t.cased);
        if cased & own != 0 && self.cased_wins(cased, lex) {
            Some((Item::new(t.cased, 1), cased))
        } else if lex & own != 0 {
            Some((Item::new(t.lex, 1), lex))
        } else {
            None
        }
    }

    /// Whether a word's case-sensitive key (fact word `cased`) is read before
    /// its key (`lex`): unless the first is only another language's
    /// abbreviation read everywhere (`ha`, hectares) and the second a word of
    /// the text's own language (Italian `ha`, has).
    #[inline]
    pub(crate) fn cased_wins(&self, cased: u32, lex: u32) -> bool {
        let lang = 1 << self.lex_lang as u32;
        cased & lang != 0 || lex & lang == 0
    }

    /// The item at word `i` that may start a phrase or a glued key (`Index::long`).
    #[inline(never)]
    pub(crate) fn item_long(&self, i: usize) -> Option<Item> {
        let t = self.toks.get(i)?;
        if t.lex != NONE && self.idx.glued.get(t.lex as usize).copied().unwrap_or(false) {
            if let Some(g) = self.glued_item(i) {
                return Some(g);
            }
        }
        if t.lex != NONE {
            let h = self.idx.heads.get(t.lex as usize).copied().unwrap_or(0) as usize;
            // Only a phrase with a sense in the text's language is kept below,
            // and the next word must start as some phrase's second word does
            // (when its first char's fold is quickly known; else it is tried).
            let next_may_follow = || {
                self.toks
                    .get(i + 1)
                    .is_some_and(|u| crate::text::fold_first(&self.src[u.start as usize..]).is_none_or(|c| self.idx.may_follow(t.lex, c)))
            };
            if h > 1 && self.idx.head_langs[t.lex as usize] & (1 << self.lex_lang as u32) != 0 && next_may_follow() {
                let mut key = self.key.borrow_mut();
                let mut word = self.word.borrow_mut();
                let mut best: Option<Item> = None;
                let mut n = 1;
                crate::text::fold_into(t.text(self.src), &mut key);
                while n < h {
                    let Some(u) = self.toks.get(i + n) else { break };
                    if u.kind != Kind::Word || u.nl_before {
                        break;
                    }
                    crate::text::fold_into(u.text(self.src), &mut word);
                    // Words of a key are spaced, except after an elision
                    // (`chiffre d'affaires`, `jusqu'à`).
                    if u.space_before {
                        key.push(' ');
                    } else if !self.toks[i + n - 1].text(self.src).ends_with(['\'', '\u{2019}']) {
                        break;
                    }
                    key.push_str(&word);
                    n += 1;
                    // Ids of `Index::phrases` are those of `Index::lookup`.
                    let Some((id, longer)) = self.idx.phrases.get(&key) else { break };
                    if id != NONE && self.has_senses(id) {
                        best = Some(Item::new(id, n));
                    }
                    if !longer {
                        break;
                    }
                }
                if best.is_some() {
                    return best;
                }
            }
        }
        self.item_word(t, self.info(t.lex)).map(|(it, _)| it)
    }

    /// A key written as a word with punctuation glued to it, `Mrd.`, `тыс.`,
    /// `кВт·ч`, `US-Dollar`: the longest run of up to `MAX_GLUED` tokens with no
    /// space between them that is a key. Only tried after a word the index marks
    /// as the head of such a key, and only when the next token is glued to it.
    pub(crate) fn glued_item(&self, i: usize) -> Option<Item> {
        const MAX_GLUED: usize = 4;
        let glued = |k: usize| self.toks.get(k).is_some_and(|u| !u.space_before && !u.nl_before && u.kind != Kind::Number);
        if !glued(i + 1) {
            return None;
        }
        let mut key = self.key.borrow_mut();
        let mut part = self.word.borrow_mut();
        crate::text::fold_into(self.toks[i].text(self.src), &mut key);
        let mut best = None;
        let mut n = 1;
        while n < MAX_GLUED && glued(i + n) {
            crate::text::fold_into(self.toks[i + n].text(self.src), &mut part);
            key.push_str(&part);
            n += 1;
            if let Some(id) = self.idx.lookup(&key) {
                if self.has_senses(id) {
                    best = Some(Item::new(id, n));
                }
            }
        }
        best
    }

    /// Whether the item has a sense in the text's own language (not only a universal one).
    pub(crate) fn own_sense(&self, id: u32) -> bool {
        self.info(id) & (1 << self.lex_lang as u32) != 0
    }

    /// The first sense of key `id` in the text's language that `f` accepts.
    #[inline]
    pub(crate) fn find_id(&self, id: u32, f: impl Fn(Sense) -> bool) -> Option<Sense> {
        self.idx.senses(id).find(self.lex_lang, f)
    }

    pub(crate) fn item_has(&self, i: usize, f: impl Fn(Sense) -> bool) -> Option<(Sense, usize)> {
        let it = self.item(i)?;
        self.idx.senses(it.id).find(self.lex_lang, f).map(|w| (w, it.n))
    }

    pub(crate) fn tok_has(&self, i: usize, f: impl Fn(Sense) -> bool) -> Option<Sense> {
        let t = self.toks.get(i)?;
        // The case-sensitive entry first.
        let cased = (t.cased != NONE && self.cased_wins(self.info(t.cased), self.info(t.lex)))
            .then(|| self.idx.senses(t.cased).find(self.lex_lang, &f))
            .flatten();
        cased.or_else(|| (t.lex != NONE).then(|| self.idx.senses(t.lex).find(self.lex_lang, &f)).flatten())
    }

    pub(crate) fn is_punct(&self, i: usize, set: &[char]) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Punct && set.contains(&t.ch))
    }
}
