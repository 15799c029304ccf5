//! Russian. `миллиард` = 10^9, `триллион` = 10^12; `тыс.`, `млн`, `млрд`, `трлн`.
//! (First table: the words the shared acceptance cases need; the full lexicon
//! comes with this language's corpus.)

use super::{Decimal, Lang, Lexicon, W};

pub static LEXICON: Lexicon = Lexicon {
    lang: Lang::Ru,
    decimal: Decimal::Comma,
    space_groups: true,
    words: &[
        ("тыс", W::Mag(1e3)), ("млн", W::Mag(1e6)), ("млрд", W::Mag(1e9)), ("трлн", W::Mag(1e12)), ("рублей", W::Cur("RUB")), ("долларов", W::Cur("USD")),
        ("и", W::And), ("в", W::Stop), ("на", W::Stop), ("что", W::Stop),
    ],
    cased: &[],
};
