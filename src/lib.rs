//! figcheck finds the figures of a news text — money, counts, power, energy,
//! volumes, masses, durations, percentages — in 16 languages, reads each one
//! with its magnitude words, scale, qualifier and unit, and flags the figures
//! that conflict with other reports of the same story.
//!
//! # Guarantees
//!
//! - **Linear time.** Extraction is one pass over the text with a bounded
//!   look-ahead per token; no backtracking regex, no quadratic scan. Checking
//!   uses an index keyed by unit and measure.
//! - **No panics on any input.** Every `&str` is valid input; offsets always
//!   fall on character boundaries and `text == input[start..end]`.
//! - **Deterministic.** The same input gives the same claims, in text order,
//!   not overlapping.
//! - **No I/O, no wasm or browser types** in the core: [`wasm`] (only on
//!   `wasm32`) is the one module that converts at the boundary.
//!
//! ```
//! let claims = figcheck::extract("A avaliação da empresa chegou a 2 trilhões de dólares.", &figcheck::Options::default());
//! assert_eq!(claims[0].text, "2 trilhões de dólares");
//! assert_eq!(claims[0].low, Some(2e12));
//! assert_eq!(claims[0].unit, "USD");
//! ```

pub mod check;
pub mod claim;
/// The checker's former name, kept for callers of `figcheck::compare::…`.
pub use check as compare;
pub mod detect;
pub mod extract;
#[cfg(not(target_arch = "wasm32"))]
pub mod html;
pub mod lang;
mod lexindex;
pub mod pairs;
pub mod slip;
pub mod text;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use check::{check, Evidence, Finding, Other, Report, Verdict};
pub use claim::{AltReading, Claim, Qualifier};
pub use detect::detect;
pub use extract::{extract, Options};
pub use lang::{Lang, UnknownLang};
