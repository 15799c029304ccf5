//! Turkish. `milyar` = 10^9, `trilyon` = 10^12.
//! (First table: the words the shared acceptance cases need; the full lexicon
//! comes with this language's corpus.)

use super::{Decimal, Lang, Lexicon, W};

pub static LEXICON: Lexicon = Lexicon {
    lang: Lang::Tr,
    decimal: Decimal::Comma,
    space_groups: false,
    words: &[
        ("bin", W::Mag(1e3)), ("milyon", W::Mag(1e6)), ("milyar", W::Mag(1e9)), ("trilyon", W::Mag(1e12)), ("lira", W::Cur("TRY")), ("dolar", W::Cur("USD")),
        ("ve", W::And), ("bir", W::Stop), ("bu", W::Stop), ("için", W::Stop), ("ile", W::Stop),
    ],
    cased: &[],
};
