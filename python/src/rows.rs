//! Pairs checked a batch at a time, their findings flattened into one row
//! per finding and returned as Arrow columns, built here in bulk: a
//! validity bitmap and values (and offsets, for text) per column, which
//! `figcheck.pair_columns` wraps as `pyarrow` arrays without a Python
//! object per value. The rows are those of the Spark example's `pair_rows`
//! (examples/spark/figcheck_job.py), which its tests compare with the CLI's.

use crate::{lang_code, pair_check, type_name};
use figcheck::compare::Verdict;
use figcheck::pairs::PairCheck;
use figcheck::Claim;
use figcheck::Lang;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// A column of text: validity, i32 offsets and UTF-8 bytes, as Arrow lays out `string`.
#[derive(Default)]
struct Text {
    valid: Vec<bool>,
    offsets: Vec<i32>,
    data: Vec<u8>,
}

impl Text {
    fn push(&mut self, v: Option<&str>) {
        if self.offsets.is_empty() {
            self.offsets.push(0);
        }
        self.valid.push(v.is_some());
        self.data.extend_from_slice(v.unwrap_or("").as_bytes());
        // A batch of more than 2 GiB of text is refused before this wraps (see `check`).
        self.offsets.push(self.data.len() as i32);
    }
}

/// A column of numbers: validity and little-endian values.
struct Num<T> {
    valid: Vec<bool>,
    values: Vec<T>,
}

impl<T: Copy + Default> Num<T> {
    fn new() -> Self {
        Num { valid: Vec::new(), values: Vec::new() }
    }
    fn push(&mut self, v: Option<T>) {
        self.valid.push(v.is_some());
        self.values.push(v.unwrap_or_default());
    }
}

/// The columns, in the order of the Spark example's `FINDINGS`.
struct Rows {
    id: Text,
    kind: Text,
    verdict: Text,
    slip_kind: Text,
    power: Num<i32>,
    ratio: Num<f64>,
    text: Text,
    start: Num<i64>,
    end: Num<i64>,
    low: Num<f64>,
    high: Num<f64>,
    unit: Text,
    lang: Text,
    other_text: Text,
    other_start: Num<i64>,
    other_end: Num<i64>,
    other_lang: Text,
    explanation: Text,
}

/// One row's values; every other column is null.
#[derive(Default)]
struct Row<'a> {
    verdict: Option<&'a str>,
    slip_kind: Option<&'a str>,
    power: Option<i32>,
    ratio: Option<f64>,
    fig: Option<&'a Claim>,
    other: Option<(&'a str, usize, usize)>,
    other_lang: Option<&'a str>,
    explanation: Option<&'a str>,
}

impl Rows {
    fn new() -> Self {
        Rows {
            id: Text::default(),
            kind: Text::default(),
            verdict: Text::default(),
            slip_kind: Text::default(),
            power: Num::new(),
            ratio: Num::new(),
            text: Text::default(),
            start: Num::new(),
            end: Num::new(),
            low: Num::new(),
            high: Num::new(),
            unit: Text::default(),
            lang: Text::default(),
            other_text: Text::default(),
            other_start: Num::new(),
            other_end: Num::new(),
            other_lang: Text::default(),
            explanation: Text::default(),
        }
    }

    fn push(&mut self, id: Option<&str>, kind: &str, r: Row<'_>) {
        self.id.push(id);
        self.kind.push(Some(kind));
        self.verdict.push(r.verdict);
        self.slip_kind.push(r.slip_kind);
        self.power.push(r.power);
        self.ratio.push(r.ratio);
        let f = r.fig;
        self.text.push(f.map(|c| c.text.as_str()));
        self.start.push(f.map(|c| c.start as i64));
        self.end.push(f.map(|c| c.end as i64));
        self.low.push(f.and_then(|c| c.low));
        self.high.push(f.and_then(|c| c.high));
        self.unit.push(f.map(|c| c.unit.as_ref()));
        self.lang.push(f.map(|c| c.lang.as_ref()));
        self.other_text.push(r.other.map(|o| o.0));
        self.other_start.push(r.other.map(|o| o.1 as i64));
        self.other_end.push(r.other.map(|o| o.2 as i64));
        self.other_lang.push(r.other_lang);
        self.explanation.push(r.explanation);
    }

    /// The rows of one pair, as `pair_rows` flattens a result.
    fn pair(&mut self, id: Option<&str>, p: &PairCheck) {
        for f in &p.findings {
            for (i, o) in f.finding.others.iter().enumerate() {
                let s = f.slips.iter().find(|s| s.other == i).map(|s| &s.slip);
                let verdict = match o.verdict {
                    Verdict::Conflict => "conflict",
                    Verdict::Agree => "agree",
                };
                self.push(
                    id,
                    "aligned",
                    Row {
                        verdict: Some(verdict),
                        slip_kind: s.map(|s| s.kind.as_str()),
                        power: s.and_then(|s| s.power),
                        ratio: o.ratio,
                        fig: Some(&f.finding.claim),
                        other: Some((&o.text, o.start, o.end)),
                        other_lang: Some(&p.source_lang),
                        explanation: Some(&o.explanation),
                    },
                );
            }
        }
        if let Some(why) = &p.unchecked {
            self.push(id, "unchecked", Row { explanation: Some(why), ..Row::default() });
        }
        for c in &p.only_in_source {
            self.push(id, "only_in_source", Row { fig: Some(c), ..Row::default() });
        }
        for c in &p.only_in_target {
            self.push(id, "only_in_target", Row { fig: Some(c), ..Row::default() });
        }
    }

    fn too_big(&self) -> bool {
        [&self.id, &self.kind, &self.text, &self.unit, &self.lang, &self.other_text, &self.other_lang, &self.explanation]
            .iter()
            .any(|t| t.data.len() > i32::MAX as usize)
    }
}

/// One pair of the batch: its id, and its sides and languages, or why it cannot be checked.
type PairIn = (Option<String>, Result<(String, String, Option<Lang>, Option<Lang>), String>);

/// A str, or None (any other value).
fn str_or_none(v: &Bound<'_, PyAny>) -> Option<String> {
    v.cast::<PyString>().ok().and_then(|s| s.to_cow().ok()).map(|s| s.into_owned())
}

/// A side of a pair as text, or why it is not.
fn side(v: &Bound<'_, PyAny>, name: &str) -> Result<String, String> {
    if v.is_none() {
        return Err(format!("figcheck: no {name}"));
    }
    if v.is_instance_of::<PyBytes>() {
        return Err(format!("figcheck: {name} is not UTF-8 text"));
    }
    match v.cast::<PyString>() {
        Ok(s) => s.to_cow().map(|s| s.into_owned()).map_err(|e| format!("figcheck: {name}: {e}")),
        Err(_) => Err(format!("figcheck: {name} is not text ({})", type_name(v))),
    }
}

/// One row of the input read: its id, and its pair or why it cannot be checked.
fn read_row(
    id: &Bound<'_, PyAny>,
    source: &Bound<'_, PyAny>,
    target: &Bound<'_, PyAny>,
    sl: Option<&Bound<'_, PyAny>>,
    tl: Option<&Bound<'_, PyAny>>,
    unreadable: bool,
) -> PairIn {
    let id = str_or_none(id);
    if unreadable {
        return (id, Err("figcheck: unreadable input row (not a JSON object)".to_string()));
    }
    let code = |v: Option<&Bound<'_, PyAny>>| v.and_then(str_or_none).filter(|c| !c.is_empty());
    let pair = (|| {
        let (s, t) = (side(source, "source")?, side(target, "target")?);
        let sl = lang_code(code(sl).as_deref(), "source_lang")?;
        let tl = lang_code(code(tl).as_deref(), "target_lang")?;
        Ok((s, t, sl, tl))
    })();
    (id, pair)
}

/// A column for Python: `(name, type, rows, nulls, validity or None, values, offsets or None)`;
/// type is `"string"`, `"int32"`, `"int64"` or `"float64"`.
type Column<'py> =
    (&'static str, &'static str, usize, usize, Option<Bound<'py, PyBytes>>, Bound<'py, PyBytes>, Option<Bound<'py, PyBytes>>);

fn bitmap(valid: &[bool]) -> (usize, Vec<u8>) {
    let mut bits = vec![0u8; valid.len().div_ceil(8)];
    let mut nulls = 0;
    for (i, v) in valid.iter().enumerate() {
        if *v {
            bits[i / 8] |= 1 << (i % 8);
        } else {
            nulls += 1;
        }
    }
    (nulls, bits)
}

fn text_col<'py>(py: Python<'py>, name: &'static str, t: &Text) -> Column<'py> {
    let (nulls, bits) = bitmap(&t.valid);
    let offsets: Vec<u8> = if t.offsets.is_empty() { vec![0; 4] } else { t.offsets.iter().flat_map(|o| o.to_le_bytes()).collect() };
    (
        name,
        "string",
        t.valid.len(),
        nulls,
        (nulls > 0).then(|| PyBytes::new(py, &bits)),
        PyBytes::new(py, &t.data),
        Some(PyBytes::new(py, &offsets)),
    )
}

fn num_col<'py, T, const N: usize>(
    py: Python<'py>,
    name: &'static str,
    typ: &'static str,
    c: &Num<T>,
    le: impl Fn(&T) -> [u8; N],
) -> Column<'py> {
    let (nulls, bits) = bitmap(&c.valid);
    let values: Vec<u8> = c.values.iter().flat_map(le).collect();
    (name, typ, c.valid.len(), nulls, (nulls > 0).then(|| PyBytes::new(py, &bits)), PyBytes::new(py, &values), None)
}

/// The findings of a batch of pairs, given as columns (lists of one
/// length; `source_langs`/`target_langs` may be None), one row per finding,
/// as Arrow columns. A row that cannot be checked (`unreadable`, a side
/// missing or not text, an unknown language) is one row of kind `error`
/// with the reason. The pairs are checked without the GIL.
#[pyfunction]
#[pyo3(signature = (ids, sources, targets, source_langs=None, target_langs=None, unreadable=None))]
pub fn pair_columns<'py>(
    py: Python<'py>,
    ids: Vec<Bound<'py, PyAny>>,
    sources: Vec<Bound<'py, PyAny>>,
    targets: Vec<Bound<'py, PyAny>>,
    source_langs: Option<Vec<Bound<'py, PyAny>>>,
    target_langs: Option<Vec<Bound<'py, PyAny>>>,
    unreadable: Option<Vec<bool>>,
) -> PyResult<Vec<Column<'py>>> {
    let n = ids.len();
    let same = |l: Option<usize>| l.is_none_or(|l| l == n);
    if !(sources.len() == n
        && targets.len() == n
        && same(source_langs.as_ref().map(Vec::len))
        && same(target_langs.as_ref().map(Vec::len))
        && same(unreadable.as_ref().map(Vec::len)))
    {
        return Err(pyo3::exceptions::PyValueError::new_err("figcheck: the columns of pair_columns differ in length"));
    }
    let pairs: Vec<PairIn> = (0..n)
        .map(|i| {
            read_row(
                &ids[i],
                &sources[i],
                &targets[i],
                source_langs.as_ref().map(|l| &l[i]),
                target_langs.as_ref().map(|l| &l[i]),
                unreadable.as_ref().is_some_and(|u| u[i]),
            )
        })
        .collect();
    let rows = py.detach(move || {
        let mut rows = Rows::new();
        for (id, p) in &pairs {
            let id = id.as_deref();
            let error = |rows: &mut Rows, why: &str| rows.push(id, "error", Row { explanation: Some(why), ..Row::default() });
            let (s, t, sl, tl) = match p {
                Ok(p) => p,
                Err(why) => {
                    error(&mut rows, why);
                    continue;
                }
            };
            match catch_unwind(AssertUnwindSafe(|| pair_check(s, t, *sl, *tl))) {
                Ok(p) => rows.pair(id, &p),
                Err(e) => {
                    let why =
                        e.downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| e.downcast_ref::<String>().cloned()).unwrap_or_default();
                    error(&mut rows, &format!("figcheck: internal error: {why}"));
                }
            }
        }
        rows
    });
    if rows.too_big() {
        return Err(pyo3::exceptions::PyValueError::new_err(
            "figcheck: a batch's findings hold more than 2 GiB of text: use smaller batches",
        ));
    }
    let r = &rows;
    let f64le = |v: &f64| v.to_le_bytes();
    let i64le = |v: &i64| v.to_le_bytes();
    Ok(vec![
        text_col(py, "id", &r.id),
        text_col(py, "kind", &r.kind),
        text_col(py, "verdict", &r.verdict),
        text_col(py, "slip_kind", &r.slip_kind),
        num_col(py, "power", "int32", &r.power, |v: &i32| v.to_le_bytes()),
        num_col(py, "ratio", "float64", &r.ratio, f64le),
        text_col(py, "text", &r.text),
        num_col(py, "start", "int64", &r.start, i64le),
        num_col(py, "end", "int64", &r.end, i64le),
        num_col(py, "low", "float64", &r.low, f64le),
        num_col(py, "high", "float64", &r.high, f64le),
        text_col(py, "unit", &r.unit),
        text_col(py, "lang", &r.lang),
        text_col(py, "other_text", &r.other_text),
        num_col(py, "other_start", "int64", &r.other_start, i64le),
        num_col(py, "other_end", "int64", &r.other_end, i64le),
        text_col(py, "other_lang", &r.other_lang),
        text_col(py, "explanation", &r.explanation),
    ])
}
