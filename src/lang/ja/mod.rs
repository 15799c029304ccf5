//! Japanese. 万 = 10^4, 億 = 10^8, 兆 = 10^12 (no ambiguity in Japanese):
//! `5000億円` = 5e11, `1兆7000億円` = 1.7e12 (magnitudes add, largest first).
//! Kanji digits 一二三… add, 十百千 multiply inside a section. `数`/`何`
//! before a numeral are vague (数千 = [1e3, 1e4), 数十億 = [1e9, 1e10)).
//! Post qualifiers: `以上`, `超`, `を超える`, `余り`, `未満`, `以下`, `近く`,
//! `程度`, `前後`. `月` after a number is a month name (durations are `ヶ月`,
//! `か月`, `カ月`), a year 1900-2100 glued to `年` is a date. Kana runs are
//! segmented by longest match against these keys.

use super::{Decimal, Lang, Lexicon, Sense, BARREL, DAY, FOOT, GALLON, HOUR, INCH, MILE, MONTH, WEEK, YARD, YEAR};
use crate::claim::Qualifier::*;

#[rustfmt::skip]
pub static LEXICON: Lexicon = Lexicon {
    lang: Lang::Ja,
    decimal: Decimal::Point,
    space_groups: false,
    words: &[
        // digits and section multipliers
        ("〇", Sense::Num(0.0)), ("零", Sense::Num(0.0)), ("一", Sense::Num(1.0)), ("二", Sense::Num(2.0)), ("三", Sense::Num(3.0)), ("四", Sense::Num(4.0)),
        ("五", Sense::Num(5.0)), ("六", Sense::Num(6.0)), ("七", Sense::Num(7.0)), ("八", Sense::Num(8.0)), ("九", Sense::Num(9.0)),
        ("十", Sense::Small(10.0)), ("百", Sense::Small(100.0)), ("千", Sense::Small(1000.0)),
        // magnitudes
        ("万", Sense::Mag(1e4)), ("萬", Sense::Mag(1e4)), ("億", Sense::Mag(1e8)), ("兆", Sense::Mag(1e12)),
        // vague
        ("数", Sense::VaguePrefix), ("何", Sense::VaguePrefix),
        // currencies
        ("円", Sense::Cur("JPY")), ("ドル", Sense::Cur("USD")), ("米ドル", Sense::Cur("USD")), ("ユーロ", Sense::Cur("EUR")), ("元", Sense::Cur("CNY")),
        ("人民元", Sense::Cur("CNY")), ("ポンド", Sense::Cur("GBP")), ("ウォン", Sense::Cur("KRW")), ("ルーブル", Sense::Cur("RUB")), ("ルピー", Sense::Cur("INR")),
        ("香港ドル", Sense::Cur("HKD")), ("豪ドル", Sense::Cur("AUD")), ("カナダドル", Sense::Cur("CAD")), ("スイスフラン", Sense::Cur("CHF")), ("台湾ドル", Sense::Cur("TWD")),
        // units
        ("ワット", Sense::Unit("W", 1.0)), ("キロワット", Sense::Unit("W", 1e3)), ("メガワット", Sense::Unit("W", 1e6)), ("ギガワット", Sense::Unit("W", 1e9)),
        ("テラワット", Sense::Unit("W", 1e12)), ("キロワット時", Sense::Unit("Wh", 1e3)), ("メガワット時", Sense::Unit("Wh", 1e6)),
        ("ギガワット時", Sense::Unit("Wh", 1e9)), ("テラワット時", Sense::Unit("Wh", 1e12)),
        ("リットル", Sense::Unit("L", 1.0)), ("ガロン", Sense::Unit("L", GALLON)), ("バレル", Sense::Unit("L", BARREL)), ("立方メートル", Sense::Unit("L", 1e3)),
        ("トン", Sense::Unit("kg", 1e3)), ("キログラム", Sense::Unit("kg", 1.0)), ("キロメートル", Sense::Unit("m", 1e3)), ("メートル", Sense::Unit("m", 1.0)),
        ("平方キロメートル", Sense::Unit("m2", 1e6)), ("平方メートル", Sense::Unit("m2", 1.0)), ("ヘクタール", Sense::Unit("m2", 1e4)),
        ("マイル", Sense::Unit("m", MILE)), ("マイルズ", Sense::Unit("m", MILE)), ("フィート", Sense::Unit("m", FOOT)), ("インチ", Sense::Unit("m", INCH)),
        ("ヤード", Sense::Unit("m", YARD)), ("センチ", Sense::Unit("m", 0.01)), ("センチメートル", Sense::Unit("m", 0.01)), ("ミリメートル", Sense::Unit("m", 0.001)),
        ("エーカー", Sense::Unit("m2", super::ACRE)),
        // temperatures (`摂氏30度`, `華氏80度`; `度` alone is also "times") and quake magnitudes
        ("摂氏", Sense::UnitBefore("°C", 1.0)), ("華氏", Sense::UnitBefore("°F", 1.0)), ("マグニチュード", Sense::UnitBefore("magnitude", 1.0)),
        ("時速", Sense::RateBefore(HOUR)),
        ("年", Sense::Unit("s", YEAR)), ("年", Sense::CalendarYear), ("年間", Sense::Unit("s", YEAR)), ("ヶ月", Sense::Unit("s", MONTH)), ("か月", Sense::Unit("s", MONTH)),
        ("カ月", Sense::Unit("s", MONTH)), ("ケ月", Sense::Unit("s", MONTH)), ("ヵ月", Sense::Unit("s", MONTH)), ("箇月", Sense::Unit("s", MONTH)),
        ("ヶ月間", Sense::Unit("s", MONTH)),
        // ages: `45歳` is 45 years, as English `45-year-old`; `40代` is in the forties ([40, 50) years)
        ("代", Sense::AgeDecade),
        ("歳", Sense::Unit("s", YEAR)), ("才", Sense::Unit("s", YEAR)), ("か月間", Sense::Unit("s", MONTH)), ("カ月間", Sense::Unit("s", MONTH)),
        ("週間", Sense::Unit("s", WEEK)), ("日", Sense::Unit("s", DAY)), ("日間", Sense::Unit("s", DAY)), ("時間", Sense::Unit("s", HOUR)), ("分間", Sense::Unit("s", 60.0)),
        ("パーセント", Sense::Pct),
        // `100％確信` (100 percent sure): after a per cent, an intensifier, no figure
        ("確信", Sense::Idiom),
        // qualifiers before
        ("約", Sense::Qual(About)), ("およそ", Sense::Qual(About)), ("ほぼ", Sense::Qual(About)), ("おおむね", Sense::Qual(About)), ("推定", Sense::Qual(About)),
        ("最大", Sense::Qual(UpTo)), ("最大で", Sense::Qual(UpTo)), ("最高", Sense::Qual(UpTo)), ("最多", Sense::Qual(UpTo)),
        ("少なくとも", Sense::Qual(AtLeast)), ("最低", Sense::Qual(AtLeast)), ("最低でも", Sense::Qual(AtLeast)),
        // qualifiers after
        ("以上", Sense::PostQual(MoreThan)), ("超", Sense::PostQual(MoreThan)), ("超え", Sense::PostQual(MoreThan)), ("を超える", Sense::PostQual(MoreThan)),
        ("を超え", Sense::PostQual(MoreThan)), ("を上回る", Sense::PostQual(MoreThan)), ("余り", Sense::PostQual(MoreThan)), ("余", Sense::PostQual(MoreThan)),
        ("強", Sense::PostQual(MoreThan)), ("弱", Sense::PostQual(LessThan)), ("未満", Sense::PostQual(LessThan)), ("以下", Sense::PostQual(UpTo)),
        ("近く", Sense::PostQual(About)), ("程度", Sense::PostQual(About)), ("ほど", Sense::PostQual(About)), ("前後", Sense::PostQual(About)), ("規模", Sense::PostQual(About)),
        // ranges
        ("から", Sense::RangeSep), ("ないし", Sense::RangeSep), ("または", Sense::RangeSep),
        // months in order, then `月` alone
        ("一月", Sense::Month), ("二月", Sense::Month), ("三月", Sense::Month), ("四月", Sense::Month), ("五月", Sense::Month), ("六月", Sense::Month),
        ("七月", Sense::Month), ("八月", Sense::Month), ("九月", Sense::Month), ("十月", Sense::Month), ("十一月", Sense::Month), ("十二月", Sense::Month), ("月", Sense::Month),
        // labels
        ("型", Sense::Label), ("番号", Sense::Label), ("電話", Sense::Label), ("条", Sense::Label),
        // ordinals and named periods: `第3`, `3回目`, `7位`, `60周年`, `20世紀`, `80年代`
        ("第", Sense::OrdinalBefore), ("目", Sense::Ordinal), ("番目", Sense::Ordinal), ("位", Sense::Ordinal), ("周年", Sense::Ordinal), ("世紀", Sense::Ordinal), ("年代", Sense::Ordinal),
        // scores (`2対1`, `2 対 2`)
        ("対", Sense::ScoreSep),
        // measures
        ("評価額", Sense::Measure("valuation")), ("企業価値", Sense::Measure("valuation")), ("時価総額", Sense::Measure("market_cap")),
        ("資金調達", Sense::Measure("funding")), ("調達", Sense::Measure("funding")), ("調達額", Sense::Measure("funding")),
        ("売上高", Sense::Measure("revenue")), ("売上", Sense::Measure("revenue")), ("売り上げ", Sense::Measure("revenue")), ("収益", Sense::Measure("revenue")), ("営業収益", Sense::Measure("revenue")),
        ("利益", Sense::Measure("profit")), ("純利益", Sense::Measure("profit")), ("営業利益", Sense::Measure("profit")), ("最終利益", Sense::Measure("profit")),
        ("損失", Sense::Measure("loss")), ("赤字", Sense::Measure("loss")), ("最終赤字", Sense::Measure("loss")),
        ("費用", Sense::Measure("cost")), ("コスト", Sense::Measure("cost")), ("事業費", Sense::Measure("cost")), ("価格", Sense::Measure("price")), ("値段", Sense::Measure("price")),
        ("投資", Sense::Measure("investment")), ("投資額", Sense::Measure("investment")), ("出資", Sense::Measure("investment")),
        ("負債", Sense::Measure("debt")), ("借入", Sense::Measure("debt")), ("借り入れ", Sense::Measure("debt")), ("借金", Sense::Measure("debt")), ("債務", Sense::Measure("debt")),
        ("予算", Sense::Measure("budget")), ("支出", Sense::Measure("spending")), ("歳出", Sense::Measure("spending")),
        ("電力", Sense::Measure("power")), ("出力", Sense::Measure("power")), ("発電容量", Sense::Measure("power")),
        ("発電量", Sense::Measure("energy")), ("電力量", Sense::Measure("energy")), ("消費電力量", Sense::Measure("energy")), ("用水", Sense::Measure("water")), ("水量", Sense::Measure("water")),
        ("株式", Sense::Measure("share")), ("出資比率", Sense::Measure("share")), ("持ち株", Sense::Measure("share")),
        ("買収", Sense::Measure("deal_value")), ("買収額", Sense::Measure("deal_value")), ("自社株買い", Sense::Measure("buyback")),
        ("従業員", Sense::Measure("employees")), ("社員", Sense::Measure("employees")), ("利用者", Sense::Measure("users")), ("ユーザー", Sense::Measure("users")),
        ("人口", Sense::Measure("population")), ("死者", Sense::Measure("deaths")), ("死亡", Sense::Measure("deaths")), ("犠牲者", Sense::Measure("deaths")),
        // counted things
        ("半導体", Sense::Thing("chip")), ("チップ", Sense::Thing("chip")), ("サーバー", Sense::Thing("server")), ("画像処理半導体", Sense::Thing("gpu")),
        ("世帯", Sense::Thing("home")), ("住宅", Sense::Thing("home")), ("雇用", Sense::Thing("job")), ("ボランティア", Sense::Thing("volunteer")),
        ("自動車", Sense::Thing("car")), ("車両", Sense::Thing("vehicle")), ("デモ参加者", Sense::Thing("protester")),
        // counters
        ("人", Sense::Counter), ("名", Sense::Counter), ("台", Sense::Counter), ("社", Sense::Counter), ("件", Sense::Counter), ("基", Sense::Counter), ("個", Sense::Counter),
        ("機", Sense::Counter), ("隻", Sense::Counter), ("店", Sense::Counter), ("校", Sense::Counter), ("戸", Sense::Counter), ("棟", Sense::Counter), ("枚", Sense::Counter),
        ("カ所", Sense::Counter), ("か所", Sense::Counter), ("ヶ所", Sense::Counter), ("箇所", Sense::Counter), ("回", Sense::Counter), ("人分", Sense::Counter),
        ("頭", Sense::Counter), ("匹", Sense::Counter), ("羽", Sense::Counter), ("点", Sense::Counter), ("本", Sense::Counter), ("周", Sense::Counter), ("つ", Sense::Counter),
        ("試合", Sense::Counter), ("勝", Sense::Counter), ("敗", Sense::Counter), ("得点", Sense::Counter), ("ポイント", Sense::Counter), ("ホール", Sense::Counter), ("ゴール", Sense::Counter),
        // entities
        ("テスラ", Sense::Entity("Tesla")), ("マスク", Sense::Entity("Musk")), ("マスク氏", Sense::Entity("Musk")), ("イーロン・マスク", Sense::Entity("Musk")),
        ("エヌビディア", Sense::Entity("Nvidia")), ("マイクロソフト", Sense::Entity("Microsoft")), ("グーグル", Sense::Entity("Google")), ("アップル", Sense::Entity("Apple")),
        ("アマゾン", Sense::Entity("Amazon")), ("ソフトバンク", Sense::Entity("SoftBank")), ("トヨタ", Sense::Entity("Toyota")), ("ソニー", Sense::Entity("Sony")),
        ("オープンエーアイ", Sense::Entity("OpenAI")), ("スペースx", Sense::Entity("SpaceX")),
        // function words
        ("の", Sense::Stop), ("は", Sense::Stop), ("が", Sense::Stop), ("を", Sense::Stop), ("に", Sense::Stop), ("で", Sense::Stop), ("と", Sense::Stop), ("も", Sense::Stop),
        ("や", Sense::Stop), ("まで", Sense::Stop), ("より", Sense::Stop), ("など", Sense::Stop), ("この", Sense::Stop), ("その", Sense::Stop), ("それ", Sense::Stop),
        ("これ", Sense::Stop), ("また", Sense::Stop), ("および", Sense::Stop), ("及び", Sense::Stop), ("ため", Sense::Stop), ("こと", Sense::Stop), ("もの", Sense::Stop),
        ("よう", Sense::Stop), ("した", Sense::Stop), ("する", Sense::Stop), ("して", Sense::Stop), ("いる", Sense::Stop), ("ある", Sense::Stop), ("なる", Sense::Stop),
        ("れる", Sense::Stop), ("られる", Sense::Stop), ("ました", Sense::Stop), ("です", Sense::Stop), ("だった", Sense::Stop), ("である", Sense::Stop), ("という", Sense::Stop),
        ("によると", Sense::Stop), ("について", Sense::Stop), ("に対し", Sense::Stop), ("として", Sense::Stop), ("同社", Sense::Stop), ("今年", Sense::Stop), ("昨年", Sense::Stop),
        ("来年", Sense::Stop), ("年度", Sense::Stop), ("今年度", Sense::Stop), ("日本", Sense::Stop), ("政府", Sense::Stop), ("発表", Sense::Stop), ("明らか", Sense::Stop),
        ("さらに", Sense::Stop), ("しかし", Sense::Stop), ("ただ", Sense::Stop), ("へ", Sense::Stop), ("か", Sense::Stop), ("ね", Sense::Stop), ("よ", Sense::Stop),
        ("会社", Sense::Stop), ("米国", Sense::Stop), ("中国", Sense::Stop), ("世界", Sense::Stop), ("度", Sense::Stop), ("今日", Sense::Stop), ("毎日", Sense::Stop),
        ("一方", Sense::Stop), ("一部", Sense::Stop), ("統一", Sense::Stop), ("唯一", Sense::Stop), ("万一", Sense::Stop), ("数字", Sense::Stop), ("人数", Sense::Stop),
        ("何か", Sense::Stop), ("何も", Sense::Stop), ("時", Sense::Stop), ("時点", Sense::Stop), ("四半期", Sense::Stop), ("期", Sense::Stop),
    ],
    cased: &[],
    ..Lexicon::PLAIN
};
