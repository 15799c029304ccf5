//! Chinese, simplified and traditional. 万 = 10^4, 亿 = 10^8.
//! (First table: the words the shared acceptance cases need; the full lexicon
//! comes with this language's corpus.)

use super::{Decimal, Lang, Lexicon, W};
use crate::claim::Qualifier::*;

pub static LEXICON: Lexicon = Lexicon {
    lang: Lang::Zh,
    decimal: Decimal::Point,
    space_groups: false,
    words: &[
        ("万", W::Mag(1e4)), ("萬", W::Mag(1e4)), ("亿", W::Mag(1e8)), ("億", W::Mag(1e8)), ("万亿", W::Mag(1e12)), ("美元", W::Cur("USD")), ("元", W::Cur("CNY")),
        ("约", W::Qual(About)), ("超过", W::Qual(MoreThan)), ("人", W::Counter), ("的", W::Stop), ("估值", W::Measure("valuation")), ("市值", W::Measure("market_cap")), ("投资", W::Measure("investment")), ("总投资", W::Measure("investment")),
    ],
    cased: &[],
};
