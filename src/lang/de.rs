//! German. Long scale: `Milliarde` = 10^9, `Billion` = 10^12; `Mio.`, `Mrd.`.
//! (First table: the words the shared acceptance cases need; the full lexicon
//! comes with this language's corpus.)

use super::{Decimal, Lang, Lexicon, W};

pub static LEXICON: Lexicon = Lexicon {
    lang: Lang::De,
    decimal: Decimal::Comma,
    space_groups: false,
    words: &[
        ("tausend", W::Mag(1e3)), ("million", W::Mag(1e6)), ("millionen", W::MagPl(1e6)), ("milliarde", W::Mag(1e9)), ("milliarden", W::MagPl(1e9)),
        ("billion", W::Mag(1e12)), ("billionen", W::MagPl(1e12)), ("mio", W::Mag(1e6)), ("mrd", W::Mag(1e9)), ("euro", W::Cur("EUR")), ("dollar", W::Cur("USD")),
        ("der", W::Stop), ("die", W::Stop), ("das", W::Stop), ("und", W::And), ("ist", W::Stop), ("nicht", W::Stop), ("mit", W::Stop), ("von", W::Stop),
    ],
    cased: &[],
};
