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

use super::{Decimal, Lang, Lexicon, Sense, BARREL, DAY, FOOT, GALLON, HOUR, INCH, MILE, MONTH, YARD, YEAR};
use crate::claim::Qualifier::*;

#[rustfmt::skip]
pub static LEXICON: Lexicon = Lexicon {
    lang: Lang::Ko,
    decimal: Decimal::Point,
    space_groups: false,
    words: &[
        // section multipliers and magnitudes
        ("십", Sense::Small(10.0)), ("백", Sense::Small(100.0)), ("천", Sense::Small(1000.0)),
        ("만", Sense::Mag(1e4)), ("억", Sense::Mag(1e8)), ("조", Sense::Mag(1e12)),
        // vague
        ("수", Sense::VaguePrefix), ("몇", Sense::VaguePrefix),
        // currencies
        ("원", Sense::Cur("KRW")), ("원화", Sense::Cur("KRW")), ("달러", Sense::Cur("USD")), ("달러화", Sense::Cur("USD")), ("미국 달러", Sense::Cur("USD")),
        ("유로", Sense::Cur("EUR")), ("유로화", Sense::Cur("EUR")), ("엔", Sense::Cur("JPY")), ("엔화", Sense::Cur("JPY")), ("위안", Sense::Cur("CNY")),
        ("위안화", Sense::Cur("CNY")), ("파운드", Sense::Cur("GBP")), ("루블", Sense::Cur("RUB")), ("루피", Sense::Cur("INR")), ("홍콩달러", Sense::Cur("HKD")),
        // units
        ("와트", Sense::Unit("W", 1.0)), ("킬로와트", Sense::Unit("W", 1e3)), ("메가와트", Sense::Unit("W", 1e6)), ("기가와트", Sense::Unit("W", 1e9)),
        ("테라와트", Sense::Unit("W", 1e12)), ("킬로와트시", Sense::Unit("Wh", 1e3)), ("메가와트시", Sense::Unit("Wh", 1e6)), ("기가와트시", Sense::Unit("Wh", 1e9)),
        ("테라와트시", Sense::Unit("Wh", 1e12)),
        ("리터", Sense::Unit("L", 1.0)), ("갤런", Sense::Unit("L", GALLON)), ("배럴", Sense::Unit("L", BARREL)), ("세제곱미터", Sense::Unit("L", 1e3)),
        ("톤", Sense::Unit("kg", 1e3)), ("킬로그램", Sense::Unit("kg", 1.0)), ("킬로미터", Sense::Unit("m", 1e3)), ("미터", Sense::Unit("m", 1.0)),
        ("제곱킬로미터", Sense::Unit("m2", 1e6)), ("제곱미터", Sense::Unit("m2", 1.0)), ("헥타르", Sense::Unit("m2", 1e4)),
        ("마일", Sense::Unit("m", MILE)), ("피트", Sense::Unit("m", FOOT)), ("인치", Sense::Unit("m", INCH)), ("야드", Sense::Unit("m", YARD)),
        ("센티미터", Sense::Unit("m", 0.01)), ("밀리미터", Sense::Unit("m", 0.001)), ("에이커", Sense::Unit("m2", super::ACRE)),
        // temperatures (`섭씨 30도`, `화씨 80도`, `30도`) and quake magnitudes (`진도 7.5`)
        ("도", Sense::Unit("°C", 1.0)), ("도", Sense::UnitAlt("°F", 1.0)), ("섭씨", Sense::UnitBefore("°C", 1.0)), ("화씨", Sense::UnitBefore("°F", 1.0)),
        ("진도", Sense::UnitBefore("magnitude", 1.0)), ("리히터 규모", Sense::UnitBefore("magnitude", 1.0)),
        ("시속", Sense::RateBefore(HOUR)),
        ("년", Sense::Unit("s", YEAR)), ("년", Sense::CalendarYear), ("년간", Sense::Unit("s", YEAR)), ("개월", Sense::Unit("s", MONTH)), ("개월간", Sense::Unit("s", MONTH)),
        ("주일", Sense::Unit("s", 7.0 * DAY)), ("주간", Sense::Unit("s", 7.0 * DAY)), ("일", Sense::Unit("s", DAY)), ("일간", Sense::Unit("s", DAY)),
        ("시간", Sense::Unit("s", HOUR)),
        // minutes only as a span (`15분간`): `25분에` is the match's 25th minute
        ("분간", Sense::Unit("s", 60.0)),
        // ages: `45세`, `45살` are 45 years, as English `45-year-old`; `40대` is in the forties ([40, 50) years)
        ("대", Sense::AgeDecade),
        ("세", Sense::Unit("s", YEAR)), ("살", Sense::Unit("s", YEAR)), ("퍼센트", Sense::Pct), ("프로", Sense::Pct),
        // `100퍼센트 확신` (100 percent sure): after a per cent, an intensifier, no figure
        ("확신", Sense::Idiom),
        // qualifiers before
        ("약", Sense::Qual(About)), ("대략", Sense::Qual(About)), ("거의", Sense::Qual(About)), ("최대", Sense::Qual(UpTo)), ("최고", Sense::Qual(UpTo)),
        ("최소", Sense::Qual(AtLeast)), ("적어도", Sense::Qual(AtLeast)), ("최소한", Sense::Qual(AtLeast)),
        // qualifiers after (particles before 넘는 are part of the phrase)
        ("이상", Sense::PostQual(MoreThan)), ("넘는", Sense::PostQual(MoreThan)), ("넘게", Sense::PostQual(MoreThan)), ("이 넘는", Sense::PostQual(MoreThan)),
        ("가 넘는", Sense::PostQual(MoreThan)), ("을 넘는", Sense::PostQual(MoreThan)), ("를 넘는", Sense::PostQual(MoreThan)), ("이 넘게", Sense::PostQual(MoreThan)),
        ("을 넘어", Sense::PostQual(MoreThan)), ("를 넘어", Sense::PostQual(MoreThan)), ("여", Sense::PostQual(MoreThan)), ("남짓", Sense::PostQual(MoreThan)),
        ("가량", Sense::PostQual(About)), ("안팎", Sense::PostQual(About)), ("정도", Sense::PostQual(About)), ("내외", Sense::PostQual(About)),
        ("미만", Sense::PostQual(LessThan)), ("이하", Sense::PostQual(UpTo)),
        // ranges
        ("내지", Sense::RangeSep), ("에서", Sense::RangeSep), ("부터", Sense::RangeSep),
        // months (`월` after a number)
        ("월", Sense::Month),
        // labels
        ("번호", Sense::Label), ("전화", Sense::Label), ("호", Sense::Label),
        // ordinals and named periods: `제3`, `3번째`, `1차`, `2위`, `60주년`, `20세기`, `3세대`
        ("제", Sense::OrdinalBefore), ("번째", Sense::Ordinal), ("째", Sense::Ordinal), ("차", Sense::Ordinal), ("위", Sense::Ordinal), ("주년", Sense::Ordinal),
        ("세기", Sense::Ordinal), ("년대", Sense::Ordinal), ("분기", Sense::Ordinal),
        // scores (`2대1`, `5대 3`)
        ("대", Sense::ScoreSep),
        // measures
        ("기업가치", Sense::Measure("valuation")), ("가치", Sense::Measure("valuation")), ("평가", Sense::Measure("valuation")), ("몸값", Sense::Measure("valuation")),
        ("시가총액", Sense::Measure("market_cap")), ("시총", Sense::Measure("market_cap")), ("유치", Sense::Measure("funding")), ("투자 유치", Sense::Measure("funding")),
        ("매출", Sense::Measure("revenue")), ("매출액", Sense::Measure("revenue")), ("수익", Sense::Measure("revenue")),
        ("이익", Sense::Measure("profit")), ("영업이익", Sense::Measure("profit")), ("순이익", Sense::Measure("profit")), ("흑자", Sense::Measure("profit")),
        ("손실", Sense::Measure("loss")), ("적자", Sense::Measure("loss")), ("영업손실", Sense::Measure("loss")),
        ("비용", Sense::Measure("cost")), ("사업비", Sense::Measure("cost")), ("가격", Sense::Measure("price")),
        ("투자", Sense::Measure("investment")), ("투자액", Sense::Measure("investment")), ("부채", Sense::Measure("debt")), ("빚", Sense::Measure("debt")),
        ("대출", Sense::Measure("debt")), ("차입", Sense::Measure("debt")), ("예산", Sense::Measure("budget")), ("지출", Sense::Measure("spending")),
        ("전력", Sense::Measure("power")), ("발전용량", Sense::Measure("power")), ("용량", Sense::Measure("power")), ("발전량", Sense::Measure("energy")),
        ("전력량", Sense::Measure("energy")), ("용수", Sense::Measure("water")), ("물", Sense::Measure("water")), ("지분", Sense::Measure("share")),
        ("인수", Sense::Measure("deal_value")), ("자사주 매입", Sense::Measure("buyback")), ("직원", Sense::Measure("employees")), ("임직원", Sense::Measure("employees")),
        ("사용자", Sense::Measure("users")), ("이용자", Sense::Measure("users")), ("인구", Sense::Measure("population")), ("사망자", Sense::Measure("deaths")),
        // counted things
        ("칩", Sense::Thing("chip")), ("반도체", Sense::Thing("chip")), ("서버", Sense::Thing("server")), ("그래픽처리장치", Sense::Thing("gpu")),
        ("가구", Sense::Thing("home")), ("일자리", Sense::Thing("job")), ("자원봉사자", Sense::Thing("volunteer")), ("시위대", Sense::Thing("protester")),
        ("시위자", Sense::Thing("protester")), ("자동차", Sense::Thing("car")), ("차량", Sense::Thing("vehicle")),
        // counters
        ("명", Sense::Counter), ("개", Sense::Counter), ("대", Sense::Counter), ("곳", Sense::Counter), ("개사", Sense::Counter), ("건", Sense::Counter),
        ("척", Sense::Counter), ("채", Sense::Counter), ("마리", Sense::Counter), ("개국", Sense::Counter), ("개소", Sense::Counter),
        ("차례", Sense::Counter), ("경기", Sense::Counter), ("게임", Sense::Counter), ("점", Sense::Counter), ("골", Sense::Counter), ("홀", Sense::Counter), ("군데", Sense::Counter),
        ("가지", Sense::Counter), ("세대", Sense::Counter), ("바퀴", Sense::Counter), ("승", Sense::Counter), ("패", Sense::Counter),
        // entities
        ("테슬라", Sense::Entity("Tesla")), ("머스크", Sense::Entity("Musk")), ("일론 머스크", Sense::Entity("Musk")), ("엔비디아", Sense::Entity("Nvidia")),
        ("마이크로소프트", Sense::Entity("Microsoft")), ("구글", Sense::Entity("Google")), ("애플", Sense::Entity("Apple")), ("아마존", Sense::Entity("Amazon")),
        ("메타", Sense::Entity("Meta")), ("오픈에이아이", Sense::Entity("OpenAI")), ("삼성전자", Sense::Entity("Samsung")), ("삼성", Sense::Entity("Samsung")),
        ("현대차", Sense::Entity("Hyundai")), ("스페이스x", Sense::Entity("SpaceX")),
        // function words
        ("은", Sense::Stop), ("는", Sense::Stop), ("이", Sense::Stop), ("가", Sense::Stop), ("을", Sense::Stop), ("를", Sense::Stop), ("의", Sense::Stop), ("에", Sense::Stop),
        ("에서", Sense::Stop), ("으로", Sense::Stop), ("로", Sense::Stop), ("와", Sense::Stop), ("과", Sense::Stop), ("도", Sense::Stop), ("및", Sense::Stop), ("또는", Sense::Stop),
        ("그리고", Sense::Stop), ("하지만", Sense::Stop), ("그러나", Sense::Stop), ("그", Sense::Stop), ("이번", Sense::Stop), ("지난", Sense::Stop), ("올해", Sense::Stop),
        ("지난해", Sense::Stop), ("내년", Sense::Stop), ("것", Sense::Stop), ("등", Sense::Stop), ("있다", Sense::Stop), ("했다", Sense::Stop), ("밝혔다", Sense::Stop),
        ("말했다", Sense::Stop), ("따르면", Sense::Stop), ("위해", Sense::Stop), ("대한", Sense::Stop), ("대해", Sense::Stop), ("통해", Sense::Stop), ("회사", Sense::Stop),
        ("기업", Sense::Stop), ("정부", Sense::Stop), ("미국", Sense::Stop), ("한국", Sense::Stop), ("중국", Sense::Stop), ("일본", Sense::Stop), ("전", Sense::Stop),
        ("후", Sense::Stop), ("중", Sense::Stop), ("더", Sense::Stop), ("또", Sense::Stop), ("수많은", Sense::Stop), ("메타버스", Sense::Stop), ("만큼", Sense::Stop),
        ("만에", Sense::Stop), ("대비", Sense::Stop), ("대상", Sense::Stop), ("대통령", Sense::Stop), ("조사", Sense::Stop), ("조치", Sense::Stop), ("이날", Sense::Stop),
        ("현재", Sense::Stop), ("규모", Sense::Stop), ("달한다", Sense::Stop), ("달하는", Sense::Stop), ("기록했다", Sense::Stop), ("증가한", Sense::Stop), ("늘어난", Sense::Stop),
    ],
    cased: &[],
    name_particles: &["에서는", "에서", "으로", "에게", "까지", "부터", "와", "과", "의", "은", "는", "이", "가", "을", "를", "에", "로", "도"],
    ..Lexicon::PLAIN
};
