//! Vietnamese. `tỷ` = 10^9, `nghìn tỷ` = 10^12.
//! (First table: the words the shared acceptance cases need; the full lexicon
//! comes with this language's corpus.)

use super::{Decimal, Lang, Lexicon, W};

pub static LEXICON: Lexicon = Lexicon {
    lang: Lang::Vi,
    decimal: Decimal::Comma,
    space_groups: false,
    words: &[
        ("nghìn", W::Mag(1e3)), ("triệu", W::Mag(1e6)), ("tỷ", W::Mag(1e9)), ("tỉ", W::Mag(1e9)), ("đồng", W::Cur("VND")), ("đô la", W::Cur("USD")),
        ("và", W::And), ("của", W::Stop), ("là", W::Stop), ("các", W::Stop), ("những", W::Stop),
    ],
    cased: &[],
};
