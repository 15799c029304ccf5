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

/// What a figure measures may be stated in: money, a count, a percentage,
/// or one physical unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fits {
    /// Any currency.
    Money,
    /// `count`.
    Count,
    /// `%`.
    Percent,
    /// These base units (`W`, `Wh`).
    Units(&'static [&'static str]),
}

/// A measure: its language-independent name (what the lexicons' measure
/// words give) and the units it is stated in. Its words for people are the
/// findings' language's (`lang::measure_words`).
#[derive(Debug, Clone, Copy)]
pub struct Measure {
    pub name: &'static str,
    pub fits: Fits,
    /// Counted things (the lexicons' `W::Thing` names) whose count is this
    /// measure when no measure word says otherwise (`10 000 GPUs` → `gpus`).
    pub things: &'static [&'static str],
}

/// Counted things (the language-independent names of `W::Thing`) that are
/// kinds of others, (kind, general): a translation often names the general
/// thing where the original names the particular one (`14 manifestants` for
/// `Fourteen people`, `vehicles` for `cars`).
pub const KINDS_OF: &[(&str, &str)] = &[("protester", "person"), ("volunteer", "person"), ("car", "vehicle")];

/// Whether two known counted things may count one group: the same thing, or
/// a thing and its general kind ([`KINDS_OF`]).
pub fn things_meet(x: &str, y: &str) -> bool {
    x == y || KINDS_OF.iter().any(|&(k, g)| (x, y) == (k, g) || (x, y) == (g, k))
}

/// The measures figcheck knows. A lexicon's `W::Measure(name)` names one of
/// these (a test checks it), and figures pair by measure and subject only
/// when the measure fits their unit.
#[rustfmt::skip]
pub const MEASURES: &[Measure] = &[
    // money
    Measure { name: "valuation", fits: Fits::Money, things: &[] },
    Measure { name: "market_cap", fits: Fits::Money, things: &[] },
    Measure { name: "revenue", fits: Fits::Money, things: &[] },
    Measure { name: "profit", fits: Fits::Money, things: &[] },
    Measure { name: "loss", fits: Fits::Money, things: &[] },
    Measure { name: "funding", fits: Fits::Money, things: &[] },
    Measure { name: "investment", fits: Fits::Money, things: &[] },
    Measure { name: "cost", fits: Fits::Money, things: &[] },
    Measure { name: "price", fits: Fits::Money, things: &[] },
    Measure { name: "fine", fits: Fits::Money, things: &[] },
    Measure { name: "damages", fits: Fits::Money, things: &[] },
    Measure { name: "budget", fits: Fits::Money, things: &[] },
    Measure { name: "debt", fits: Fits::Money, things: &[] },
    Measure { name: "salary", fits: Fits::Money, things: &[] },
    Measure { name: "market_size", fits: Fits::Money, things: &[] },
    Measure { name: "gdp", fits: Fits::Money, things: &[] },
    Measure { name: "deal_value", fits: Fits::Money, things: &[] },
    Measure { name: "spending", fits: Fits::Money, things: &[] },
    Measure { name: "buyback", fits: Fits::Money, things: &[] },
    Measure { name: "aid", fits: Fits::Money, things: &[] },
    // people and things counted
    Measure { name: "deaths", fits: Fits::Count, things: &[] },
    Measure { name: "injured", fits: Fits::Count, things: &[] },
    Measure { name: "missing", fits: Fits::Count, things: &[] },
    Measure { name: "evacuated", fits: Fits::Count, things: &[] },
    Measure { name: "arrested", fits: Fits::Count, things: &[] },
    Measure { name: "affected", fits: Fits::Count, things: &[] },
    Measure { name: "jobs", fits: Fits::Count, things: &[] },
    Measure { name: "employees", fits: Fits::Count, things: &[] },
    Measure { name: "population", fits: Fits::Count, things: &[] },
    Measure { name: "votes", fits: Fits::Count, things: &[] },
    Measure { name: "seats", fits: Fits::Count, things: &[] },
    Measure { name: "users", fits: Fits::Count, things: &[] },
    Measure { name: "goals", fits: Fits::Count, things: &[] },
    Measure { name: "points", fits: Fits::Count, things: &[] },
    Measure { name: "gpus", fits: Fits::Count, things: &["gpu"] },
    // rates
    Measure { name: "share", fits: Fits::Percent, things: &[] },
    Measure { name: "inflation", fits: Fits::Percent, things: &[] },
    Measure { name: "unemployment", fits: Fits::Percent, things: &[] },
    Measure { name: "interest_rate", fits: Fits::Percent, things: &[] },
    Measure { name: "growth", fits: Fits::Percent, things: &[] },
    Measure { name: "turnout", fits: Fits::Percent, things: &[] },
    // physical
    Measure { name: "power", fits: Fits::Units(&["W"]), things: &[] },
    // A figure in watts is a power whatever word names it (`150 MW of
    // electricity`): energy is in watt-hours.
    Measure { name: "energy", fits: Fits::Units(&["Wh"]), things: &[] },
    Measure { name: "water", fits: Fits::Units(&["L"]), things: &[] },
    Measure { name: "rainfall", fits: Fits::Units(&["m"]), things: &[] },
];

/// The measure a count of this thing states (`gpu` → `gpus`).
pub fn measure_of_thing(thing: &str) -> Option<&'static str> {
    MEASURES.iter().find(|m| m.things.contains(&thing)).map(|m| m.name)
}

/// The measure called `name`.
pub fn measure(name: &str) -> Option<&'static Measure> {
    MEASURES.iter().find(|m| m.name == name)
}

/// Whether a measure can apply to a figure of this unit.
pub fn measure_fits(name: &str, unit: &str) -> bool {
    match measure(name).map(|m| m.fits) {
        Some(Fits::Money) => is_currency(unit),
        Some(Fits::Count) => unit == "count",
        Some(Fits::Percent) => unit == "%",
        Some(Fits::Units(us)) => us.contains(&unit),
        None => false,
    }
}

/// ISO 4217 codes are three upper-case letters.
pub fn is_currency(unit: &str) -> bool {
    unit.len() == 3 && unit.bytes().all(|b| b.is_ascii_uppercase())
}
