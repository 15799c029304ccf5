//! The claim model of docs/claims.md §1: one figure found in a text, as plain serde types.

use serde::{Deserialize, Serialize};
use smallvec::SmallVec;
use std::borrow::Cow;

/// How the text qualifies its figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// The figure as stated, with no hedge.
    Exact,
    /// "cerca de", "environ", "about", "约", "نحو".
    About,
    /// "mais de", "plus de", "more than", "超过".
    MoreThan,
    /// "at least", "pelo menos", "au moins".
    AtLeast,
    /// "less than", "menos de", "moins de".
    LessThan,
    /// "até", "up to", "jusqu'à", "at most".
    UpTo,
    /// "entre 30.000 e 40.000", "2 a 3 anos", "sete ou oito".
    Range,
    /// "dezenas de milhares", "several gigawatts": a half-open interval.
    Vague,
}

impl Qualifier {
    /// The name used in JSON and in the CLI's tables.
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::About => "about",
            Qualifier::MoreThan => "more_than",
            Qualifier::AtLeast => "at_least",
            Qualifier::LessThan => "less_than",
            Qualifier::UpTo => "up_to",
            Qualifier::Range => "range",
            Qualifier::Vague => "vague",
        }
    }
}

/// The other way an ambiguous scale or unit word can be read (a French
/// `trillion`, a `billion` in a text of unknown language; English `ton`, the
/// short ton or the tonne, and `degrees`, Fahrenheit or Celsius).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AltReading {
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// Which word was ambiguous and how this reading takes it, e.g.
    /// `"trillion" read as 10^12 (English usage)`.
    pub note: String,
}

/// One figure found in a text (docs/claims.md §1).
///
/// Offsets are byte offsets into the UTF-8 input in Rust and the CLI; the
/// wasm binding converts them to UTF-16 code units.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// The exact source substring of the figure, with its unit and magnitude words.
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// The stated interval in the base unit; `None` is an unbounded side.
    pub low: Option<f64>,
    /// Inclusive, except for `vague` claims where it is exclusive.
    pub high: Option<f64>,
    pub qualifier: Qualifier,
    /// ISO 4217 code, `%`, an SI base unit (`W`, `Wh`, `L`, `kg`, `m`, `m2`, `s`, `m/s`),
    /// `°C` (temperatures; `°F` is converted), `magnitude` (an earthquake's), or `count`.
    pub unit: Cow<'static, str>,
    /// For counts, the counted thing as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counted: Option<String>,
    /// What the figure measures, as a language-independent name (`valuation`, `power`…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<Cow<'static, str>>,
    /// Of whom or what, when the text says so (`xAI`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The language the figure was read in (ISO 639-1, `pt-PT` for European Portuguese).
    pub lang: Cow<'static, str>,
    /// The other reading of an ambiguous scale word.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alt: Option<AltReading>,
    /// The time the figure refers to, when its sentence gives one (`2024`, `2024-05`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The sentence around the figure, when asked for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// Every named entity of the figure's clause (the subject first); used to
    /// tell apart figures of different subjects.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entities: Vec<String>,
    /// Magnitude words read in the figure, e.g. `["trilhões"]`, used to
    /// explain conflicts. Rarely more than one: held inline, so a claim
    /// with one scale word allocates only the word.
    #[serde(default, skip_serializing_if = "SmallVec::is_empty")]
    pub scale_words: SmallVec<[String; 1]>,
    /// Half a unit of the last stated digit, in the base unit: the rounding
    /// the figure allows (`24 bilhões` → 0.5e9). Zero for vague figures.
    #[serde(default)]
    pub rounding: f64,
}
