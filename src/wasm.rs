//! The wasm binding (SPEC §5): the only module that knows wasm-bindgen.
//!
//! It converts at the boundary and nothing more: JS strings in, byte offsets
//! of the core turned into UTF-16 code units out (what a DOM `Range` takes),
//! every error a thrown JS `Error` with a message.

use crate::claim::Claim;
use crate::compare::{CheckOptions, Report, ReportSet};
use crate::extract::Options;
use crate::lang::Lang;
use serde::Deserialize;
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
  /** ISO 4217 code, "%", an SI base unit ("W", "Wh", "L", "kg", "m", "m2", "s") or "count". */
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
  explanation: string;
  others: Other[];
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

/// Converts the byte offsets of claims over `text` into UTF-16 offsets, in one pass.
pub fn to_utf16_offsets(text: &str, claims: &mut [Claim]) {
    // Every offset to convert, sorted; then one walk over the text.
    let mut points: Vec<usize> = claims.iter().flat_map(|c| [c.start, c.end]).collect();
    points.sort_unstable();
    points.dedup();
    let mut map = Vec::with_capacity(points.len());
    let bytes = text.as_bytes();
    let mut units = 0usize;
    let mut byte = 0usize;
    for &p in &points {
        let q = p.min(bytes.len()).max(byte);
        // A UTF-16 unit per character (each starts with a non-continuation
        // byte), two for those of four bytes: counted on bytes, not chars.
        units += bytes[byte..q].iter().map(|&b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0)).sum::<usize>();
        byte = q;
        map.push((p, units));
    }
    let find = |p: usize| map.binary_search_by_key(&p, |&(b, _)| b).map(|i| map[i].1).unwrap_or(0);
    for c in claims.iter_mut() {
        c.start = find(c.start);
        c.end = find(c.end);
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
    let lang = match o.lang.as_deref().filter(|l| !l.is_empty()) {
        None => None,
        Some(l) => Some(Lang::from_code(l).ok_or_else(|| JsError::new(&format!("figcheck: unknown language '{l}'")))?),
    };
    let opts = Options { lang, quotes: o.quotes, date: o.date };
    let mut claims = crate::extract(text, &opts);
    // A claim's text is its slice of the input; the decoder takes it from the
    // JS string rather than copying it across.
    let sliced: Vec<bool> = claims.iter().map(|c| text.get(c.start..c.end) == Some(c.text.as_str())).collect();
    to_utf16_offsets(text, &mut claims);
    let packed = pack_claims(&claims, &sliced);
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

/// Packs claims (offsets already in UTF-16) for `decodeClaims`; `sliced[i]`
/// says claim `i`'s text is the input's slice at its offsets. The layout is
/// `js/claims.js`'s: start, end, low, high (NaN for none), qualifier, unit,
/// counted, measure, subject, lang, date, quote (string indices, -1 for
/// none), rounding, the alternative reading's note, low and high, the text
/// (-1: the input's slice), the numbers of entities and of scale words.
pub fn pack_claims(claims: &[Claim], sliced: &[bool]) -> Packed {
    /// The string table: each distinct string once.
    struct Table<'a> {
        ids: std::collections::HashMap<&'a str, f64, crate::lexindex::FxBuild>,
        p: Packed,
    }
    impl<'a> Table<'a> {
        fn id(&mut self, s: &'a str) -> f64 {
            if let Some(&i) = self.ids.get(s) {
                return i;
            }
            let i = self.p.lens.len() as f64;
            self.p.strs.push_str(s);
            self.p.lens.push(if s.is_ascii() { s.len() } else { s.encode_utf16().count() } as u32);
            self.ids.insert(s, i);
            i
        }
    }
    let mut t = Table { ids: Default::default(), p: Packed::default() };
    let opt = |v: Option<f64>| v.unwrap_or(f64::NAN);
    for (c, &sl) in claims.iter().zip(sliced) {
        let q = t.id(c.qualifier.as_str());
        let u = t.id(&c.unit);
        let counted = c.counted.as_deref().map_or(-1.0, |s| t.id(s));
        let measure = c.measure.as_deref().map_or(-1.0, |s| t.id(s));
        let subject = c.subject.as_deref().map_or(-1.0, |s| t.id(s));
        let lang = t.id(&c.lang);
        let date = c.date.as_deref().map_or(-1.0, |s| t.id(s));
        let quote = c.quote.as_deref().map_or(-1.0, |s| t.id(s));
        let (note, alo, ahi) = match &c.alt {
            Some(a) => (t.id(&a.note), opt(a.low), opt(a.high)),
            None => (-1.0, f64::NAN, f64::NAN),
        };
        let text = if sl { -1.0 } else { t.id(&c.text) };
        t.p.nums.extend_from_slice(&[
            c.start as f64,
            c.end as f64,
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
            text,
            c.entities.len() as f64,
            c.scale_words.len() as f64,
        ]);
        for e in &c.entities {
            let i = t.id(e);
            t.p.nums.push(i);
        }
        for w in &c.scale_words {
            let i = t.id(w);
            t.p.nums.push(i);
        }
    }
    t.p
}

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
    let o: JsCheckOptions = from_js(options, "options")?;
    let opts = CheckOptions {
        page_name: o.page_name.unwrap_or_else(|| "page".into()),
        self_check: o.self_check.unwrap_or(true),
        versions: o.versions.unwrap_or(false),
    };
    let findings = ReportSet::new(reports).check(&page, &opts);
    to_js(&findings)
}

/// The language of a text ("en", "pt", "pt-PT", "ar", ...).
#[wasm_bindgen]
pub fn detect_language(#[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> Result<String, JsError> {
    Ok(crate::detect(&string_arg(text, "text")?).code().to_string())
}

/// The visible text of an HTML document.
#[wasm_bindgen]
pub fn html_to_text(#[wasm_bindgen(unchecked_param_type = "string")] html: JsValue) -> Result<String, JsError> {
    Ok(crate::html::visible_text(&string_arg(html, "html")?))
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

