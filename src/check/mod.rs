//! Claims and reports to findings: which figures state the same fact, on
//! what evidence, and whether they agree (docs/claims.md, "Checking").
//!
//! A conflict needs evidence that both figures state one fact, and every
//! counterpart carries its [`Evidence`]:
//!
//! - **aligned**: the report is a version of the page's story (a
//!   translation, an edition) — marked so by the caller, or recognized from
//!   the order of their sentences, numbers and names ([`align`]) — and the
//!   two figures stand at the same place in it;
//! - **measure and subject**: both figures carry the same measure
//!   (`valuation`, `deaths`) of the same subject (one entity, however each
//!   text writes it), at compatible dates.
//!
//! A shared unit, currency or counted noun is never evidence by itself: two
//! figures of people in one article are nearly always two groups.
//!
//! Layers: [`outline`] (a text's sentences and anchors) → [`align`]
//! (versions recognized, sentences aligned, figures paired by place) →
//! [`verdict`] (intervals, readings, explanations) → this module (the
//! report set, its indexes, and findings).

pub mod align;
pub mod outline;
pub mod verdict;

use crate::claim::Claim;
use crate::lexindex::FxBuild;
pub use outline::Outline;
use serde::{Deserialize, Serialize};
use smallvec::SmallVec;
use std::collections::HashMap;
pub use verdict::{fmt_num, fmt_ratio};

/// A text whose figures are known: a file, a URL, a saved page.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Report {
    pub name: String,
    pub claims: Vec<Claim>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// This report is another version of the page's story (a translation, an
    /// hreflang alternate): its figures are aligned with the page's, without
    /// figcheck having to recognize it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub version: bool,
    /// The outline of its text (sentences, anchors), by which figcheck
    /// recognizes a version of the page's story; made from the claims'
    /// quotes when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outline: Option<Outline>,
}

impl Report {
    /// A report read from its text: its figures, with their sentences as
    /// quotes, and its outline, in the language given or detected. Every
    /// front end builds its reports here.
    pub fn from_text(name: &str, text: &str, opts: &crate::extract::Options) -> Report {
        let lang = opts.lang.unwrap_or_else(|| crate::detect::detect(text));
        let read = crate::extract::Options { lang: Some(lang), quotes: true, date: opts.date.clone() };
        let claims = crate::extract::extract(text, &read);
        let outline = outline::outline(text, lang, &claims);
        Report {
            name: name.to_string(),
            claims,
            lang: Some(lang.code().to_string()),
            date: opts.date.clone(),
            outline: Some(outline),
            ..Default::default()
        }
    }
}

/// Whether two figures agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Conflict,
    Agree,
}

/// Why two figures were compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Evidence {
    /// The same place in a version of the page's story.
    Aligned,
    /// The same measure of the same subject, at compatible dates.
    MeasureSubject,
}

impl Evidence {
    /// The name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Evidence::Aligned => "aligned",
            Evidence::MeasureSubject => "measure_subject",
        }
    }
}

/// A counterpart of a page figure in a report (or in the page itself).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Other {
    pub file: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub unit: String,
    /// Page figure over this one, between the geometric middles of the intervals.
    pub ratio: Option<f64>,
    pub verdict: Verdict,
    /// Why the two figures were compared.
    pub evidence: Evidence,
    /// The same, for people: `the same place in the French version`,
    /// `both are xAI's valuation`.
    pub basis: String,
    /// The language of the counterpart's text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    pub explanation: String,
    /// Which reading of an ambiguous scale word the verdict used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reading: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// One page figure with its counterparts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    #[serde(flatten)]
    pub claim: Claim,
    pub file: String,
    pub verdict: Verdict,
    /// A conflict where more reports agree with the figure than conflict
    /// with it (the page itself not counted for it): the disagreement lies
    /// with the others, and a page shows it as theirs, not in red.
    #[serde(default)]
    pub upheld: bool,
    pub explanation: String,
    pub others: Vec<Other>,
}

/// How to check.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    /// The page's name in findings (`file`).
    pub page_name: String,
    /// Also compare the page's figures with each other.
    pub self_check: bool,
    /// Every report is a version of the page's story (translations, the same
    /// wire copy), as if each were marked `version`.
    pub versions: bool,
}

impl Default for CheckOptions {
    fn default() -> Self {
        CheckOptions { page_name: "page".into(), self_check: true, versions: false }
    }
}

/// Checks `page` against `reports` (and itself): one finding per page figure
/// that has a counterpart.
pub fn check(page: &[Claim], reports: &[Report], opts: &CheckOptions) -> Vec<Finding> {
    ReportSet::new(reports.to_vec()).check(page, opts)
}

/// A page stating one fact (measure of a subject) more often than this is
/// listing figures (a table, a timeline), not repeating one fact: those are
/// not checked against each other.
const SELF_CHECK_MAX: usize = 8;

/// At most this many counterparts of a page figure come from measure and
/// subject: a figure meets every report that states that measure of that
/// subject, and 10 000 saved reports must not make a finding no one can read.
const MAX_BY_FACT: usize = 24;

/// Past this many reports, only those sharing strong anchors with the page
/// are aligned with it to see whether they are versions of its story.
const ALIGN_ALL_UP_TO: usize = 16;

/// The index of reports by the figures' facts: (unit, measure, last word of
/// the subject, lower case) → (report, claim).
type FactIndex = HashMap<(String, String, String), Vec<(u32, u32)>, FxBuild>;

/// Stored reports, indexed for checking pages against them.
pub struct ReportSet {
    reports: Vec<Report>,
    /// Each report's outline: its own, or one made from its claims.
    outlines: Vec<Outline>,
    /// Each report's figures per sentence, when the outline counts them right.
    ranges: Vec<Option<Vec<(usize, usize)>>>,
    by_fact: FactIndex,
    /// Each report's topic ([`topic`]).
    topics: Vec<Option<String>>,
    /// Strong anchor → the reports whose outline has it.
    by_anchor: HashMap<u32, Vec<u32>, FxBuild>,
}

/// The keys of a figure's fact, when it has a measure and a subject (its
/// own, or its text's topic): one for the first word of the subject's name
/// and one for its last (`Kestrel Systems` is met as `Kestrel`, `Elon
/// Musk` as `Musk`).
fn fact_keys(c: &Claim, topic: Option<&str>) -> Vec<(String, String, String)> {
    let (Some(m), Some(s)) = (c.measure.as_deref(), c.subject.as_deref().or(topic)) else { return Vec::new() };
    let words = name_words(s);
    let mut out: Vec<(String, String, String)> = Vec::with_capacity(2);
    for w in [words.first(), words.last()].into_iter().flatten() {
        let k = (c.unit.to_string(), m.to_string(), w.clone());
        if !out.contains(&k) {
            out.push(k);
        }
    }
    out
}

/// What a text is about, from its claims alone (a report saved without its
/// text): the subject its figures name most, twice at least
/// (the first of those named as often). A figure whose sentence names no one
/// (`· Coût d'achat de dizaines de milliers de GPU`, in a story about xAI) is
/// taken as its text's topic's.
pub(crate) fn topic(claims: &[Claim]) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for c in claims {
        let Some(s) = c.subject.as_deref() else { continue };
        match counts.iter_mut().find(|(n, _)| same_entity(n, s)) {
            Some(e) => e.1 += 1,
            None => counts.push((s.to_string(), 1)),
        }
    }
    let best = counts.iter().map(|e| e.1).max()?;
    if counts.len() == 1 {
        // The only one named: whom the figures naming no one are about.
        return counts.pop().map(|e| e.0);
    }
    counts.into_iter().find(|e| e.1 == best && best >= 2).map(|e| e.0)
}

/// The words of a name, lower case (`Elon Musk` → `elon`, `musk`).
fn name_words(name: &str) -> Vec<String> {
    let w: Vec<String> = name.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    if w.is_empty() {
        vec![name.to_lowercase()]
    } else {
        w
    }
}

/// Whether two names are one entity: the same, whatever the case, or one a
/// single word of the other at its start or end (`Musk`, `Elon Musk`;
/// `Kestrel`, `Kestrel Systems`).
pub(crate) fn same_entity(a: &str, b: &str) -> bool {
    if a.to_lowercase() == b.to_lowercase() {
        return true;
    }
    let (wa, wb) = (name_words(a), name_words(b));
    if wa == wb {
        return true;
    }
    let (short, long) = if wa.len() <= wb.len() { (&wa, &wb) } else { (&wb, &wa) };
    short.len() == 1 && long.len() > 1 && (long.last() == short.last() || long.first() == short.first())
}

impl ReportSet {
    /// Indexes `reports`. Linear in their figures and sentences.
    pub fn new(reports: Vec<Report>) -> ReportSet {
        let mut by_fact: FactIndex = HashMap::default();
        let mut by_anchor: HashMap<u32, Vec<u32>, FxBuild> = HashMap::default();
        let mut outlines = Vec::with_capacity(reports.len());
        let mut ranges = Vec::with_capacity(reports.len());
        let mut topics = Vec::with_capacity(reports.len());
        for (ri, r) in reports.iter().enumerate() {
            let o = match &r.outline {
                Some(o) if align::figure_ranges(o, r.claims.len()).is_some() => o.clone(),
                _ => outline::from_claims(&r.claims),
            };
            let t = o.topic.clone();
            for (ci, c) in r.claims.iter().enumerate() {
                for k in fact_keys(c, t.as_deref()) {
                    by_fact.entry(k).or_default().push((ri as u32, ci as u32));
                }
            }
            let mut strong: Vec<u32> = o
                .sentences
                .iter()
                .flat_map(|s| s.anchors.iter().copied())
                .filter(|&a| outline::Strength::of(a) == outline::Strength::Strong)
                .collect();
            strong.sort_unstable();
            strong.dedup();
            for a in strong {
                by_anchor.entry(a).or_default().push(ri as u32);
            }
            ranges.push(align::figure_ranges(&o, r.claims.len()));
            outlines.push(o);
            topics.push(t);
        }
        ReportSet { reports, outlines, ranges, by_fact, topics, by_anchor }
    }

    pub fn reports(&self) -> &[Report] {
        &self.reports
    }

    /// Checks a page's claims against the stored reports (and itself); its
    /// outline is made from the claims' quotes.
    pub fn check(&self, page: &[Claim], opts: &CheckOptions) -> Vec<Finding> {
        self.judge(page, None, opts, &[]).iter().map(|c| self.finding(page, opts, c)).collect()
    }

    /// Checks a page read with [`Report::from_text`] (its claims and outline).
    pub fn check_report(&self, page: &Report, opts: &CheckOptions) -> Vec<Finding> {
        self.judge(&page.claims, page.outline.as_ref(), opts, &[]).iter().map(|c| self.finding(&page.claims, opts, c)).collect()
    }

    /// [`ReportSet::check`] leaving out the reports at the indices in
    /// `left_out` (the page's own saved copy, say), without indexing anew.
    pub fn check_without(&self, page: &[Claim], opts: &CheckOptions, left_out: &[usize]) -> Vec<Finding> {
        self.judge(page, None, opts, left_out).iter().map(|c| self.finding(page, opts, c)).collect()
    }

    /// [`ReportSet::judge`] without the page's outline.
    pub fn judge_without(&self, page: &[Claim], opts: &CheckOptions, left_out: &[usize]) -> Vec<Checked> {
        self.judge(page, None, opts, left_out)
    }

    /// The page figures that have counterparts, each with its verdict and
    /// its counterparts' evidence ([`Checked`]), in page order; the findings'
    /// text is written by [`ReportSet::finding`] when asked for. `outline` is
    /// the page's (made from its claims when `None` or when it does not count
    /// them right); reports at the indices in `left_out` are left out.
    pub fn judge(&self, page: &[Claim], outline: Option<&Outline>, opts: &CheckOptions, left_out: &[usize]) -> Vec<Checked> {
        let mut out_of = vec![false; self.reports.len()];
        for &i in left_out {
            if let Some(o) = out_of.get_mut(i) {
                *o = true;
            }
        }
        let made;
        let page_outline = match outline {
            Some(o) if align::figure_ranges(o, page.len()).is_some() => o,
            _ => {
                made = outline::from_claims(page);
                &made
            }
        };
        let page_ranges = align::figure_ranges(page_outline, page.len()).unwrap_or_default();
        // The sentence of each page figure.
        let mut sentence_of = vec![0u32; page.len()];
        for (k, &(s, e)) in page_ranges.iter().enumerate() {
            for x in &mut sentence_of[s..e] {
                *x = k as u32;
            }
        }
        // Counterparts per page claim: (report or SELF, claim, evidence).
        let mut pairs: Vec<Vec<(usize, usize, Evidence)>> = vec![Vec::new(); page.len()];
        // Measure and subject.
        let page_topic = page_outline.topic.clone();
        for (pi, a) in page.iter().enumerate() {
            for k in fact_keys(a, page_topic.as_deref()) {
                let Some(list) = self.by_fact.get(&k) else { continue };
                for &(ri, ci) in list {
                    if pairs[pi].len() == MAX_BY_FACT {
                        break;
                    }
                    let (ri, ci) = (ri as usize, ci as usize);
                    if out_of[ri] || pairs[pi].iter().any(|x| x.0 == ri && x.1 == ci) {
                        continue;
                    }
                    let b = &self.reports[ri].claims[ci];
                    if same_fact(a, page_topic.as_deref(), b, self.topics[ri].as_deref()) {
                        pairs[pi].push((ri, ci, Evidence::MeasureSubject));
                    }
                }
            }
        }
        // The page against itself: one fact stated twice, in two sentences.
        // Figures are grouped by unit and measure; whether their subjects
        // are one is for `same_fact` to say.
        if opts.self_check {
            let mut by: HashMap<(&str, &str), Vec<usize>> = HashMap::new();
            for (pi, c) in page.iter().enumerate() {
                if let Some(m) = c.measure.as_deref() {
                    if c.subject.is_some() || page_topic.is_some() {
                        by.entry((&c.unit, m)).or_default().push(pi);
                    }
                }
            }
            for list in by.values() {
                if list.len() > SELF_CHECK_MAX {
                    continue;
                }
                for &a in list {
                    for &b in list {
                        let t = page_topic.as_deref();
                        if a != b && sentence_of[a] != sentence_of[b] && same_fact(&page[a], t, &page[b], t) {
                            pairs[a].push((SELF, b, Evidence::MeasureSubject));
                        }
                    }
                }
            }
        }
        // Versions of the story: marked, or recognized by alignment.
        for ri in self.candidates(page_outline, &out_of, opts) {
            let r = &self.reports[ri];
            let ro = &self.outlines[ri];
            let al = if r.version || opts.versions {
                align::align(page_outline, ro)
            } else {
                match align::recognize(page_outline, ro) {
                    (al, true) => al,
                    _ => continue,
                }
            };
            let Some(rr) = &self.ranges[ri] else { continue };
            for (pi, ci) in align::pair_figures(page, &page_ranges, &r.claims, rr, &al) {
                if let Some(x) = pairs[pi].iter_mut().find(|x| x.0 == ri && x.1 == ci) {
                    x.2 = Evidence::Aligned;
                } else {
                    pairs[pi].push((ri, ci, Evidence::Aligned));
                }
            }
        }
        // Verdicts: which counterparts count (figures dated apart do not),
        // and whether one conflicts; the findings are written from them.
        let mut out = Vec::new();
        for (pi, mut list) in pairs.into_iter().enumerate() {
            let a = &page[pi];
            list.sort_unstable();
            list.dedup_by(|x, y| x.0 == y.0 && x.1 == y.1);
            list.retain(|&(ri, ci, _)| !dated_apart(a, self.counterpart(page, ri, ci)));
            if list.is_empty() {
                continue;
            }
            let agree: SmallVec<[bool; 8]> = list.iter().map(|&(ri, ci, _)| verdict::agrees(a, self.counterpart(page, ri, ci))).collect();
            let conflict = agree.contains(&false);
            let support = tally(list.iter().map(|x| x.0).zip(agree.iter().copied()));
            out.push(Checked {
                claim: pi,
                verdict: if conflict { Verdict::Conflict } else { Verdict::Agree },
                support,
                others: list,
                topic: if a.subject.is_none() { page_topic.clone() } else { None },
            });
        }
        out
    }

    /// The reports that may be versions of the page's story: those marked,
    /// and those the alignment should look at — all of a few, else those
    /// sharing strong anchors with the page (anchors found in most reports
    /// left out).
    fn candidates(&self, page: &Outline, out_of: &[bool], opts: &CheckOptions) -> Vec<usize> {
        let n = self.reports.len();
        if n <= ALIGN_ALL_UP_TO || opts.versions {
            return (0..n).filter(|&i| !out_of[i]).collect();
        }
        let mut strong: Vec<u32> = page
            .sentences
            .iter()
            .flat_map(|s| s.anchors.iter().copied())
            .filter(|&a| outline::Strength::of(a) == outline::Strength::Strong)
            .collect();
        strong.sort_unstable();
        strong.dedup();
        let common = (n / 20).max(50);
        let mut shared: HashMap<u32, u32, FxBuild> = HashMap::default();
        for a in &strong {
            if let Some(list) = self.by_anchor.get(a) {
                if list.len() > common {
                    continue;
                }
                for &r in list {
                    *shared.entry(r).or_default() += 1;
                }
            }
        }
        let need = (strong.len() as u32).clamp(1, 3);
        let mut out: Vec<usize> = shared
            .into_iter()
            .filter(|&(_, k)| k >= need)
            .map(|(r, _)| r as usize)
            .chain((0..n).filter(|&i| self.reports[i].version))
            .collect();
        out.sort_unstable();
        out.dedup();
        out.retain(|&i| !out_of[i]);
        out
    }

    /// Counterpart `ci` of report `ri` (`SELF`: the page itself).
    fn counterpart<'s>(&'s self, page: &'s [Claim], ri: usize, ci: usize) -> &'s Claim {
        if ri == SELF {
            &page[ci]
        } else {
            &self.reports[ri].claims[ci]
        }
    }

    /// The finding of a page figure [`ReportSet::judge`] judged: its
    /// counterparts with their verdicts, evidence, ratios and explanations.
    pub fn finding(&self, page: &[Claim], opts: &CheckOptions, c: &Checked) -> Finding {
        let a = &page[c.claim];
        let subject =
            a.subject.clone().or_else(|| c.others.iter().any(|o| o.2 == Evidence::MeasureSubject).then(|| c.topic.clone()).flatten());
        let others: Vec<Other> = c
            .others
            .iter()
            .map(|&(ri, ci, evidence)| {
                let b = self.counterpart(page, ri, ci);
                let report = self.reports.get(ri);
                let (file, title, url) = match report {
                    Some(r) => (r.name.as_str(), r.title.clone(), r.url.clone()),
                    None => (opts.page_name.as_str(), None, None),
                };
                let lang = report.and_then(|r| r.lang.clone()).or_else(|| Some(b.lang.to_string()));
                let j = verdict::judge(a, b);
                Other {
                    file: file.to_string(),
                    text: b.text.clone(),
                    start: b.start,
                    end: b.end,
                    low: b.low,
                    high: b.high,
                    unit: b.unit.to_string(),
                    ratio: j.ratio,
                    verdict: j.verdict,
                    evidence,
                    basis: basis(a, subject.as_deref(), evidence, lang.as_deref()),
                    lang,
                    explanation: j.explanation,
                    reading: j.reading,
                    quote: b.quote.clone(),
                    title,
                    url,
                }
            })
            .collect();
        let explanation = match others.iter().find(|o| o.verdict == Verdict::Conflict) {
            Some(o) if c.upheld() => {
                let (upholding, against) = c.support;
                let them =
                    if against == 1 { "the one that differs".to_string() } else { format!("the first of the {against} that differ") };
                format!("{upholding} of the {} reports that state it agree with it; {them}: {}", upholding + against, o.explanation)
            }
            Some(o) => o.explanation.clone(),
            None => others.first().map(|o| o.explanation.clone()).unwrap_or_default(),
        };
        Finding { claim: a.clone(), file: opts.page_name.clone(), verdict: c.verdict, upheld: c.upheld(), explanation, others }
    }
}

/// The page itself, as the report of a counterpart.
pub const SELF: usize = usize::MAX;

/// Of the reports stating a page figure, how many agree with it and how many
/// conflict with it, from its counterparts' (report, agrees) sorted by report:
/// a report conflicts when one of its figures does. The page itself counts
/// against a figure it contradicts, never for it (stating a figure twice does
/// not make it right).
fn tally(counterparts: impl Iterator<Item = (usize, bool)>) -> (u32, u32) {
    let (mut upholding, mut against) = (0, 0);
    let mut current: Option<(usize, bool)> = None;
    let mut close = |(r, agrees): (usize, bool)| match (agrees, r == SELF) {
        (true, false) => upholding += 1,
        (true, true) => {}
        (false, _) => against += 1,
    };
    for (r, agrees) in counterparts {
        match current {
            Some((cr, ca)) if cr == r => current = Some((r, ca && agrees)),
            Some(done) => {
                close(done);
                current = Some((r, agrees));
            }
            None => current = Some((r, agrees)),
        }
    }
    if let Some(done) = current {
        close(done);
    }
    (upholding, against)
}

/// Why two figures were compared, for people; `subject` is the figure's own
/// or its text's topic.
fn basis(a: &Claim, subject: Option<&str>, evidence: Evidence, lang: Option<&str>) -> String {
    match evidence {
        Evidence::Aligned => match lang.and_then(crate::lang::Lang::from_code) {
            Some(l) => format!("the same place in the {} version", l.name()),
            None => "the same place in another version of the story".to_string(),
        },
        Evidence::MeasureSubject => {
            let m = a.measure.as_deref().map_or("figure", crate::lang::measure_words);
            match subject {
                Some(s) => format!("both are {s}'s {m}"),
                None => format!("both are the {m}"),
            }
        }
    }
}

/// A page figure judged against its counterparts ([`ReportSet::judge`]), its
/// finding not yet written: what a page paints needs the verdict only, and
/// the explanations are written when a reader asks ([`ReportSet::finding`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    /// The figure's index on the page.
    pub claim: usize,
    /// Conflict when some counterpart conflicts.
    pub verdict: Verdict,
    /// How many reports agree with the figure, and how many conflict with
    /// it (the page itself never for it).
    pub support: (u32, u32),
    /// The counterparts: (report index, or [`SELF`] for the page itself;
    /// figure index; evidence), sorted.
    pub others: Vec<(usize, usize, Evidence)>,
    /// The page's topic, whom the figure is about when its sentence names no one.
    pub topic: Option<String>,
}

impl Checked {
    /// A conflict that more reports agree with than not ([`Finding::upheld`]).
    pub fn upheld(&self) -> bool {
        self.verdict == Verdict::Conflict && self.support.0 > self.support.1
    }
}

/// Whether two figures state the same measure of the same subject (their
/// own, or their text's topic `ta`, `tb`), in the same unit, at compatible
/// dates — and, when they disagree, do so as a slip would
/// ([`verdict::slip_like`]): otherwise they are most often two facts of one
/// kind, and are not compared.
fn same_fact(a: &Claim, ta: Option<&str>, b: &Claim, tb: Option<&str>) -> bool {
    match (&a.measure, &b.measure, a.subject.as_deref().or(ta), b.subject.as_deref().or(tb)) {
        (Some(ma), Some(mb), Some(sa), Some(sb)) => {
            a.unit == b.unit && ma == mb && same_entity(sa, sb) && !dated_apart(a, b) && (verdict::agrees(a, b) || verdict::slip_like(a, b))
        }
        _ => false,
    }
}

/// Figures whose dates differ (by year, or by month when both give one) are not compared.
fn dated_apart(a: &Claim, b: &Claim) -> bool {
    match (&a.date, &b.date) {
        (Some(x), Some(y)) => {
            let n = x.len().min(y.len()).min(7);
            x.get(..4) != y.get(..4) || (n >= 7 && x.get(..n) != y.get(..n))
        }
        _ => false,
    }
}

pub use crate::lexindex::known_thing;

/// How a report aligns with a page, for people debugging the alignment:
/// whether it is recognized as a version, its coverage, and its steps.
#[doc(hidden)]
pub fn describe_alignment(page: &Report, report: &Report) -> String {
    let po = page.outline.clone().unwrap_or_else(|| outline::from_claims(&page.claims));
    let ro = report.outline.clone().unwrap_or_else(|| outline::from_claims(&report.claims));
    let (al, version) = align::recognize(&po, &ro);
    let mut s = format!(
        "score {:.2} version {} shared {:.2} mass {:.2}/{:.2} cover {:.2} anchored {} steps {} sentences {}/{}\n",
        al.score,
        version,
        al.shared,
        al.mass_p,
        al.mass_r,
        al.shared / al.mass_p.min(al.mass_r).max(1e-9),
        al.anchored,
        al.steps.len(),
        po.sentences.len(),
        ro.sentences.len()
    );
    for st in &al.steps {
        s.push_str(&format!("  {:?} ~ {:?}\n", st.p, st.r));
    }
    s
}
