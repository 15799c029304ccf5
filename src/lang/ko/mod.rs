//! Korean. 만 = 10^4, 억 = 10^8, 조 = 10^12: `2000억 달러` = 2e11,
//! `1조7000억원` = 1.7e12 (magnitudes add, largest first); 십 백 천 multiply
//! inside a section (`3천억` = 3e11). `수`/`몇` before a numeral are vague
//! (수십억 = [1e9, 1e10)). Korean is written with spaces, but particles glue
//! after numbers and units (`2000억 달러를`, `1만 명이`): Hangul runs are
//! segmented by longest match against these keys, so `억원` is 억 + 원 and
//! `명이` is 명 + 이. A number word glued after another syllable is inside a
//! word (`추천`, `백신` hold 천 and 백) and is not read. Post qualifiers:
//! `이상`, `넘는`, `여`, `가량`, `미만`, `이하`. `월` after a number is a month
//! name (durations are `개월`), and a year 1900-2100 glued to `년` is a date.
//! Sino-Korean digit syllables (일 이 삼 …) are not read: they are particles
//! and words far more often than numbers, and news writes digits.

use super::{Decimal, Lang, Lexicon, BARREL, DAY, FOOT, GALLON, HOUR, INCH, MILE, MONTH, W, YARD, YEAR};
use crate::claim::Qualifier::*;

#[rustfmt::skip]
pub static LEXICON: Lexicon = Lexicon {
    lang: Lang::Ko,
    decimal: Decimal::Point,
    space_groups: false,
    words: &[
        // section multipliers and magnitudes
        ("십", W::Small(10.0)), ("백", W::Small(100.0)), ("천", W::Small(1000.0)),
        ("만", W::Mag(1e4)), ("억", W::Mag(1e8)), ("조", W::Mag(1e12)),
        // vague
        ("수", W::VaguePrefix), ("몇", W::VaguePrefix),
        // currencies
        ("원", W::Cur("KRW")), ("원화", W::Cur("KRW")), ("달러", W::Cur("USD")), ("달러화", W::Cur("USD")), ("미국 달러", W::Cur("USD")),
        ("유로", W::Cur("EUR")), ("유로화", W::Cur("EUR")), ("엔", W::Cur("JPY")), ("엔화", W::Cur("JPY")), ("위안", W::Cur("CNY")),
        ("위안화", W::Cur("CNY")), ("파운드", W::Cur("GBP")), ("루블", W::Cur("RUB")), ("루피", W::Cur("INR")), ("홍콩달러", W::Cur("HKD")),
        // units
        ("와트", W::Unit("W", 1.0)), ("킬로와트", W::Unit("W", 1e3)), ("메가와트", W::Unit("W", 1e6)), ("기가와트", W::Unit("W", 1e9)),
        ("테라와트", W::Unit("W", 1e12)), ("킬로와트시", W::Unit("Wh", 1e3)), ("메가와트시", W::Unit("Wh", 1e6)), ("기가와트시", W::Unit("Wh", 1e9)),
        ("테라와트시", W::Unit("Wh", 1e12)),
        ("리터", W::Unit("L", 1.0)), ("갤런", W::Unit("L", GALLON)), ("배럴", W::Unit("L", BARREL)), ("세제곱미터", W::Unit("L", 1e3)),
        ("톤", W::Unit("kg", 1e3)), ("킬로그램", W::Unit("kg", 1.0)), ("킬로미터", W::Unit("m", 1e3)), ("미터", W::Unit("m", 1.0)),
        ("제곱킬로미터", W::Unit("m2", 1e6)), ("제곱미터", W::Unit("m2", 1.0)), ("헥타르", W::Unit("m2", 1e4)),
        ("마일", W::Unit("m", MILE)), ("피트", W::Unit("m", FOOT)), ("인치", W::Unit("m", INCH)), ("야드", W::Unit("m", YARD)),
        ("센티미터", W::Unit("m", 0.01)), ("밀리미터", W::Unit("m", 0.001)), ("에이커", W::Unit("m2", super::ACRE)),
        // temperatures (`섭씨 30도`, `화씨 80도`, `30도`) and quake magnitudes (`진도 7.5`)
        ("도", W::Unit("°C", 1.0)), ("섭씨", W::UnitBefore("°C", 1.0)), ("화씨", W::UnitBefore("°F", 1.0)),
        ("진도", W::UnitBefore("magnitude", 1.0)), ("리히터 규모", W::UnitBefore("magnitude", 1.0)),
        ("시속", W::RateBefore(HOUR)),
        ("년", W::Unit("s", YEAR)), ("년", W::CalendarYear), ("년간", W::Unit("s", YEAR)), ("개월", W::Unit("s", MONTH)), ("개월간", W::Unit("s", MONTH)),
        ("주일", W::Unit("s", 7.0 * DAY)), ("주간", W::Unit("s", 7.0 * DAY)), ("일", W::Unit("s", DAY)), ("일간", W::Unit("s", DAY)),
        ("시간", W::Unit("s", HOUR)),
        // minutes only as a span (`15분간`): `25분에` is the match's 25th minute
        ("분간", W::Unit("s", 60.0)),
        // ages: `45세`, `45살` are 45 years, as English `45-year-old`; `40대` is in the forties ([40, 50) years)
        ("대", W::AgeDecade),
        ("세", W::Unit("s", YEAR)), ("살", W::Unit("s", YEAR)), ("퍼센트", W::Pct), ("프로", W::Pct),
        // `100퍼센트 확신` (100 percent sure): after a per cent, an intensifier, no figure
        ("확신", W::Idiom),
        // qualifiers before
        ("약", W::Qual(About)), ("대략", W::Qual(About)), ("거의", W::Qual(About)), ("최대", W::Qual(UpTo)), ("최고", W::Qual(UpTo)),
        ("최소", W::Qual(AtLeast)), ("적어도", W::Qual(AtLeast)), ("최소한", W::Qual(AtLeast)),
        // qualifiers after (particles before 넘는 are part of the phrase)
        ("이상", W::PostQual(MoreThan)), ("넘는", W::PostQual(MoreThan)), ("넘게", W::PostQual(MoreThan)), ("이 넘는", W::PostQual(MoreThan)),
        ("가 넘는", W::PostQual(MoreThan)), ("을 넘는", W::PostQual(MoreThan)), ("를 넘는", W::PostQual(MoreThan)), ("이 넘게", W::PostQual(MoreThan)),
        ("을 넘어", W::PostQual(MoreThan)), ("를 넘어", W::PostQual(MoreThan)), ("여", W::PostQual(MoreThan)), ("남짓", W::PostQual(MoreThan)),
        ("가량", W::PostQual(About)), ("안팎", W::PostQual(About)), ("정도", W::PostQual(About)), ("내외", W::PostQual(About)),
        ("미만", W::PostQual(LessThan)), ("이하", W::PostQual(UpTo)),
        // ranges
        ("내지", W::RangeSep),
        // months (`월` after a number)
        ("월", W::Month),
        // labels
        ("번호", W::Label), ("전화", W::Label), ("호", W::Label),
        // ordinals and named periods: `제3`, `3번째`, `1차`, `2위`, `60주년`, `20세기`, `3세대`
        ("제", W::OrdinalBefore), ("번째", W::Ordinal), ("째", W::Ordinal), ("차", W::Ordinal), ("위", W::Ordinal), ("주년", W::Ordinal),
        ("세기", W::Ordinal), ("년대", W::Ordinal), ("분기", W::Ordinal),
        // scores (`2대1`, `5대 3`)
        ("대", W::ScoreSep),
        // measures
        ("기업가치", W::Measure("valuation")), ("가치", W::Measure("valuation")), ("평가", W::Measure("valuation")), ("몸값", W::Measure("valuation")),
        ("시가총액", W::Measure("market_cap")), ("시총", W::Measure("market_cap")), ("유치", W::Measure("funding")), ("투자 유치", W::Measure("funding")),
        ("매출", W::Measure("revenue")), ("매출액", W::Measure("revenue")), ("수익", W::Measure("revenue")),
        ("이익", W::Measure("profit")), ("영업이익", W::Measure("profit")), ("순이익", W::Measure("profit")), ("흑자", W::Measure("profit")),
        ("손실", W::Measure("loss")), ("적자", W::Measure("loss")), ("영업손실", W::Measure("loss")),
        ("비용", W::Measure("cost")), ("사업비", W::Measure("cost")), ("가격", W::Measure("price")),
        ("투자", W::Measure("investment")), ("투자액", W::Measure("investment")), ("부채", W::Measure("debt")), ("빚", W::Measure("debt")),
        ("대출", W::Measure("debt")), ("차입", W::Measure("debt")), ("예산", W::Measure("budget")), ("지출", W::Measure("spending")),
        ("전력", W::Measure("power")), ("발전용량", W::Measure("power")), ("용량", W::Measure("power")), ("발전량", W::Measure("energy")),
        ("전력량", W::Measure("energy")), ("용수", W::Measure("water")), ("물", W::Measure("water")), ("지분", W::Measure("share")),
        ("인수", W::Measure("deal_value")), ("자사주 매입", W::Measure("buyback")), ("직원", W::Measure("employees")), ("임직원", W::Measure("employees")),
        ("사용자", W::Measure("users")), ("이용자", W::Measure("users")), ("인구", W::Measure("population")), ("사망자", W::Measure("deaths")),
        // counted things
        ("칩", W::Thing("chip")), ("반도체", W::Thing("chip")), ("서버", W::Thing("server")), ("그래픽처리장치", W::Thing("gpu")),
        ("가구", W::Thing("home")), ("일자리", W::Thing("job")), ("자원봉사자", W::Thing("volunteer")), ("시위대", W::Thing("protester")),
        ("시위자", W::Thing("protester")), ("자동차", W::Thing("car")), ("차량", W::Thing("vehicle")),
        // counters
        ("명", W::Counter), ("개", W::Counter), ("대", W::Counter), ("곳", W::Counter), ("개사", W::Counter), ("건", W::Counter),
        ("척", W::Counter), ("채", W::Counter), ("마리", W::Counter), ("개국", W::Counter), ("개소", W::Counter),
        ("차례", W::Counter), ("경기", W::Counter), ("게임", W::Counter), ("점", W::Counter), ("골", W::Counter), ("홀", W::Counter), ("군데", W::Counter),
        ("가지", W::Counter), ("세대", W::Counter), ("바퀴", W::Counter), ("승", W::Counter), ("패", W::Counter),
        // entities
        ("테슬라", W::Entity("Tesla")), ("머스크", W::Entity("Musk")), ("일론 머스크", W::Entity("Musk")), ("엔비디아", W::Entity("Nvidia")),
        ("마이크로소프트", W::Entity("Microsoft")), ("구글", W::Entity("Google")), ("애플", W::Entity("Apple")), ("아마존", W::Entity("Amazon")),
        ("메타", W::Entity("Meta")), ("오픈에이아이", W::Entity("OpenAI")), ("삼성전자", W::Entity("Samsung")), ("삼성", W::Entity("Samsung")),
        ("현대차", W::Entity("Hyundai")), ("스페이스x", W::Entity("SpaceX")),
        // function words
        ("은", W::Stop), ("는", W::Stop), ("이", W::Stop), ("가", W::Stop), ("을", W::Stop), ("를", W::Stop), ("의", W::Stop), ("에", W::Stop),
        ("에서", W::Stop), ("으로", W::Stop), ("로", W::Stop), ("와", W::Stop), ("과", W::Stop), ("도", W::Stop), ("및", W::Stop), ("또는", W::Stop),
        ("그리고", W::Stop), ("하지만", W::Stop), ("그러나", W::Stop), ("그", W::Stop), ("이번", W::Stop), ("지난", W::Stop), ("올해", W::Stop),
        ("지난해", W::Stop), ("내년", W::Stop), ("것", W::Stop), ("등", W::Stop), ("있다", W::Stop), ("했다", W::Stop), ("밝혔다", W::Stop),
        ("말했다", W::Stop), ("따르면", W::Stop), ("위해", W::Stop), ("대한", W::Stop), ("대해", W::Stop), ("통해", W::Stop), ("회사", W::Stop),
        ("기업", W::Stop), ("정부", W::Stop), ("미국", W::Stop), ("한국", W::Stop), ("중국", W::Stop), ("일본", W::Stop), ("전", W::Stop),
        ("후", W::Stop), ("중", W::Stop), ("더", W::Stop), ("또", W::Stop), ("수많은", W::Stop), ("메타버스", W::Stop), ("만큼", W::Stop),
        ("만에", W::Stop), ("대비", W::Stop), ("대상", W::Stop), ("대통령", W::Stop), ("조사", W::Stop), ("조치", W::Stop), ("이날", W::Stop),
        ("현재", W::Stop), ("규모", W::Stop), ("달한다", W::Stop), ("달하는", W::Stop), ("기록했다", W::Stop), ("증가한", W::Stop), ("늘어난", W::Stop),
    ],
    cased: &[],
    ..Lexicon::PLAIN
};
