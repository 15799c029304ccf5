//! The Python binding (`figcheck._figcheck`): the only code that knows Python.
//!
//! It converts at the boundary and nothing more: Python `str`s in, results
//! out as plain dicts and lists built here ([`topy`]: what `json.loads`
//! would give for the CLI's JSON, without writing and reading that text),
//! with the core's byte offsets turned into code point offsets, as Python
//! slices strings.
//! Every error is a Python exception with a message: a bad language code a
//! `ValueError`, a wrong type a `TypeError` (PyO3's argument conversion), and
//! a panic, which the core promises never happens, a `RuntimeError`.

mod rows;
mod topy;

use figcheck::compare::{CheckOptions, Report, ReportSet};
use figcheck::pairs::{check_pair, PairCheck};
use figcheck::{Claim, Lang, Options, UnknownLang};
use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};
use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use topy::to_py;

/// A language code as a [`Lang`], or why it is none.
fn lang_code(code: Option<&str>, what: &str) -> Result<Option<Lang>, String> {
    match code {
        None => Ok(None),
        Some(c) => {
            Lang::from_code(c).map(Some).ok_or_else(|| format!("figcheck: unknown language '{c}' for {what} ({})", UnknownLang::choices()))
        }
    }
}

/// A language code as a [`Lang`], or a `ValueError` naming it.
fn lang_of(code: Option<&str>, what: &str) -> PyResult<Option<Lang>> {
    lang_code(code, what).map_err(PyValueError::new_err)
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

/// The figures of `text` as a list of claims (docs/claims.md §1), offsets in code points.
#[pyfunction]
#[pyo3(signature = (text, lang=None, quotes=false))]
fn extract(py: Python<'_>, text: String, lang: Option<String>, quotes: bool) -> PyResult<Bound<'_, PyAny>> {
    let lang = lang_of(lang.as_deref(), "lang")?;
    let claims = guarded(py, move || {
        let mut claims = figcheck::extract(&text, &Options { lang, quotes, date: None });
        to_code_points(&text, claims.iter_mut().flat_map(claim_offsets).collect());
        Ok(claims)
    })?;
    to_py(py, &claims)
}

/// The findings of `page` against `reports`, each `(name, text, lang,
/// version)`, as a list (docs/claims.md §3), offsets in code points of the text
/// each figure is in.
#[pyfunction]
#[pyo3(signature = (page, reports, lang=None, page_name="page".to_string()))]
fn check(
    py: Python<'_>,
    page: String,
    reports: Vec<(String, String, Option<String>, bool)>,
    lang: Option<String>,
    page_name: String,
) -> PyResult<Bound<'_, PyAny>> {
    let page_lang = lang_of(lang.as_deref(), "lang")?;
    let mut seen: HashMap<&str, ()> = HashMap::new();
    seen.insert(&page_name, ());
    for (name, _, l, _) in &reports {
        lang_of(l.as_deref(), &format!("report '{name}'"))?;
        if seen.insert(name, ()).is_some() {
            return Err(PyValueError::new_err(format!("figcheck: two texts named '{name}': give each report its own name")));
        }
    }
    let findings = guarded(py, move || {
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
        Ok(findings)
    })?;
    to_py(py, &findings)
}

/// One segment pair checked ([`figcheck::pairs::check_pair`]), offsets in
/// code points of the side each figure is in.
fn pair_check(source: &str, target: &str, sl: Option<Lang>, tl: Option<Lang>) -> PairCheck {
    let mut p = check_pair(source, target, sl, tl);
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
    to_code_points(source, on_source);
    to_code_points(target, on_target);
    p
}

fn type_name(v: &Bound<'_, PyAny>) -> String {
    v.get_type().name().map(|n| n.to_string()).unwrap_or_else(|_| "?".to_string())
}

/// `v` as a str, or a `TypeError` naming `what`.
fn text_of(v: &Bound<'_, PyAny>, what: impl FnOnce() -> String) -> PyResult<String> {
    match v.cast::<PyString>() {
        Ok(s) => Ok(s.to_cow()?.into_owned()),
        Err(_) => Err(PyTypeError::new_err(format!("figcheck: {} must be a str, not {}", what(), type_name(v)))),
    }
}

/// A language code (`None` also for an empty one), or a `TypeError` naming `what`.
fn code_of(v: Option<Bound<'_, PyAny>>, what: impl FnOnce() -> String) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => match v.cast::<PyString>() {
            Ok(s) => Ok(Some(s.to_cow()?.into_owned()).filter(|c| !c.is_empty())),
            Err(_) => {
                Err(PyTypeError::new_err(format!("figcheck: {} must be a language code (str) or None, not {}", what(), type_name(&v))))
            }
        },
    }
}

/// One item of `figcheck.pairs` (the `i`-th), checked: its result dict
/// (`figcheck pairs --json`'s object without `line`, then `id`). An item is
/// a dict `{source, target[, id, source_lang, target_lang]}` or a tuple or
/// list `(source, target)` or `(id, source, target)`; the id defaults to `i`,
/// the languages to `source_lang`/`target_lang`. The messages name the item.
#[pyfunction]
#[pyo3(signature = (item, i, source_lang=None, target_lang=None))]
fn pair<'py>(
    py: Python<'py>,
    item: &Bound<'py, PyAny>,
    i: usize,
    source_lang: Option<String>,
    target_lang: Option<String>,
) -> PyResult<Bound<'py, PyAny>> {
    let (id, s, t, psl, ptl) = if let Ok(d) = item.cast::<PyDict>() {
        let (s, t) = (d.get_item(intern!(py, "source"))?, d.get_item(intern!(py, "target"))?);
        let (Some(s), Some(t)) = (s, t) else {
            let k = if d.contains("source")? { "target" } else { "source" };
            return Err(PyTypeError::new_err(format!("figcheck: pair {i} has no '{k}'")));
        };
        let id = match d.get_item(intern!(py, "id"))? {
            Some(v) => v,
            None => i.into_pyobject(py)?.into_any(),
        };
        let s = text_of(&s, || format!("the source of pair {i}"))?;
        let t = text_of(&t, || format!("the target of pair {i}"))?;
        let psl = code_of(d.get_item(intern!(py, "source_lang"))?, || format!("the source_lang of pair {i}"))?;
        let ptl = code_of(d.get_item(intern!(py, "target_lang"))?, || format!("the target_lang of pair {i}"))?;
        (id, s, t, psl, ptl)
    } else {
        let fields: Option<Vec<Bound<'py, PyAny>>> = if let Ok(tu) = item.cast::<PyTuple>() {
            Some(tu.iter().collect())
        } else if let Ok(l) = item.cast::<PyList>() {
            Some(l.iter().collect())
        } else {
            None
        };
        match fields.as_deref() {
            Some([s, t]) => (
                i.into_pyobject(py)?.into_any(),
                text_of(s, || format!("the source of pair {i}"))?,
                text_of(t, || format!("the target of pair {i}"))?,
                None,
                None,
            ),
            Some([id, s, t]) => (
                id.clone(),
                text_of(s, || format!("the source of pair {i}"))?,
                text_of(t, || format!("the target of pair {i}"))?,
                None,
                None,
            ),
            _ => {
                return Err(PyTypeError::new_err(format!(
                "figcheck: pair {i} must be a dict with 'source' and 'target', or a (source, target) or (id, source, target) tuple, not {}",
                type_name(item)
            )))
            }
        }
    };
    let in_pair = |e: PyErr| PyValueError::new_err(format!("{} (pair {i})", e.value(py)));
    let sl = lang_of(psl.as_deref().or(source_lang.as_deref()), "source_lang").map_err(in_pair)?;
    let tl = lang_of(ptl.as_deref().or(target_lang.as_deref()), "target_lang").map_err(in_pair)?;
    let p = guarded(py, move || Ok(pair_check(&s, &t, sl, tl)))?;
    let r = to_py(py, &p)?;
    r.cast::<PyDict>()?.set_item(intern!(py, "id"), id)?;
    Ok(r)
}

/// Detects the language of a text: its code.
#[pyfunction]
fn detect(py: Python<'_>, text: String) -> PyResult<String> {
    guarded(py, move || Ok(figcheck::detect(&text).code().to_string()))
}

#[pymodule]
fn _figcheck(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(check, m)?)?;
    m.add_function(wrap_pyfunction!(pair, m)?)?;
    m.add_function(wrap_pyfunction!(detect, m)?)?;
    m.add_function(wrap_pyfunction!(rows::pair_columns, m)?)?;
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
