//! Languages: one module per language, each a static [`Lexicon`].
//!
//! # Adding a language
//!
//! 1. Add one line to the `languages!` list below: variant, module, code,
//!    name, script, other codes.
//! 2. Copy a `src/lang/<iso>/` folder and write `src/lang/<iso>/mod.rs` with `pub static LEXICON: Lexicon` — its number
//!    convention, and its words: number words, magnitudes (with this language's
//!    own scale), vague quantities, currencies and units, qualifiers, range
//!    words, measure words, months, and the function words used to detect it.
//!    End it with `..Lexicon::PLAIN`, setting what the language writes its
//!    own way: [`Lexicon::apostrophe_suffixes`], [`Lexicon::percent_before`],
//!    [`Lexicon::noun_determiners`], [`Lexicon::yen_sign`],
//!    [`Lexicon::appositive_age`], [`Lexicon::titles`],
//!    [`Lexicon::ordinal_stop`], [`Lexicon::glued_million`],
//!    [`Lexicon::day_of_month`], [`Lexicon::mag_amb_note`],
//!    [`Lexicon::possessive_suffixes`], [`Lexicon::contractions`],
//!    [`Lexicon::clitics`]; for detection, [`Lexicon::letters`] and, for a
//!    locale, [`Lexicon::varieties`]. The reader has no
//!    branch on a particular language; what differs is in the table.
//! 3. Write `src/lang/<iso>/corpus.toml`: at least 40 cases grouped by the value
//!    they must give, and negatives. The language counts as supported when its
//!    corpus passes (`cargo test --test corpus`), not when its table exists.
//!
//! Keys are lower case (the reader lowercases words before looking them up);
//! case-sensitive abbreviations (`M`, `B`, `Md`) go in [`Lexicon::cased`].
//! A key of several words is written with single spaces (`mil milhões`,
//! `more than`); the reader matches it across any run of white space.
//! Scripts without spaces (Chinese, Japanese, and Korean suffixes) are
//! segmented by longest match against these same keys.

use crate::claim::Qualifier;
use crate::text::NumStyle;

/// The one list of languages: each line gives the variant, its module under
/// `src/lang/`, its code, its name in English, its script and the other codes
/// read as it; a locale gives a language and a region that is written its own
/// way (it reads its language's lexicon; detection tells it apart). The macro
/// makes [`Lang`], [`LANGUAGES`], [`ALL`], [`LATIN_SCRIPT`], the codes, names
/// and lexicons, and [`Lang::from_code`]; the wasm `languages()` hands the
/// list to the extension and the demo, which keep no copy of it.
macro_rules! languages {
    (
        languages { $( $(#[$doc:meta])* $v:ident $m:ident $code:literal $name:literal $script:ident [$($alias:literal),*]; )* }
        locales { $( $(#[$ldoc:meta])* $lv:ident = $base:ident - $region:literal $lcode:literal $lname:literal; )* }
    ) => {
        $( pub mod $m; )*

        /// A language figcheck reads, or a locale of one (`pt-PT`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Lang {
            $( $(#[$doc])* $v, )*
            $( $(#[$ldoc])* $lv, )*
        }

        /// The languages, each with its own lexicon, in a fixed order.
        pub const LANGUAGES: [Lang; [$(stringify!($v)),*].len()] = [$(Lang::$v),*];

        /// The locales, in the list's order.
        const LOCALES: [Lang; [$(stringify!($lv)),*].len()] = [$(Lang::$lv),*];

        /// Every language and locale, in a fixed order: each language followed by
        /// its locales (`pt`, `pt-PT`, `es`, …).
        pub const ALL: [Lang; LANGUAGES.len() + LOCALES.len()] = {
            let mut out = [Lang::En; LANGUAGES.len() + LOCALES.len()];
            let (mut n, mut i) = (0, 0);
            while i < LANGUAGES.len() {
                out[n] = LANGUAGES[i];
                n += 1;
                let mut k = 0;
                while k < LOCALES.len() {
                    if LOCALES[k].base() as u8 == LANGUAGES[i] as u8 {
                        out[n] = LOCALES[k];
                        n += 1;
                    }
                    k += 1;
                }
                i += 1;
            }
            out
        };

        impl Lang {
            /// The code used in claims and on the command line.
            pub fn code(self) -> &'static str {
                match self {
                    $( Lang::$v => $code, )*
                    $( Lang::$lv => $lcode, )*
                }
            }

            /// The language's name in English, as people read it in a sentence ("the
            /// same place in the French version"): the one table of names the
            /// extension and the demo show (through the wasm `languages()`).
            pub fn name(self) -> &'static str {
                match self {
                    $( Lang::$v => $name, )*
                    $( Lang::$lv => $lname, )*
                }
            }

            /// The language a locale is of (`pt-PT` → `pt`); a language itself.
            pub const fn base(self) -> Lang {
                match self {
                    $( Lang::$lv => Lang::$base, )*
                    other => other,
                }
            }

            /// The region of a locale (`pt-PT` → `pt`, lower case); `None` for a language.
            pub fn region(self) -> Option<&'static str> {
                match self {
                    $( Lang::$lv => Some($region), )*
                    _ => None,
                }
            }

            /// The script the language is written in.
            pub const fn script(self) -> Script {
                match self.base() {
                    $( Lang::$v => Script::$script, )*
                    _ => unreachable!(),
                }
            }

            /// The lexicon this language is read with (a locale's is its language's).
            pub fn lexicon(self) -> &'static Lexicon {
                match self.base() {
                    $( Lang::$v => &$m::LEXICON, )*
                    _ => unreachable!("a locale's base is a language"),
                }
            }

            /// The language of a base code (no region), with its other codes.
            fn of_base_code(base: &str) -> Option<Lang> {
                match base {
                    $( $code $(| $alias)* => Some(Lang::$v), )*
                    _ => None,
                }
            }
        }
    };
}

/// A script, as far as reading tells them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Latin,
    Arabic,
    Han,
    Kana,
    Hangul,
    Cyrillic,
    Devanagari,
}

languages! {
    languages {
    En en "en" "English" Latin [];
    /// Brazilian Portuguese (and Portuguese when the variety is unknown).
    Pt pt "pt" "Portuguese" Latin [];
    Es es "es" "Spanish" Latin [];
    Fr fr "fr" "French" Latin [];
    De de "de" "German" Latin [];
    It it "it" "Italian" Latin [];
    Ar ar "ar" "Arabic" Arabic [];
    /// Chinese, simplified and traditional.
    Zh zh "zh" "Chinese" Han ["cmn", "yue"];
    Ja ja "ja" "Japanese" Kana [];
    Ko ko "ko" "Korean" Hangul [];
    Ru ru "ru" "Russian" Cyrillic [];
    Uk uk "uk" "Ukrainian" Cyrillic [];
    Vi vi "vi" "Vietnamese" Latin [];
    Id id "id" "Indonesian" Latin ["in", "ms"];
    Tr tr "tr" "Turkish" Latin [];
    Hi hi "hi" "Hindi" Devanagari [];
    }
    locales {
    /// European Portuguese: Portuguese's lexicon (it holds both varieties'
    /// words), reported as `pt-PT`.
    PtPt = Pt - "pt" "pt-PT" "European Portuguese";
    }
}

/// How many languages are written in the Latin script.
const LATIN_COUNT: usize = {
    let mut n = 0;
    let mut i = 0;
    while i < LANGUAGES.len() {
        if LANGUAGES[i].latin_script() {
            n += 1;
        }
        i += 1;
    }
    n
};

impl Lang {
    /// Whether the language is written in the Latin script.
    pub const fn latin_script(self) -> bool {
        matches!(self.script(), Script::Latin)
    }
}

/// The languages written in the Latin script, in [`LANGUAGES`]'s order:
/// detection tells them apart by their function words, and in them a name is
/// a capitalised word.
pub const LATIN_SCRIPT: [Lang; LATIN_COUNT] = {
    let mut out = [Lang::En; LATIN_COUNT];
    let mut n = 0;
    let mut i = 0;
    while i < LANGUAGES.len() {
        if LANGUAGES[i].latin_script() {
            out[n] = LANGUAGES[i];
            n += 1;
        }
        i += 1;
    }
    out
};

/// A language code or tag figcheck does not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLang(pub String);

impl UnknownLang {
    /// The codes figcheck reads, as an error message lists them: `one of en pt …`.
    pub fn choices() -> String {
        let mut s = String::from("one of");
        for l in ALL {
            s.push(' ');
            s.push_str(l.code());
        }
        s
    }
}

impl std::fmt::Display for UnknownLang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "unknown language '{}' ({})", self.0, UnknownLang::choices())
    }
}

impl std::error::Error for UnknownLang {}

impl std::str::FromStr for Lang {
    type Err = UnknownLang;
    /// As [`Lang::from_code`], with an error that names the code.
    fn from_str(s: &str) -> Result<Lang, UnknownLang> {
        Lang::from_code(s).ok_or_else(|| UnknownLang(s.to_string()))
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl Lang {
    /// Reads a language code or tag (`pt-BR`, `zh-Hant`, `EN_us`); `None` when
    /// figcheck does not read that language. A region that is a locale of the
    /// language (`pt-PT`) gives the locale; any other region, the language.
    pub fn from_code(code: &str) -> Option<Lang> {
        let c = code.trim().to_ascii_lowercase().replace('_', "-");
        let (base, region) = match c.split_once('-') {
            Some((b, r)) => (b, r),
            None => (c.as_str(), ""),
        };
        let lang = Lang::of_base_code(base)?;
        Some(lang.locale(region).unwrap_or(lang))
    }
}

pub use crate::text::{Clitics, Decimal};

pub(crate) mod sound;

/// What a word (or phrase) means to the figure reader.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Sense {
    /// A number word that adds: `dois`, `vinte`, `deux`, `seven`, `ثلاثة`, CJK `三`.
    Num(f64),
    /// A multiplier inside numbers below a thousand: `hundred`, `cents`, CJK `十 百 千`
    /// (`deux cents` = 2 × 100, `三百` = 3 × 100; alone it is the multiplier itself).
    Small(f64),
    /// A magnitude word or abbreviation in this language's scale: `mil` (pt, 10^3),
    /// `milhões`, `milliards`, `billion`, `万`, `亿`, `bn`, `Md`.
    Mag(f64),
    /// A plural magnitude that can stand alone: `milhares`, `thousands`,
    /// `millions`, `آلاف`, `مليارات`. Alone it is [2X, 1000X); before another
    /// magnitude (`milhares de bilhões`) it is [X·Y, 10·X·Y).
    MagPl(f64),
    /// A vague multiplier: `dezenas` [10, 100), `centaines` [100, 1000),
    /// `vários` / `several` [2, 10), `dozens`.
    Vague(f64, f64),
    /// A prefix that makes the next numeral vague: CJK `数` / `几` (数十万 = [1e5, 1e6)).
    VaguePrefix,
    /// A currency: ISO 4217 code.
    Cur(&'static str),
    /// A physical or time unit: SI base unit and factor (`gigawatts` → W × 1e9).
    /// Temperatures are read in `°C`; a unit with an offset (`°F`) is
    /// written as itself and converted with the claim ([`AFFINE`]).
    Unit(&'static str, f64),
    /// The other common reading of the key's `Unit` sense, kept as the claim's
    /// alternative: English `ton` (the short ton; or the tonne), `degrees`
    /// (Fahrenheit in US news; or Celsius).
    UnitAlt(&'static str, f64),
    /// A unit written before the number: `magnitude 7.5`, `magnitudo 7,5`,
    /// `магнитудой 7,5`, `بقوة 7.5`; `aged 45`, `at the age of 17` (years).
    UnitBefore(&'static str, f64),
    /// A word before the number that makes the length after it a speed, per
    /// this many seconds: `時速 12 マイル`, `时速120公里`, `每小时 85 英里`,
    /// `시속 85마일` (per hour: 3600).
    RateBefore(f64),
    /// Per cent.
    Pct,
    /// Per cent written before the number: Turkish `yüzde 40` (40 %).
    /// (The sign `%` is read before a number it is glued to in any language: `%40`.)
    PctBefore,
    /// A qualifier standing before the figure (`cerca de`, `more than`).
    Qual(Qualifier),
    /// A qualifier standing after the figure (`ou mais`, `or more`, `以上`, `左右`).
    PostQual(Qualifier),
    /// A word that links the parts of a figure: `de` (milhões de dólares), `of`, `d`.
    Link,
    /// A word between the two ends of a range: `a`, `to`, `à`, `bis`, `до`, `至`, `ou`.
    RangeSep,
    /// Opens a range closed by `And`: `entre`, `between`, `بين`, `zwischen`.
    Between,
    /// `e`, `and`, `et`, `y`, `und`: joins number words and closes `entre … e …`.
    And,
    /// A month name: a number beside it is a date, not a figure.
    Month,
    /// A word after which a bare number is a label, not a figure (`artigo`, `section`, `page`).
    Label,
    /// A word after a number that makes it a time of day, not a figure: `am`,
    /// `p.m.`, `Uhr`, `GMT`, French `h` (`11 h 15`); two digits after it are
    /// its minutes.
    Clock,
    /// A word before a time of day (`alle`, `às`, `pukul`, `الساعة`): a
    /// number after it written `HH.MM` is a time, not a decimal.
    ClockBefore,
    /// A day of the week: never the thing a number counts (`alle 15.00 di
    /// mercoledì`, `يوم الأحد`).
    Weekday,
    /// An adjective that may stand between a number and what it counts:
    /// `40,000 new cases`, `three other people`.
    Adj,
    /// A verb before a bare number that, with a word of time after it
    /// ([`W::AgeAfter`]), makes the number an age: `Tyler was 13 when`.
    Copula,
    /// A word after a bare number that, after a [`W::Copula`], makes it an
    /// age: `when`, `at the time` (`who was 11 at the time`).
    AgeAfter,
    /// A determiner after the link of a partitive: `five of the victims`,
    /// `two of their players` count the noun after it (5 victims, 2 players).
    Det,
    /// Glued after a round number, the ten years from it: `40s` = [40, 50)
    /// (an age after `in his`; a decade of the calendar, no figure, alone).
    Decade,
    /// Glued after a round number, an age: the ten years from it (`40代`,
    /// `40대` = [40, 50) years); after a year, a decade of the calendar
    /// (`2000대`), no figure.
    AgeDecade,
    /// A phrase that holds a unit word but is no unit: `percent sure` (an
    /// intensifier: `100 percent sure`); or the word after a per cent that
    /// makes it one (`100％確信`, `100퍼센트 확신`).
    Idiom,
    /// A word that makes a year-like number before it a calendar year, not a
    /// figure (`2024 года`, `2021 рік`, `2024 г.`), even when the same word is
    /// also a duration unit (`3 года` = three years).
    CalendarYear,
    /// A word after the number (and its counter) that makes it an ordinal or
    /// the name of a period, not a figure: `目` in `3回目` (the third time),
    /// `번째`, `周年` (anniversary), `世纪` (century), `年代` in `80年代` (the
    /// eighties).
    Ordinal,
    /// A word before the number that makes it an ordinal, glued or not: `第`,
    /// `제` (`第 89 分钟`, the 89th minute).
    OrdinalBefore,
    /// A word between the two scores of a match (`2대1`, `2 対 2`, `3比1`):
    /// neither number is a figure.
    ScoreSep,
    /// An ambiguous magnitude: its reading in this language and the other
    /// common one (French `trillion`: 10^18, often 10^12 as an anglicism).
    MagAmb(f64, f64),
    /// A name in this script for an entity usually written in Latin
    /// (`特斯拉` → `Tesla`, `تسلا` → `Tesla`).
    Entity(&'static str),
    /// A word that says what a figure measures (`avaliação` → `valuation`).
    Measure(&'static str),
    /// A counted thing with a language-independent name (`GPUs` → `gpu`).
    Thing(&'static str),
    /// A CJK or Korean counter word after a number (`人`, `个`, `名`, `명`).
    Counter,
    /// A function word (article, preposition, pronoun): never a counted noun;
    /// also used to detect the language.
    Stop,
}

/// One language's lexicon: static tables, no code.
#[derive(Debug)]
pub struct Lexicon {
    pub lang: Lang,
    pub decimal: Decimal,
    /// Whether a plain space groups thousands (`3 200` in fr, ru). No-break
    /// and narrow no-break spaces always group.
    pub space_groups: bool,
    /// A lone `.` or `,` before exactly three last digits groups thousands
    /// whichever of the two it is, though one of them is the decimal mark:
    /// Arabic translators group with `.` as often as they write the decimal
    /// point (`150.000 سيارة`), Indonesian and Vietnamese ones keep the English
    /// `,` (`1,127 orang`). Before a magnitude word the decimal reading holds
    /// (`1.125 مليار`). Other separators and digit counts read as usual.
    pub lone_groups: bool,
    /// Lower-case words and phrases, written folded as the reader folds the
    /// text's words ([`crate::text::fold`]: `mil`, `مساء` for `مساءً`,
    /// `スペースx`); the index takes them as they are.
    pub words: &'static [(&'static str, Sense)],
    /// Case-sensitive abbreviations, matched before `words` (`M`, `B`, `Md`).
    pub cased: &'static [(&'static str, Sense)],
    /// Case suffixes glued to numbers, names and abbreviations behind an
    /// apostrophe (Turkish `100'den`, `TL'lik`, `%40'ı`, `Tesla'nın`): the
    /// reader skips the suffix, and the tokenizer does not read the word
    /// before the apostrophe as an elision.
    pub apostrophe_suffixes: bool,
    /// The percent sign is written before the number (Turkish `%40`,
    /// `% 65,5`); elsewhere a `%` before a number is not read as its unit.
    pub percent_before: bool,
    /// Where common nouns are capitalized (German), the determiners (lower
    /// case) after which a capitalized word is a common noun (`der Umsatz`,
    /// `im Quartal`), not a name, when looking for a figure's subject.
    pub noun_determiners: &'static [&'static str],
    /// The currency a `¥` sign stands for: the yen, but the yuan in Chinese.
    /// (A written `日元` or `JPY` stays yen.)
    pub yen_sign: &'static str,
    /// A bare number set off by commas after a name or a person is an age
    /// (`Saipov, 30, said`; `a man, 32, was arrested`): English and German
    /// news write ages so, and translations from English keep it.
    pub appositive_age: bool,
    /// Titles written before a name and cut short with a stop, lower case
    /// (`mr` of `Mr. Smith`, `sra` of `Sra. Lopes`): that stop ends no
    /// sentence, in a text of any language ([`is_title`]).
    pub titles: &'static [&'static str],
    /// A stop after a number of one or two digits makes it an ordinal
    /// (German `am 3. Oktober`, Turkish `1. Dünya Savaşı`): that stop ends
    /// no sentence.
    pub ordinal_stop: bool,
    /// Lower-case letters glued to digits that make them millions after a
    /// currency or before a counted thing (English `£5m`, `$500m`, `2m
    /// users`); elsewhere the letters read as the unit they also are (`5m`,
    /// five metres).
    pub glued_million: &'static [&'static str],
    /// Words after the number of a day, besides the lexicon's unit of a
    /// day, that make it a date when a month word stands before it (Chinese
    /// `号`, `號`: `5月1号`, the first of May).
    pub day_of_month: &'static [&'static str],
    /// What the claim's note says of this lexicon's ambiguous magnitude
    /// ([`Sense::MagAmb`]) when its two readings are not the long and the
    /// short scale (Chinese `兆`: 10^12 in finance and in Taiwan, 10^6 as the
    /// metric prefix in PRC science).
    pub mag_amb_note: Option<&'static str>,
    /// Possessive endings written after an apostrophe (English `s` of
    /// `Tesla's`): a capitalized word that owns something is a name, even
    /// at a sentence's start, in a text of any language ([`is_possessive`]).
    pub possessive_suffixes: &'static [&'static str],
    /// Particles glued to the end of a name (Korean `에서`, `의`), longest
    /// first: left out before the name's sound is heard ([`sound`]).
    pub name_particles: &'static [&'static str],
    /// The proclitics and the article the language glues before a word
    /// (Arabic `و`, `ب`, `ال`): the tokenizer splits them off a word the
    /// index does not know whole, so the keys here are bare words.
    pub clitics: Option<&'static Clitics>,
    /// Endings written after an apostrophe that shorten a word (English
    /// `'s`, `n't`, `'d`, `'m`): the tokenizer does not read the word before
    /// the apostrophe as an elision (`Meta's` is `Meta`, then `'s`), in a
    /// text of any language.
    pub contractions: &'static [&'static str],
    /// Letters that, among the languages written in its script, only this
    /// one writes (Ukrainian `і ї є ґ`, German `ä ß`), as ranges of chars
    /// (`(c, c)`: one letter), none of them ASCII: detection counts them.
    pub letters: &'static [(char, char)],
    /// The words that tell the language's regional varieties apart
    /// (European `autocarro`, Brazilian `ônibus`): detection reads a text of
    /// the language as the locale whose words it holds most.
    pub varieties: &'static [Variety],
    /// Each measure's words for people (`market_cap` → `market value`), by
    /// its name in [`crate::claim::MEASURES`]: the findings' explanations
    /// use those of [`FINDINGS_LANG`] ([`measure_words`]).
    pub measure_names: &'static [(&'static str, &'static str)],
    /// Qualifiers after a figure whose sense follows the case of the word
    /// before them ([`CaseQualifier`]).
    pub case_qualifiers: &'static [CaseQualifier],
}

/// A word after a figure that qualifies it one way after a word in a case
/// and another way after a bare word: Turkish `kadar` after a dative
/// (`dolara kadar`, `100'e kadar`) is "up to", after a bare word (`130 mil
/// kadar`) "about".
#[derive(Debug)]
pub struct CaseQualifier {
    /// The word (folded).
    pub word: &'static str,
    /// The case's endings: glued to a word the lexicon knows without them
    /// (`dolar` + `a`), or alone behind an apostrophe (`100'e`).
    pub endings: &'static [&'static str],
    /// The qualifier after a word in that case, and after any other.
    pub in_case: crate::claim::Qualifier,
    pub otherwise: crate::claim::Qualifier,
}

/// The language the findings' explanations are written in.
pub const FINDINGS_LANG: Lang = Lang::En;

/// A measure's words in the findings' language (`market_cap` → `market
/// value`); the name itself when it has none.
pub fn measure_words(name: &str) -> &str {
    FINDINGS_LANG.lexicon().measure_names.iter().find(|&&(n, _)| n == name).map_or(name, |&(_, w)| w)
}

/// The words of one regional variety of a language ([`Lexicon::varieties`]).
#[derive(Debug)]
pub struct Variety {
    /// The region of the locale (`pt` of `pt-PT`, a line under `locales` in
    /// [`languages!`]); `None`: the language without a region.
    pub region: Option<&'static str>,
    /// Words (folded) this variety writes where the others write another.
    pub words: &'static [&'static str],
}

impl Lang {
    /// The locale of this language for a region (`pt` + `pt` → `pt-PT`).
    pub fn locale(self, region: &str) -> Option<Lang> {
        ALL.into_iter().find(|l| l.base() == self && l.region() == Some(region))
    }
}

impl Lexicon {
    /// A language with none of the special cases above; every lexicon ends
    /// with `..Lexicon::PLAIN` and sets the fields it needs.
    pub const PLAIN: Lexicon = Lexicon {
        lang: Lang::En,
        decimal: Decimal::Point,
        space_groups: false,
        lone_groups: false,
        words: &[],
        cased: &[],
        apostrophe_suffixes: false,
        percent_before: false,
        noun_determiners: &[],
        yen_sign: "JPY",
        appositive_age: false,
        titles: &[],
        ordinal_stop: false,
        glued_million: &[],
        day_of_month: &[],
        mag_amb_note: None,
        possessive_suffixes: &[],
        case_qualifiers: &[],
        name_particles: &[],
        clitics: None,
        contractions: &[],
        letters: &[],
        varieties: &[],
        measure_names: &[],
    };
}

/// The lexicon of a language.
impl Lang {
    /// How the language writes numbers, for the tokenizer.
    pub fn num_style(self) -> NumStyle {
        let lex = self.lexicon();
        NumStyle { decimal: lex.decimal, space_groups: lex.space_groups, lone_groups: lex.lone_groups, elision: !lex.apostrophe_suffixes }
    }
}

impl Sense {
    /// Senses a figure written in words can start with: a number word, a
    /// magnitude, a vague quantity, a qualifier, a currency, a per cent word (the
    /// last only before CJK text: `百分之`).
    pub(crate) fn starts_figure(self) -> bool {
        matches!(
            self,
            Sense::Num(_)
                | Sense::Small(_)
                | Sense::Mag(_)
                | Sense::MagPl(_)
                | Sense::MagAmb(..)
                | Sense::Vague(..)
                | Sense::VaguePrefix
                | Sense::Qual(_)
                | Sense::Between
                | Sense::Cur(_)
                | Sense::PctBefore
                | Sense::Pct
                | Sense::UnitBefore(..)
                | Sense::RateBefore(_)
        )
    }
}

pub fn lexicon(lang: Lang) -> &'static Lexicon {
    lang.lexicon()
}

/// Whether `word` (lower case) is a title of some language's lexicon
/// ([`Lexicon::titles`]). A name keeps its title in a text of another
/// language (`Dr. Martens` or `Mr. Bean` in a Russian article), so every
/// lexicon's titles count, not only the text's.
pub fn is_title(word: &str) -> bool {
    LANGUAGES.iter().any(|l| l.lexicon().titles.contains(&word))
}

/// Whether `suffix`, after an apostrophe, is a possessive ending of some
/// language's lexicon ([`Lexicon::possessive_suffixes`]). A name keeps its
/// possessive in a text of another language (`Sainsbury's` in a Spanish
/// article), so every lexicon's endings count, not only the text's.
pub fn is_possessive(suffix: &str) -> bool {
    LANGUAGES.iter().any(|l| l.lexicon().possessive_suffixes.contains(&suffix))
}

/// Currency symbols made of letters and a dollar sign (`US$`, `R$`, `HK$`,
/// `Mex$`; the sign may be the full-width `＄`), with their ISO 4217 code.
/// They name one currency in every language that writes them (`R$` is the
/// Brazilian real in English or Spanish news too), so they are no lexicon's
/// words; a sign whose reading depends on the language (`¥`) is a lexicon
/// field ([`Lexicon::yen_sign`]), and the bare `$` is each lexicon's
/// currency sense.
pub const CURRENCY_SYMBOLS: &[(&str, &str)] = &[
    ("US$", "USD"),
    ("U$", "USD"),
    ("USD$", "USD"),
    ("R$", "BRL"),
    ("A$", "AUD"),
    ("AU$", "AUD"),
    ("C$", "CAD"),
    ("CA$", "CAD"),
    ("HK$", "HKD"),
    ("NT$", "TWD"),
    ("S$", "SGD"),
    ("SG$", "SGD"),
    ("NZ$", "NZD"),
    ("Mex$", "MXN"),
    ("MX$", "MXN"),
];

/// The currency of the letters written glued before a dollar sign (`US` in
/// `US$`), from [`CURRENCY_SYMBOLS`].
pub fn dollar_symbol(letters: &str) -> Option<&'static str> {
    CURRENCY_SYMBOLS.iter().find(|(s, _)| s.strip_suffix('$') == Some(letters)).map(|&(_, code)| code)
}

/// Seconds in a year (365.25 days), a month (30.436875 days), a week, a day.
pub const YEAR: f64 = 31_557_600.0;
pub const MONTH: f64 = 2_629_746.0;
pub const WEEK: f64 = 604_800.0;
pub const DAY: f64 = 86_400.0;
pub const HOUR: f64 = 3_600.0;
/// Units read with an offset, converted to their base when the claim is made:
/// (unit as written, base unit, scale, offset): base = value × scale + offset.
pub const AFFINE: [(&str, &str, f64, f64); 1] = [("°F", "°C", 5.0 / 9.0, -160.0 / 9.0)];

/// Units whose figures may be below zero (temperatures): an upper bound
/// alone (`below 5 °C`) leaves them open below, not at zero.
pub fn signed_unit(unit: &str) -> bool {
    unit == "°C"
}

/// Units written with a smaller one after them, whose number may stand
/// alone (`6-foot-6`, `6 feet 6 inches`: 6 ft + 6 in): (base unit, factor
/// of the unit, factor of the smaller one).
pub const SUB_UNITS: [(&str, f64, f64); 1] = [("m", FOOT, INCH)];

/// Units that are a reading on a scale, not an amount of something: never
/// written in words, never one of them (`a quake` is no magnitude 1).
pub fn scale_unit(unit: &str) -> bool {
    matches!(unit, "magnitude" | "°C" | "°F")
}

/// Whether a figure of `lo`..`hi` in `unit` (its base unit) can be one at
/// all: an earthquake's magnitude is below 10 (`the 2018 quake` is a date),
/// a temperature above absolute zero.
pub fn plausible(unit: &str, lo: f64, hi: f64) -> bool {
    match unit {
        "magnitude" => hi < 10.0,
        "°C" => lo >= -273.15,
        _ => true,
    }
}

/// Litres in a US gallon and in a barrel of oil.
pub const GALLON: f64 = 3.785_411_784;
pub const BARREL: f64 = 158.987_294_928;
/// Metres in a mile, a yard, a foot, an inch, a nautical mile; kilograms in a
/// pound, a short ton and a long ton; square metres in an acre.
pub const MILE: f64 = 1609.344;
pub const YARD: f64 = 0.9144;
pub const FOOT: f64 = 0.3048;
pub const INCH: f64 = 0.0254;
pub const NAUTICAL_MILE: f64 = 1852.0;
pub const POUND: f64 = 0.453_592_37;
pub const SHORT_TON: f64 = 907.184_74;
pub const LONG_TON: f64 = 1_016.046_908_8;
pub const ACRE: f64 = 4_046.856_422_4;
/// Metres a second in a kilometre an hour, a mile an hour, a knot.
pub const KMH: f64 = 1000.0 / 3600.0;
pub const MPH: f64 = 1609.344 / 3600.0;
pub const KNOT: f64 = 1852.0 / 3600.0;

#[cfg(test)]
mod list_tests {
    use super::*;

    #[test]
    fn codes_read_back_and_locales_are_a_language_and_a_region() {
        for l in ALL {
            assert_eq!(l.code().parse::<Lang>(), Ok(l), "{l:?}");
        }
        assert_eq!(LANGUAGES.len(), 16);
        assert_eq!(ALL.len(), 17);
        assert_eq!("pt-PT".parse::<Lang>().map(Lang::base), Ok(Lang::Pt));
        assert_eq!(Lang::PtPt.region(), Some("pt"));
        assert_eq!(Lang::Pt.region(), None);
        // Another region is the language; case and `_` do not matter; the other codes.
        assert_eq!(Lang::from_code("pt-BR"), Some(Lang::Pt));
        assert_eq!(Lang::from_code(" PT_pt "), Some(Lang::PtPt));
        assert_eq!(Lang::from_code("zh-Hant"), Some(Lang::Zh));
        assert_eq!(Lang::from_code("yue"), Some(Lang::Zh));
        assert_eq!(Lang::from_code("ms"), Some(Lang::Id));
        assert_eq!(Lang::from_code("xx"), None);
        // A locale reads its language's lexicon.
        assert!(std::ptr::eq(Lang::PtPt.lexicon(), Lang::Pt.lexicon()));
    }

    #[test]
    fn an_unknown_code_is_an_error_that_names_it_and_the_choices() {
        let e = "klingon".parse::<Lang>().unwrap_err();
        let msg = e.to_string();
        assert!(msg.starts_with("unknown language 'klingon' (one of en pt pt-PT es "), "{msg}");
        assert!(msg.ends_with(" tr hi)"), "{msg}");
        let as_error: &dyn std::error::Error = &e;
        assert_eq!(as_error.to_string(), msg);
    }

    #[test]
    fn every_measure_has_words_in_the_findings_language() {
        let names = FINDINGS_LANG.lexicon().measure_names;
        for m in crate::claim::MEASURES {
            assert!(names.iter().any(|&(n, _)| n == m.name), "{} has no words", m.name);
        }
        for &(n, _) in names {
            assert!(crate::claim::measure(n).is_some(), "{n} is no measure");
        }
        assert_eq!(measure_words("market_cap"), "market value");
        assert_eq!(measure_words("no_such"), "no_such");
    }

    #[test]
    fn varieties_name_locales_and_letters_are_not_ascii() {
        for l in LANGUAGES {
            let lex = l.lexicon();
            for v in lex.varieties {
                if let Some(r) = v.region {
                    assert!(l.locale(r).is_some(), "{l:?}: {r} is no locale of it");
                }
            }
            for &(lo, hi) in lex.letters {
                assert!(!lo.is_ascii() && lo <= hi, "{l:?}: {lo:?}..{hi:?}");
            }
        }
    }

    #[test]
    fn latin_script_languages_in_list_order() {
        let codes: Vec<&str> = LATIN_SCRIPT.iter().map(|l| l.code()).collect();
        assert_eq!(codes, ["en", "pt", "es", "fr", "de", "it", "vi", "id", "tr"]);
        assert!(Lang::PtPt.latin_script());
        assert!(!Lang::Ar.latin_script() && !Lang::Hi.latin_script() && !Lang::Ja.latin_script());
    }
}
