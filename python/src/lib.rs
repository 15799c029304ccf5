//! The Python binding (`figcheck._figcheck`): the only code that knows Python.
//!
//! It converts at the boundary and nothing more: Python `str`s in, results
//! out as JSON text (which `figcheck/__init__.py` reads with the C `json`
//! module: faster than building dicts field by field here), with the core's
//! byte offsets turned into code point offsets, as Python slices strings.
//! Every error is a Python exception with a message: a bad language code a
//! `ValueError`, a wrong type a `TypeError` (PyO3's argument conversion), and
//! a panic, which the core promises never happens, a `RuntimeError`.

use figcheck::compare::{CheckOptions, Report, ReportSet};
use figcheck::pairs::check_pair;
use figcheck::{Claim, Lang, Options, UnknownLang};
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// A language code as a [`Lang`], or a `ValueError` naming it.
fn lang_of(code: Option<&str>, what: &str) -> PyResult<Option<Lang>> {
    match code {
        None => Ok(None),
        Some(c) => Lang::from_code(c)
            .map(Some)
            .ok_or_else(|| PyValueError::new_err(format!("figcheck: unknown language '{c}' for {what} ({})", UnknownLang::choices()))),
    }
}

/// Runs `f` without the GIL, a panic turned into a `RuntimeError`.
fn guarded<T: Send>(py: Python<'_>, f: impl FnOnce() -> Result<T, String> + Send) -> PyResult<T> {
    let r = py.detach(|| catch_unwind(AssertUnwindSafe(f)));
    match r {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(PyRuntimeError::new_err(e)),
        Err(p) => {
            let why = p.downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| p.downcast_ref::<String>().cloned()).unwrap_or_default();
            Err(PyRuntimeError::new_err(format!("figcheck: internal error: {why}")))
        }
    }
}

fn json<T: serde::Serialize>(v: &T) -> Result<String, String> {
    serde_json::to_string(v).map_err(|e| format!("figcheck: cannot convert the result: {e}"))
}

/// Turns byte offsets into `text` into code point offsets, in place.
fn to_code_points(text: &str, mut offsets: Vec<&mut usize>) {
    if text.is_ascii() {
        return;
    }
    offsets.sort_unstable_by_key(|o| **o);
    let b = text.as_bytes();
    let (mut pos, mut chars) = (0usize, 0usize);
    for o in offsets {
        let to = (*o).clamp(pos, b.len());
        // Every byte but a UTF-8 continuation byte (0b10xxxxxx) starts a code point.
        chars += b[pos..to].iter().filter(|&&x| (x as i8) >= -0x40).count();
        pos = to;
        *o = chars;
    }
}

fn claim_offsets(c: &mut Claim) -> [&mut usize; 2] {
    [&mut c.start, &mut c.end]
}

/// The figures of `text` as a JSON array of claims (docs/claims.md §1), offsets in code points.
#[pyfunction]
#[pyo3(signature = (text, lang=None, quotes=false))]
fn extract_json(py: Python<'_>, text: String, lang: Option<String>, quotes: bool) -> PyResult<String> {
    let lang = lang_of(lang.as_deref(), "lang")?;
    guarded(py, move || {
        let mut claims = figcheck::extract(&text, &Options { lang, quotes, date: None });
        to_code_points(&text, claims.iter_mut().flat_map(claim_offsets).collect());
        json(&claims)
    })
}

/// The findings of `page` against `reports`, each `(name, text, lang,
/// version)`, as a JSON array (docs/claims.md §3), offsets in code points of the text
/// each figure is in.
#[pyfunction]
#[pyo3(signature = (page, reports, lang=None, page_name="page".to_string()))]
fn check_json(
    py: Python<'_>,
    page: String,
    reports: Vec<(String, String, Option<String>, bool)>,
    lang: Option<String>,
    page_name: String,
) -> PyResult<String> {
    let page_lang = lang_of(lang.as_deref(), "lang")?;
    let mut seen: HashMap<&str, ()> = HashMap::new();
    seen.insert(&page_name, ());
    for (name, _, l, _) in &reports {
        lang_of(l.as_deref(), &format!("report '{name}'"))?;
        if seen.insert(name, ()).is_some() {
            return Err(PyValueError::new_err(format!("figcheck: two texts named '{name}': give each report its own name")));
        }
    }
    guarded(py, move || {
        let page_report = Report::from_text(&page_name, &page, &Options { lang: page_lang, quotes: true, date: None });
        let mut texts: HashMap<String, String> = HashMap::new();
        let mut built = Vec::with_capacity(reports.len());
        for (name, text, l, version) in reports {
            // A report is read in its own language (given, or detected), not the page's.
            let lang = l.as_deref().and_then(Lang::from_code);
            let mut r = Report::from_text(&name, &text, &Options { lang, quotes: true, date: None });
            r.version = version;
            built.push(r);
            texts.insert(name, text);
        }
        let set = ReportSet::new(built);
        let opts = CheckOptions { page_name: page_name.clone(), self_check: true, versions: false };
        let mut findings = set.check(&page_report.claims, &opts);
        // Offsets into the page, then into each report (the page's own figures, in a self-check, into the page).
        let mut by_text: HashMap<&str, Vec<&mut usize>> = HashMap::new();
        for f in findings.iter_mut() {
            by_text.entry(page_name.as_str()).or_default().extend(claim_offsets(&mut f.claim));
            for o in f.others.iter_mut() {
                let key = if texts.contains_key(&o.file) {
                    texts.get_key_value(&o.file).map(|(k, _)| k.as_str()).unwrap_or("")
                } else {
                    page_name.as_str()
                };
                by_text.entry(key).or_default().extend([&mut o.start, &mut o.end]);
            }
        }
        for (name, offs) in by_text {
            let text = if name == page_name { page.as_str() } else { texts.get(name).map(String::as_str).unwrap_or("") };
            to_code_points(text, offs);
        }
        json(&findings)
    })
}

/// One segment pair checked ([`figcheck::pairs::check_pair`]) as a JSON
/// object, offsets in code points of the side each figure is in.
#[pyfunction]
#[pyo3(signature = (source, target, source_lang=None, target_lang=None))]
fn pair_json(py: Python<'_>, source: String, target: String, source_lang: Option<String>, target_lang: Option<String>) -> PyResult<String> {
    let sl = lang_of(source_lang.as_deref(), "source_lang")?;
    let tl = lang_of(target_lang.as_deref(), "target_lang")?;
    guarded(py, move || {
        let mut p = check_pair(&source, &target, sl, tl);
        let mut on_target: Vec<&mut usize> = Vec::new();
        let mut on_source: Vec<&mut usize> = Vec::new();
        for f in p.findings.iter_mut() {
            on_target.extend(claim_offsets(&mut f.finding.claim));
            for o in f.finding.others.iter_mut() {
                on_source.extend([&mut o.start, &mut o.end]);
            }
        }
        on_source.extend(p.only_in_source.iter_mut().flat_map(claim_offsets));
        on_target.extend(p.only_in_target.iter_mut().flat_map(claim_offsets));
        to_code_points(&source, on_source);
        to_code_points(&target, on_target);
        json(&p)
    })
}

/// Detects the language of a text: its code.
#[pyfunction]
fn detect(py: Python<'_>, text: String) -> PyResult<String> {
    guarded(py, move || Ok(figcheck::detect(&text).code().to_string()))
}

#[pymodule]
fn _figcheck(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_function(wrap_pyfunction!(extract_json, m)?)?;
    m.add_function(wrap_pyfunction!(check_json, m)?)?;
    m.add_function(wrap_pyfunction!(pair_json, m)?)?;
    m.add_function(wrap_pyfunction!(detect, m)?)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_points() {
        // "ção 5": ç and ã take two bytes each: '5' is at byte 6, code point 4; the end, byte 7, is code point 5.
        let t = "ção 5";
        let (mut a, mut b, mut c) = (6usize, 0usize, 7usize);
        to_code_points(t, vec![&mut c, &mut a, &mut b]);
        assert_eq!((a, b, c), (4, 0, 5));
        // 2000亿: 亿 takes three bytes.
        let t = "2000亿美元";
        let (mut s, mut e) = (0usize, t.len());
        to_code_points(t, vec![&mut s, &mut e]);
        assert_eq!((s, e), (0, 7));
    }
}
