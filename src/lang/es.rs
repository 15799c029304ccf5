//! Spanish. Long scale: `mil millones` = 10^9, `billón` = 10^12.
//! (First table: the words the shared acceptance cases need; the full lexicon
//! comes with this language's corpus.)

use super::{Decimal, Lang, Lexicon, W};

pub static LEXICON: Lexicon = Lexicon {
    lang: Lang::Es,
    decimal: Decimal::Comma,
    space_groups: true,
    words: &[
        ("mil", W::Mag(1e3)), ("millón", W::Mag(1e6)), ("millones", W::MagPl(1e6)), ("mil millones", W::Mag(1e9)),
        ("billón", W::Mag(1e12)), ("billones", W::MagPl(1e12)), ("de", W::Link), ("dólares", W::Cur("USD")), ("euros", W::Cur("EUR")),
        ("el", W::Stop), ("la", W::Stop), ("los", W::Stop), ("las", W::Stop), ("y", W::And), ("que", W::Stop), ("del", W::Stop), ("en", W::Stop), ("prestados", W::Measure("debt")), ("préstamo", W::Measure("debt")), ("deuda", W::Measure("debt")), ("valoración", W::Measure("valuation")),
    ],
    cased: &[],
};
