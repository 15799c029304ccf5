//! What is not a figure, though it has a number: years, dates, times,
//! ordinals, scores, ages where no age is meant, names and codes (`H100`, `GPT-4`).

use super::figure::Draft;
use super::number::Qty;
use super::reader::Reader;
use crate::claim::Qualifier;
use crate::lang::Sense;
use crate::text::Kind;

impl<'a> Reader<'a> {
    /// Whether the figure at `start` (with quantity `q`) is a name, date, label or code.
    /// (Its steps are `#[inline(always)]`: each is read once per figure on the
    /// reader's hot path, and a call apiece costs more than the test.)
    pub(crate) fn rejected(&self, start: usize, q: &Qty, has_unit: bool, counted_ok: bool) -> bool {
        if self.after_ordinal_prefix(start) || self.cjk_digit_of_a_year(start) {
            return true;
        }
        // The first number token of the quantity.
        let Some(n) = (start..q.end).find(|&i| self.toks[i].kind == Kind::Number) else { return false };
        let bare = q.bare && !has_unit;
        self.after_ordinal_prefix(n)
            || (n > 0 && self.score_sep(n - 1))
            || self.cjk_day_of_month(n)
            || self.glued_after_letters_or_sign(start, n)
            || self.short_second_year(n)
            || self.glued_before_letters(n)
            || self.time_of_day(n)
            || self.second_of_score(n)
            || (bare && self.after_label_or_name(n))
            || (q.yearlike && !has_unit && q.mag == 1.0 && !self.cjk_counter_after(n) && !counted_ok)
            || (bare && (self.beside_month(n) || self.phone_group(n)))
        // (Ordinals written with a dot in de, `3. Mai`, are caught by the month rule.)
    }

    /// After an ordinal prefix, glued or not: 第三, 제3, 第 89 分钟.
    #[inline(always)]
    fn after_ordinal_prefix(&self, i: usize) -> bool {
        i > 0 && !self.toks[i].nl_before && self.tok_has(i - 1, |w| matches!(w, Sense::OrdinalBefore)).is_some()
    }

    /// A CJK numeral glued after another (the 四 of 二〇二四年, a year
    /// written digit by digit).
    #[inline(always)]
    fn cjk_digit_of_a_year(&self, start: usize) -> bool {
        let t = &self.toks[start];
        if start > 0 && t.kind == Kind::Word && crate::text::is_cjk(t.ch) && !t.space_before {
            let p = &self.toks[start - 1];
            if p.kind == Kind::Word && crate::text::is_cjk(p.ch) {
                let num = |i: usize| self.tok_has(i, |w| matches!(w, Sense::Num(_))).is_some();
                return num(start) && num(start - 1);
            }
        }
        false
    }

    /// CJK dates: a day after a month word (5月1日, 5월 1일, 5月1号:
    /// `Lexicon::day_of_month`). (A year before a year word, 2024年, is the
    /// lexicon's `CalendarYear`.)
    #[inline(always)]
    fn cjk_day_of_month(&self, n: usize) -> bool {
        let tn = &self.toks[n];
        let int = tn.decimals == 0 && !tn.grouped;
        int && n > 0
            && tn.value <= 31.0
            && crate::text::is_cjk(self.toks[n - 1].ch)
            && self.tok_has(n - 1, |w| matches!(w, Sense::Month)).is_some()
            && (self.tok_has(n + 1, |w| matches!(w, Sense::Unit("s", f) if f == crate::lang::DAY)).is_some()
                || self.toks.get(n + 1).is_some_and(|u| self.lang.lexicon().day_of_month.contains(&u.text(self.src))))
    }

    /// The number at `n` glued to letters or a sign before it: a name or a
    /// code (H100, GPT-4, Grok-2, MI300X, v1.2, #5, 2023-24).
    #[inline(always)]
    fn glued_after_letters_or_sign(&self, start: usize, n: usize) -> bool {
        if n == 0 || self.toks[n].space_before {
            return false;
        }
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
        if p.kind != Kind::Punct || cur_dot || !matches!(p.ch, '-' | '#' | '№' | '§' | '+' | '/' | ':' | '_' | '@' | '.' | '&') {
            return false;
        }
        if p.ch != '-' {
            return true;
        }
        // (Not after a unit written before its number: `magnitude-7.5`.)
        let word_before = n >= 2
            && !p.space_before
            && self.toks[n - 2].kind == Kind::Word
            && self.tok_has(n - 2, |w| matches!(w, Sense::UnitBefore(..))).is_none();
        // `5-3` score or `2023-24` with digits before.
        word_before || (n >= 2 && !p.space_before && matches!(self.toks[n - 2].kind, Kind::Number | Kind::Code))
    }

    /// The second year of a span written short: `1950～53年`, `1950-53`,
    /// `2023–24` (a date, not 53 years).
    #[inline(always)]
    fn short_second_year(&self, n: usize) -> bool {
        let tn = &self.toks[n];
        if n >= 2 && tn.decimals == 0 && tn.digits == 2 && self.is_punct(n - 1, &['-', '–', '—', '~', '〜', '～']) {
            let y = &self.toks[n - 2];
            return y.kind == Kind::Number && y.decimals == 0 && !y.grouped && y.digits == 4 && (1000.0..2200.0).contains(&y.value);
        }
        false
    }

    /// The number at `n` glued to what is no unit, magnitude, counter or
    /// per cent after it: 300X, 1st, 2º, 10h30, 10:30, a phone number.
    #[inline(always)]
    fn glued_before_letters(&self, n: usize) -> bool {
        let Some(u) = self.toks.get(n + 1) else { return false };
        if u.space_before {
            return false;
        }
        match u.kind {
            Kind::Word => {
                !(crate::text::is_cjk(u.ch)
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
                        .is_some())
            }
            Kind::Punct if matches!(u.ch, ':' | '/' | '_' | '@') => {
                self.toks.get(n + 2).is_some_and(|v| v.kind == Kind::Number && !v.space_before)
            }
            // Phone-like: 3333-4444, 11-99999-9999.
            Kind::Punct if u.ch == '-' => self
                .toks
                .get(n + 2)
                .is_some_and(|v| v.kind == Kind::Number && !v.space_before && (self.toks[n].digits >= 3 && v.digits >= 4)),
            Kind::Code => true,
            _ => false,
        }
    }

    /// A time of day: before a clock word (`4.40 am`, `15.30 Uhr`, `02:30
    /// BST`), its minutes after one (`11 h 15`), `HH.MM` or an hour after a
    /// word that announces a time (`alle 15.00`, `pukul 4.40`, `às 15 horas`).
    #[inline(always)]
    fn time_of_day(&self, n: usize) -> bool {
        let tn = &self.toks[n];
        let clock = |i: usize| self.toks.get(i).is_some_and(|u| !u.nl_before) && self.item_has(i, |w| matches!(w, Sense::Clock)).is_some();
        if clock(n + 1) || (n >= 2 && clock(n - 1) && self.toks[n - 2].kind == Kind::Number) {
            return true;
        }
        let hh_mm = tn.decimals == 2 && tn.value < 24.0 && (tn.value.fract() * 100.0).round() < 60.0;
        let hour = tn.decimals == 0
            && tn.value <= 24.0
            && self.tok_has(n + 1, |w| matches!(w, Sense::Unit("s", f) if f == crate::lang::HOUR)).is_some();
        (hh_mm || hour) && n > 0 && self.tok_has(n - 1, |w| matches!(w, Sense::ClockBefore)).is_some()
    }

    /// A score: the second number of `38 - 17`, `2-2`, `1–0` (a range
    /// rises; a score need not).
    #[inline(always)]
    fn second_of_score(&self, n: usize) -> bool {
        if n >= 2 && self.is_punct(n - 1, &['-', '–', '—']) {
            let (a, tn) = (&self.toks[n - 2], &self.toks[n]);
            return a.kind == Kind::Number && a.decimals == 0 && tn.decimals == 0 && a.value >= tn.value && !self.toks[n - 1].nl_before;
        }
        false
    }

    /// A bare number after a label word or a name: artigo 5, SB 1047, iPhone 15, RTX 4090.
    #[inline(always)]
    fn after_label_or_name(&self, n: usize) -> bool {
        if n == 0 {
            return false;
        }
        let p = &self.toks[n - 1];
        self.tok_has(n - 1, |w| matches!(w, Sense::Label)).is_some()
            // An abbreviated label with its dot: `Nr. 5`, `Art. 12`, `ст. 159`.
            || (n > 1 && self.is_punct(n - 1, &['.']) && !p.space_before && self.tok_has(n - 2, |w| matches!(w, Sense::Label)).is_some())
            || (p.kind == Kind::Word
                && p.latin
                && (p.inner_cap || (p.cap && !self.sentence_initial(n - 1)))
                && !self.tok_has_senses(n - 1))
            || (matches!(p.kind, Kind::Punct | Kind::Sym) && matches!(p.ch, '#' | '№' | '§' | '°'))
    }

    /// A CJK counter glued after the number (2000人, 1500台): a year-like
    /// number so written is a count.
    #[inline(always)]
    fn cjk_counter_after(&self, n: usize) -> bool {
        self.toks.get(n + 1).is_some_and(|u| !u.space_before && crate::text::is_cjk(u.ch))
            && self.tok_has(n + 1, |w| matches!(w, Sense::Counter | Sense::Thing(_))).is_some()
    }

    /// A bare number beside a month name: a day or a year of a date.
    #[inline(always)]
    fn beside_month(&self, n: usize) -> bool {
        let near_month = |i: usize| self.tok_has(i, |w| matches!(w, Sense::Month)).is_some();
        let before =
            n > 0 && (near_month(n - 1) || (n > 1 && near_month(n - 2) && self.tok_has(n - 1, |w| matches!(w, Sense::Link)).is_some()));
        before
            || near_month(n + 1)
            || (self.tok_has(n + 1, |w| matches!(w, Sense::Link)).is_some() && near_month(n + 2))
            || (self.is_punct(n + 1, &['.', '-', '/']) && near_month(n + 2))
    }

    /// Phone numbers written in groups: `030 1234567`, `+49 30 1234567`:
    /// a bare number after a space-separated run of numbers that starts
    /// with a leading zero or a `+`.
    #[inline(always)]
    fn phone_group(&self, n: usize) -> bool {
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
        phone || (i < n && self.is_punct(i.wrapping_sub(1), &['+']) && !self.toks[i].space_before)
    }

    /// Whether the bare number of tokens `start..end` is an age set off by
    /// commas after a name or a person (`Saipov, 30, said`), where the
    /// lexicon writes ages so ([`crate::lang::Lexicon::appositive_age`]).
    pub(crate) fn appositive_age(&self, start: usize, end: usize, q: &Qty) -> bool {
        if !self.lang.lexicon().appositive_age || !q.bare || start < 2 || end != start + 1 {
            return false;
        }
        // Up to three digits, past any life: set off so after a name, `260`
        // is an age with a digit added (`Palin, 260,` for `Palin, 26,`),
        // read so that a version's `26` meets it as the slip it is.
        let t = &self.toks[start];
        let age = t.decimals == 0 && !t.grouped && (1.0..=999.0).contains(&t.value);
        let before = &self.toks[start - 2];
        // The word before the comma: a name or a noun, not a number, function or measure word.
        let person = before.kind == Kind::Word && self.tok_has(start - 2, |w| !matches!(w, Sense::Thing(_) | Sense::Entity(_))).is_none();
        age && person && self.is_punct(start - 1, &[',']) && self.is_punct(end, &[','])
    }

    /// Whether the bare number of tokens `start..end` stands between a
    /// copula and a word of time (`was 13 when`, `was 11 at the time`): an age.
    pub(crate) fn predicative_age(&self, start: usize, end: usize, q: &Qty) -> bool {
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
    pub(crate) fn score_sep(&self, k: usize) -> bool {
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

    /// What follows the figure makes it none: an ordinal suffix, a time of day,
    /// an intensifier after a per cent, a score.
    pub(super) fn not_after(&self, d: &Draft) -> Option<()> {
        // An ordinal suffix after the number and its counter (`3回目`,
        // `60周年`), or a time of day (`4.40 am`).
        if self.toks.get(d.end_tok).is_some_and(|t| !t.nl_before)
            && self.item_has(d.end_tok, |w| matches!(w, Sense::Ordinal | Sense::Clock)).is_some()
        {
            return None;
        }
        // `100％確信`, `100퍼센트 확신` (100 percent sure): a per cent before an
        // intensifier word is none.
        if d.unit.is_some_and(|(u, _)| u == "%")
            && self.toks.get(d.end_tok).is_some_and(|t| !t.nl_before)
            && self.item_has(d.end_tok, |w| matches!(w, Sense::Idiom)).is_some()
        {
            return None;
        }
        // A score: `2대1`, `2 対 2` (the second number is caught in `rejected`).
        if self.score_sep(d.q.end) {
            return None;
        }
        Some(())
    }

    /// The figure as read is none: a label, a year, a name, a bare number,
    /// a number in words with nothing it counts.
    pub(super) fn not_a_figure(&self, d: &Draft) -> Option<()> {
        let has_unit = d.unit.is_some() || d.currency.is_some();
        // A bare number between a label word and a time unit that is also a
        // label (a date or clock part) is a label: Vietnamese dates `ngày 12
        // tháng 7 năm 2023` (day 12, month 7), `lúc 9 giờ` (at 9 o'clock).
        if let (true, None, Some(("s", _)), Some(u)) = (d.q.bare, d.currency, d.unit, d.unit_at) {
            let first_num = (d.fig_start..d.q.end).find(|&i| self.toks[i].kind == Kind::Number);
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
            d.counted.is_some_and(|(a, _)| d.qual != Qualifier::Exact || self.item_has(a, |w| matches!(w, Sense::Thing(_))).is_some());
        if self.rejected(d.fig_start, &d.q, has_unit, counted_ok) {
            return None;
        }
        if !has_unit && d.counted.is_none() && d.q.bare {
            return None;
        }
        // A number written only in CJK or Hangul characters (十, 三百, 两千亿, 万)
        // stands inside many words and names (十分, 三星, 万达, 千葉, 백신): it is a
        // figure only with a unit, currency, counter or counted thing after it.
        if d.q.words_only && !d.q.vague && !has_unit && d.counted.is_none() && crate::text::is_cjk(self.toks[d.qstart].ch) {
            return None;
        }
        // A reading on a scale is never stated in words: `a quake`, `an earthquake`.
        if d.q.words_only && d.unit.is_some_and(|(u, _)| crate::lang::scale_unit(u)) {
            return None;
        }
        if d.q.words_only && !has_unit && d.q.lo < 2.0 && d.q.mag == 1.0 {
            return None;
        }
        // Likewise one thing counted with a counter word (`1人`, `1台`, `1つ`,
        // `1명`): where a counter follows every numeral, `1` + counter is how the
        // language says `a`/`one`, the singular, not a figure.
        if d.q.bare && d.q.lo == 1.0 && !d.range && d.qual == Qualifier::Exact && !has_unit {
            if let Some((a, _)) = d.counted {
                if self.tok_has(a, |w| matches!(w, Sense::Counter)).is_some() {
                    return None;
                }
            }
        }
        // Number words below a thousand with nothing counted (`two of them`,
        // `a two-thirds majority`) are no more a figure than a bare `2`.
        if d.q.words_only && !d.q.vague && !has_unit && d.counted.is_none() && d.q.mag == 1.0 {
            return None;
        }
        Some(())
    }
}
