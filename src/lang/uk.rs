//! Ukrainian. `мільярд` = 10^9, `трильйон` = 10^12.
//! (First table: the words the shared acceptance cases need; the full lexicon
//! comes with this language's corpus.)

use super::{Decimal, Lang, Lexicon, W};

pub static LEXICON: Lexicon = Lexicon {
    lang: Lang::Uk,
    decimal: Decimal::Comma,
    space_groups: true,
    words: &[
        ("тис", W::Mag(1e3)), ("млн", W::Mag(1e6)), ("млрд", W::Mag(1e9)), ("трлн", W::Mag(1e12)), ("гривень", W::Cur("UAH")), ("доларів", W::Cur("USD")),
        ("і", W::And), ("та", W::Stop), ("що", W::Stop),
    ],
    cased: &[],
};
