//! Indonesian. `miliar` = 10^9, `triliun` = 10^12.
//! (First table: the words the shared acceptance cases need; the full lexicon
//! comes with this language's corpus.)

use super::{Decimal, Lang, Lexicon, W};

pub static LEXICON: Lexicon = Lexicon {
    lang: Lang::Id,
    decimal: Decimal::Comma,
    space_groups: false,
    words: &[
        ("ribu", W::Mag(1e3)), ("juta", W::Mag(1e6)), ("miliar", W::Mag(1e9)), ("triliun", W::Mag(1e12)), ("rupiah", W::Cur("IDR")), ("dolar", W::Cur("USD")),
        ("dan", W::And), ("yang", W::Stop), ("di", W::Stop), ("ini", W::Stop), ("itu", W::Stop),
    ],
    cased: &[],
};
