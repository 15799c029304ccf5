//! Korean. 만 = 10^4, 억 = 10^8, 조 = 10^12.
//! (First table: the words the shared acceptance cases need; the full lexicon
//! comes with this language's corpus.)

use super::{Decimal, Lang, Lexicon, W};

pub static LEXICON: Lexicon = Lexicon {
    lang: Lang::Ko,
    decimal: Decimal::Point,
    space_groups: false,
    words: &[
        ("만", W::Mag(1e4)), ("억", W::Mag(1e8)), ("조", W::Mag(1e12)), ("원", W::Cur("KRW")), ("달러", W::Cur("USD")),
    ],
    cased: &[],
};
