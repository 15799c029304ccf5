//! Arabic. `مليار` = 10^9, `تريليون` = 10^12.
//! (First table: the words the shared acceptance cases need; the full lexicon
//! comes with this language's corpus.)

use super::{Decimal, Lang, Lexicon, W};

pub static LEXICON: Lexicon = Lexicon {
    lang: Lang::Ar,
    decimal: Decimal::Point,
    space_groups: false,
    words: &[
        ("ألف", W::Mag(1e3)), ("آلاف", W::MagPl(1e3)), ("مليون", W::Mag(1e6)), ("ملايين", W::MagPl(1e6)), ("مليار", W::Mag(1e9)), ("مليارات", W::MagPl(1e9)),
        ("دولار", W::Cur("USD")), ("في", W::Stop), ("من", W::Stop), ("على", W::Stop),
    ],
    cased: &[],
};
