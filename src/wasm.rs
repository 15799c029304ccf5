//! The wasm binding (docs/API.md): the only module that knows wasm-bindgen.
//!
//! It converts at the boundary and nothing more: JS strings in, byte offsets
//! of the core turned into UTF-16 code units out (what a DOM `Range` takes),
//! every error a thrown JS `Error` with a message.

use crate::claim::Claim;
use crate::compare::{CheckOptions, Checked, Report, ReportSet};
use crate::extract::Options;
use crate::lang::Lang;
use serde::Deserialize;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = r#"
/** How a figure is qualified in its text. */
export type Qualifier = "exact" | "about" | "more_than" | "at_least" | "less_than" | "up_to" | "range" | "vague";

/** One figure found in a text. Offsets are UTF-16 code units: `text === input.slice(start, end)`. */
export interface Claim {
  text: string;
  start: number;
  end: number;
  /** Interval in the base unit; `null` is an unbounded side. `high` is exclusive when `qualifier` is "vague". */
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  /** ISO 4217 code, "%", an SI base unit ("W", "Wh", "L", "kg", "m", "m2", "s", "m/s"), "°C", "magnitude" or "count". */
  unit: string;
  /** For counts, the counted thing as written. */
  counted?: string;
  /** Language-independent name of what is measured ("valuation", "power", ...). */
  measure?: string;
  /** Of whom, when the text says so ("xAI"). */
  subject?: string;
  /** The language the figure was read in. */
  lang: string;
  /** The other reading of an ambiguous scale word (a French "trillion"). */
  alt?: { low: number | null; high: number | null; note: string };
  /** The time the figure refers to ("2024", "2024-05"). */
  date?: string;
  /** The sentence around the figure (with `quotes: true`). */
  quote?: string;
  entities?: string[];
  scale_words?: string[];
  /** Half a unit of the last written digit, in the base unit. */
  rounding: number;
}

export interface ExtractOptions {
  /** ISO 639-1 code ("en", "pt", "pt-PT", "fr", "ar", "zh", ...); detected when absent. */
  lang?: string;
  /** Fill each claim's `quote` with its sentence. */
  quotes?: boolean;
  /** The document's date ("2024-05-10"), used where a sentence gives none. */
  date?: string;
}

/** A text whose figures are known. */
export interface Report {
  name: string;
  claims: Claim[];
  lang?: string;
  date?: string;
  title?: string;
  url?: string;
  /** This report is another version of the page's story (a translation, an hreflang alternate): align its figures with the page's. */
  version?: boolean;
  /** The outline of its text (sentences, anchors), by which figcheck recognizes a version of the page's story; `readReport` gives it. Made from the claims' quotes when absent. */
  outline?: Outline;
}

/** A text's sentences: each one's length, how many of the text's figures it holds (the next ones, in order), its anchors (hashes of its numbers, figure values and names), and the sounds of the names it may hold (hashes that meet a name written in another script). */
export interface Outline {
  sentences: { len: number; figures: number; anchors: number[]; sounds?: number[] }[];
}

export interface CheckOptions {
  /** The page's name in findings (default "page"). */
  page_name?: string;
  /** Compare the page's figures with each other too (default true). */
  self_check?: boolean;
  /** The reports are versions of the page's story (translations): align their figures with the page's (default false). */
  versions?: boolean;
}

/** A counterpart of a page figure. */
export interface Other {
  file: string;
  text: string;
  start: number;
  end: number;
  low: number | null;
  high: number | null;
  unit: string;
  /** Page figure over this one, between the geometric middles of the intervals. */
  ratio: number | null;
  verdict: "conflict" | "agree";
  /** Why the two figures were compared: the same place in a version of the page's story, or the same measure of the same subject. */
  evidence: "aligned" | "measure_subject";
  /** The same, for people: "the same place in the French version", "both are xAI's valuation". */
  basis: string;
  /** The language of the counterpart's text. */
  lang?: string;
  explanation: string;
  /** Which reading of an ambiguous scale word the verdict used. */
  reading?: string;
  quote?: string;
  title?: string;
  url?: string;
}

/** A page figure with its counterparts. */
export interface Finding extends Claim {
  file: string;
  verdict: "conflict" | "agree";
  /** A conflict that more reports agree with than conflict with (the page
   * itself not counted for it): the disagreement is the others'. */
  upheld: boolean;
  explanation: string;
  others: Other[];
}

/** A language figcheck reads: its code ("pt-PT") and its name in English ("European Portuguese"). */
export interface Language {
  code: string;
  name: string;
}

/** How `ReportSet.checkText` reads and checks a page. */
export interface PageOptions {
  /** The page's language; detected when absent. */
  lang?: string;
  /** The page's date ("2024-05-10"). */
  date?: string;
  /** The page's name in findings (default "page"). */
  page_name?: string;
  /** Compare the page's figures with each other too (default true). */
  self_check?: boolean;
  /** Names of reports of the set to leave out (the page's own saved copy). */
  exclude?: string[];
}

/** Another version of the page's story, as text: its figures are found and aligned with the page's. */
export interface VersionText {
  name: string;
  text: string;
  lang?: string;
  date?: string;
  title?: string;
  url?: string;
}
"#;

#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

#[derive(Deserialize, Default)]
struct JsExtractOptions {
    lang: Option<String>,
    #[serde(default)]
    quotes: bool,
    date: Option<String>,
}

#[derive(Deserialize, Default)]
struct JsCheckOptions {
    page_name: Option<String>,
    self_check: Option<bool>,
    versions: Option<bool>,
}

/// Results cross the boundary as one JSON string parsed by the engine's own
/// `JSON.parse`: much faster than building each object field by field.
fn to_js<T: serde::Serialize>(v: &T) -> Result<JsValue, JsError> {
    let json = serde_json::to_string(v).map_err(|e| JsError::new(&format!("figcheck: cannot convert the result: {e}")))?;
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("figcheck: cannot convert the result"))
}

fn from_js<T: for<'de> Deserialize<'de> + Default>(v: JsValue, what: &str) -> Result<T, JsError> {
    if v.is_undefined() || v.is_null() {
        return Ok(T::default());
    }
    // One JSON.stringify and one parse in wasm: walking the JS objects field
    // by field (serde-wasm-bindgen) costs boundary calls per field, and was
    // twice as slow on a page of 415 claims (benches: 1.6 ms against 0.8 ms).
    let json = js_sys::JSON::stringify(&v)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| JsError::new(&format!("figcheck: bad {what}: not convertible to JSON")))?;
    serde_json::from_str(&json).map_err(|e| JsError::new(&format!("figcheck: bad {what}: {e}")))
}

fn check_options(options: JsValue) -> Result<CheckOptions, JsError> {
    let o: JsCheckOptions = from_js(options, "options")?;
    Ok(CheckOptions {
        page_name: o.page_name.unwrap_or_else(|| "page".into()),
        self_check: o.self_check.unwrap_or(true),
        versions: o.versions.unwrap_or(false),
    })
}

/// The UTF-16 offsets of byte offsets of a text, for a set of claims: by one
/// walk over the text when the claims come in text order without
/// overlapping (the usual case), asked in that order; otherwise every
/// offset is converted once, sorted, and looked up.
pub struct Utf16Offsets<'a> {
    bytes: &'a [u8],
    /// The walk's place: UTF-16 units before byte `byte`.
    units: usize,
    byte: usize,
    /// Sorted (byte, unit) pairs when the claims are out of order; empty otherwise.
    map: Vec<(usize, usize)>,
}

impl<'a> Utf16Offsets<'a> {
    /// A converter for `claims`' offsets over `text`.
    pub fn for_claims(text: &'a str, claims: &[Claim]) -> Self {
        let mut o = Utf16Offsets { bytes: text.as_bytes(), units: 0, byte: 0, map: Vec::new() };
        let in_order = claims.iter().all(|c| c.start <= c.end) && claims.windows(2).all(|w| w[0].end <= w[1].start);
        if !in_order {
            let mut points: Vec<usize> = claims.iter().flat_map(|c| [c.start, c.end]).collect();
            points.sort_unstable();
            points.dedup();
            o.map = points.into_iter().map(|p| (p, o.walk_to(p))).collect();
        }
        o
    }

    /// UTF-16 units before byte `p`, walking on from the last offset asked.
    fn walk_to(&mut self, p: usize) -> usize {
        let q = p.min(self.bytes.len()).max(self.byte);
        self.units += crate::text::utf16_len(&self.bytes[self.byte..q]);
        self.byte = q;
        self.units
    }

    /// The UTF-16 offset of byte offset `p`: in text order, the claims' start
    /// then end, one claim after the other (or any order when they overlap).
    pub fn get(&mut self, p: usize) -> usize {
        if self.map.is_empty() {
            return self.walk_to(p);
        }
        self.map.binary_search_by_key(&p, |&(b, _)| b).map(|i| self.map[i].1).unwrap_or(0)
    }
}

/// Converts the byte offsets of claims over `text` into UTF-16 offsets.
pub fn to_utf16_offsets(text: &str, claims: &mut [Claim]) {
    let mut o = Utf16Offsets::for_claims(text, claims);
    for c in claims.iter_mut() {
        c.start = o.get(c.start);
        c.end = o.get(c.end);
    }
}

/// Finds the figures of `text`. Offsets are UTF-16 code units.
#[wasm_bindgen(js_name = extract, unchecked_return_type = "Claim[]")]
pub fn extract_js(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ExtractOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let js_text = text.clone();
    let text = string_arg(text, "text")?;
    let text = text.as_str();
    let o: JsExtractOptions = from_js(options, "options")?;
    let opts = Options { lang: lang_arg(o.lang.as_deref())?, quotes: o.quotes, date: o.date };
    let claims = crate::extract(text, &opts);
    let packed = pack_claims(text, &claims);
    Ok(decode_claims(&js_text, &packed.nums, &packed.strs, &packed.lens))
}

#[wasm_bindgen(module = "/js/claims.js")]
extern "C" {
    /// Builds the claim objects from [`Packed`] (js/claims.js).
    #[wasm_bindgen(js_name = decodeClaims)]
    fn decode_claims(text: &JsValue, nums: &[f64], strs: &str, lens: &[u32]) -> JsValue;
}

/// Claims as numbers and a string table, for `decodeClaims` (js/claims.js).
#[derive(Default)]
pub struct Packed {
    /// Per claim: 19 numbers, then its entities' and scale words' strings.
    pub nums: Vec<f64>,
    /// Every distinct string, concatenated.
    pub strs: String,
    /// Each string's length in UTF-16 code units.
    pub lens: Vec<u32>,
}

/// Packs the claims read from `text` (byte offsets) for `decodeClaims`, in
/// one pass: offsets are turned into UTF-16 units as they are packed, and a
/// claim's text does not cross when it is the input's slice at its offsets
/// (the decoder slices the JS string). The layout is `js/claims.js`'s:
/// start, end, low, high (NaN for none), qualifier, unit, counted, measure,
/// subject, lang, date, quote (string indices, -1 for none), rounding, the
/// alternative reading's note, low and high, the text (-1: the input's
/// slice), the numbers of entities and of scale words.
pub fn pack_claims(text: &str, claims: &[Claim]) -> Packed {
    /// Numbers per claim before its entities and scale words (`FIXED` in js/claims.js).
    const FIXED: usize = 19;
    /// The string table's per-field memo slots (`Table::last`).
    const QUALIFIER: usize = 0;
    const UNIT: usize = 1;
    const MEASURE: usize = 2;
    const LANG: usize = 3;
    const COUNTED: usize = 4;
    const SCALE: usize = 5;
    const SUBJECT: usize = 6;
    const DATE: usize = 7;
    const SLOTS: usize = 8;
    /// The string table: each distinct string once.
    struct Table<'a> {
        ids: std::collections::HashMap<Words<'a>, f64, crate::lexindex::FxBuild>,
        /// Per field, the last `WAYS` strings asked and their ids, and which
        /// way the next new one takes: a text's claims mostly repeat a few
        /// units, measures and counted things, found again without hashing.
        last: [[(&'a str, f64); WAYS]; SLOTS],
        next: [u8; SLOTS],
        p: Packed,
    }
    /// Strings remembered per field (`Table::last`).
    const WAYS: usize = 4;
    impl<'a> Table<'a> {
        /// The id of `s` as field `slot` (see `last`).
        fn id_at(&mut self, slot: usize, s: &'a str) -> f64 {
            for &(last, id) in &self.last[slot] {
                // The same words (a way not yet filled has no id: -1).
                if id >= 0.0 && crate::text::same_bytes(last, s) {
                    return id;
                }
            }
            let id = self.id(s);
            let w = self.next[slot] as usize % WAYS;
            self.last[slot][w] = (s, id);
            self.next[slot] = (w + 1) as u8;
            id
        }
        fn id(&mut self, s: &'a str) -> f64 {
            if let Some(&i) = self.ids.get(&Words(s)) {
                return i;
            }
            let i = self.p.lens.len() as f64;
            self.p.strs.push_str(s);
            self.p.lens.push(crate::text::utf16_len(s.as_bytes()) as u32);
            self.ids.insert(Words(s), i);
            i
        }
    }
    let mut t = Table { ids: Default::default(), last: [[("", -1.0); WAYS]; SLOTS], next: [0; SLOTS], p: Packed::default() };
    // FIXED numbers a claim, and one per entity and magnitude word: sized once.
    let words: usize = claims.iter().map(|c| c.entities.len() + c.scale_words.len()).sum();
    t.p.nums.reserve_exact(claims.len() * FIXED + words);
    let mut offsets = Utf16Offsets::for_claims(text, claims);
    let opt = |v: Option<f64>| v.unwrap_or(f64::NAN);
    for c in claims {
        let q = t.id_at(QUALIFIER, c.qualifier.as_str());
        let u = t.id_at(UNIT, &c.unit);
        let counted = c.counted.as_deref().map_or(-1.0, |s| t.id_at(COUNTED, s));
        let measure = c.measure.as_deref().map_or(-1.0, |s| t.id_at(MEASURE, s));
        let subject = c.subject.as_deref().map_or(-1.0, |s| t.id_at(SUBJECT, s));
        let lang = t.id_at(LANG, &c.lang);
        let date = c.date.as_deref().map_or(-1.0, |s| t.id_at(DATE, s));
        let quote = c.quote.as_deref().map_or(-1.0, |s| t.id(s));
        let (note, alo, ahi) = match &c.alt {
            Some(a) => (t.id(&a.note), opt(a.low), opt(a.high)),
            None => (-1.0, f64::NAN, f64::NAN),
        };
        let own = if text.get(c.start..c.end).is_some_and(|s| crate::text::same_bytes(s, &c.text)) { -1.0 } else { t.id(&c.text) };
        let (start, end) = (offsets.get(c.start), offsets.get(c.end));
        // The array's type holds it to FIXED numbers.
        let row: [f64; FIXED] = [
            start as f64,
            end as f64,
            opt(c.low),
            opt(c.high),
            q,
            u,
            counted,
            measure,
            subject,
            lang,
            date,
            quote,
            c.rounding,
            note,
            alo,
            ahi,
            own,
            c.entities.len() as f64,
            c.scale_words.len() as f64,
        ];
        t.p.nums.extend_from_slice(&row);
        for e in &c.entities {
            let i = t.id(e);
            t.p.nums.push(i);
        }
        for w in &c.scale_words {
            let i = t.id_at(SCALE, w);
            t.p.nums.push(i);
        }
    }
    t.p
}

/// A string table key: hashed as its `str`, compared by [`crate::text::same_bytes`].
#[derive(Clone, Copy)]
struct Words<'a>(&'a str);

impl std::hash::Hash for Words<'_> {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.0.hash(h)
    }
}

impl PartialEq for Words<'_> {
    fn eq(&self, other: &Self) -> bool {
        crate::text::same_bytes(self.0, other.0)
    }
}

impl Eq for Words<'_> {}

/// Checks a page's claims against reports (and itself): one finding per page
/// figure that has a counterpart.
#[wasm_bindgen(js_name = check, unchecked_return_type = "Finding[]")]
pub fn check_js(
    #[wasm_bindgen(unchecked_param_type = "Claim[]")] page: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Report[]")] reports: JsValue,
    #[wasm_bindgen(unchecked_param_type = "CheckOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let page: Vec<Claim> = from_js(page, "page claims")?;
    let reports: Vec<Report> = from_js(reports, "reports")?;
    let findings = ReportSet::new(reports).check(&page, &check_options(options)?);
    to_js(&findings)
}

/// The language of a text ("en", "pt", "pt-PT", "ar", ...).
#[wasm_bindgen]
pub fn detect_language(#[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> Result<String, JsError> {
    Ok(crate::detect(&string_arg(text, "text")?).code().to_string())
}

/// A language figcheck reads: its code and its name in English.
#[derive(serde::Serialize)]
struct LanguageEntry {
    code: &'static str,
    name: &'static str,
}

/// The languages figcheck reads (`lang::ALL`, in its order), each with its
/// code and English name: the one list the extension and the demo read.
#[wasm_bindgen(unchecked_return_type = "Language[]")]
pub fn languages() -> Result<JsValue, JsError> {
    let all: Vec<LanguageEntry> = crate::lang::ALL.iter().map(|l| LanguageEntry { code: l.code(), name: l.name() }).collect();
    to_js(&all)
}

/// A JS argument that must be a string: anything else is a clear error, not a trap.
fn string_arg(v: JsValue, what: &str) -> Result<String, JsError> {
    v.as_string().ok_or_else(|| JsError::new(&format!("figcheck: {what} must be a string")))
}

/// The crate's version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

#[derive(Deserialize, Default)]
struct JsPageOptions {
    lang: Option<String>,
    date: Option<String>,
    page_name: Option<String>,
    self_check: Option<bool>,
    #[serde(default)]
    exclude: Vec<String>,
}

#[derive(Deserialize)]
struct JsVersionText {
    name: String,
    text: String,
    lang: Option<String>,
    date: Option<String>,
    title: Option<String>,
    url: Option<String>,
}

/// A language code given by the caller: absent or empty is "detect".
fn lang_arg(code: Option<&str>) -> Result<Option<Lang>, JsError> {
    match code.filter(|l| !l.is_empty()) {
        None => Ok(None),
        Some(l) => l.parse::<Lang>().map(Some).map_err(|e| JsError::new(&format!("figcheck: {e}"))),
    }
}

/// The claims of `text`, with their sentences, at UTF-16 offsets.
/// A text read as a report: its claims (UTF-16 offsets, with quotes) and its outline.
fn report_utf16(name: String, text: &str, lang: Option<Lang>, date: Option<String>) -> Report {
    let mut r = Report::from_text(&name, text, &Options { lang, quotes: true, date });
    to_utf16_offsets(text, &mut r.claims);
    r
}

/// Reads `text` as a report: its figures (with their sentences, offsets in
/// UTF-16) and its outline, by which a later check recognizes whether it is a
/// version of a page's story. Save this to check pages against it.
#[wasm_bindgen(js_name = readReport, unchecked_return_type = "Report")]
pub fn read_report_js(
    #[wasm_bindgen(unchecked_param_type = "string")] name: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ExtractOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let name = string_arg(name, "name")?;
    let text = string_arg(text, "text")?;
    let o: JsExtractOptions = from_js(options, "options")?;
    let lang = lang_arg(o.lang.as_deref())?;
    to_js(&report_utf16(name, &text, lang, o.date))
}

/// Reports kept in the engine and indexed once, to check many pages against
/// (the extension keeps one until its saved reports change). `checkText`
/// reads a page and checks it in one call: neither the page's claims nor the
/// reports cross the boundary again.
#[wasm_bindgen(js_name = ReportSet)]
pub struct JsReportSet {
    /// Shared with the [`PageCheck`]s made from it, which write their
    /// findings from its reports when asked (and outlive it if need be).
    set: Rc<ReportSet>,
}

#[wasm_bindgen(js_class = ReportSet)]
impl JsReportSet {
    /// Indexes `reports` (offsets in UTF-16, as `extract` gives them).
    #[wasm_bindgen(constructor)]
    pub fn new(#[wasm_bindgen(unchecked_param_type = "Report[]")] reports: JsValue) -> Result<JsReportSet, JsError> {
        let reports: Vec<Report> = from_js(reports, "reports")?;
        Ok(JsReportSet { set: Rc::new(ReportSet::new(reports)) })
    }

    /// How many reports the set holds.
    #[wasm_bindgen(getter)]
    pub fn length(&self) -> usize {
        self.set.reports().len()
    }

    /// Checks a page's claims against the set (and each other), as `check` does.
    #[wasm_bindgen(unchecked_return_type = "Finding[]")]
    pub fn check(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Claim[]")] page: JsValue,
        #[wasm_bindgen(unchecked_param_type = "CheckOptions | undefined")] options: JsValue,
    ) -> Result<JsValue, JsError> {
        let page: Vec<Claim> = from_js(page, "page claims")?;
        to_js(&self.set.check(&page, &check_options(options)?))
    }

    /// Finds the figures of `text` (with their sentences) and checks them
    /// against the set, against `versions` (other versions of the page's
    /// story, given as text) and against each other.
    #[wasm_bindgen(js_name = checkText)]
    pub fn check_text(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        #[wasm_bindgen(unchecked_param_type = "PageOptions | undefined")] options: JsValue,
        #[wasm_bindgen(unchecked_param_type = "VersionText[] | undefined")] versions: JsValue,
    ) -> Result<PageCheck, JsError> {
        let text = string_arg(text, "text")?;
        let o: JsPageOptions = from_js(options, "options")?;
        let lang = lang_arg(o.lang.as_deref())?;
        let versions: Vec<JsVersionText> = from_js(versions, "versions")?;
        let opts = CheckOptions {
            page_name: o.page_name.unwrap_or_else(|| "page".into()),
            self_check: o.self_check.unwrap_or(true),
            versions: false,
        };
        let lang = lang.unwrap_or_else(|| crate::detect(&text));
        let Report { claims: page, outline, .. } = report_utf16(String::new(), &text, Some(lang), o.date);
        let lang = lang.code().to_string();
        let left_out: Vec<usize> =
            self.set.reports().iter().enumerate().filter(|(_, r)| o.exclude.contains(&r.name)).map(|(i, _)| i).collect();
        let (set, checked) = if versions.is_empty() {
            let checked = self.set.judge(&page, outline.as_ref(), &opts, &left_out);
            (Rc::clone(&self.set), checked)
        } else {
            // Versions read now join the kept reports in a set of this check's own.
            let mut all: Vec<Report> =
                self.set.reports().iter().enumerate().filter(|(i, _)| !left_out.contains(i)).map(|(_, r)| r.clone()).collect();
            for v in versions {
                let mut r = report_utf16(v.name, &v.text, lang_arg(v.lang.as_deref())?, v.date);
                r.title = v.title;
                r.url = v.url;
                r.version = true;
                all.push(r);
            }
            let set = Rc::new(ReportSet::new(all));
            let checked = set.judge(&page, outline.as_ref(), &opts, &[]);
            (set, checked)
        };
        let conflicts = checked.iter().filter(|c| c.verdict == crate::Verdict::Conflict).count();
        let upheld = checked.iter().filter(|c| c.upheld()).count();
        Ok(PageCheck { claims: page.len(), set, page, opts, checked, lang, conflicts, upheld })
    }
}

/// A page checked by `ReportSet.checkText`: its figures' verdicts stay in
/// the engine, and a finding's counterparts and explanations are written
/// when asked for, all (`findings()`) or one at a time (`finding(i)`): a
/// page paints the verdicts only.
#[wasm_bindgen]
pub struct PageCheck {
    set: Rc<ReportSet>,
    page: Vec<Claim>,
    opts: CheckOptions,
    checked: Vec<Checked>,
    claims: usize,
    lang: String,
    conflicts: usize,
    upheld: usize,
}

#[wasm_bindgen]
impl PageCheck {
    /// How many figures the page has.
    #[wasm_bindgen(getter)]
    pub fn claims(&self) -> usize {
        self.claims
    }

    /// The language the page was read in.
    #[wasm_bindgen(getter)]
    pub fn lang(&self) -> String {
        self.lang.clone()
    }

    /// How many findings are conflicts (upheld ones included).
    #[wasm_bindgen(getter)]
    pub fn conflicts(&self) -> usize {
        self.conflicts
    }

    /// How many of the conflicts are upheld: more reports agree with the
    /// page's figure than conflict with it.
    #[wasm_bindgen(getter)]
    pub fn upheld(&self) -> usize {
        self.upheld
    }

    /// How many findings there are.
    #[wasm_bindgen(getter)]
    pub fn length(&self) -> usize {
        self.checked.len()
    }

    /// What a page paints: per finding its start and end (UTF-16) and 1 for a
    /// conflict, 2 for an upheld conflict, 0 for an agreement, one after the other.
    pub fn marks(&self) -> Vec<u32> {
        self.checked
            .iter()
            .flat_map(|c| {
                let a = &self.page[c.claim];
                let kind = match (c.verdict, c.upheld()) {
                    (crate::Verdict::Conflict, true) => 2,
                    (crate::Verdict::Conflict, false) => 1,
                    (crate::Verdict::Agree, _) => 0,
                };
                [a.start as u32, a.end as u32, kind]
            })
            .collect()
    }

    /// Finding `i`, or `undefined` past the end.
    #[wasm_bindgen(unchecked_return_type = "Finding | undefined")]
    pub fn finding(&self, i: usize) -> Result<JsValue, JsError> {
        match self.checked.get(i) {
            Some(c) => to_js(&self.set.finding(&self.page, &self.opts, c)),
            None => Ok(JsValue::UNDEFINED),
        }
    }

    /// Every finding.
    #[wasm_bindgen(unchecked_return_type = "Finding[]")]
    pub fn findings(&self) -> Result<JsValue, JsError> {
        let all: Vec<crate::Finding> = self.checked.iter().map(|c| self.set.finding(&self.page, &self.opts, c)).collect();
        to_js(&all)
    }
}
