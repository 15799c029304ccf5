//! Text to claims: a single left-to-right pass over tokens, trying to read a
//! figure at each token that can start one, with a bounded look-ahead.
//!
//! The look-ahead from any start is capped (`MAX_FIGURE_TOKENS`), and after a
//! figure is read the reader resumes behind it, so reading is linear in the
//! input. Long texts are cut into chunks at line breaks (or, for a single
//! huge line, at white space) so memory stays bounded.

mod annotate;
mod figure;
mod number;
mod reader;
mod reject;

use crate::claim::Claim;
use crate::detect::detect;
use crate::lang::Lang;
use crate::lexindex::{index as idx, INFO_START};
use crate::text::{tokenize, Kind};
use reader::{Reader, UNSET};
use std::cell::Cell;

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
    let style = lang.num_style();
    let mut pos = 0usize;
    while pos < text.len() {
        let (end, at_line_break) = cut(text, pos);
        let chunk = &text[pos..end];
        tokenize(chunk, style, idx(), &mut toks);
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

impl<'a> Reader<'a> {
    /// Reads every figure, pushing its claim to `out` and its tokens
    /// (first, after last) to `spans`.
    pub(crate) fn read_all(&self, out: &mut Vec<Claim>, spans: &mut Vec<(usize, usize)>) {
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
}
