//! Japanese. 万 = 10^4, 億 = 10^8, 兆 = 10^12.
//! (First table: the words the shared acceptance cases need; the full lexicon
//! comes with this language's corpus.)

use super::{Decimal, Lang, Lexicon, W};
use crate::claim::Qualifier::*;

pub static LEXICON: Lexicon = Lexicon {
    lang: Lang::Ja,
    decimal: Decimal::Point,
    space_groups: false,
    words: &[
        ("万", W::Mag(1e4)), ("億", W::Mag(1e8)), ("兆", W::Mag(1e12)), ("円", W::Cur("JPY")), ("ドル", W::Cur("USD")), ("約", W::Qual(About)),
    ],
    cased: &[],
};
