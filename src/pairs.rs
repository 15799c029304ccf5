//! One segment pair — a source and its translation — checked figure by
//! figure: which figures of the target stand for which of the source, which
//! of them slipped, and how ([`crate::slip`]). `figcheck pairs` and the
//! Python binding print what this returns; they differ only in how they read
//! pairs and what offsets they give (bytes here).
//!
//! The source is read as a report marked as a version of the target's story
//! (`version = true`), and the target's figures are checked against it alone
//! (no self-check): each finding is one target figure with its source
//! counterparts, as [`crate::compare`] pairs them.

use crate::claim::Claim;
use crate::compare::{CheckOptions, Finding, Report, ReportSet, Verdict};
use crate::extract::Options;
use crate::lang::Lang;
use crate::slip::{classify, Slip, SlipKind};
use serde::Serialize;

/// The findings' `file` for the target and the source of a pair.
pub const TARGET: &str = "target";
pub const SOURCE: &str = "source";

/// A pair checked.
#[derive(Debug, Clone, Serialize)]
pub struct PairCheck {
    /// The languages the two sides were read in (given or detected).
    pub source_lang: String,
    pub target_lang: String,
    pub source_figures: usize,
    pub target_figures: usize,
    /// Each target figure that has a source counterpart, in target order.
    pub findings: Vec<PairFinding>,
    /// Figures of one side with no counterpart on the other (dropped or added in translation).
    pub only_in_source: Vec<Claim>,
    pub only_in_target: Vec<Claim>,
    /// Why the figures were not checked, when they were not: a pair with more
    /// than [`MAX_CELLS`] (source figure, target figure) combinations is a
    /// document, not a segment; its figures are all listed as only on their side.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unchecked: Option<String>,
}

/// The most (source figure × target figure) combinations a pair is checked
/// with: the checker's alignment of two versions of a story stops at the same
/// size, and its pairing by key grows with the product beyond it (a 10 MB
/// pair of 350 000 figures a side took minutes).
pub const MAX_CELLS: usize = 4_000_000;

/// A target figure with its source counterparts ([`Finding`], `file` `"target"`,
/// each counterpart's `file` `"source"`), and the slip of each counterpart in conflict.
#[derive(Debug, Clone, Serialize)]
pub struct PairFinding {
    #[serde(flatten)]
    pub finding: Finding,
    pub slips: Vec<SlipAt>,
}

/// The slip from counterpart `other` (an index into the finding's `others`) to the target figure.
#[derive(Debug, Clone, Serialize)]
pub struct SlipAt {
    pub other: usize,
    #[serde(flatten)]
    pub slip: Slip,
}

/// Checks the figures of `target` against those of `source`, each read in
/// the language given or detected from its text.
pub fn check_pair(source: &str, target: &str, source_lang: Option<Lang>, target_lang: Option<Lang>) -> PairCheck {
    let mut src = Report::from_text(SOURCE, source, &Options { lang: source_lang, quotes: true, date: None });
    src.version = true;
    let tgt = Report::from_text(TARGET, target, &Options { lang: target_lang, quotes: true, date: None });
    let (source_lang, target_lang) = (src.lang.clone().unwrap_or_default(), tgt.lang.clone().unwrap_or_default());
    let (n, m) = (src.claims.len(), tgt.claims.len());
    if n.saturating_mul(m) > MAX_CELLS {
        return PairCheck {
            source_lang,
            target_lang,
            source_figures: n,
            target_figures: m,
            findings: Vec::new(),
            only_in_source: src.claims,
            only_in_target: tgt.claims,
            unchecked: Some(format!("too many figures to align ({n} × {m}): split the pair into segments")),
        };
    }
    let set = ReportSet::new(vec![src]);
    let opts = CheckOptions { page_name: TARGET.to_string(), self_check: false, versions: false };
    let found = set.check_report(&tgt, &opts);
    let src_claims = &set.reports()[0].claims;
    let mut used_source = vec![false; src_claims.len()];
    let mut used_target = vec![false; tgt.claims.len()];
    let mut findings = Vec::with_capacity(found.len());
    for f in found {
        if let Some(i) = tgt.claims.iter().position(|c| c.start == f.claim.start && c.end == f.claim.end) {
            used_target[i] = true;
        }
        let mut slips = Vec::new();
        for (oi, o) in f.others.iter().enumerate() {
            let Some(si) = src_claims.iter().position(|c| c.start == o.start && c.end == o.end) else { continue };
            used_source[si] = true;
            if o.verdict == Verdict::Conflict {
                slips.push(SlipAt { other: oi, slip: classify(&f.claim, &src_claims[si]) });
            }
        }
        findings.push(PairFinding { finding: f, slips });
    }
    let only = |cs: &[Claim], used: &[bool]| cs.iter().zip(used).filter(|(_, u)| !**u).map(|(c, _)| c.clone()).collect();
    PairCheck {
        source_lang,
        target_lang,
        source_figures: src_claims.len(),
        target_figures: tgt.claims.len(),
        only_in_source: only(src_claims, &used_source),
        only_in_target: only(&tgt.claims, &used_target),
        findings,
        unchecked: None,
    }
}

/// Slips counted by kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ByKind {
    pub magnitude_word: u64,
    pub digits_power_of_ten: u64,
    pub swapped_digits: u64,
    pub other: u64,
}

impl ByKind {
    pub fn get(&self, k: SlipKind) -> u64 {
        match k {
            SlipKind::MagnitudeWord => self.magnitude_word,
            SlipKind::DigitsPowerOfTen => self.digits_power_of_ten,
            SlipKind::SwappedDigits => self.swapped_digits,
            SlipKind::Other => self.other,
        }
    }
    fn add(&mut self, k: SlipKind) {
        *match k {
            SlipKind::MagnitudeWord => &mut self.magnitude_word,
            SlipKind::DigitsPowerOfTen => &mut self.digits_power_of_ten,
            SlipKind::SwappedDigits => &mut self.swapped_digits,
            SlipKind::Other => &mut self.other,
        } += 1;
    }
}

/// The totals of a run of pairs: `aligned` counts (target figure, source
/// figure) counterparts, each of which agrees or is a slip.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PairTally {
    pub pairs: u64,
    pub source_figures: u64,
    pub target_figures: u64,
    pub aligned: u64,
    pub agree: u64,
    pub slips: u64,
    pub by_kind: ByKind,
    /// Pairs with too many figures to check ([`PairCheck::unchecked`]).
    pub unchecked_pairs: u64,
    /// Input lines that were not a pair (reported and skipped).
    pub malformed_lines: u64,
}

impl PairTally {
    pub fn add(&mut self, p: &PairCheck) {
        self.pairs += 1;
        self.source_figures += p.source_figures as u64;
        self.target_figures += p.target_figures as u64;
        self.unchecked_pairs += p.unchecked.is_some() as u64;
        for f in &p.findings {
            self.aligned += f.finding.others.len() as u64;
            self.agree += f.finding.others.iter().filter(|o| o.verdict == Verdict::Agree).count() as u64;
            for s in &f.slips {
                self.slips += 1;
                self.by_kind.add(s.slip.kind);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn million_for_billion_is_one_slip() {
        let p = check_pair("The firm paid $140 million.", "A empresa pagou 140 bilhões de dólares.", None, None);
        assert_eq!((p.source_lang.as_str(), p.target_lang.as_str()), ("en", "pt"));
        assert_eq!((p.source_figures, p.target_figures), (1, 1));
        assert_eq!(p.findings.len(), 1);
        let f = &p.findings[0];
        assert_eq!(f.finding.claim.text, "140 bilhões de dólares");
        assert_eq!(f.finding.verdict, Verdict::Conflict);
        assert_eq!(f.finding.others[0].text, "$140 million");
        assert_eq!(f.finding.others[0].file, SOURCE);
        assert_eq!(f.slips.len(), 1);
        assert_eq!((f.slips[0].other, f.slips[0].slip.kind, f.slips[0].slip.power), (0, SlipKind::MagnitudeWord, Some(3)));
        assert!(p.only_in_source.is_empty() && p.only_in_target.is_empty());
        let mut t = PairTally::default();
        t.add(&p);
        assert_eq!((t.pairs, t.aligned, t.agree, t.slips, t.by_kind.magnitude_word), (1, 1, 0, 1, 1));
    }

    #[test]
    fn a_faithful_translation_agrees() {
        let p = check_pair("The firm paid $140 million.", "A empresa pagou 140 milhões de dólares.", Some(Lang::En), Some(Lang::Pt));
        assert_eq!(p.findings.len(), 1);
        assert_eq!(p.findings[0].finding.verdict, Verdict::Agree);
        assert!(p.findings[0].slips.is_empty());
        let mut t = PairTally::default();
        t.add(&p);
        assert_eq!((t.aligned, t.agree, t.slips), (1, 1, 0));
    }

    #[test]
    fn a_dropped_figure_is_only_in_the_source() {
        let p = check_pair("The firm paid $140 million.", "A empresa pagou muito.", Some(Lang::En), Some(Lang::Pt));
        assert!(p.findings.is_empty());
        assert_eq!(p.only_in_source.len(), 1);
        assert_eq!(p.only_in_source[0].text, "$140 million");
        assert!(p.only_in_target.is_empty());
    }

    #[test]
    fn a_document_sized_pair_is_listed_not_checked() {
        // 2 001 figures a side: 4 004 001 combinations, over MAX_CELLS.
        let p = check_pair(
            &"It cost 14 million euros. ".repeat(2001),
            &"Custou 14 milhões de euros. ".repeat(2001),
            Some(Lang::En),
            Some(Lang::Pt),
        );
        assert_eq!((p.source_figures, p.target_figures), (2001, 2001));
        assert!(p.findings.is_empty());
        assert_eq!((p.only_in_source.len(), p.only_in_target.len()), (2001, 2001), "every figure still listed");
        assert_eq!(p.unchecked.as_deref(), Some("too many figures to align (2001 × 2001): split the pair into segments"));
        let mut t = PairTally::default();
        t.add(&p);
        assert_eq!((t.unchecked_pairs, t.aligned), (1, 0));
        // 2 000 a side (4 000 000) is checked: each figure with its counterpart.
        let p = check_pair(
            &"It cost 14 million euros. ".repeat(2000),
            &"Custou 14 milhões de euros. ".repeat(2000),
            Some(Lang::En),
            Some(Lang::Pt),
        );
        assert!(p.unchecked.is_none());
        assert_eq!(p.findings.len(), 2000);
        assert!(p.findings.iter().all(|f| f.finding.others.len() == 1 && f.finding.verdict == Verdict::Agree));
    }

    #[test]
    fn empty_sides() {
        let p = check_pair("", "", Some(Lang::En), Some(Lang::Pt));
        assert_eq!((p.source_figures, p.target_figures, p.findings.len()), (0, 0, 0));
    }
}
