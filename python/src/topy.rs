//! Any `serde::Serialize` value as plain Python objects, built directly:
//! the dicts, lists, strs, ints, floats and `None` that `json.loads` would
//! give for `serde_json::to_string` of the same value, without the JSON text.
//!
//! It follows serde_json's data model: a struct or map is a dict (keys
//! strings; integer keys written as strings), a sequence or tuple a list, an
//! enum's unit variant its name, a newtype or struct variant `{name: value}`,
//! `None` and unit `None`, and a float that is not finite `None` (JSON has
//! no NaN). The field names, and the words that recur as values, are made
//! once ([`WORDS`]).

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyList, PyString};
use pyo3::IntoPyObjectExt;
use serde::ser::{self, Impossible, Serialize};
use std::fmt;

/// `value` as Python objects.
pub fn to_py<'py, T: Serialize + ?Sized>(py: Python<'py>, value: &T) -> PyResult<Bound<'py, PyAny>> {
    value.serialize(Ser { py }).map_err(|e| e.0)
}

/// A value shorter than this may be one of [`WORDS`] (the longest value there is shorter).
const SHORT: usize = 20;

/// A Python error carried through serde.
pub struct Error(PyErr);

impl From<PyErr> for Error {
    fn from(e: PyErr) -> Self {
        Error(e)
    }
}
impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}
impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}
impl std::error::Error for Error {}
impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(PyValueError::new_err(format!("figcheck: cannot convert the result: {msg}")))
    }
}

type R<'py> = Result<Bound<'py, PyAny>, Error>;

/// The field names of figcheck's results, and the values that recur in
/// every one (verdicts, kinds, units, language codes): made into Python
/// strs once, interned, and found by a `match` (a few compares), where a
/// hash map lookup cost as much as the rest of a key's insertion.
macro_rules! words {
    ($($w:literal),* $(,)?) => {
        const WORDS: &[&str] = &[$($w),*];
        fn word_index(s: &str) -> Option<usize> {
            let mut i = 0usize;
            $(
                if s == $w {
                    return Some(i);
                }
                i += 1;
            )*
            let _ = i;
            None
        }
    };
}

words!(
    "text",
    "start",
    "end",
    "low",
    "high",
    "qualifier",
    "unit",
    "counted",
    "measure",
    "subject",
    "lang",
    "alt",
    "note",
    "date",
    "quote",
    "entities",
    "scale_words",
    "rounding",
    "file",
    "verdict",
    "explanation",
    "others",
    "ratio",
    "evidence",
    "basis",
    "reading",
    "title",
    "url",
    "slips",
    "other",
    "kind",
    "power",
    "id",
    "source_lang",
    "target_lang",
    "source_figures",
    "target_figures",
    "findings",
    "only_in_source",
    "only_in_target",
    "unchecked",
    "agree",
    "conflict",
    "source",
    "target",
    "page",
    "aligned",
    "measure_subject",
    "exact",
    "about",
    "more_than",
    "at_least",
    "less_than",
    "up_to",
    "range",
    "vague",
    "magnitude_word",
    "digits_power_of_ten",
    "swapped_digits",
    "USD",
    "EUR",
    "GBP",
    "JPY",
    "CNY",
    "BRL",
    "%",
    "W",
    "Wh",
    "L",
    "kg",
    "m",
    "m2",
    "s",
    "m/s",
    "°C",
    "magnitude",
    "count",
    "en",
    "pt",
    "pt-PT",
    "es",
    "fr",
    "de",
    "it",
    "ar",
    "zh",
    "ja",
    "ko",
    "ru",
    "uk",
    "vi",
    "tr",
    "hi"
);

static STRS: PyOnceLock<Vec<Py<PyString>>> = PyOnceLock::new();

/// `s` as a Python str: one of [`WORDS`] made once, any other made now
/// (interned when `intern`: a key).
fn word<'py>(py: Python<'py>, s: &str, intern: bool) -> Bound<'py, PyString> {
    match word_index(s) {
        Some(i) => STRS.get_or_init(py, || WORDS.iter().map(|w| PyString::intern(py, w).unbind()).collect())[i].bind(py).clone(),
        None if intern => PyString::intern(py, s),
        None => PyString::new(py, s),
    }
}

fn key<'py>(py: Python<'py>, s: &str) -> Bound<'py, PyString> {
    word(py, s, true)
}

#[derive(Clone, Copy)]
struct Ser<'py> {
    py: Python<'py>,
}

impl<'py> Ser<'py> {
    fn obj<T: IntoPyObject<'py>>(self, v: T) -> R<'py> {
        Ok(v.into_bound_py_any(self.py)?)
    }
    /// `{variant: value}`, serde_json's form of a newtype, tuple or struct variant.
    fn tagged(self, variant: &'static str, value: Bound<'py, PyAny>) -> R<'py> {
        let d = PyDict::new(self.py);
        d.set_item(key(self.py, variant), value)?;
        Ok(d.into_any())
    }
}

pub struct Seq<'py> {
    ser: Ser<'py>,
    items: Vec<Bound<'py, PyAny>>,
    variant: Option<&'static str>,
}

impl<'py> Seq<'py> {
    fn push<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        self.items.push(v.serialize(self.ser)?);
        Ok(())
    }
    fn done(self) -> R<'py> {
        let list = PyList::new(self.ser.py, self.items)?.into_any();
        match self.variant {
            Some(v) => self.ser.tagged(v, list),
            None => Ok(list),
        }
    }
}

pub struct Map<'py> {
    ser: Ser<'py>,
    dict: Bound<'py, PyDict>,
    next_key: Option<Bound<'py, PyAny>>,
    variant: Option<&'static str>,
}

impl<'py> Map<'py> {
    fn done(self) -> R<'py> {
        let d = self.dict.into_any();
        match self.variant {
            Some(v) => self.ser.tagged(v, d),
            None => Ok(d),
        }
    }
}

impl<'py> ser::Serializer for Ser<'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    type SerializeSeq = Seq<'py>;
    type SerializeTuple = Seq<'py>;
    type SerializeTupleStruct = Seq<'py>;
    type SerializeTupleVariant = Seq<'py>;
    type SerializeMap = Map<'py>;
    type SerializeStruct = Map<'py>;
    type SerializeStructVariant = Map<'py>;

    fn serialize_bool(self, v: bool) -> R<'py> {
        self.obj(v)
    }
    fn serialize_i8(self, v: i8) -> R<'py> {
        self.obj(v)
    }
    fn serialize_i16(self, v: i16) -> R<'py> {
        self.obj(v)
    }
    fn serialize_i32(self, v: i32) -> R<'py> {
        self.obj(v)
    }
    fn serialize_i64(self, v: i64) -> R<'py> {
        self.obj(v)
    }
    fn serialize_i128(self, v: i128) -> R<'py> {
        self.obj(v)
    }
    fn serialize_u8(self, v: u8) -> R<'py> {
        self.obj(v)
    }
    fn serialize_u16(self, v: u16) -> R<'py> {
        self.obj(v)
    }
    fn serialize_u32(self, v: u32) -> R<'py> {
        self.obj(v)
    }
    fn serialize_u64(self, v: u64) -> R<'py> {
        self.obj(v)
    }
    fn serialize_u128(self, v: u128) -> R<'py> {
        self.obj(v)
    }
    fn serialize_f32(self, v: f32) -> R<'py> {
        self.serialize_f64(v as f64)
    }
    fn serialize_f64(self, v: f64) -> R<'py> {
        if v.is_finite() {
            self.obj(v)
        } else {
            self.serialize_none()
        }
    }
    fn serialize_char(self, v: char) -> R<'py> {
        self.obj(v)
    }
    fn serialize_str(self, v: &str) -> R<'py> {
        if v.len() < SHORT {
            return Ok(word(self.py, v, false).into_any());
        }
        Ok(PyString::new(self.py, v).into_any())
    }
    fn serialize_bytes(self, v: &[u8]) -> R<'py> {
        Ok(PyList::new(self.py, v)?.into_any())
    }
    fn serialize_none(self) -> R<'py> {
        Ok(self.py.None().into_bound(self.py))
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> R<'py> {
        v.serialize(self)
    }
    fn serialize_unit(self) -> R<'py> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _: &'static str) -> R<'py> {
        self.serialize_none()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> R<'py> {
        Ok(key(self.py, variant).into_any())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, v: &T) -> R<'py> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(self, _: &'static str, _: u32, variant: &'static str, v: &T) -> R<'py> {
        let inner = v.serialize(self)?;
        self.tagged(variant, inner)
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Seq<'py>, Error> {
        Ok(Seq { ser: self, items: Vec::with_capacity(len.unwrap_or(0)), variant: None })
    }
    fn serialize_tuple(self, len: usize) -> Result<Seq<'py>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Seq<'py>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(self, _: &'static str, _: u32, variant: &'static str, len: usize) -> Result<Seq<'py>, Error> {
        Ok(Seq { ser: self, items: Vec::with_capacity(len), variant: Some(variant) })
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Map<'py>, Error> {
        Ok(Map { ser: self, dict: PyDict::new(self.py), next_key: None, variant: None })
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Map<'py>, Error> {
        self.serialize_map(None)
    }
    fn serialize_struct_variant(self, _: &'static str, _: u32, variant: &'static str, _: usize) -> Result<Map<'py>, Error> {
        Ok(Map { ser: self, dict: PyDict::new(self.py), next_key: None, variant: Some(variant) })
    }
}

/// Serde hands a sequence, a tuple, a tuple struct and a tuple variant's
/// elements over alike: each is pushed, and the end gives the list (a
/// variant's tagged with its name). One body for the four traits, each
/// with its method's name.
macro_rules! seq_serializer {
    ($($trait:ident::$method:ident),*) => {$(
        impl<'py> ser::$trait for Seq<'py> {
            type Ok = Bound<'py, PyAny>;
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
                self.push(v)
            }
            fn end(self) -> R<'py> {
                self.done()
            }
        }
    )*};
}
seq_serializer!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl<'py> ser::SerializeMap for Map<'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, k: &T) -> Result<(), Error> {
        self.next_key = Some(k.serialize(KeySer { py: self.ser.py })?);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
        let k = self.next_key.take().ok_or_else(|| <Error as ser::Error>::custom("a map value without its key"))?;
        self.dict.set_item(k, v.serialize(self.ser)?)?;
        Ok(())
    }
    fn end(self) -> R<'py> {
        self.done()
    }
}
impl<'py> ser::SerializeStruct for Map<'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, name: &'static str, v: &T) -> Result<(), Error> {
        self.dict.set_item(key(self.ser.py, name), v.serialize(self.ser)?)?;
        Ok(())
    }
    fn end(self) -> R<'py> {
        self.done()
    }
}
impl<'py> ser::SerializeStructVariant for Map<'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, name: &'static str, v: &T) -> Result<(), Error> {
        self.dict.set_item(key(self.ser.py, name), v.serialize(self.ser)?)?;
        Ok(())
    }
    fn end(self) -> R<'py> {
        self.done()
    }
}

/// A map key: a string (interned), or a number or a bool written as a string, as serde_json does.
struct KeySer<'py> {
    py: Python<'py>,
}

fn not_a_key() -> Error {
    <Error as ser::Error>::custom("a map key must be a string")
}

macro_rules! key_as_string {
    ($($f:ident: $t:ty),*) => {$(
        fn $f(self, v: $t) -> R<'py> {
            Ok(PyString::new(self.py, &v.to_string()).into_any())
        }
    )*};
}

impl<'py> ser::Serializer for KeySer<'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    type SerializeSeq = Impossible<Bound<'py, PyAny>, Error>;
    type SerializeTuple = Impossible<Bound<'py, PyAny>, Error>;
    type SerializeTupleStruct = Impossible<Bound<'py, PyAny>, Error>;
    type SerializeTupleVariant = Impossible<Bound<'py, PyAny>, Error>;
    type SerializeMap = Impossible<Bound<'py, PyAny>, Error>;
    type SerializeStruct = Impossible<Bound<'py, PyAny>, Error>;
    type SerializeStructVariant = Impossible<Bound<'py, PyAny>, Error>;

    key_as_string!(serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
        serialize_i128: i128, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64,
        serialize_u128: u128, serialize_char: char);

    fn serialize_f32(self, _: f32) -> R<'py> {
        Err(not_a_key())
    }
    fn serialize_f64(self, _: f64) -> R<'py> {
        Err(not_a_key())
    }
    fn serialize_str(self, v: &str) -> R<'py> {
        Ok(key(self.py, v).into_any())
    }
    fn serialize_bytes(self, _: &[u8]) -> R<'py> {
        Err(not_a_key())
    }
    fn serialize_none(self) -> R<'py> {
        Err(not_a_key())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> R<'py> {
        Err(not_a_key())
    }
    fn serialize_unit(self) -> R<'py> {
        Err(not_a_key())
    }
    fn serialize_unit_struct(self, _: &'static str) -> R<'py> {
        Err(not_a_key())
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> R<'py> {
        Ok(key(self.py, variant).into_any())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, v: &T) -> R<'py> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(self, _: &'static str, _: u32, _: &'static str, _: &T) -> R<'py> {
        Err(not_a_key())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(not_a_key())
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
        Err(not_a_key())
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeTupleStruct, Error> {
        Err(not_a_key())
    }
    fn serialize_tuple_variant(self, _: &'static str, _: u32, _: &'static str, _: usize) -> Result<Self::SerializeTupleVariant, Error> {
        Err(not_a_key())
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(not_a_key())
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, Error> {
        Err(not_a_key())
    }
    fn serialize_struct_variant(self, _: &'static str, _: u32, _: &'static str, _: usize) -> Result<Self::SerializeStructVariant, Error> {
        Err(not_a_key())
    }
}
