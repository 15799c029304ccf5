//! Italian. `miliardo` = 10^9.
//! (First table: the words the shared acceptance cases need; the full lexicon
//! comes with this language's corpus.)

use super::{Decimal, Lang, Lexicon, W};

pub static LEXICON: Lexicon = Lexicon {
    lang: Lang::It,
    decimal: Decimal::Comma,
    space_groups: false,
    words: &[
        ("mila", W::Mag(1e3)), ("milione", W::Mag(1e6)), ("milioni", W::MagPl(1e6)), ("miliardo", W::Mag(1e9)), ("miliardi", W::MagPl(1e9)),
        ("di", W::Link), ("dollari", W::Cur("USD")), ("euro", W::Cur("EUR")), ("il", W::Stop), ("della", W::Stop), ("che", W::Stop), ("gli", W::Stop), ("sono", W::Stop),
    ],
    cased: &[],
};
