//! Text to claims: a single left-to-right pass over tokens, trying to read a
//! figure at each token that can start one, with a bounded look-ahead.
//!
//! The look-ahead from any start is capped (`MAX_FIGURE_TOKENS`), and after a
//! figure is read the reader resumes behind it, so reading is linear in the
//! input. Long texts are cut into chunks at line breaks (or, for a single
//! huge line, at white space) so memory stays bounded.

mod annotate;

use crate::claim::{AltReading, Claim, Qualifier};
use crate::detect::detect;
use crate::lang::{Lang, Sense};
use crate::lexindex::{Index, INFO_ENTITY, INFO_LONG, INFO_MEASURE, INFO_START, INFO_UNIVERSAL};
use crate::text::{idx, tokenize, Kind, NumStyle, Token, NONE};
use std::borrow::Cow;
use std::cell::Cell;

/// The token indices of a figure's magnitude words (rarely more than two).
type Scale = smallvec::SmallVec<[usize; 4]>;

/// How to read a text.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The text's language; detected from the text when `None`.
    pub lang: Option<Lang>,
    /// Fill each claim's `quote` with its sentence.
    pub quotes: bool,
    /// The document's date (`2024-05-10`), the time context of figures whose
    /// sentence gives none.
    pub date: Option<String>,
}

/// The most tokens one figure may span (qualifier, range, unit and counted noun included).
const MAX_FIGURE_TOKENS: usize = 24;
/// `Reader::memo` states: not yet computed, and no item.
const UNSET: u32 = 0;
const NO_ITEM: u32 = u32::MAX;

/// Chunks are cut at line breaks once they pass this size, or at white space past twice it.
const CHUNK: usize = 32 * 1024;

/// Finds every figure in `text`.
pub fn extract(text: &str, opts: &Options) -> Vec<Claim> {
    let lang = opts.lang.unwrap_or_else(|| detect(text));
    let mut out = Vec::new();
    let mut toks = Vec::new();
    let mut memo = Vec::new();
    let mut ents = Vec::new();
    let mut spans = Vec::new();
    let style = NumStyle::of(lang);
    let mut pos = 0usize;
    while pos < text.len() {
        let (end, at_line_break) = cut(text, pos);
        let chunk = &text[pos..end];
        tokenize(chunk, style, &mut toks);
        if pos == 0 {
            // Room for the claims before any is read (growing moves them all,
            // and a claim is large): about one per number or word a figure
            // can start with, at the first chunk's rate, at most one per 16 bytes.
            let ix = idx();
            let starts =
                toks.iter().filter(|t| t.kind == Kind::Number || ix.info.get(t.lex as usize).is_some_and(|&v| v & INFO_START != 0)).count();
            let est = starts as f64 * 1.25 * (text.len() as f64 / chunk.len().max(1) as f64);
            out.reserve((est as usize).min(text.len() / 16) + 8);
        }
        renew(&mut memo, toks.len(), Cell::new(UNSET));
        renew(&mut ents, toks.len(), Cell::new(0));
        let r = Reader {
            src: chunk,
            toks: &toks,
            lang,
            lex_lang: lang.base(),
            latin_text: lang.latin_script(),
            idx: idx(),
            memo: &memo,
            ents: &ents,
            key: Default::default(),
            word: Default::default(),
            ent_buf: Default::default(),
            name_buf: Default::default(),
        };
        // Claims go straight into `out` (a claim is large: no second copy);
        // this chunk's are `out[first..]`, with chunk-relative offsets.
        let first = out.len();
        spans.clear();
        r.read_all(&mut out, &mut spans);
        let mut next = end;
        if end < text.len() && !at_line_break {
            // Cut inside a line: a figure may run across the cut. Re-read the
            // end of the chunk with the next one, from before any figure near it.
            let mut restart = space_before(text, end.saturating_sub(OVERLAP).max(pos + 1), pos);
            for c in &out[first..] {
                if c.start + pos < restart && c.end + pos > restart {
                    restart = c.start + pos;
                }
            }
            if restart <= pos {
                restart = end;
            }
            // Claims are in text order: those from the restart on are a suffix.
            let keep = out[first..].partition_point(|c| c.start + pos < restart);
            out.truncate(first + keep);
            spans.truncate(keep);
            next = restart;
        }
        for (c, &(a, b)) in out[first..].iter_mut().zip(&spans) {
            r.annotate(c, a, b, opts);
            c.start += pos;
            c.end += pos;
        }
        if pos == 0 && next < text.len() {
            // The first chunk tells how dense the text's figures are: room for
            // the rest at that rate, so the claims are not moved step by step.
            let est = (out.len() as f64 * (text.len() as f64 / next.max(1) as f64) * 1.125) as usize;
            out.reserve(est.saturating_sub(out.len()));
        }
        pos = next;
    }
    out
}

/// `v` as `n` copies of `x`, in a new buffer when it must grow (growing would
/// copy the old contents, unused here).
fn renew<T: Clone>(v: &mut Vec<T>, n: usize, x: T) {
    v.clear();
    if v.capacity() < n {
        *v = Vec::with_capacity(n);
    }
    v.resize(n, x);
}

/// Senses a figure written in words can start with: a number word, a
/// magnitude, a vague quantity, a qualifier, a currency, a per cent word (the
/// last only before CJK text: `百分之`).
pub(crate) fn starts_figure(w: Sense) -> bool {
    matches!(
        w,
        Sense::Num(_)
            | Sense::Small(_)
            | Sense::Mag(_)
            | Sense::MagPl(_)
            | Sense::MagAmb(..)
            | Sense::Vague(..)
            | Sense::VaguePrefix
            | Sense::Qual(_)
            | Sense::Between
            | Sense::Cur(_)
            | Sense::PctBefore
            | Sense::Pct
            | Sense::UnitBefore(..)
            | Sense::RateBefore(_)
    )
}

/// For a text cut inside a line (a block of a larger input): where to resume
/// so that no figure is lost across the cut. Claims starting at or after the
/// returned offset must be dropped; the caller re-reads from there.
pub fn resume_point(text: &str, claims: &[Claim]) -> usize {
    let end = text.len();
    let mut restart = space_before(text, end.saturating_sub(OVERLAP).max(1), 0);
    for c in claims {
        if c.start < restart && c.end > restart {
            restart = c.start;
        }
    }
    if restart == 0 {
        end
    } else {
        restart
    }
}

/// Bytes re-read across a cut inside a line: longer than any figure.
const OVERLAP: usize = 512;

/// The start of the white space at or before `at` (not before `floor`), on a char boundary.
fn space_before(text: &str, at: usize, floor: usize) -> usize {
    let b = text.as_bytes();
    let mut i = at.min(b.len());
    while i > floor && b[i - 1] != b' ' && b[i - 1] != b'\t' {
        i -= 1;
    }
    if i <= floor {
        i = at.min(b.len());
    }
    while i > floor && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Where the chunk from `pos` ends: after a line break past `CHUNK` bytes,
/// else at a space past twice that (true when the cut is at a line break).
fn cut(text: &str, pos: usize) -> (usize, bool) {
    let rest = &text[pos..];
    if rest.len() <= CHUNK {
        return (text.len(), true);
    }
    let b = rest.as_bytes();
    let limit = (2 * CHUNK).min(b.len());
    if let Some(i) = memchr_from(b, b'\n', CHUNK, limit) {
        return (pos + i + 1, true);
    }
    let mut i = limit;
    while i < b.len() && b[i] != b' ' && i - limit < 4096 {
        i += 1;
    }
    while i < b.len() && !rest.is_char_boundary(i) {
        i += 1;
    }
    (pos + i, i >= b.len())
}

fn memchr_from(b: &[u8], needle: u8, from: usize, to: usize) -> Option<usize> {
    b[from..to].iter().position(|&x| x == needle).map(|i| i + from)
}

/// A quantity read at some position: an interval with how it was written.
#[derive(Debug, Clone)]
struct Qty {
    lo: f64,
    hi: f64,
    vague: bool,
    /// Half a unit of the last written digit, times the magnitudes.
    rounding: f64,
    /// Product of the magnitudes read (1 when none).
    mag: f64,
    /// Token index after the quantity.
    end: usize,
    /// The quantity had digits.
    digits: bool,
    /// Only digits, no magnitude or number word.
    bare: bool,
    /// A bare number that looks like a year (1000-2199, four digits).
    yearlike: bool,
    /// The magnitude words read (token indices).
    scale: Scale,
    /// Other reading of an ambiguous magnitude: the value so read, and a note.
    alt: Option<(f64, &'static str)>,
    /// Value of a number made only of number words (for the "one" rule).
    words_only: bool,
    /// A post qualifier read inside the number, before its magnitude (CJK
    /// `10多万`, `1万余`, Korean `100여억`).
    inner_qual: Option<Qualifier>,
}

pub(crate) struct Reader<'a> {
    pub(crate) src: &'a str,
    pub(crate) toks: &'a [Token],
    pub(crate) lang: Lang,
    /// The language of the lexicon `lang` reads ([`Lang::base`]).
    lex_lang: Lang,
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
    key: std::cell::RefCell<String>,
    word: std::cell::RefCell<String>,
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
    flags: u8,
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
    /// Reads every figure, pushing its claim to `out` and its tokens
    /// (first, after last) to `spans`.
    fn read_all(&self, out: &mut Vec<Claim>, spans: &mut Vec<(usize, usize)>) {
        let mut i = 0;
        while i < self.toks.len() {
            if self.can_start(i) {
                if let Some((claim, first, next)) = self.figure(i) {
                    out.push(claim);
                    spans.push((first, next));
                    i = next.max(i + 1);
                    continue;
                }
            }
            i += 1;
        }
    }

    // ----- lexicon queries -----

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
    fn info(&self, id: u32) -> u32 {
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
    fn item_first(&self, i: usize, m: &Cell<u32>) -> Option<Item> {
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
    fn item_word(&self, t: &Token, lex: u32) -> Option<(Item, u32)> {
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
    fn cased_wins(&self, cased: u32, lex: u32) -> bool {
        let lang = 1 << self.lex_lang as u32;
        cased & lang != 0 || lex & lang == 0
    }

    /// The item at word `i` that may start a phrase or a glued key (`Index::long`).
    #[inline(never)]
    fn item_long(&self, i: usize) -> Option<Item> {
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
    fn glued_item(&self, i: usize) -> Option<Item> {
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
    fn own_sense(&self, id: u32) -> bool {
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

    // ----- figure starts -----

    fn can_start(&self, i: usize) -> bool {
        let t = &self.toks[i];
        match t.kind {
            Kind::Number => true,
            Kind::Sym => self.tok_has(i, |w| matches!(w, Sense::Cur(_))).is_some() || self.pct_before(i).is_some(),
            Kind::Word => {
                // `R$`, `US$`: a word glued to a dollar sign (`us` may be a
                // word too, or the head of a phrase: `us dollars`). A currency
                // word the lexicon knows (`USD`, `Rs`) is found below.
                let dollar_next =
                    self.toks.get(i + 1).is_some_and(|u| u.kind == Kind::Sym && !u.space_before && matches!(u.ch, '$' | '＄'));
                if dollar_next && self.currency_prefix(i).is_some() {
                    return true;
                }
                if t.lex == NONE && t.cased == NONE {
                    return false;
                }
                if !self.item(i).is_some_and(|it| it.start()) {
                    return false;
                }
                match self.item_has(i, |w| starts_figure(w) && (!matches!(w, Sense::Pct) || crate::text::is_cjk(t.ch))) {
                    // One in words before a plain word (`a man`) is no figure
                    // (see `figure`): the most common case, left at once.
                    Some((Sense::Num(v), n)) if v < 2.0 => !self.plain_word(i + n),
                    found => found.is_some(),
                }
            }
            _ => false,
        }
    }

    /// Whether token `k` is a word with no sense that can belong to a figure
    /// (a function word, a noun or a name): `man` in `a man`.
    fn plain_word(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|u| u.kind == Kind::Word)
            && self.item_has(k, |w| !matches!(w, Sense::Stop | Sense::Thing(_) | Sense::Measure(_) | Sense::Entity(_))).is_none()
    }

    /// Reads a currency written before the amount: `$`, `US$`, `R$`, `€`, `Rs`, `Rp`, `USD`.
    fn currency_prefix(&self, i: usize) -> Option<(&'static str, usize)> {
        let t = self.toks.get(i)?;
        // `US$`, `R$`, `HK$`: a word glued to `$`.
        if t.kind == Kind::Word && t.latin && t.text(self.src).len() <= 3 {
            if let Some(u) = self.toks.get(i + 1) {
                if u.kind == Kind::Sym && (u.ch == '$' || u.ch == '＄') && !u.space_before {
                    let code = match t.text(self.src) {
                        "US" | "U" | "USD" => "USD",
                        "R" => "BRL",
                        "A" | "AU" => "AUD",
                        "C" | "CA" => "CAD",
                        "HK" => "HKD",
                        "NT" => "TWD",
                        "S" | "SG" => "SGD",
                        "NZ" => "NZD",
                        "Mex" | "MX" => "MXN",
                        _ => return None,
                    };
                    return Some((code, 2));
                }
            }
        }
        if let Some((Sense::Cur(c), n)) = self.item_has(i, |w| matches!(w, Sense::Cur(_))) {
            // A currency word before digits: `USD 5`, `Rs 500`, `Rp 5`, `€`; a
            // currency noun (`dólares`) before a number is not a prefix.
            let next = self.toks.get(i + n)?;
            let is_code = t.kind == Kind::Sym || (t.kind == Kind::Word && t.latin && (t.cap || t.inner_cap) && t.text(self.src).len() <= 3);
            if is_code && (next.kind == Kind::Number || (t.kind == Kind::Sym && next.kind == Kind::Word)) {
                return Some((self.localize(c, t.kind == Kind::Sym), n));
            }
            // An abbreviation with its dot before digits: `रु. 500`, `Rs. 500`, `रु.500`.
            let short = t.kind == Kind::Word && t.text(self.src).chars().count() <= 3 && (is_code || !t.latin);
            if short
                && n == 1
                && next.kind == Kind::Punct
                && next.ch == '.'
                && !next.space_before
                && self.toks.get(i + 2).is_some_and(|u| u.kind == Kind::Number)
            {
                return Some((self.localize(c, false), 2));
            }
        }
        None
    }

    /// Per cent written before the number: a word (`yüzde 40`, Turkish), or,
    /// in languages that write it so, the sign before a number (`%40`, `% 40`)
    /// when no number stands just before the sign (that `%` closes the figure
    /// before it). Returns the tokens it spans.
    fn pct_before(&self, j: usize) -> Option<usize> {
        let t = self.toks.get(j)?;
        let next = self.toks.get(j + 1)?;
        if t.kind == Kind::Sym {
            if !crate::text::percent_sign_before(self.lang) {
                return None;
            }
            let after_number = j > 0 && matches!(self.toks[j - 1].kind, Kind::Number | Kind::Code);
            let ok =
                self.tok_has(j, |w| matches!(w, Sense::Pct)).is_some() && next.kind == Kind::Number && !next.nl_before && !after_number;
            return ok.then_some(1);
        }
        let (_, n) = self.item_has(j, |w| matches!(w, Sense::PctBefore))?;
        self.toks.get(j + n).is_some_and(|u| !u.nl_before).then_some(n)
    }

    /// `k` past a case suffix glued behind an apostrophe (Turkish `100'den`,
    /// `TL'lik`, `%40'ı`), in languages that write them; ordinal suffixes
    /// (`3'üncü`, lexicon `Label`s) are not skipped, so the number stays a label.
    fn skip_suffix(&self, k: usize) -> usize {
        if !crate::text::apostrophe_suffixes(self.lang) {
            return k;
        }
        let (Some(a), Some(w)) = (self.toks.get(k), self.toks.get(k + 1)) else { return k };
        let glued = a.kind == Kind::Punct && matches!(a.ch, '\'' | '\u{2019}') && !a.space_before && k > 0;
        if glued && w.kind == Kind::Word && !w.space_before && !w.cap && self.tok_has(k + 1, |x| matches!(x, Sense::Label)).is_none() {
            return k + 2;
        }
        k
    }

    /// A currency sign read in the text's language: `¥` is the lexicon's
    /// `yen_sign` (yuan in Chinese, yen elsewhere). Only the sign is
    /// localized: a written `日元` or `JPY` stays yen.
    fn localize(&self, code: &'static str, sym: bool) -> &'static str {
        match code {
            "JPY" if sym => self.lang.lexicon().yen_sign,
            c => c,
        }
    }

    // ----- the figure -----

    fn figure(&self, start: usize) -> Option<(Claim, usize, usize)> {
        let limit = (start + MAX_FIGURE_TOKENS).min(self.toks.len());
        let mut j = start;
        let mut qual = Qualifier::Exact;
        let mut between = false;
        // Prefix qualifiers, possibly two (`entre cerca de`, `mais de`).
        for _ in 0..2 {
            if let Some((w, n)) = self.item_has(j, |w| matches!(w, Sense::Qual(_) | Sense::Between)) {
                match w {
                    Sense::Qual(q) => qual = q,
                    Sense::Between => between = true,
                    _ => {}
                }
                // `выросла на 27% до 8,5 трлн`: an "up to" word that also separates
                // ranges (ru/uk `до`) right after a percentage means "to".
                if qual == Qualifier::UpTo
                    && j > 0
                    && self.tok_has(j - 1, |w| matches!(w, Sense::Pct)).is_some()
                    && self.item_has(j, |w| matches!(w, Sense::RangeSep)).is_some()
                {
                    qual = Qualifier::Exact;
                }
                j += n;
            }
        }
        // An article between a qualifier and its digits: `oltre il 40%`,
        // `hasta un 30%`, `circa l'80%` (one word, then the number).
        if j > start
            && self.toks.get(j).is_some_and(|t| t.kind == Kind::Word)
            && self.tok_has(j, |w| matches!(w, Sense::Stop) || w == Sense::Num(1.0)).is_some()
        {
            let k = if self.is_punct(j + 1, &['\'', '\u{2019}']) { j + 2 } else { j + 1 };
            if self.toks.get(k).is_some_and(|t| t.kind == Kind::Number) {
                j = k;
            }
        }
        let fig_start = j;
        // Korean is written with spaces: a figure whose first word is glued after
        // another syllable starts inside a word (천 in 추천, 약 in 계약).
        if start > 0 && self.toks[start].kind == Kind::Word && is_hangul(self.toks[start].ch) && !self.toks[start].space_before {
            let p = &self.toks[start - 1];
            if p.kind == Kind::Word && is_hangul(p.ch) {
                return None;
            }
        }
        // A unit written before the number (`magnitude 7.5`, `magnitude-7.5`,
        // `aged 45`): read here, the number must follow.
        let mut unit_before: Option<(&'static str, f64)> = None;
        if let Some((Sense::UnitBefore(u, f), n)) = self.item_has(j, |w| matches!(w, Sense::UnitBefore(..))) {
            let k = if self.is_punct(j + n, &['-']) && !self.toks[j + n].space_before { j + n + 1 } else { j + n };
            if self.toks.get(k).is_some_and(|t| t.kind == Kind::Number && !t.nl_before) {
                unit_before = Some((u, f));
                j = k;
            }
        }
        // A rate before the number: `時速 12 マイル` is 12 miles an hour.
        let mut rate_before: Option<f64> = None;
        if let Some((Sense::RateBefore(secs), n)) = self.item_has(j, |w| matches!(w, Sense::RateBefore(_))) {
            if self.toks.get(j + n).is_some_and(|t| t.kind == Kind::Number && !t.nl_before) {
                rate_before = Some(secs);
                j += n;
            }
        }
        // A percent word standing before the number: Chinese 百分之九十 = 90%.
        let mut pct_prefix = false;
        if let Some((Sense::Pct, n)) = self.item_has(j, |w| matches!(w, Sense::Pct)) {
            if crate::text::is_cjk(self.toks[j].ch) {
                pct_prefix = true;
                j += n;
            }
        }
        let mut currency: Option<&'static str> = None;
        // Per cent before the number (`yüzde 40`, `%40`), or a currency
        // (a word or sign: not the number itself, which has no key).
        let at_number = self.toks.get(j).is_some_and(|t| t.kind == Kind::Number);
        let pct_first = if at_number { None } else { self.pct_before(j) };
        if let Some(n) = pct_first {
            j += n;
        } else if let Some((c, n)) = if at_number { None } else { self.currency_prefix(j) } {
            currency = Some(c);
            j += n;
        }
        let qstart = j;
        let mut q = self.quantity(j, limit)?;
        let mut decade = false;
        // One in words (`a`, `an`, `one`) is a figure only with a unit (see
        // below): stop at once before a plain word (`a man`, `a difficult day`).
        if q.words_only && !q.vague && q.lo < 2.0 && q.mag == 1.0 && self.plain_word(q.end) {
            return None;
        }
        // `£5m`, `$500m`, `2m users`: a lower-case `m` glued to the digits is a
        // million after a currency or before a counted thing, metres otherwise.
        if q.digits && !q.vague && q.mag == 1.0 {
            if let Some(t) = self.toks.get(q.end) {
                if t.kind == Kind::Word
                    && !t.space_before
                    && t.text(self.src) == "m"
                    && (currency.is_some() || self.item_has(q.end + 1, |w| matches!(w, Sense::Thing(_) | Sense::Measure(_))).is_some())
                {
                    q.lo *= 1e6;
                    q.hi *= 1e6;
                    q.rounding *= 1e6;
                    q.mag = 1e6;
                    q.bare = false;
                    q.yearlike = false;
                    q.scale.push(q.end);
                    q.end += 1;
                }
            }
        }
        // `40s`: the ten years from a round number (an age after `in his`).
        if q.bare && q.lo >= 10.0 && tens(q.lo) && q.lo == q.hi {
            if let Some(t) = self.toks.get(q.end) {
                if t.kind == Kind::Word && !t.space_before && self.tok_has(q.end, |w| matches!(w, Sense::Decade)).is_some() {
                    // (A decade alone is of the calendar: no figure.)
                    unit_before?;
                    q.hi = q.lo + 10.0;
                    q.end += 1;
                    decade = true;
                }
            }
        }
        // `40代`, `40대`: an age, the ten years from a round number; after a
        // year, a decade of the calendar (`2000대`), no figure. (Not the count
        // of a counted thing before it: `차량 40대`, forty vehicles.)
        let age_decade = q.bare
            && q.lo == q.hi
            && !decade
            && self.toks.get(q.end).is_some_and(|t| t.kind == Kind::Word && !t.nl_before)
            && self.tok_has(q.end, |w| matches!(w, Sense::AgeDecade)).is_some()
            && !self.score_sep(q.end);
        if age_decade {
            if q.yearlike && !self.toks[q.end].space_before {
                return None;
            }
            let thing_before = fig_start > 0 && self.item_has(fig_start - 1, |w| matches!(w, Sense::Thing(_))).is_some();
            if (10.0..=90.0).contains(&q.lo) && tens(q.lo) && !thing_before && unit_before.is_none() {
                unit_before = Some(("s", crate::lang::YEAR));
                q.hi = q.lo + 10.0;
                q.end += 1;
                decade = true;
            }
        }
        // A qualifier word alone (no number after it) is nothing.
        j = self.skip_suffix(q.end);
        // Range: `2 a 3`, `30 to 40 million`, `entre 30.000 e 40.000`, `sete ou oito`, `30-40`.
        let mut range = false;
        const DASHES: [char; 7] = ['-', '–', '—', '~', '〜', '～', '‒'];
        // CJK writes the unit after both ends (`20億ドルから30億ドル`,
        // `30亿美元至40亿美元`): step over the first one when a range follows it.
        let mut unit_rep: Option<u32> = None;
        // `30%至40%`: a per cent sign before a CJK range word, likewise.
        let cjk_unit = |j: usize| {
            let t = &self.toks[j];
            (t.kind == Kind::Word && crate::text::is_cjk(t.ch))
                || (t.kind == Kind::Sym && self.toks.get(j + 1).is_some_and(|u| u.kind == Kind::Word && crate::text::is_cjk(u.ch)))
        };
        if !between && j < limit && cjk_unit(j) {
            if let Some(it) = self.item(j) {
                let k = j + it.n;
                if self.find_id(it.id, |w| matches!(w, Sense::Cur(_) | Sense::Unit(..) | Sense::Pct)).is_some()
                    && (self.item_has(k, |w| matches!(w, Sense::RangeSep)).is_some() || self.is_punct(k, &DASHES))
                {
                    unit_rep = Some(it.id);
                    j = k;
                }
            }
        }
        if j < limit {
            let dash = !between && self.is_punct(j, &DASHES);
            let sep = if between {
                self.item_has(j, |w| matches!(w, Sense::And | Sense::RangeSep)).map(|(_, n)| n)
            } else if self.item_has(j, |w| matches!(w, Sense::PostQual(_))).is_some() {
                None
            } else if let Some((_, n)) = self.item_has(j, |w| matches!(w, Sense::RangeSep)) {
                Some(n)
            } else if self.is_punct(j, &DASHES) {
                Some(1)
            } else {
                None
            };
            if let Some(n) = sep {
                let mut k = j + n;
                let mut cur2 = None;
                if let Some((c, m)) = self.currency_prefix(k) {
                    cur2 = Some(c);
                    k += m;
                }
                if let Some(q2) = self.quantity(k, limit) {
                    let mut lo = q.lo;
                    let mut q1 = q.clone();
                    if q1.mag == 1.0 && q2.mag > 1.0 && q1.lo * q2.mag <= q2.lo * 1.0001 {
                        lo *= q2.mag;
                        q1.rounding *= q2.mag;
                    }
                    let same_unit = unit_rep.is_none_or(|id| self.item(q2.end).is_some_and(|it| it.id == id));
                    // A bare year before a magnitude it does not scale is a date, not an
                    // end (Hindi `2020 से 5 लाख`: since 2020, 500 000).
                    let year_then_mag = q.yearlike && q2.mag > 1.0 && lo == q.lo;
                    let ok = (cur2.is_none() || currency.is_none() || cur2 == currency)
                        && lo <= q2.lo
                        && same_unit
                        && !(unit_rep.is_some() && q2.yearlike)
                        && !(q.yearlike && q2.yearlike)
                        && !year_then_mag
                        // `a 2-2 draw`: a score, not a range.
                        && !(dash && q.bare && q2.bare && q.lo == q2.lo);
                    if ok {
                        if currency.is_none() {
                            currency = cur2;
                        }
                        q = Qty {
                            lo,
                            hi: q2.hi,
                            vague: q.vague || q2.vague,
                            rounding: q1.rounding.max(q2.rounding),
                            mag: q2.mag,
                            end: q2.end,
                            digits: q.digits || q2.digits,
                            bare: q.bare && q2.bare,
                            yearlike: false,
                            scale: q.scale.iter().chain(q2.scale.iter()).copied().collect(),
                            alt: q.alt.or(q2.alt),
                            words_only: q.words_only && q2.words_only,
                            inner_qual: q.inner_qual.or(q2.inner_qual),
                        };
                        range = true;
                        j = q.end;
                    }
                }
            }
        }
        if !range {
            j = q.end;
        }
        if between && !range {
            // `entre X` with no second end: read X alone.
        }
        // An abbreviation that ends the number and is also a currency or a unit.
        // `500 mdd` (millones de dólares): a magnitude and its currency at once.
        // `50 mm`: millions next to money (`US$ 50 mm`, `50 mm de dólares`),
        // millimetres otherwise, so the magnitude is undone for the unit.
        let mut unit: Option<(&'static str, f64)> = pct_first.map(|_| ("%", 1.0)).or(unit_before); // (unit, factor)
                                                                                                   // The other reading of an ambiguous unit word (`ton`, English `degrees`).
        let mut unit_alt: Option<(&'static str, f64)> = None;
        if currency.is_none() {
            if let Some(&s) = q.scale.last() {
                if s + 1 == q.end {
                    match self.tok_has(s, |w| matches!(w, Sense::Cur(_) | Sense::Unit(..))) {
                        Some(Sense::Cur(c)) => currency = Some(c),
                        Some(Sense::Unit(u, f)) if self.mag_of(s).is_some() => {
                            let money_next = self.item_has(self.skip_link(q.end), |w| matches!(w, Sense::Cur(_))).is_some()
                                || self.tok_has(q.end, |w| matches!(w, Sense::Cur(_))).is_some();
                            let m = self.mag_of(s).unwrap_or(1.0);
                            if !money_next && m > 0.0 {
                                q.lo /= m;
                                q.hi /= m;
                                q.rounding /= m;
                                q.mag /= m;
                                q.scale.pop();
                                unit = Some((u, f));
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
        // The dot of an abbreviated magnitude before its unit: `3 Mld. di euro`,
        // `5 mill. de euros` (not a sentence end: a lower-case unit or link follows).
        if q.scale.last().is_some_and(|&s| s + 1 == j) && self.is_punct(j, &['.']) && !self.toks[j].space_before {
            if let Some(u) = self.toks.get(j + 1) {
                if !u.cap
                    && !u.nl_before
                    && self.item_has(j + 1, |w| matches!(w, Sense::Link | Sense::Cur(_) | Sense::Unit(..) | Sense::Pct)).is_some()
                {
                    j += 1;
                }
            }
        }
        j = self.skip_suffix(j);
        let mut counted: Option<(usize, usize)> = None; // token range of the counted noun
        let mut unit_at: Option<usize> = None; // token of a unit word
        let mut sub_add = 0.0; // a smaller unit's part, in the base unit (`6-foot-6`)
        let mut end_tok = j; // exclusive
        let mut k = j;
        if k < limit && unit.is_none() {
            // `%` glued or spaced.
            if let Some(t) = self.toks.get(k) {
                if t.kind == Kind::Sym && self.tok_has(k, |w| matches!(w, Sense::Pct)).is_some() {
                    unit = Some(("%", 1.0));
                    k += 1;
                } else if t.kind == Kind::Sym && currency.is_none() && !self.toks.get(k + 1).is_some_and(|u| u.kind == Kind::Number) {
                    // (A sign before digits is their prefix: `a $5 fee`.)
                    if let Some(Sense::Cur(c)) = self.tok_has(k, |w| matches!(w, Sense::Cur(_))) {
                        currency = Some(self.localize(c, true));
                        k += 1;
                    }
                }
            }
        }
        if unit.is_none() && k < limit {
            // Optional link word (`de`, `of`, `d'`) before a unit, currency or counted noun.
            let (kk, linked) = match self.item_has(k, |w| matches!(w, Sense::Link)) {
                // A partitive: `five of the victims` (a determiner, then the noun).
                Some((_, n)) if !self.toks[k].nl_before => match self.item_has(k + n, |w| matches!(w, Sense::Det)) {
                    Some((_, m)) if self.toks.get(k + n + m).is_some_and(|u| u.kind == Kind::Word && !u.nl_before) => (k + n + m, true),
                    _ => (k + n, true),
                },
                // A compound adjective: `150-megawatt`, `10-year`, `5-billion-dollar`,
                // `14-процентный` (14-percent).
                _ if self.is_punct(k, &['-'])
                    && !self.toks[k].space_before
                    && self.toks.get(k + 1).is_some_and(|u| !u.space_before)
                    && self.item_has(k + 1, |w| matches!(w, Sense::Unit(..) | Sense::Cur(_) | Sense::Pct)).is_some() =>
                {
                    (k + 1, false)
                }
                // A count as a compound adjective before its noun: `a 22-count
                // indictment`, `its 281-store business` (22 counts, 281 stores).
                // (Likewise in words: `a six-point lead`, `a two-goal lead`.)
                _ if (q.bare || (q.words_only && !q.vague && q.mag == 1.0))
                    && self.is_punct(k, &['-'])
                    && !self.toks[k].space_before
                    && self.toks.get(k + 1).is_some_and(|u| u.kind == Kind::Word && !u.space_before && !u.cap && u.latin)
                    && self.toks.get(k + 2).is_some_and(|u| u.kind == Kind::Word && u.space_before && !u.nl_before) =>
                {
                    (k + 1, false)
                }
                _ => (k, false),
            };
            if let Some((w, n)) = self.item_has(kk, |w| matches!(w, Sense::Cur(_) | Sense::Unit(..) | Sense::Pct)) {
                // (A currency sign before digits is their prefix: `a $5 fee`.)
                let sign_of_next = self.toks[kk].kind == Kind::Sym && self.toks.get(kk + n).is_some_and(|u| u.kind == Kind::Number);
                let glued_ok = !self.toks[kk].nl_before && !sign_of_next;
                if glued_ok {
                    match w {
                        Sense::Cur(c) => {
                            if currency.is_none() {
                                currency = Some(self.localize(c, self.toks[kk].kind == Kind::Sym));
                            }
                            k = kk + n;
                        }
                        // A unit that is also a function word (Italian `ha`: hectares, has)
                        // does not make a year a figure (`nel 1939 ha`).
                        Sense::Unit(u, f)
                            if currency.is_none() && !(q.yearlike && self.item_has(kk, |w| matches!(w, Sense::Stop)).is_some()) =>
                        {
                            // `2024 года`: a year, not 2024 years.
                            if q.yearlike && self.item_has(kk, |w| matches!(w, Sense::CalendarYear)).is_some() {
                                return None;
                            }
                            unit = Some((u, f));
                            unit_alt = self.unit_alt(kk);
                            unit_at = Some(kk);
                            k = kk + n;
                            // `6-foot-6`, `6 feet 6 inches`: the smaller unit's number.
                            if let Some((add, m)) = self.sub_unit(k, u, f) {
                                sub_add = add;
                                k += m;
                            }
                        }
                        Sense::Pct => {
                            unit = Some(("%", 1.0));
                            k = kk + n;
                        }
                        _ => {}
                    }
                }
            } else if currency.is_none() {
                // A counted noun (`GPUs`, `voluntários`, `人`, `المتطوعين`).
                if let Some((a, b)) = self.counted_noun(kk, linked, limit) {
                    counted = Some((a, b));
                    k = b;
                }
            }
        }
        let k = if counted.is_none() { self.skip_suffix(k) } else { k };
        end_tok = end_tok.max(k);
        if pct_prefix && unit.is_none() && currency.is_none() {
            unit = Some(("%", 1.0));
        }
        if qual == Qualifier::Exact {
            if let Some(iq) = q.inner_qual {
                qual = iq;
            }
        }
        // Post qualifiers: `ou mais`, `or more`, `以上`, `多`, `左右`.
        // (Not the first syllable of a Korean word: `20대 여성`, women, is no `여`.)
        let post_qual = self.item_has(end_tok, |w| matches!(w, Sense::PostQual(_))).filter(|&(_, n)| {
            let t = &self.toks[end_tok];
            let glued_on = self.toks.get(end_tok + n).is_some_and(|u| u.kind == Kind::Word && !u.space_before && is_hangul(u.ch));
            !(is_hangul(t.ch) && t.space_before && glued_on && !self.tok_has_senses(end_tok + n))
        });
        if let Some((Sense::PostQual(pq), n)) = post_qual {
            if qual == Qualifier::Exact {
                qual = pq;
            }
            end_tok += n;
            // `1万多人`: the counter may follow the post qualifier; so may the
            // currency or unit (Hindi `10 करोड़ से अधिक रुपये`).
            if unit.is_none() && currency.is_none() && counted.is_none() {
                let after = self.item_has(end_tok, |w| matches!(w, Sense::Cur(_) | Sense::Unit(..) | Sense::Pct));
                if let Some((w, n)) = after.filter(|_| !self.toks[end_tok].nl_before) {
                    match w {
                        Sense::Cur(c) => currency = Some(self.localize(c, false)),
                        Sense::Unit(u, f) => {
                            unit = Some((u, f));
                            unit_alt = self.unit_alt(end_tok);
                        }
                        _ => unit = Some(("%", 1.0)),
                    }
                    end_tok += n;
                } else if let Some((a, b)) = self.counted_noun(end_tok, false, limit) {
                    counted = Some((a, b));
                    end_tok = b;
                }
            }
        }
        // ----- what is not a figure -----
        // An ordinal suffix after the number and its counter (`3回目`,
        // `60周年`), or a time of day (`4.40 am`).
        if self.toks.get(end_tok).is_some_and(|t| !t.nl_before)
            && self.item_has(end_tok, |w| matches!(w, Sense::Ordinal | Sense::Clock)).is_some()
        {
            return None;
        }
        // `100％確信`, `100퍼센트 확신` (100 percent sure): a per cent before an
        // intensifier word is none.
        if unit.is_some_and(|(u, _)| u == "%")
            && self.toks.get(end_tok).is_some_and(|t| !t.nl_before)
            && self.item_has(end_tok, |w| matches!(w, Sense::Idiom)).is_some()
        {
            return None;
        }
        // A score: `2대1`, `2 対 2` (the second number is caught in `rejected`).
        if self.score_sep(q.end) {
            return None;
        }
        // `Saipov, 30, said`: an age, in years.
        if unit.is_none()
            && currency.is_none()
            && counted.is_none()
            && qual == Qualifier::Exact
            && self.appositive_age(fig_start, end_tok, &q)
        {
            unit = Some(("s", crate::lang::YEAR));
        }
        // `Tyler was 13 when`, `who was 11 at the time`: an age, in years.
        if unit.is_none()
            && currency.is_none()
            && counted.is_none()
            && qual == Qualifier::Exact
            && self.predicative_age(fig_start, end_tok, &q)
        {
            unit = Some(("s", crate::lang::YEAR));
        }
        // `200 and 400 metres`: a bare number takes the unit of the one joined to it.
        if unit.is_none() && currency.is_none() && counted.is_none() && q.bare && !q.yearlike && !range && end_tok == q.end {
            unit = self.shared_unit(end_tok);
        }
        let has_unit = unit.is_some() || currency.is_some();
        // A bare number between a label word and a time unit that is also a
        // label (a date or clock part) is a label: Vietnamese dates `ngày 12
        // tháng 7 năm 2023` (day 12, month 7), `lúc 9 giờ` (at 9 o'clock).
        if let (true, None, Some(("s", _)), Some(u)) = (q.bare, currency, unit, unit_at) {
            let first_num = (fig_start..q.end).find(|&i| self.toks[i].kind == Kind::Number);
            if let Some(n) = first_num {
                let label = |i: usize| self.tok_has(i, |w| matches!(w, Sense::Label)).is_some();
                if n > 0 && label(n - 1) && label(u) {
                    return None;
                }
            }
        }
        // A year-like number is a count when what it counts is a known thing
        // (`1000 people`) or a qualifier stands before it (`almost 1000 cases`).
        let counted_ok =
            counted.is_some_and(|(a, _)| qual != Qualifier::Exact || self.item_has(a, |w| matches!(w, Sense::Thing(_))).is_some());
        if self.rejected(fig_start, &q, has_unit, counted_ok) {
            return None;
        }
        if !has_unit && counted.is_none() && q.bare {
            return None;
        }
        // A number written only in CJK or Hangul characters (十, 三百, 两千亿, 万)
        // stands inside many words and names (十分, 三星, 万达, 千葉, 백신): it is a
        // figure only with a unit, currency, counter or counted thing after it.
        if q.words_only && !q.vague && !has_unit && counted.is_none() && crate::text::is_cjk(self.toks[qstart].ch) {
            return None;
        }
        // A reading on a scale is never stated in words: `a quake`, `an earthquake`.
        if q.words_only && unit.is_some_and(|(u, _)| crate::lang::scale_unit(u)) {
            return None;
        }
        if q.words_only && !has_unit && q.lo < 2.0 && q.mag == 1.0 {
            return None;
        }
        // Likewise one thing counted with a counter word (`1人`, `1台`, `1つ`,
        // `1명`): where a counter follows every numeral, `1` + counter is how the
        // language says `a`/`one`, the singular, not a figure.
        if q.bare && q.lo == 1.0 && !range && qual == Qualifier::Exact && !has_unit {
            if let Some((a, _)) = counted {
                if self.tok_has(a, |w| matches!(w, Sense::Counter)).is_some() {
                    return None;
                }
            }
        }
        // Number words below a thousand with nothing counted (`two of them`,
        // `a two-thirds majority`) are no more a figure than a bare `2`.
        if q.words_only && !q.vague && !has_unit && counted.is_none() && q.mag == 1.0 {
            return None;
        }
        // ----- the claim -----
        let (unit_code, factor) = match (currency, unit) {
            (Some(c), _) => (c, 1.0),
            (None, Some(("m", f))) if rate_before.is_some() => ("m/s", f / rate_before.unwrap_or(1.0)),
            (None, Some((u, f))) => (u, f),
            (None, None) => ("count", 1.0),
        };
        let mut lo = q.lo * factor + sub_add;
        let mut hi = q.hi * factor + sub_add;
        let mut rounding = q.rounding * factor;
        if q.vague {
            rounding = 0.0;
        }
        let mut alt = q.alt.map(|(v, note)| (v * factor, v * factor, note));
        if alt.is_none() {
            // The other reading of the unit, in the same base unit once converted.
            if let Some((au, af)) = unit_alt.filter(|_| currency.is_none()) {
                let (b, alo, ahi, _) = to_base(au, q.lo * af, q.hi * af, 0.0);
                if b == to_base(unit_code, 0.0, 0.0, 0.0).0 {
                    alt = Some((alo, ahi, unit_alt_note(unit_code, au)));
                }
            }
        }
        // Units with an offset (`°F`) to their base; a unit below zero
        // (`10 градусов мороза`, -10 °C) turns the interval round.
        let (unit_code, l, h, r) = to_base(unit_code, lo, hi, rounding);
        (lo, hi, rounding) = (l.min(h), l.max(h), r.abs());
        if let Some((a, b, note)) = alt {
            alt = Some((a.min(b), a.max(b), note));
        }
        // An ambiguous magnitude whose own reading is implausible swaps readings
        // (1,7 trillion de dollars is 1.7e12 in a French finance story, not 1.7e18).
        if let Some((alo, ahi, note)) = alt {
            if hi > 1e16 && ahi <= 1e16 {
                let f = alo / lo;
                alt = Some((lo, hi, note));
                lo = alo;
                hi = ahi;
                rounding *= f;
            }
        }
        let qualifier = if q.vague {
            Qualifier::Vague
        } else if range || decade {
            Qualifier::Range
        } else {
            qual
        };
        // Below a bound: from zero, except for units that go below it (`°C`).
        let floor = if crate::lang::signed_unit(unit_code) { None } else { Some(0.0) };
        let (low, high) = match qualifier {
            Qualifier::MoreThan | Qualifier::AtLeast => (Some(lo), None),
            Qualifier::LessThan | Qualifier::UpTo => (floor, Some(hi)),
            _ => (Some(lo), Some(hi)),
        };
        let (low, high) =
            if matches!(qualifier, Qualifier::LessThan | Qualifier::UpTo) && unit_code == "%" { (Some(0.0), high) } else { (low, high) };
        let s = self.toks[fig_start].start as usize;
        let e = self.toks[end_tok - 1].end as usize;
        if s >= e || !low.is_none_or(f64::is_finite) || !high.is_none_or(f64::is_finite) || !crate::lang::plausible(unit_code, lo, hi) {
            return None;
        }
        let counted_text = counted.map(|(a, b)| {
            let cs = self.toks[a].start as usize;
            let ce = self.toks[b - 1].end as usize;
            self.src[cs..ce].to_string()
        });
        // Mostly one word: put in place at once (collecting is slower).
        let word = |t: usize| self.toks[t].text(self.src).to_string();
        let scale_words = match q.scale.as_slice() {
            [] => smallvec::SmallVec::new(),
            &[t] => smallvec::SmallVec::from_buf([word(t)]),
            many => many.iter().map(|&t| word(t)).collect(),
        };
        let claim = Claim {
            text: self.src[s..e].to_string(),
            start: s,
            end: e,
            low,
            high,
            qualifier,
            unit: Cow::Borrowed(unit_code),
            counted: counted_text,
            measure: None,
            subject: None,
            lang: Cow::Borrowed(self.lang.code()),
            alt: alt.map(|(a, b, note)| AltReading {
                low: if matches!(qualifier, Qualifier::LessThan | Qualifier::UpTo) { floor } else { Some(a) },
                high: if matches!(qualifier, Qualifier::MoreThan | Qualifier::AtLeast) { None } else { Some(b) },
                note: note.to_string(),
            }),
            date: None,
            quote: None,
            entities: Vec::new(),
            scale_words,
            rounding,
        };
        Some((claim, fig_start, end_tok))
    }

    /// The counted noun at `k`: one word that is not a function word, number or
    /// unit; a phrase when the lexicon knows it (`وحدات معالجة الرسومات`); a
    /// CJK counter and the noun glued after it (`块GPU`).
    fn counted_noun(&self, k: usize, linked: bool, limit: usize) -> Option<(usize, usize)> {
        let t = self.toks.get(k)?;
        if k >= limit || t.kind != Kind::Word || t.nl_before {
            return None;
        }
        if let Some((_, n)) = self.item_has(k, |w| matches!(w, Sense::Thing(_))) {
            return Some((k, k + n));
        }
        // An adjective before the noun: `40,000 new cases`.
        if let Some((_, n)) = self.item_has(k, |w| matches!(w, Sense::Adj)) {
            if self.toks.get(k + n).is_some_and(|u| u.space_before) {
                return self.counted_noun(k + n, linked, limit).map(|(_, b)| (k, b));
            }
        }
        if self.tok_has(k, |w| matches!(w, Sense::Counter)).is_some() {
            // A counter, then maybe the noun (`块GPU`, `台服务器`).
            if let Some(u) = self.toks.get(k + 1) {
                if u.kind == Kind::Word && !u.space_before && self.tok_has(k + 1, |w| !matches!(w, Sense::Thing(_))).is_none() {
                    // A CJK segment after the counter is the noun only when the
                    // lexicon knows it as a counted thing (台服务器, not 家公 of 家公司).
                    let thing = self.tok_has(k + 1, |w| matches!(w, Sense::Thing(_))).is_some();
                    if thing || !crate::text::is_cjk(u.ch) {
                        return Some((k, k + 2));
                    }
                }
                // A Latin-script classifier stands apart from its noun
                // (Vietnamese `1.000 chiếc xe`, `3 căn nhà`): take the noun too.
                if t.latin && u.kind == Kind::Word && u.space_before && !u.nl_before && k + 1 < limit {
                    if let Some((_, b)) =
                        self.counted_noun(k + 1, false, limit).filter(|_| self.tok_has(k + 1, |w| matches!(w, Sense::Counter)).is_none())
                    {
                        return Some((k, b));
                    }
                }
            }
            return Some((k, k + 1));
        }
        // A noun phrase the lexicon knows as a measure (`nhân viên`, staff).
        if let Some(it) = self.item(k) {
            if it.n > 1 && self.find_id(it.id, |w| !matches!(w, Sense::Measure(_) | Sense::Entity(_))).is_none() {
                return Some((k, k + it.n));
            }
        }
        let blocked = self.tok_has(k, |w| !matches!(w, Sense::Thing(_) | Sense::Measure(_) | Sense::Entity(_))).is_some();
        if blocked {
            return None;
        }
        let text = t.text(self.src);
        let first = text.chars().next()?;
        if crate::text::is_cjk(first) {
            // In CJK, a noun glued to the number without a counter is rare; accept
            // one segment only when linked (的).
            if !linked {
                return None;
            }
        }
        // Latin nouns: at least two letters.
        if text.chars().count() < 2 && !crate::text::is_cjk(first) {
            return None;
        }
        let _ = linked;
        Some((k, k + 1))
    }

    /// Whether the figure at `start` (with quantity `q`) is a name, date, label or code.
    fn rejected(&self, start: usize, q: &Qty, has_unit: bool, counted_ok: bool) -> bool {
        let t = &self.toks[start];
        // After an ordinal prefix, glued or not: 第三, 제3, 第 89 分钟.
        let ordinal_before =
            |i: usize| i > 0 && !self.toks[i].nl_before && self.tok_has(i - 1, |w| matches!(w, Sense::OrdinalBefore)).is_some();
        if ordinal_before(start) {
            return true;
        }
        // CJK numerals glued after another digit character (the 四 of
        // 二〇二四年, a year written digit by digit).
        if start > 0 && t.kind == Kind::Word && crate::text::is_cjk(t.ch) && !t.space_before {
            let p = &self.toks[start - 1];
            if p.kind == Kind::Word && crate::text::is_cjk(p.ch) {
                let num = |i: usize| self.tok_has(i, |w| matches!(w, Sense::Num(_))).is_some();
                if num(start) && num(start - 1) {
                    return true;
                }
            }
        }
        // Find the first number token of the quantity.
        let first_num = (start..q.end).find(|&i| self.toks[i].kind == Kind::Number);
        if let Some(n) = first_num {
            let tn = &self.toks[n];
            if ordinal_before(n) || (n > 0 && self.score_sep(n - 1)) {
                return true;
            }
            // CJK dates: a day after a month word (5月1日, 5월 1일). (A year
            // before a year word, 2024年, is the lexicon's `CalendarYear`.)
            let int = tn.decimals == 0 && !tn.grouped;
            if int
                && n > 0
                && tn.value <= 31.0
                && crate::text::is_cjk(self.toks[n - 1].ch)
                && self.tok_has(n - 1, |w| matches!(w, Sense::Month)).is_some()
            {
                let day = self.tok_has(n + 1, |w| matches!(w, Sense::Unit("s", f) if f == crate::lang::DAY)).is_some()
                    || self.toks.get(n + 1).is_some_and(|u| matches!(u.text(self.src), "号" | "號"));
                if day {
                    return true;
                }
            }
            // Glued to letters before: H100, GPT-4, Grok-2, MI300X, v1.2.
            if n > 0 && !tn.space_before {
                let p = &self.toks[n - 1];
                if p.kind == Kind::Word
                    && !crate::text::is_cjk(p.ch)
                    && self.tok_has(n - 1, |w| matches!(w, Sense::Cur(_) | Sense::Qual(_))).is_none()
                    // Arabic words glue to digits (proclitics: `بـ5 مليارات`, `و40`; a
                    // space left out: `يعتقد38%`); names and models glued so are Latin.
                    && !('\u{0600}'..='\u{06FF}').contains(&p.ch)
                {
                    return true;
                }
                // `रु.500`: the dot of a currency abbreviation read as the prefix.
                let cur_dot = p.ch == '.' && n >= start + 2 && self.tok_has(n - 2, |w| matches!(w, Sense::Cur(_))).is_some();
                if p.kind == Kind::Punct && !cur_dot && matches!(p.ch, '-' | '#' | '№' | '§' | '+' | '/' | ':' | '_' | '@' | '.' | '&') {
                    // (Not after a unit written before its number: `magnitude-7.5`.)
                    if p.ch == '-'
                        && n >= 2
                        && !p.space_before
                        && self.toks[n - 2].kind == Kind::Word
                        && self.tok_has(n - 2, |w| matches!(w, Sense::UnitBefore(..))).is_none()
                    {
                        return true;
                    }
                    if p.ch != '-' {
                        return true;
                    }
                    // `5-3` score or `2023-24` with digits before.
                    if n >= 2 && !p.space_before && matches!(self.toks[n - 2].kind, Kind::Number | Kind::Code) {
                        return true;
                    }
                }
            }
            // The second year of a span written short: `1950～53年`, `1950-53`,
            // `2023–24` (a date, not 53 years).
            if n >= 2 && tn.decimals == 0 && tn.digits == 2 && self.is_punct(n - 1, &['-', '–', '—', '~', '〜', '～']) {
                let y = &self.toks[n - 2];
                if y.kind == Kind::Number && y.decimals == 0 && !y.grouped && y.digits == 4 && (1000.0..2200.0).contains(&y.value) {
                    return true;
                }
            }
            // Glued to letters after that are not a unit, magnitude, counter or percent: 300X, 1st, 2º, 10h30.
            if let Some(u) = self.toks.get(n + 1) {
                if !u.space_before {
                    match u.kind {
                        Kind::Word => {
                            let ok = crate::text::is_cjk(u.ch)
                                || self
                                    .item_has(n + 1, |w| {
                                        matches!(
                                            w,
                                            Sense::Mag(_)
                                                | Sense::MagPl(_)
                                                | Sense::MagAmb(..)
                                                | Sense::Unit(..)
                                                | Sense::Cur(_)
                                                | Sense::Pct
                                                | Sense::Counter
                                                | Sense::Small(_)
                                                | Sense::PostQual(_)
                                                | Sense::Decade
                                        )
                                    })
                                    .is_some();
                            if !ok {
                                return true;
                            }
                        }
                        Kind::Punct
                            if matches!(u.ch, ':' | '/' | '_' | '@')
                                && self.toks.get(n + 2).is_some_and(|v| v.kind == Kind::Number && !v.space_before) =>
                        {
                            return true;
                        }
                        Kind::Punct if u.ch == '-' => {
                            // Phone-like: 3333-4444, 11-99999-9999.
                            if let Some(v) = self.toks.get(n + 2) {
                                if v.kind == Kind::Number && !v.space_before && (tn.digits >= 3 && v.digits >= 4) {
                                    return true;
                                }
                            }
                        }
                        Kind::Code => return true,
                        _ => {}
                    }
                }
            }
            // A time of day: before a clock word (`4.40 am`, `15.30 Uhr`, `02:30
            // BST`), its minutes after one (`11 h 15`), `HH.MM` or an hour after a
            // word that announces a time (`alle 15.00`, `pukul 4.40`, `às 15 horas`).
            let clock =
                |i: usize| self.toks.get(i).is_some_and(|u| !u.nl_before) && self.item_has(i, |w| matches!(w, Sense::Clock)).is_some();
            if clock(n + 1) || (n >= 2 && clock(n - 1) && self.toks[n - 2].kind == Kind::Number) {
                return true;
            }
            let hh_mm = tn.decimals == 2 && tn.value < 24.0 && (tn.value.fract() * 100.0).round() < 60.0;
            let hour = tn.decimals == 0
                && tn.value <= 24.0
                && self.tok_has(n + 1, |w| matches!(w, Sense::Unit("s", f) if f == crate::lang::HOUR)).is_some();
            if (hh_mm || hour) && n > 0 && self.tok_has(n - 1, |w| matches!(w, Sense::ClockBefore)).is_some() {
                return true;
            }
            // A score: the second number of `38 - 17`, `2-2`, `1–0` (a range
            // rises; a score need not).
            if n >= 2 && self.is_punct(n - 1, &['-', '–', '—']) {
                let a = &self.toks[n - 2];
                if a.kind == Kind::Number && a.decimals == 0 && tn.decimals == 0 && a.value >= tn.value && !self.toks[n - 1].nl_before {
                    return true;
                }
            }
            // A bare number after a label word or a name: artigo 5, SB 1047, iPhone 15, RTX 4090.
            let bare = q.bare && !has_unit;
            if bare && n > 0 {
                let p = &self.toks[n - 1];
                if self.tok_has(n - 1, |w| matches!(w, Sense::Label)).is_some() {
                    return true;
                }
                // An abbreviated label with its dot: `Nr. 5`, `Art. 12`, `ст. 159`.
                if n > 1 && self.is_punct(n - 1, &['.']) && !p.space_before && self.tok_has(n - 2, |w| matches!(w, Sense::Label)).is_some()
                {
                    return true;
                }
                if p.kind == Kind::Word
                    && p.latin
                    && (p.inner_cap || (p.cap && !self.sentence_initial(n - 1)))
                    && !self.tok_has_senses(n - 1)
                {
                    return true;
                }
                if matches!(p.kind, Kind::Punct | Kind::Sym) && matches!(p.ch, '#' | '№' | '§' | '°') {
                    return true;
                }
            }
            // Years and dates: a bare year, or a number beside a month name.
            // (Not when a CJK counter is glued to it: 2000人, 1500台.)
            let cjk_counter = self.toks.get(n + 1).is_some_and(|u| !u.space_before && crate::text::is_cjk(u.ch))
                && self.tok_has(n + 1, |w| matches!(w, Sense::Counter | Sense::Thing(_))).is_some();
            if q.yearlike && !has_unit && q.mag == 1.0 && !cjk_counter && !counted_ok {
                return true;
            }
            if q.bare && !has_unit {
                let near_month = |i: usize| self.tok_has(i, |w| matches!(w, Sense::Month)).is_some();
                let before = n > 0
                    && (near_month(n - 1) || (n > 1 && near_month(n - 2) && self.tok_has(n - 1, |w| matches!(w, Sense::Link)).is_some()));
                let after = near_month(n + 1)
                    || (self.tok_has(n + 1, |w| matches!(w, Sense::Link)).is_some() && near_month(n + 2))
                    || (self.is_punct(n + 1, &['.', '-', '/']) && near_month(n + 2));
                if before || after {
                    return true;
                }
            }
            // Phone numbers written in groups: `030 1234567`, `+49 30 1234567`:
            // a bare number after a space-separated run of numbers that starts
            // with a leading zero or a `+`.
            if q.bare && !has_unit {
                let zero_led = |i: usize| {
                    let u = &self.toks[i];
                    u.kind == Kind::Number && u.digits >= 2 && u.decimals == 0 && self.src[u.start as usize..].starts_with('0')
                };
                let mut i = n;
                let mut phone = zero_led(n);
                while !phone && i > 0 && n - i < 4 && self.toks[i].space_before && self.toks[i - 1].kind == Kind::Number {
                    i -= 1;
                    phone = zero_led(i);
                }
                if phone || (i < n && self.is_punct(i.wrapping_sub(1), &['+']) && !self.toks[i].space_before) {
                    return true;
                }
            }
            // Ordinals written with a dot in de (`3. Mai`) are caught above by the month rule.
        }
        let _ = t;
        false
    }

    /// Whether the bare number of tokens `start..end` is an age set off by
    /// commas after a name or a person (`Saipov, 30, said`), where the
    /// lexicon writes ages so ([`crate::lang::Lexicon::appositive_age`]).
    fn appositive_age(&self, start: usize, end: usize, q: &Qty) -> bool {
        if !self.lang.lexicon().appositive_age || !q.bare || start < 2 || end != start + 1 {
            return false;
        }
        let t = &self.toks[start];
        let age = t.decimals == 0 && !t.grouped && (1.0..=120.0).contains(&t.value);
        let before = &self.toks[start - 2];
        // The word before the comma: a name or a noun, not a number, function or measure word.
        let person = before.kind == Kind::Word && self.tok_has(start - 2, |w| !matches!(w, Sense::Thing(_) | Sense::Entity(_))).is_none();
        age && person && self.is_punct(start - 1, &[',']) && self.is_punct(end, &[','])
    }

    /// Whether the bare number of tokens `start..end` stands between a
    /// copula and a word of time (`was 13 when`, `was 11 at the time`): an age.
    fn predicative_age(&self, start: usize, end: usize, q: &Qty) -> bool {
        if !q.bare || start == 0 || end != start + 1 {
            return false;
        }
        let t = &self.toks[start];
        let age = t.decimals == 0 && !t.grouped && (1.0..=120.0).contains(&t.value);
        if !age || self.toks[start - 1].kind != Kind::Word || self.tok_has(start - 1, |w| matches!(w, Sense::Copula)).is_none() {
            return false;
        }
        // The word of time after the number (a comma between: `було 13, коли`),
        // or before the copula (`who at the time was 11`, `якому тоді було 11`).
        let time_at = |k: usize| {
            self.toks.get(k).is_some_and(|u| u.kind == Kind::Word && !u.nl_before)
                && self.item_has(k, |w| matches!(w, Sense::AgeAfter)).is_some()
        };
        let after = if self.is_punct(end, &[',']) { end + 1 } else { end };
        time_at(after)
            || (start >= 2
                && self.toks[start - 2].kind == Kind::Word
                && self.tok_has(start - 2, |w| matches!(w, Sense::AgeAfter)).is_some())
    }

    /// Whether a score separator stands at `k`, between two numbers (`2대1`).
    fn score_sep(&self, k: usize) -> bool {
        k > 0
            && self.toks[k - 1].kind == Kind::Number
            && self.toks.get(k + 1).is_some_and(|u| u.kind == Kind::Number && !u.nl_before)
            && self.tok_has(k, |w| matches!(w, Sense::ScoreSep)).is_some()
    }

    /// Whether token `i` begins a sentence (or the chunk).
    pub(crate) fn sentence_initial(&self, i: usize) -> bool {
        if i == 0 || self.toks[i].nl_before {
            return true;
        }
        let p = &self.toks[i - 1];
        p.kind == Kind::Punct && crate::text::is_sentence_end(p.ch) || matches!(p.ch, '"' | '“' | '«' | '(' | '—' | ':')
    }

    // ----- quantities -----

    /// Reads a quantity at `j`: digits or number words with magnitudes, or a
    /// vague quantity.
    fn quantity(&self, j: usize, limit: usize) -> Option<Qty> {
        if j >= limit {
            return None;
        }
        // Vague head: `dezenas de milhares`, `several`, `hundreds of`, `milhares de bilhões`, `数十万`
        // (words: digits, having no key, start none).
        if self.toks[j].kind != Kind::Number {
            if let Some(v) = self.vague(j, limit) {
                return Some(v);
            }
        }
        self.number(j, limit)
    }

    fn vague(&self, j: usize, limit: usize) -> Option<Qty> {
        let mut k = j;
        let (mut lo, mut hi);
        let mut scale = Scale::new();
        let mut chained = false;
        // CJK `数` / `几` before a numeral: 数十万 = tens of 万.
        if self.tok_has(k, |w| matches!(w, Sense::VaguePrefix)).is_some() {
            let it = self.toks.get(k + 1)?;
            if it.space_before {
                return None;
            }
            let base = match self.tok_has(k + 1, |w| matches!(w, Sense::Small(_) | Sense::Mag(_) | Sense::MagPl(_))) {
                Some(Sense::Small(x)) | Some(Sense::Mag(x)) | Some(Sense::MagPl(x)) => x,
                _ => return None,
            };
            lo = base;
            hi = base * 10.0;
            k += 2;
            // 数十万: the following magnitude multiplies.
            while k < limit {
                match self.tok_has(k, |w| matches!(w, Sense::Mag(_) | Sense::MagPl(_))) {
                    Some(Sense::Mag(m)) | Some(Sense::MagPl(m)) if !self.toks[k].space_before => {
                        lo *= m;
                        hi *= m;
                        scale.push(k);
                        k += 1;
                    }
                    _ => break,
                }
            }
            return Some(self.vague_qty(lo, hi, k, scale));
        }
        let (w, n) = self.item_has(k, |w| matches!(w, Sense::Vague(..) | Sense::MagPl(_)))?;
        match w {
            Sense::Vague(a, b) => {
                lo = a;
                hi = b;
                k += n;
                // `several hundred`, `a few hundred`: the multiplier scales the interval.
                if let Some((Sense::Small(u), m)) = self.item_has(k, |w| matches!(w, Sense::Small(_))) {
                    lo *= u;
                    hi *= u;
                    k += m;
                }
                // `plusieurs centaines`: several hundreds = [2·100, 1000).
                if let Some((Sense::Vague(c, d), m)) = self.item_has(self.skip_link(k), |w| matches!(w, Sense::Vague(..))) {
                    let kk = self.skip_link(k);
                    let nlo = lo * c;
                    let nhi = (lo * c * (hi / lo)).min(d);
                    lo = nlo;
                    hi = nhi.max(nlo * 1.0001);
                    k = kk + m;
                }
            }
            Sense::MagPl(x) => {
                // `milhares de bilhões`: [X·Y, 10·X·Y); alone [2X, 1000X).
                let kk = self.skip_link(k + n);
                if kk < limit && self.tok_has(kk, |w| matches!(w, Sense::Mag(_) | Sense::MagPl(_))).is_some() {
                    lo = x;
                    hi = 10.0 * x;
                    chained = true;
                } else {
                    scale.push(k);
                    return Some(self.vague_qty(2.0 * x, 1000.0 * x, k + n, scale));
                }
                scale.push(k);
                k += n;
            }
            _ => return None,
        }
        // Magnitudes that multiply: `de milhares`, `of millions`, `milliards`.
        let mut any_mag = false;
        while k < limit {
            let kk = self.skip_link(k);
            match self.item_has(kk, |w| matches!(w, Sense::Mag(_) | Sense::MagPl(_) | Sense::MagAmb(..))) {
                Some((Sense::Mag(m), n)) | Some((Sense::MagPl(m), n)) | Some((Sense::MagAmb(m, _), n)) => {
                    lo *= m;
                    hi *= m;
                    scale.push(kk);
                    any_mag = true;
                    k = kk + n;
                }
                _ => break,
            }
        }
        let _ = (chained, any_mag);
        Some(self.vague_qty(lo, hi, k, scale))
    }

    fn vague_qty(&self, lo: f64, hi: f64, end: usize, scale: Scale) -> Qty {
        Qty {
            lo,
            hi,
            vague: true,
            rounding: 0.0,
            mag: scale.iter().filter_map(|&i| self.mag_of(i)).product(),
            end,
            digits: false,
            bare: false,
            yearlike: false,
            scale,
            alt: None,
            words_only: false,
            inner_qual: None,
        }
    }

    fn mag_of(&self, i: usize) -> Option<f64> {
        match self.tok_has(i, |w| matches!(w, Sense::Mag(_) | Sense::MagPl(_) | Sense::MagAmb(..))) {
            Some(Sense::Mag(m)) | Some(Sense::MagPl(m)) | Some(Sense::MagAmb(m, _)) => Some(m),
            _ => None,
        }
    }

    /// After a unit (`u`, factor `f`) that has a smaller one ([`crate::lang::SUB_UNITS`]),
    /// at `k`: that unit's number, glued by a hyphen (`6-foot-6`) or with its
    /// own unit word (`6 feet 6 inches`). Returns its part in the base unit
    /// and the tokens it spans.
    fn sub_unit(&self, k: usize, u: &str, f: f64) -> Option<(f64, usize)> {
        let &(_, _, sub) = crate::lang::SUB_UNITS.iter().find(|s| s.0 == u && s.1 == f)?;
        let small = |i: usize| self.toks.get(i).filter(|t| t.kind == Kind::Number && t.decimals == 0 && !t.grouped && t.value * sub < f);
        if self.is_punct(k, &['-']) && !self.toks[k].space_before && small(k + 1).is_some_and(|t| !t.space_before) {
            let next_glued = self.toks.get(k + 2).is_some_and(|t| !t.space_before && matches!(t.kind, Kind::Number | Kind::Word));
            return (!next_glued).then(|| (self.toks[k + 1].value * sub, 2));
        }
        let n = small(k)?;
        match self.item_has(k + 1, |w| matches!(w, Sense::Unit(..))) {
            Some((Sense::Unit(u2, f2), m)) if u2 == u && f2 == sub => Some((n.value * sub, 1 + m)),
            _ => None,
        }
    }

    /// The unit of a number joined to a bare one by `and` (`200 and 400
    /// metres`, `3 e 4 por cento`): the unit word after that number.
    fn shared_unit(&self, k: usize) -> Option<(&'static str, f64)> {
        let (_, n) = self.item_has(k, |w| matches!(w, Sense::And))?;
        self.toks.get(k + n).filter(|t| t.kind == Kind::Number && !t.nl_before)?;
        let u = k + n + 1;
        if self.toks.get(u).is_none_or(|t| t.nl_before) {
            return None;
        }
        match self.item_has(u, |w| matches!(w, Sense::Unit(..) | Sense::Pct)) {
            Some((Sense::Unit(unit, f), _)) => Some((unit, f)),
            Some((Sense::Pct, _)) => Some(("%", 1.0)),
            _ => None,
        }
    }

    /// The other reading (`W::UnitAlt`) of the unit word at `k`, if it has one.
    fn unit_alt(&self, k: usize) -> Option<(&'static str, f64)> {
        let it = self.item(k)?;
        match self.find_id(it.id, |w| matches!(w, Sense::UnitAlt(..))) {
            Some(Sense::UnitAlt(u, f)) => Some((u, f)),
            _ => None,
        }
    }

    /// `k` past a link word (`de`, `of`) when a magnitude follows it.
    fn skip_link(&self, k: usize) -> usize {
        match self.item_has(k, |w| matches!(w, Sense::Link)) {
            Some((_, n)) => k + n,
            None => k,
        }
    }

    /// Digits and number words with magnitudes: `2,5 milhões`, `vinte e cinco mil`,
    /// `1兆7000億`, `两千亿`, `mil milhões`, `$500M`.
    fn number(&self, j: usize, limit: usize) -> Option<Qty> {
        let mut total = 0.0f64;
        let mut section = 0.0f64;
        let mut num: Option<f64> = None;
        let mut last_mag = f64::INFINITY;
        let mut total_mag = 1.0f64; // largest magnitude applied to `total`
        let mut k = j;
        let mut digits = false;
        let mut words = false;
        let mut any_mag = false;
        let mut rounding_unit = 1.0f64; // value of the last written digit's place
        let mut last_decimals = 0u8;
        let mut scale = Scale::new();
        let mut alt: Option<&'static str> = None;
        // The same sum with the other reading of ambiguous magnitudes.
        let mut alt_total = 0.0f64;
        let mut small_seen = false;
        let mut steps = 0;
        let mut yearlike = false;
        let mut num_from_cjk = false;
        let mut inner_qual: Option<Qualifier> = None;
        while k < limit && steps < 16 {
            steps += 1;
            let t = &self.toks[k];
            if t.kind == Kind::Number {
                if num.is_some() || (digits && !any_mag && !small_seen) {
                    break;
                }
                if any_mag {
                    // `1兆7000億`, `2 milhões 300 mil`: only when a smaller magnitude follows.
                    // A CJK multiplier must be glued to the digits, unless the digits
                    // stand between two CJK words (`1 億 4 千万`, spaced by the writer).
                    let cjk_before = self.toks.get(k.wrapping_sub(1)).is_some_and(|p| crate::text::is_cjk(p.ch));
                    let next_cjk =
                        self.toks.get(k + 1).is_some_and(|u| crate::text::is_cjk(u.ch) && !u.nl_before && (!u.space_before || cjk_before));
                    let smaller = match self.tok_has(k + 1, |w| matches!(w, Sense::Mag(_) | Sense::MagPl(_) | Sense::Small(_))) {
                        // (The same CJK magnitude again, `1억 2500억`: a slip of
                        // the writer's, read below.)
                        Some(Sense::Mag(m)) | Some(Sense::MagPl(m)) => m < last_mag || (m == last_mag && m >= 1e4 && next_cjk),
                        // `2万5千`: a CJK section multiplier below the magnitude.
                        Some(Sense::Small(m)) => next_cjk && m < last_mag,
                        // `1万2000`, `1만2000명`: digits glued after a CJK magnitude
                        // and smaller than it are its remainder.
                        _ => {
                            !t.space_before
                                && self.toks.get(k.wrapping_sub(1)).is_some_and(|p| crate::text::is_cjk(p.ch))
                                && t.decimals == 0
                                && t.value < last_mag
                        }
                    };
                    if !smaller {
                        break;
                    }
                }
                if k > j && t.space_before && (digits || words) && !any_mag && !small_seen {
                    break;
                }
                // A lone separator read as grouping where it is also the
                // decimal mark (`150.000` in ar) is the decimal before a
                // magnitude or per cent: `1.125 مليار` is 1.125 × 10^9,
                // `2,375 persen` a rate, where thousands are rare.
                let mag_next = t.lone_group
                    && self.item_has(k + 1, |w| matches!(w, Sense::Mag(_) | Sense::MagPl(_) | Sense::MagAmb(..) | Sense::Pct)).is_some();
                let (value, decimals) = if mag_next { (t.value / 1e3, 3) } else { (t.value, t.decimals) };
                num = Some(value);
                if !digits && !words {
                    yearlike = !t.grouped && t.decimals == 0 && t.digits == 4 && (1000.0..2200.0).contains(&t.value);
                }
                digits = true;
                last_decimals = decimals;
                // `10f64.powi(-d)`, which is `1 / 10^d`.
                rounding_unit = 1.0 / crate::text::pow10(decimals as u32);
                k += 1;
                continue;
            }
            // A hyphen inside a written number: `twenty-five`, `vingt-cinq`,
            // `quatre-vingts`, `$5-billion`; only when what follows continues it.
            if t.kind == Kind::Punct && t.ch == '-' && !t.space_before && (digits || words) && self.hyphen_continues(k, num, digits) {
                k += 1;
                continue;
            }
            if t.kind != Kind::Word {
                break;
            }
            // A CJK post qualifier between a number and its magnitude: `10多万`,
            // `十余万`, `100여억` (more than 100 000, 10 000 000 000).
            if (num.is_some() || section > 0.0) && !t.space_before && crate::text::is_cjk(t.ch) {
                if let Some(Sense::PostQual(pq)) = self.tok_has(k, |w| matches!(w, Sense::PostQual(_))) {
                    let mag_next = self.toks.get(k + 1).is_some_and(|u| !u.space_before)
                        && self.tok_has(k + 1, |w| matches!(w, Sense::Mag(_))).is_some();
                    if mag_next {
                        inner_qual = Some(pq);
                        k += 1;
                        continue;
                    }
                }
            }
            // Number words and magnitudes.
            let Some(it) = self.item(k) else { break };
            let mut handled = false;
            for w in self.senses_id(it.id) {
                match w {
                    Sense::Num(v) if v < 1.0 => {
                        // A fraction after a magnitude: `millón y medio`, `milione e mezzo`
                        // (a phrase `y medio` = 0.5) is that part of the magnitude.
                        // At the start it is a coefficient: `نصف مليون`, `half a million`.
                        if !any_mag && !digits && !words && num.is_none() && section == 0.0 {
                            num = Some(v);
                            words = true;
                            handled = true;
                            break;
                        }
                        if !any_mag || num.is_some() || section != 0.0 {
                            break;
                        }
                        total += v * last_mag;
                        words = true;
                        handled = true;
                    }
                    Sense::Num(v) => {
                        if crate::text::is_cjk(t.ch) {
                            // Digits add once: 二〇二四 is a year written digit by
                            // digit, not a sum (零 holds a place: 一万零五百).
                            if num.is_some_and(|x| x != 0.0) {
                                break;
                            }
                            num = Some(v);
                            num_from_cjk = true;
                        } else {
                            // Western number words add (`vinte` + `cinco`), but not after digits.
                            // A number sense that does not fit here leaves the word to its
                            // next sense (Arabic `ألفا`: 2000 alone, `20 ألفا` = 20 × 1000).
                            // (Nor after digits and a magnitude: `1.7 million four years`
                            // is two figures.)
                            if digits {
                                continue;
                            }
                            if let Some(prev) = num {
                                if prev < v || !tens(prev) {
                                    continue;
                                }
                            }
                            num = Some(num.unwrap_or(0.0) + v);
                        }
                        words = true;
                        rounding_unit = 1.0;
                        handled = true;
                    }
                    Sense::Small(u) => {
                        section += num.unwrap_or(1.0) * u;
                        num = None;
                        small_seen = true;
                        words = true;
                        rounding_unit = u;
                        handled = true;
                    }
                    Sense::Mag(m) | Sense::MagPl(m) | Sense::MagAmb(m, _) => {
                        if !digits && !words && !any_mag && section == 0.0 && num.is_none() {
                            // (After a magnitude, one more multiplies it: `mille miliardi`.)
                            // A bare plural magnitude is vague, read elsewhere; a bare
                            // singular one (`mil pessoas`, `万人`) must be a word of the
                            // text's own language, standing apart from letters and digits.
                            // A magnitude that is also a function word of the language
                            // counts only after a number (Hindi `अरब`: 10^9, and `Arab`).
                            if matches!(w, Sense::MagPl(_))
                                || !self.own_sense(it.id)
                                || t.inner_cap
                                || self.find_id(it.id, |x| matches!(x, Sense::Stop)).is_some()
                            {
                                break;
                            }
                            if self.toks.get(k + it.n).is_some_and(|u| !u.space_before && u.kind == Kind::Number) {
                                break;
                            }
                        }
                        // A magnitude glued to the number in Latin script must be an
                        // abbreviation (`500M`, `1.5bn`), written as its own word otherwise.
                        let num_or_section = section > 0.0 || num.is_some();
                        let s = section + num.unwrap_or(0.0);
                        let s = if s == 0.0 && total == 0.0 { 1.0 } else { s };
                        let m_alt = if let Sense::MagAmb(_, b) = w { b } else { m };
                        if crate::text::is_cjk(t.ch) && total > 0.0 && s > 0.0 && m == total_mag && m >= 1e4 && num_or_section {
                            // The same myriad magnitude twice (`1億4千億`, `1억 2500억`)
                            // is no number: the writer put it for the one below
                            // (`1億4千万`, 1.4 × 10^8) and meant the whole in
                            // its unit, 1.4 × 10^12 — the trace of a slip.
                            total = total * 1e4 + s * m;
                            alt_total = alt_total * 1e4 + s * m_alt;
                        } else if m > last_mag || (total > 0.0 && m >= total_mag) {
                            total = (total + s) * m;
                            alt_total = (alt_total + s) * m_alt;
                            total_mag = m;
                        } else {
                            total += s * m;
                            alt_total += s * m_alt;
                            if total_mag == 1.0 || m > total_mag {
                                total_mag = m;
                            }
                        }
                        rounding_unit *= m;
                        if let Sense::MagAmb(a, b) = w {
                            alt = Some(amb_note(a, b));
                        }
                        last_mag = m;
                        section = 0.0;
                        num = None;
                        any_mag = true;
                        scale.push(k);
                        handled = true;
                    }
                    Sense::And if words && !digits => {
                        // `vinte e cinco`, `mil e quinhentos`: only when a number word follows
                        // that adds to what was read (not `entre dois e três`).
                        if let Some(Sense::Num(v)) = self.tok_has(k + it.n, |w| matches!(w, Sense::Num(_))) {
                            if num.is_none_or(|p| tens(p) && p > v) {
                                handled = true;
                            }
                        }
                    }
                    _ => {}
                }
                if handled {
                    break;
                }
            }
            if !handled {
                break;
            }
            k += it.n;
        }
        let _ = (last_decimals, num_from_cjk);
        if !digits && !words && !any_mag {
            return None;
        }
        let value = total + section + num.unwrap_or(0.0);
        if !value.is_finite() || value <= 0.0 && !digits {
            return None;
        }
        // Rounding: half a unit of the last written digit, in the magnitude's scale.
        let rounding = if digits || words { 0.5 * rounding_unit } else { 0.0 };
        let bare = digits && !any_mag && !words && !small_seen;
        Some(Qty {
            lo: value,
            hi: value,
            vague: false,
            rounding,
            mag: if any_mag { total_mag } else { 1.0 },
            end: k,
            digits,
            bare,
            yearlike: yearlike && bare,
            scale,
            alt: alt.map(|note| (alt_total + section + num.unwrap_or(0.0), note)),
            words_only: !digits,
            inner_qual,
        })
    }
}

impl Reader<'_> {
    /// Whether the hyphen at `k` joins the number read so far (`num`, after
    /// `digits` or words) to a word that continues it: a magnitude, or for
    /// number words a multiplier (`quatre-vingts`), `et` (`vingt-et-un`), or a
    /// unit digit after a ten (`twenty-five`, `dix-sept`, `soixante-douze`).
    fn hyphen_continues(&self, k: usize, num: Option<f64>, digits: bool) -> bool {
        let Some(u) = self.toks.get(k + 1) else { return false };
        if u.kind != Kind::Word || u.space_before {
            return false;
        }
        let Some(it) = self.item(k + 1) else { return false };
        self.find_id(it.id, |w| match w {
            Sense::Mag(_) | Sense::MagAmb(..) => true,
            Sense::Small(_) | Sense::And => !digits,
            Sense::Num(v) => !digits && num.is_none_or(|p| tens(p) && p > v),
            _ => false,
        })
        .is_some()
    }
}

/// `p % 10.0 == 0.0` (a whole number of tens), without a call to `fmod`
/// for the whole numbers that number words add up to.
/// (The compiler computes a `%` of floats ahead of its use, in every
/// iteration of the reading loops; `fmod` is slow.)
#[inline]
fn tens(p: f64) -> bool {
    if p.abs() < 1e15 {
        // Exact: a whole `p` converts without loss; a fraction is no multiple of ten.
        let i = p as i64;
        i as f64 == p && i % 10 == 0
    } else {
        tens_fmod(p)
    }
}

#[cold]
#[inline(never)]
fn tens_fmod(p: f64) -> bool {
    p % 10.0 == 0.0
}

/// A figure in `unit` (as read) in its base unit: units with an offset
/// ([`crate::lang::AFFINE`]: `°F`) converted, others as they are. Returns
/// the unit, low, high and rounding.
fn to_base(unit: &'static str, lo: f64, hi: f64, rounding: f64) -> (&'static str, f64, f64, f64) {
    match crate::lang::AFFINE.iter().find(|a| a.0 == unit) {
        Some(&(_, base, scale, offset)) => (base, lo * scale + offset, hi * scale + offset, rounding * scale),
        None => (unit, lo, hi, rounding),
    }
}

/// Says which reading of an ambiguous unit word a claim took (`primary`, as
/// read) and which it keeps as the alternative (`alt`).
fn unit_alt_note(primary: &str, alt: &str) -> &'static str {
    match (primary, alt) {
        ("°F", "°C") => "degrees read as Fahrenheit (US usage) instead of Celsius",
        ("kg", "kg") => "ton read as the short ton (907 kg, US usage) instead of the tonne",
        _ => "the other common reading of this unit",
    }
}

/// Hangul syllables and jamo: Korean, written with spaces between words.
fn is_hangul(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7AF}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}')
}

fn amb_note(primary: f64, alt: f64) -> &'static str {
    match (primary as u64, alt as u64) {
        (1_000_000_000_000, 1_000_000) => "兆 read as 10^12 (finance, Taiwan) instead of 10^6 (mega, PRC science)",
        (1_000_000_000_000_000_000, 1_000_000_000_000) => "read as 10^12 (English usage) instead of 10^18 (long scale)",
        (1_000_000_000_000, 1_000_000_000) => "read as 10^9 (English usage) instead of 10^12 (long scale)",
        (1_000_000_000, 1_000_000_000_000) => "read as 10^12 (long scale) instead of 10^9",
        (1_000_000_000_000, 1_000_000_000_000_000_000) => "read as 10^18 (long scale) instead of 10^12",
        _ => "the other common reading of this scale word",
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn tens_is_fmod() {
        let mut vals = vec![
            0.0,
            -0.0,
            0.5,
            1.0,
            9.999,
            10.0,
            20.0,
            25.0,
            100.0,
            1e15,
            1e16,
            1e300,
            -10.0,
            -15.0,
            f64::INFINITY,
            f64::NAN,
            1e15 - 10.0,
            123456789012340.0,
        ];
        for i in 0..2000 {
            vals.push(i as f64);
            vals.push(i as f64 * 0.25);
            vals.push((i as f64) * 1e6 + 10.0);
        }
        for v in vals {
            assert_eq!(super::tens(v), v % 10.0 == 0.0, "{v}");
        }
    }
}
