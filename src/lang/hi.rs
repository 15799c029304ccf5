//! Hindi. लाख = 10^5, करोड़ = 10^7, अरब = 10^9.
//! (First table: the words the shared acceptance cases need; the full lexicon
//! comes with this language's corpus.)

use super::{Decimal, Lang, Lexicon, W};

pub static LEXICON: Lexicon = Lexicon {
    lang: Lang::Hi,
    decimal: Decimal::Point,
    space_groups: false,
    words: &[
        ("हज़ार", W::Mag(1e3)), ("हजार", W::Mag(1e3)), ("लाख", W::Mag(1e5)), ("करोड़", W::Mag(1e7)), ("अरब", W::Mag(1e9)), ("खरब", W::Mag(1e11)),
        ("रुपये", W::Cur("INR")), ("रुपए", W::Cur("INR")), ("डॉलर", W::Cur("USD")), ("और", W::And), ("के", W::Stop), ("में", W::Stop), ("है", W::Stop),
    ],
    cased: &[],
};
