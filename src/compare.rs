//! Claims and reports to findings (docs/claims.md §3): which figures state the same
//! thing, and whether they agree.
//!
//! Pairing has two paths. **Keys**: two figures pair when they share a unit
//! and a known measure (`valuation`) or counted thing (`gpu`), and their
//! subjects are not clearly different; a [`ReportSet`] indexes stored figures
//! by (unit, key) so a page is checked without scanning every report.
//! **Alignment**: when a report is another version of the page's story (they
//! share most of their named entities), the two sequences of figures are
//! aligned — translations keep the order of their figures — so figures pair
//! even where the measure words are missing or unrecognised.

use crate::claim::{Claim, Qualifier};
use crate::lexindex::{index, FxBuild};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

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
    /// hreflang alternate): its figures are aligned with the page's.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub version: bool,
}

impl Report {
    /// A report read from its text: its figures, with their sentences as
    /// quotes, in the language given or detected. Every front end builds its
    /// reports here, so that what figcheck knows of a text to recognize
    /// another version of its story comes with them.
    pub fn from_text(name: &str, text: &str, opts: &crate::extract::Options) -> Report {
        let lang = opts.lang.unwrap_or_else(|| crate::detect::detect(text));
        let read = crate::extract::Options { lang: Some(lang), quotes: true, date: opts.date.clone() };
        let claims = crate::extract::extract(text, &read);
        Report { name: name.to_string(), claims, lang: Some(lang.code().to_string()), date: opts.date.clone(), ..Default::default() }
    }
}

/// Whether two figures agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Conflict,
    Agree,
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

/// One page figure with its counterparts (docs/claims.md §3, §4).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    #[serde(flatten)]
    pub claim: Claim,
    pub file: String,
    pub verdict: Verdict,
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
    /// The reports are versions of the page's story (translations, the same
    /// wire copy): align the page's figures with every report's, not only
    /// with reports that share its named entities.
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

/// A page stating one key (unit, measure or counted thing) more often than
/// this is listing figures (a table, a timeline), not repeating one fact: its
/// figures of that key are not checked against each other.
const SELF_CHECK_MAX: usize = 8;

/// A key stated more often than this in both a page and a version of its
/// story is a list of like figures: those pair by alignment only.
const LISTED: usize = 3;

/// At most this many counterparts of a page figure come from pairing by key
/// (figures naming its subject first, then the first reports' first): a figure of a common key with no subject meets
/// every figure of that key in every saved report, and 200 saved reports
/// made an 850-figure page take 3.8 s and 460 MB for findings no reader could
/// use. The self-check and the alignment with versions add their own few.
const MAX_BY_KEY: usize = 24;

/// The key a figure is paired by: its unit and what it measures or counts.
fn key_of(c: &Claim) -> Option<(String, String)> {
    let k = if let Some(t) = c.counted.as_deref() { format!("#{}", thing_key(t)) } else { c.measure.as_deref()?.to_string() };
    Some((c.unit.to_string(), k))
}

/// The language-independent name of a counted thing: the lexicon's, or the
/// word folded to lower case without a plural `s`.
pub fn thing_key(t: &str) -> String {
    let idx = index();
    let f = crate::text::fold(t);
    if let Some(id) = idx.lookup(&f) {
        for (_, w) in &idx.senses(id).by_lang {
            if let crate::lang::W::Thing(k) = w {
                return (*k).to_string();
            }
        }
    }
    let f = f.trim().to_string();
    if f.len() > 3 && f.ends_with('s') && f.is_ascii() {
        f[..f.len() - 1].to_string()
    } else {
        f
    }
}

/// (unit, key) → (report, claim) positions.
type KeyIndex = HashMap<(String, String), Vec<(u32, u32)>, FxBuild>;
/// (unit, key, lower-cased name) → (report, claim) positions.
type NameIndex = HashMap<(String, String, String), Vec<(u32, u32)>, FxBuild>;

/// Stored reports, indexed for checking pages against them.
pub struct ReportSet {
    reports: Vec<Report>,
    /// (unit, key) → (report, claim).
    by_key: KeyIndex,
    /// (unit, key) → figures with no subject: counterparts of any page figure.
    by_key_open: KeyIndex,
    /// (unit, key, lower-cased name) → figures whose subject or entities include the name.
    by_key_name: NameIndex,
    /// Lower-cased entity → reports that name it.
    by_entity: HashMap<String, Vec<u32>, FxBuild>,
    entity_counts: Vec<usize>,
}

impl ReportSet {
    /// Indexes `reports`. Linear in their figures.
    pub fn new(reports: Vec<Report>) -> ReportSet {
        let mut by_key: KeyIndex = HashMap::default();
        let mut by_key_open: KeyIndex = HashMap::default();
        let mut by_key_name: NameIndex = HashMap::default();
        let mut by_entity: HashMap<String, Vec<u32>, FxBuild> = HashMap::default();
        let mut entity_counts = Vec::with_capacity(reports.len());
        for (ri, r) in reports.iter().enumerate() {
            for (ci, c) in r.claims.iter().enumerate() {
                if let Some(k) = key_of(c) {
                    let at = (ri as u32, ci as u32);
                    if c.subject.is_none() {
                        by_key_open.entry(k.clone()).or_default().push(at);
                    }
                    let mut names: Vec<String> = c.subject.iter().chain(c.entities.iter()).map(|e| e.to_lowercase()).collect();
                    names.sort_unstable();
                    names.dedup();
                    for n in names {
                        by_key_name.entry((k.0.clone(), k.1.clone(), n)).or_default().push(at);
                    }
                    by_key.entry(k).or_default().push(at);
                }
            }
            let ents = entity_set(&r.claims);
            entity_counts.push(ents.len());
            for e in ents {
                by_entity.entry(e).or_default().push(ri as u32);
            }
        }
        ReportSet { reports, by_key, by_key_open, by_key_name, by_entity, entity_counts }
    }

    pub fn reports(&self) -> &[Report] {
        &self.reports
    }

    /// Checks a page's claims against the stored reports (and itself).
    pub fn check(&self, page: &[Claim], opts: &CheckOptions) -> Vec<Finding> {
        self.check_without(page, opts, &[])
    }

    /// [`ReportSet::check`] leaving out the reports at the indices in
    /// `left_out` (the page's own saved copy, say), without indexing anew.
    pub fn check_without(&self, page: &[Claim], opts: &CheckOptions, left_out: &[usize]) -> Vec<Finding> {
        self.judge_without(page, opts, left_out).iter().map(|c| self.finding(page, opts, c)).collect()
    }

    /// The page figures that have counterparts, each with its verdict
    /// ([`Checked`]), in page order: [`ReportSet::check_without`] without the
    /// findings' text, each written by [`ReportSet::finding`] when asked for.
    pub fn judge_without(&self, page: &[Claim], opts: &CheckOptions, left_out: &[usize]) -> Vec<Checked> {
        let mut out_of = vec![false; self.reports.len()];
        for &i in left_out {
            if let Some(o) = out_of.get_mut(i) {
                *o = true;
            }
        }
        // counterpart lists per page claim: (report index or usize::MAX for self, claim index)
        let mut pairs: Vec<Vec<(usize, usize)>> = vec![Vec::new(); page.len()];
        let page_keys: Vec<Option<(String, String)>> = page.iter().map(key_of).collect();
        // How often each key occurs on the page.
        let mut page_key_count: HashMap<&(String, String), usize, FxBuild> = HashMap::default();
        for k in page_keys.iter().flatten() {
            *page_key_count.entry(k).or_default() += 1;
        }
        // Key pairing.
        for (pi, k) in page_keys.iter().enumerate() {
            let Some(k) = k else { continue };
            // A key the page lists (more than SELF_CHECK_MAX figures: a table,
            // a timeline) does not pair by key with a report that lists it
            // too: every figure of the one with every figure of the other is
            // no finding a reader can use, and grows as the product of the
            // two (1 600 figures against 3 300 took 450 MB and 1.6 s). A
            // version of the story still pairs them by alignment.
            let listed = page_key_count.get(k).copied().unwrap_or(0) > SELF_CHECK_MAX;
            // A page figure with a subject looks only at figures naming it (or
            // naming one of its entities) and at figures with no subject.
            let a = &page[pi];
            let mut lists: Vec<&Vec<(u32, u32)>> = Vec::new();
            match &a.subject {
                None => lists.extend(self.by_key.get(k)),
                Some(sa) => {
                    // Figures naming it first: under the cap of MAX_BY_KEY, they come before
                    // figures that name no one.
                    let mut names: Vec<String> = std::iter::once(sa).chain(a.entities.iter()).map(|e| e.to_lowercase()).collect();
                    names.dedup();
                    for n in names {
                        lists.extend(self.by_key_name.get(&(k.0.clone(), k.1.clone(), n)));
                    }
                    lists.extend(self.by_key_open.get(k));
                }
            }
            // A listed key: how many figures of it each report offers, over the lists
            // (each list holds a report's figures together, in report order).
            let mut offered: HashMap<u32, usize, FxBuild> = HashMap::default();
            if listed {
                for list in &lists {
                    for run in list.chunk_by(|x, y| x.0 == y.0) {
                        *offered.entry(run[0].0).or_default() += run.len();
                    }
                }
            }
            'lists: for list in lists {
                for run in list.chunk_by(|x, y| x.0 == y.0) {
                    let ri = run[0].0 as usize;
                    if out_of[ri] || offered.get(&run[0].0).is_some_and(|&n| n > SELF_CHECK_MAX) {
                        continue;
                    }
                    for &(_, ci) in run {
                        if pairs[pi].len() == MAX_BY_KEY {
                            break 'lists;
                        }
                        let other = &self.reports[ri].claims[ci as usize];
                        if same_subject(a, other) {
                            pairs[pi].push((ri, ci as usize));
                        }
                    }
                }
            }
        }
        // Self check, by keys only.
        if opts.self_check {
            let mut local: HashMap<&(String, String), Vec<usize>> = HashMap::new();
            for (pi, k) in page_keys.iter().enumerate() {
                if let Some(k) = k {
                    local.entry(k).or_default().push(pi);
                }
            }
            for list in local.values() {
                if list.len() > SELF_CHECK_MAX {
                    continue; // a table or list of like figures, not one fact stated twice
                }
                for &a in list {
                    for &b in list {
                        if a != b && same_subject(&page[a], &page[b]) && !overlapping(&page[a], &page[b]) {
                            pairs[a].push((usize::MAX, b));
                        }
                    }
                }
            }
        }
        // Alignment with other versions of the story.
        let page_ents = entity_set(page);
        // Versions: reports the caller marks as such (or all, with
        // `opts.versions`), and reports sharing most of the page's names.
        let mut versions: Vec<u32> =
            self.reports.iter().enumerate().filter(|(_, r)| opts.versions || r.version).map(|(i, _)| i as u32).collect();
        if !page_ents.is_empty() {
            let mut shared: HashMap<u32, usize, FxBuild> = HashMap::default();
            for e in &page_ents {
                if let Some(rs) = self.by_entity.get(e) {
                    for &r in rs {
                        *shared.entry(r).or_default() += 1;
                    }
                }
            }
            versions.extend(
                shared
                    .iter()
                    .filter(|(r, n)| {
                        let m = page_ents.len().min(self.entity_counts[**r as usize]).max(1);
                        **n >= 2.min(m) && **n * 2 >= m
                    })
                    .map(|(r, _)| *r),
            );
        }
        versions.sort_unstable();
        versions.dedup();
        versions.retain(|&r| !out_of[r as usize]);
        for r in versions {
            let r = r as usize;
            let rep = &self.reports[r];
            // In a version of the story, a key stated many times (on the page
            // and in the version: a list of like figures) pairs by the
            // alignment alone: each statement with its own counterpart, not
            // with every figure of that key (a story giving twenty valuations,
            // in two languages, has twenty pairs, not four hundred).
            for (pi, list) in pairs.iter_mut().enumerate() {
                let from_r = list.iter().filter(|(ri, _)| *ri == r).count();
                let on_page = page_keys[pi].as_ref().map_or(0, |k| page_key_count.get(k).copied().unwrap_or(0));
                if from_r > LISTED && on_page > LISTED {
                    list.retain(|(ri, _)| *ri != r);
                }
            }
            for (pi, ci) in align(page, &rep.claims) {
                if !pairs[pi].contains(&(r, ci)) {
                    pairs[pi].push((r, ci));
                }
            }
        }
        // Verdicts: which counterparts count (figures dated apart do not),
        // and whether one conflicts; the findings are written from them.
        let mut out = Vec::new();
        for (pi, mut list) in pairs.into_iter().enumerate() {
            let a = &page[pi];
            list.sort_unstable();
            list.dedup();
            list.retain(|&(ri, ci)| !dated_apart(a, self.counterpart(page, ri, ci)));
            if list.is_empty() {
                continue;
            }
            let conflict = list.iter().any(|&(ri, ci)| meeting_readings(a, self.counterpart(page, ri, ci)).is_none());
            out.push(Checked { claim: pi, verdict: if conflict { Verdict::Conflict } else { Verdict::Agree }, others: list });
        }
        out
    }

    /// Counterpart `ci` of report `ri` (`usize::MAX`: the page itself).
    fn counterpart<'s>(&'s self, page: &'s [Claim], ri: usize, ci: usize) -> &'s Claim {
        if ri == usize::MAX {
            &page[ci]
        } else {
            &self.reports[ri].claims[ci]
        }
    }

    /// The finding of a page figure [`ReportSet::judge_without`] judged:
    /// its counterparts with their verdicts, ratios and explanations.
    pub fn finding(&self, page: &[Claim], opts: &CheckOptions, c: &Checked) -> Finding {
        let a = &page[c.claim];
        let others: Vec<Other> = c
            .others
            .iter()
            .map(|&(ri, ci)| {
                let b = self.counterpart(page, ri, ci);
                let (file, title, url) = match self.reports.get(ri) {
                    Some(r) => (r.name.as_str(), r.title.clone(), r.url.clone()),
                    None => (opts.page_name.as_str(), None, None),
                };
                let j = judge(a, b);
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
                    explanation: j.explanation,
                    reading: j.reading,
                    quote: b.quote.clone(),
                    title,
                    url,
                }
            })
            .collect();
        let explanation = match others.iter().find(|o| o.verdict == Verdict::Conflict) {
            Some(o) => o.explanation.clone(),
            None => others.first().map(|o| o.explanation.clone()).unwrap_or_default(),
        };
        Finding { claim: a.clone(), file: opts.page_name.clone(), verdict: c.verdict, explanation, others }
    }
}

/// A page figure judged against its counterparts ([`ReportSet::judge_without`]),
/// its finding not yet written: what a page paints needs the verdict only,
/// and the explanations are written when a reader asks ([`ReportSet::finding`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    /// The figure's index on the page.
    pub claim: usize,
    /// Conflict when some counterpart conflicts.
    pub verdict: Verdict,
    /// The counterparts: (report index, or `usize::MAX` for the page itself; figure index), sorted.
    pub others: Vec<(usize, usize)>,
}

fn overlapping(a: &Claim, b: &Claim) -> bool {
    a.start < b.end && b.start < a.end
}

fn entity_set(claims: &[Claim]) -> Vec<String> {
    let mut v: Vec<String> = claims.iter().flat_map(|c| c.entities.iter()).map(|e| e.to_lowercase()).collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// Two figures are of clearly different subjects when both name one and
/// neither's names include the other's subject.
fn same_subject(a: &Claim, b: &Claim) -> bool {
    match (&a.subject, &b.subject) {
        (Some(sa), Some(sb)) => {
            same_name(sa, sb) || b.entities.iter().any(|e| same_name(e, sa)) || a.entities.iter().any(|e| same_name(e, sb))
        }
        _ => true,
    }
}

/// Names compared without case, without allocating for ASCII names.
fn same_name(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        a.eq_ignore_ascii_case(b)
    } else {
        a.to_lowercase() == b.to_lowercase()
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

/// Whether a counted noun is one of the lexicon's cross-language things.
fn is_known_thing(t: &str) -> bool {
    let idx = index();
    idx.lookup(&crate::text::fold(t)).is_some_and(|id| idx.senses(id).by_lang.iter().any(|(_, w)| matches!(w, crate::lang::W::Thing(_))))
}

/// Interned names, sorted (see [`align`]).
struct NameSet(Vec<u32>);

impl NameSet {
    fn contains(&self, n: &u32) -> bool {
        self.0.binary_search(n).is_ok()
    }
}

/// What alignment compares of a claim, as interned integers.
struct Feat {
    unit: u32,
    /// The language the figure was read in.
    lang: u32,
    subject: Option<u32>,
    /// The first three letters of each word of four letters or more of the
    /// subject, folded (`ban` and `eur` of `Banco Europeu`).
    stems: smallvec::SmallVec<[u32; 4]>,
    entities: smallvec::SmallVec<[u32; 6]>,
    measure: Option<u32>,
    /// The counted thing's key, and whether it is a known cross-language thing.
    thing: Option<(u32, bool)>,
    vague: bool,
    /// The claim's readings as spans ([`meeting_readings`]'s), computed once.
    spans: [Span; 2],
    readings: usize,
}

impl Feat {
    /// [`same_subject`] on interned, lower-cased names, between two versions
    /// of one story that name `own` and `other` (every subject and entity of
    /// their figures). Across languages a name may be translated (`European
    /// Investment Bank`, `Banco Europeu de Investimento`, of which the reader
    /// takes `Bank` and `Banco Europeu`): two subjects that differ are then
    /// one when a word of each shares its root (`ban`, `eur`), and neither
    /// version names the other's subject (a translation writes `xAI` and
    /// `OpenAI` alike, and names both where the other does).
    fn same_subject(&self, o: &Feat, own: &NameSet, other: &NameSet) -> bool {
        match (self.subject, o.subject) {
            (Some(sa), Some(sb)) => {
                sa == sb
                    || o.entities.contains(&sa)
                    || self.entities.contains(&sb)
                    || (self.lang != o.lang && self.stems.iter().any(|s| o.stems.contains(s)) && !other.contains(&sa) && !own.contains(&sb))
            }
            _ => true,
        }
    }

    /// Whether the two figures agree under any reading: [`meeting_readings`]
    /// on the precomputed spans.
    fn agrees(&self, o: &Feat) -> bool {
        first_meeting(&self.spans[..self.readings], &o.spans[..o.readings]).is_some()
    }
}

/// Aligns two sequences of figures (weighted longest common subsequence):
/// returns (page index, report index) pairs.
fn align(a: &[Claim], b: &[Claim]) -> Vec<(usize, usize)> {
    let (n, m) = (a.len(), b.len());
    if n == 0 || m == 0 || n.saturating_mul(m) > 4_000_000 {
        return Vec::new();
    }
    // Each claim's unit, names, measure and counted thing as small integers,
    // and its readings as spans, once per claim, so that a cell of the table
    // compares integers and intervals only.
    let mut names: HashMap<String, u32, FxBuild> = HashMap::default();
    let mut id = |s: String| -> u32 {
        let n = names.len() as u32;
        *names.entry(s).or_insert(n)
    };
    let feats = |cs: &[Claim], id: &mut dyn FnMut(String) -> u32| -> Vec<Feat> {
        cs.iter()
            .map(|c| {
                let (rs, readings) = readings(c);
                Feat {
                    unit: id(format!("u:{}", c.unit)),
                    // `pt-PT` writes names as `pt` does.
                    lang: id(format!("l:{}", c.lang.split('-').next().unwrap_or_default())),
                    subject: c.subject.as_ref().map(|s| id(format!("n:{}", s.to_lowercase()))),
                    stems: c.subject.as_deref().map_or_else(Default::default, |s| {
                        s.split(|ch: char| !ch.is_alphanumeric())
                            .filter(|w| w.chars().count() >= 4)
                            .map(|w| id(format!("s:{}", crate::text::fold(&w.chars().take(3).collect::<String>()))))
                            .collect()
                    }),
                    entities: c.entities.iter().map(|e| id(format!("n:{}", e.to_lowercase()))).collect(),
                    measure: c.measure.as_ref().map(|m| id(format!("m:{m}"))),
                    thing: c.counted.as_deref().map(|t| (id(format!("t:{}", thing_key(t))), is_known_thing(t))),
                    vague: c.qualifier == Qualifier::Vague,
                    spans: rs.map(|r| span(c, r.low, r.high, r.factor)),
                    readings,
                }
            })
            .collect()
    };
    let (fa, fb) = (feats(a, &mut id), feats(b, &mut id));
    let named = |fs: &[Feat]| -> NameSet {
        let mut v: Vec<u32> = fs.iter().flat_map(|f| f.subject.into_iter().chain(f.entities.iter().copied())).collect();
        v.sort_unstable();
        v.dedup();
        NameSet(v)
    };
    let (names_a, names_b) = (named(&fa), named(&fb));
    // The score of a pair of figures with the same unit.
    let score = |x: &Feat, y: &Feat, pa: f64, pb: f64| -> f64 {
        if !x.same_subject(y, &names_a, &names_b) {
            return 0.0;
        }
        let mut s = 1.0;
        // A known measure on both sides: a bonus when equal, a small cost when
        // not (translations word the same fact differently: `rodada de
        // financiamento` for a valuation).
        match (x.measure, y.measure) {
            (Some(p), Some(q)) if p == q => s += 3.0,
            (Some(_), Some(_)) => s -= 0.4,
            _ => {}
        }
        match (x.thing, y.thing) {
            (Some((kp, known_p)), Some((kq, known_q))) => {
                if kp == kq {
                    s += 3.0;
                } else if known_p && known_q {
                    return 0.0; // GPUs are not cars
                }
            }
            (None, None) => {}
            _ => s -= 0.2,
        }
        if x.vague == y.vague {
            s += 0.5;
        }
        if x.agrees(y) {
            s += 1.0;
        }
        s -= 4.0 * (pa - pb).abs();
        s.max(0.0)
    };
    // The best weight aligning a[..i] with b[..j], two rows at a time, and
    // for each cell the step back it came from (one byte a cell: a table of
    // 4 million cells is 4 MB, not the 32 MB of its weights).
    const UP: u8 = 0;
    const LEFT: u8 = 1;
    const DIAG: u8 = 2;
    let w = m + 1;
    let mut from = vec![UP; (n + 1) * w];
    let (mut prev, mut cur) = (vec![0f64; w], vec![0f64; w]);
    for i in 1..=n {
        let x = &fa[i - 1];
        let pa = (i - 1) as f64 / n as f64;
        let steps = &mut from[i * w..(i + 1) * w];
        let mut left = 0.0;
        for (j, y) in fb.iter().enumerate() {
            let up = prev[j + 1];
            let mut best = if up > left { up } else { left };
            if x.unit == y.unit {
                let sc = score(x, y, pa, j as f64 / m as f64);
                if sc > 0.5 {
                    let diag = prev[j] + sc;
                    if diag > best {
                        best = diag;
                    }
                }
            }
            // Ties go up, then left, then diagonally.
            steps[j + 1] = if best == up {
                UP
            } else if best == left {
                LEFT
            } else {
                DIAG
            };
            cur[j + 1] = best;
            left = best;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    let mut out = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 && j > 0 {
        match from[i * w + j] {
            UP => i -= 1,
            LEFT => j -= 1,
            _ => {
                out.push((i - 1, j - 1));
                i -= 1;
                j -= 1;
            }
        }
    }
    out.reverse();
    out
}

/// An interval with open or closed ends, widened for rounding and qualifier.
#[derive(Debug, Clone, Copy)]
struct Span {
    lo: f64,
    hi: f64,
    hi_open: bool,
}

fn span(c: &Claim, low: Option<f64>, high: Option<f64>, factor: f64) -> Span {
    let r = c.rounding * factor;
    let lo = low.unwrap_or(0.0);
    let hi = high.unwrap_or(f64::INFINITY);
    match c.qualifier {
        Qualifier::Vague => Span { lo, hi, hi_open: true },
        Qualifier::About => Span { lo: (lo - r).min(lo * 0.9), hi: (hi + r).max(hi * 1.1), hi_open: false },
        Qualifier::MoreThan | Qualifier::AtLeast => Span { lo: lo - r, hi: f64::INFINITY, hi_open: false },
        Qualifier::LessThan | Qualifier::UpTo => Span { lo: 0.0, hi: hi + r, hi_open: false },
        Qualifier::Range | Qualifier::Exact => Span { lo: lo - r, hi: hi + r, hi_open: false },
    }
}

fn meets(a: Span, b: Span) -> bool {
    let lo = a.lo.max(b.lo);
    let (hi, open) = if a.hi < b.hi {
        (a.hi, a.hi_open)
    } else if b.hi < a.hi {
        (b.hi, b.hi_open)
    } else {
        (a.hi, a.hi_open || b.hi_open)
    };
    lo < hi || (lo == hi && !open)
}

/// The geometric middle of a claim's interval.
fn middle(low: Option<f64>, high: Option<f64>) -> Option<f64> {
    match (low, high) {
        (Some(l), Some(h)) if l > 0.0 && h.is_finite() => Some((l * h).sqrt()),
        (Some(l), None) if l > 0.0 => Some(l),
        (Some(_), Some(h)) if h > 0.0 && h.is_finite() => Some(h),
        _ => None,
    }
}

struct Judgement {
    verdict: Verdict,
    ratio: Option<f64>,
    explanation: String,
    reading: Option<String>,
}

/// Compares two figures of the same unit.
fn judge(a: &Claim, b: &Claim) -> Judgement {
    let used = meeting_readings(a, b);
    let first = (readings(a).0[0], readings(b).0[0]);
    let (x, y) = used.unwrap_or(first);
    let ratio = match (middle(x.low, x.high), middle(y.low, y.high)) {
        (Some(p), Some(q)) if q > 0.0 => Some(p / q),
        _ => None,
    };
    let reading = used.and_then(|(x, y)| x.note.or(y.note)).map(str::to_string);
    match used {
        Some(_) => Judgement {
            verdict: Verdict::Agree,
            ratio,
            explanation: match &reading {
                Some(r) => format!("Agrees with {} when the scale word is {}.", quoted(&b.text), r),
                None => format!("Agrees with {} ({}).", quoted(&b.text), describe(b)),
            },
            reading,
        },
        None => Judgement { verdict: Verdict::Conflict, ratio, explanation: explain_conflict(a, b, ratio), reading: None },
    }
}

#[derive(Debug, Clone, Copy)]
struct Reading<'a> {
    low: Option<f64>,
    high: Option<f64>,
    /// Factor from the claim's own reading to this one (scales the rounding).
    factor: f64,
    note: Option<&'a str>,
}

/// A claim's own reading, then its alternative when it has one.
fn readings(c: &Claim) -> ([Reading<'_>; 2], usize) {
    let own = Reading { low: c.low, high: c.high, factor: 1.0, note: None };
    match &c.alt {
        Some(alt) => {
            let base = c.low.unwrap_or(0.0);
            let factor = match alt.low {
                Some(l) if base > 0.0 && l > 0.0 => l / base,
                _ => 1.0,
            };
            ([own, Reading { low: alt.low, high: alt.high, factor, note: Some(alt.note.as_str()) }], 2)
        }
        None => ([own, own], 1),
    }
}

/// The first pair of readings under which the two figures overlap.
fn meeting_readings<'a, 'b>(a: &'a Claim, b: &'b Claim) -> Option<(Reading<'a>, Reading<'b>)> {
    let (ra, na) = readings(a);
    let (rb, nb) = readings(b);
    let (i, j) = first_meeting(&ra.map(|r| span(a, r.low, r.high, r.factor))[..na], &rb.map(|r| span(b, r.low, r.high, r.factor))[..nb])?;
    Some((ra[i], rb[j]))
}

/// The first pair of spans, one of each list (in order), that meet.
fn first_meeting(a: &[Span], b: &[Span]) -> Option<(usize, usize)> {
    a.iter().enumerate().find_map(|(i, &x)| b.iter().position(|&y| meets(x, y)).map(|j| (i, j)))
}

fn quoted(s: &str) -> String {
    format!("“{s}”")
}

/// A figure in words for explanations: `2 × 10^12 USD`, `[10 000, 100 000) GPUs`.
fn describe(c: &Claim) -> String {
    let u = c.counted.as_deref().unwrap_or(&c.unit);
    match (c.low, c.high) {
        (Some(l), Some(h)) if l == h => format!("{} {}", fmt_num(l), u),
        (Some(l), Some(h)) if c.qualifier == Qualifier::Vague => format!("{}–{} {}", fmt_num(l), fmt_num(h), u),
        (Some(l), Some(h)) => format!("{}–{} {}", fmt_num(l), fmt_num(h), u),
        (Some(l), None) => format!("more than {} {}", fmt_num(l), u),
        (None, Some(h)) => format!("up to {} {}", fmt_num(h), u),
        (None, None) => u.to_string(),
    }
}

/// A number for people: `2 trillion`, `200 billion`, `15 000`, `0.15`.
pub fn fmt_num(x: f64) -> String {
    let a = x.abs();
    let (v, w) = if a >= 1e12 {
        (x / 1e12, " trillion")
    } else if a >= 1e9 {
        (x / 1e9, " billion")
    } else if a >= 1e6 {
        (x / 1e6, " million")
    } else {
        (x, "")
    };
    let s = if (v - v.round()).abs() < 1e-9 {
        format!("{}", v.round() as i64)
    } else {
        let s = format!("{v:.3}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    };
    if w.is_empty() && a >= 10_000.0 && (v - v.round()).abs() < 1e-9 {
        // Group thousands with thin spaces.
        let digits = s.trim_start_matches('-');
        let mut out = String::new();
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push('\u{202F}');
            }
            out.push(ch);
        }
        return if x < 0.0 { format!("-{out}") } else { out };
    }
    format!("{s}{w}")
}

/// One sentence on why two figures conflict, with the likely cause.
fn explain_conflict(a: &Claim, b: &Claim, ratio: Option<f64>) -> String {
    let head = format!("{} ({}) against {} ({})", quoted(&a.text), describe(a), quoted(&b.text), describe(b));
    let Some(r) = ratio else {
        return format!("{head}: the figures do not overlap.");
    };
    let times = format!("×{}", fmt_ratio(r));
    let lg = r.log10();
    let k = lg.round();
    let power_of_ten = k != 0.0 && (lg - k).abs() < 0.06;
    let sa = a.scale_words.first().map(|s| s.to_lowercase());
    let sb = b.scale_words.first().map(|s| s.to_lowercase());
    let cause = if a.qualifier == Qualifier::Vague && b.qualifier == Qualifier::Vague {
        "two vague quantities whose ranges do not meet: an order of magnitude was changed in translation".to_string()
    } else if power_of_ten && (k.abs() - 3.0).abs() < 0.1 && (long_scale(sa.as_deref()) || long_scale(sb.as_deref())) {
        format!(
            "a factor of 1000 across '{}' and '{}': a long-scale word (10^12) read as the English short-scale billion (10^9), or the reverse",
            sa.unwrap_or_default(),
            sb.unwrap_or_default()
        )
    } else if power_of_ten && (is_cjk_mag(sa.as_deref()) || is_cjk_mag(sb.as_deref())) {
        "a factor of a power of ten across 万 (10^4) and 亿 (10^8) or their neighbours: the classic slip when converting between CJK and Western magnitudes".to_string()
    } else if power_of_ten && (k.abs() - 3.0).abs() < 0.1 && (sa.as_deref() == Some("mil") || sb.as_deref() == Some("mil")) {
        "a factor of 1000: 'mil' (a thousand in Portuguese and Spanish) taken for a million, or the reverse".to_string()
    } else if power_of_ten && sa.is_some() && sb.is_some() && sa != sb {
        format!(
            "a factor of 10^{} across the magnitude words '{}' and '{}': the typical trace of a translation slip",
            k.abs() as i32,
            sa.unwrap_or_default(),
            sb.unwrap_or_default()
        )
    } else if power_of_ten {
        format!("a factor of 10^{}: a misplaced magnitude or decimal separator", k.abs() as i32)
    } else if a.qualifier == Qualifier::Range || b.qualifier == Qualifier::Range {
        "one figure falls outside the other's range".to_string()
    } else if a.qualifier == Qualifier::Vague || b.qualifier == Qualifier::Vague {
        "the exact figure falls outside the vague quantity's range".to_string()
    } else {
        "the figures differ beyond rounding".to_string()
    };
    format!("{head}: {times}, {cause}.")
}

/// A ratio for people, without its `×`: `1000`, `2.5`, `0.001`.
pub fn fmt_ratio(r: f64) -> String {
    if r >= 10.0 {
        fmt_num(r.round())
    } else if r >= 1.0 {
        let s = format!("{r:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        let s = format!("{r:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

fn long_scale(w: Option<&str>) -> bool {
    matches!(
        w,
        Some(
            "billones"
                | "billón"
                | "billion"
                | "billions"
                | "billionen"
                | "bilião"
                | "biliões"
                | "trillion"
                | "trillions"
                | "bilione"
                | "bilioni"
        )
    )
}

fn is_cjk_mag(w: Option<&str>) -> bool {
    matches!(w, Some("万" | "萬" | "亿" | "億" | "兆" | "만" | "억" | "조" | "万亿"))
}
