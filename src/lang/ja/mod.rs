//! Japanese. 万 = 10^4, 億 = 10^8, 兆 = 10^12 (no ambiguity in Japanese):
//! `5000億円` = 5e11, `1兆7000億円` = 1.7e12 (magnitudes add, largest first).
//! Kanji digits 一二三… add, 十百千 multiply inside a section. `数`/`何`
//! before a numeral are vague (数千 = [1e3, 1e4), 数十億 = [1e9, 1e10)).
//! Post qualifiers: `以上`, `超`, `を超える`, `余り`, `未満`, `以下`, `近く`,
//! `程度`, `前後`. `月` after a number is a month name (durations are `ヶ月`,
//! `か月`, `カ月`), a year 1900-2100 glued to `年` is a date. Kana runs are
//! segmented by longest match against these keys.

use super::{Decimal, Lang, Lexicon, BARREL, DAY, FOOT, GALLON, HOUR, INCH, MILE, MONTH, W, WEEK, YARD, YEAR};
use crate::claim::Qualifier::*;

#[rustfmt::skip]
pub static LEXICON: Lexicon = Lexicon {
    lang: Lang::Ja,
    decimal: Decimal::Point,
    space_groups: false,
    words: &[
        // digits and section multipliers
        ("〇", W::Num(0.0)), ("零", W::Num(0.0)), ("一", W::Num(1.0)), ("二", W::Num(2.0)), ("三", W::Num(3.0)), ("四", W::Num(4.0)),
        ("五", W::Num(5.0)), ("六", W::Num(6.0)), ("七", W::Num(7.0)), ("八", W::Num(8.0)), ("九", W::Num(9.0)),
        ("十", W::Small(10.0)), ("百", W::Small(100.0)), ("千", W::Small(1000.0)),
        // magnitudes
        ("万", W::Mag(1e4)), ("萬", W::Mag(1e4)), ("億", W::Mag(1e8)), ("兆", W::Mag(1e12)),
        // vague
        ("数", W::VaguePrefix), ("何", W::VaguePrefix),
        // currencies
        ("円", W::Cur("JPY")), ("ドル", W::Cur("USD")), ("米ドル", W::Cur("USD")), ("ユーロ", W::Cur("EUR")), ("元", W::Cur("CNY")),
        ("人民元", W::Cur("CNY")), ("ポンド", W::Cur("GBP")), ("ウォン", W::Cur("KRW")), ("ルーブル", W::Cur("RUB")), ("ルピー", W::Cur("INR")),
        ("香港ドル", W::Cur("HKD")), ("豪ドル", W::Cur("AUD")), ("カナダドル", W::Cur("CAD")), ("スイスフラン", W::Cur("CHF")), ("台湾ドル", W::Cur("TWD")),
        // units
        ("ワット", W::Unit("W", 1.0)), ("キロワット", W::Unit("W", 1e3)), ("メガワット", W::Unit("W", 1e6)), ("ギガワット", W::Unit("W", 1e9)),
        ("テラワット", W::Unit("W", 1e12)), ("キロワット時", W::Unit("Wh", 1e3)), ("メガワット時", W::Unit("Wh", 1e6)),
        ("ギガワット時", W::Unit("Wh", 1e9)), ("テラワット時", W::Unit("Wh", 1e12)),
        ("リットル", W::Unit("L", 1.0)), ("ガロン", W::Unit("L", GALLON)), ("バレル", W::Unit("L", BARREL)), ("立方メートル", W::Unit("L", 1e3)),
        ("トン", W::Unit("kg", 1e3)), ("キログラム", W::Unit("kg", 1.0)), ("キロメートル", W::Unit("m", 1e3)), ("メートル", W::Unit("m", 1.0)),
        ("平方キロメートル", W::Unit("m2", 1e6)), ("平方メートル", W::Unit("m2", 1.0)), ("ヘクタール", W::Unit("m2", 1e4)),
        ("マイル", W::Unit("m", MILE)), ("マイルズ", W::Unit("m", MILE)), ("フィート", W::Unit("m", FOOT)), ("インチ", W::Unit("m", INCH)),
        ("ヤード", W::Unit("m", YARD)), ("センチ", W::Unit("m", 0.01)), ("センチメートル", W::Unit("m", 0.01)), ("ミリメートル", W::Unit("m", 0.001)),
        ("エーカー", W::Unit("m2", super::ACRE)),
        // temperatures (`摂氏30度`, `華氏80度`; `度` alone is also "times") and quake magnitudes
        ("摂氏", W::UnitBefore("°C", 1.0)), ("華氏", W::UnitBefore("°F", 1.0)), ("マグニチュード", W::UnitBefore("magnitude", 1.0)),
        ("時速", W::RateBefore(HOUR)),
        ("年", W::Unit("s", YEAR)), ("年", W::CalendarYear), ("年間", W::Unit("s", YEAR)), ("ヶ月", W::Unit("s", MONTH)), ("か月", W::Unit("s", MONTH)),
        ("カ月", W::Unit("s", MONTH)), ("ケ月", W::Unit("s", MONTH)), ("ヵ月", W::Unit("s", MONTH)), ("箇月", W::Unit("s", MONTH)),
        ("ヶ月間", W::Unit("s", MONTH)),
        // ages: `45歳` is 45 years, as English `45-year-old`; `40代` is in the forties ([40, 50) years)
        ("代", W::AgeDecade),
        ("歳", W::Unit("s", YEAR)), ("才", W::Unit("s", YEAR)), ("か月間", W::Unit("s", MONTH)), ("カ月間", W::Unit("s", MONTH)),
        ("週間", W::Unit("s", WEEK)), ("日", W::Unit("s", DAY)), ("日間", W::Unit("s", DAY)), ("時間", W::Unit("s", HOUR)), ("分間", W::Unit("s", 60.0)),
        ("パーセント", W::Pct),
        // `100％確信` (100 percent sure): after a per cent, an intensifier, no figure
        ("確信", W::Idiom),
        // qualifiers before
        ("約", W::Qual(About)), ("およそ", W::Qual(About)), ("ほぼ", W::Qual(About)), ("おおむね", W::Qual(About)), ("推定", W::Qual(About)),
        ("最大", W::Qual(UpTo)), ("最大で", W::Qual(UpTo)), ("最高", W::Qual(UpTo)), ("最多", W::Qual(UpTo)),
        ("少なくとも", W::Qual(AtLeast)), ("最低", W::Qual(AtLeast)), ("最低でも", W::Qual(AtLeast)),
        // qualifiers after
        ("以上", W::PostQual(MoreThan)), ("超", W::PostQual(MoreThan)), ("超え", W::PostQual(MoreThan)), ("を超える", W::PostQual(MoreThan)),
        ("を超え", W::PostQual(MoreThan)), ("を上回る", W::PostQual(MoreThan)), ("余り", W::PostQual(MoreThan)), ("余", W::PostQual(MoreThan)),
        ("強", W::PostQual(MoreThan)), ("弱", W::PostQual(LessThan)), ("未満", W::PostQual(LessThan)), ("以下", W::PostQual(UpTo)),
        ("近く", W::PostQual(About)), ("程度", W::PostQual(About)), ("ほど", W::PostQual(About)), ("前後", W::PostQual(About)), ("規模", W::PostQual(About)),
        // ranges
        ("から", W::RangeSep), ("ないし", W::RangeSep), ("または", W::RangeSep),
        // months in order, then `月` alone
        ("一月", W::Month), ("二月", W::Month), ("三月", W::Month), ("四月", W::Month), ("五月", W::Month), ("六月", W::Month),
        ("七月", W::Month), ("八月", W::Month), ("九月", W::Month), ("十月", W::Month), ("十一月", W::Month), ("十二月", W::Month), ("月", W::Month),
        // labels
        ("型", W::Label), ("番号", W::Label), ("電話", W::Label), ("条", W::Label),
        // ordinals and named periods: `第3`, `3回目`, `7位`, `60周年`, `20世紀`, `80年代`
        ("第", W::OrdinalBefore), ("目", W::Ordinal), ("番目", W::Ordinal), ("位", W::Ordinal), ("周年", W::Ordinal), ("世紀", W::Ordinal), ("年代", W::Ordinal),
        // scores (`2対1`, `2 対 2`)
        ("対", W::ScoreSep),
        // measures
        ("評価額", W::Measure("valuation")), ("企業価値", W::Measure("valuation")), ("時価総額", W::Measure("market_cap")),
        ("資金調達", W::Measure("funding")), ("調達", W::Measure("funding")), ("調達額", W::Measure("funding")),
        ("売上高", W::Measure("revenue")), ("売上", W::Measure("revenue")), ("売り上げ", W::Measure("revenue")), ("収益", W::Measure("revenue")), ("営業収益", W::Measure("revenue")),
        ("利益", W::Measure("profit")), ("純利益", W::Measure("profit")), ("営業利益", W::Measure("profit")), ("最終利益", W::Measure("profit")),
        ("損失", W::Measure("loss")), ("赤字", W::Measure("loss")), ("最終赤字", W::Measure("loss")),
        ("費用", W::Measure("cost")), ("コスト", W::Measure("cost")), ("事業費", W::Measure("cost")), ("価格", W::Measure("price")), ("値段", W::Measure("price")),
        ("投資", W::Measure("investment")), ("投資額", W::Measure("investment")), ("出資", W::Measure("investment")),
        ("負債", W::Measure("debt")), ("借入", W::Measure("debt")), ("借り入れ", W::Measure("debt")), ("借金", W::Measure("debt")), ("債務", W::Measure("debt")),
        ("予算", W::Measure("budget")), ("支出", W::Measure("spending")), ("歳出", W::Measure("spending")),
        ("電力", W::Measure("power")), ("出力", W::Measure("power")), ("発電容量", W::Measure("power")),
        ("発電量", W::Measure("energy")), ("電力量", W::Measure("energy")), ("消費電力量", W::Measure("energy")), ("用水", W::Measure("water")), ("水量", W::Measure("water")),
        ("株式", W::Measure("share")), ("出資比率", W::Measure("share")), ("持ち株", W::Measure("share")),
        ("買収", W::Measure("deal_value")), ("買収額", W::Measure("deal_value")), ("自社株買い", W::Measure("buyback")),
        ("従業員", W::Measure("employees")), ("社員", W::Measure("employees")), ("利用者", W::Measure("users")), ("ユーザー", W::Measure("users")),
        ("人口", W::Measure("population")), ("死者", W::Measure("deaths")), ("死亡", W::Measure("deaths")), ("犠牲者", W::Measure("deaths")),
        // counted things
        ("半導体", W::Thing("chip")), ("チップ", W::Thing("chip")), ("サーバー", W::Thing("server")), ("画像処理半導体", W::Thing("gpu")),
        ("世帯", W::Thing("home")), ("住宅", W::Thing("home")), ("雇用", W::Thing("job")), ("ボランティア", W::Thing("volunteer")),
        ("自動車", W::Thing("car")), ("車両", W::Thing("vehicle")), ("デモ参加者", W::Thing("protester")),
        // counters
        ("人", W::Counter), ("名", W::Counter), ("台", W::Counter), ("社", W::Counter), ("件", W::Counter), ("基", W::Counter), ("個", W::Counter),
        ("機", W::Counter), ("隻", W::Counter), ("店", W::Counter), ("校", W::Counter), ("戸", W::Counter), ("棟", W::Counter), ("枚", W::Counter),
        ("カ所", W::Counter), ("か所", W::Counter), ("ヶ所", W::Counter), ("箇所", W::Counter), ("回", W::Counter), ("人分", W::Counter),
        ("頭", W::Counter), ("匹", W::Counter), ("羽", W::Counter), ("点", W::Counter), ("本", W::Counter), ("周", W::Counter), ("つ", W::Counter),
        ("試合", W::Counter), ("勝", W::Counter), ("敗", W::Counter), ("得点", W::Counter), ("ポイント", W::Counter), ("ホール", W::Counter), ("ゴール", W::Counter),
        // entities
        ("テスラ", W::Entity("Tesla")), ("マスク", W::Entity("Musk")), ("マスク氏", W::Entity("Musk")), ("イーロン・マスク", W::Entity("Musk")),
        ("エヌビディア", W::Entity("Nvidia")), ("マイクロソフト", W::Entity("Microsoft")), ("グーグル", W::Entity("Google")), ("アップル", W::Entity("Apple")),
        ("アマゾン", W::Entity("Amazon")), ("ソフトバンク", W::Entity("SoftBank")), ("トヨタ", W::Entity("Toyota")), ("ソニー", W::Entity("Sony")),
        ("オープンエーアイ", W::Entity("OpenAI")), ("スペースx", W::Entity("SpaceX")),
        // function words
        ("の", W::Stop), ("は", W::Stop), ("が", W::Stop), ("を", W::Stop), ("に", W::Stop), ("で", W::Stop), ("と", W::Stop), ("も", W::Stop),
        ("や", W::Stop), ("まで", W::Stop), ("より", W::Stop), ("など", W::Stop), ("この", W::Stop), ("その", W::Stop), ("それ", W::Stop),
        ("これ", W::Stop), ("また", W::Stop), ("および", W::Stop), ("及び", W::Stop), ("ため", W::Stop), ("こと", W::Stop), ("もの", W::Stop),
        ("よう", W::Stop), ("した", W::Stop), ("する", W::Stop), ("して", W::Stop), ("いる", W::Stop), ("ある", W::Stop), ("なる", W::Stop),
        ("れる", W::Stop), ("られる", W::Stop), ("ました", W::Stop), ("です", W::Stop), ("だった", W::Stop), ("である", W::Stop), ("という", W::Stop),
        ("によると", W::Stop), ("について", W::Stop), ("に対し", W::Stop), ("として", W::Stop), ("同社", W::Stop), ("今年", W::Stop), ("昨年", W::Stop),
        ("来年", W::Stop), ("年度", W::Stop), ("今年度", W::Stop), ("日本", W::Stop), ("政府", W::Stop), ("発表", W::Stop), ("明らか", W::Stop),
        ("さらに", W::Stop), ("しかし", W::Stop), ("ただ", W::Stop), ("へ", W::Stop), ("か", W::Stop), ("ね", W::Stop), ("よ", W::Stop),
        ("会社", W::Stop), ("米国", W::Stop), ("中国", W::Stop), ("世界", W::Stop), ("度", W::Stop), ("今日", W::Stop), ("毎日", W::Stop),
        ("一方", W::Stop), ("一部", W::Stop), ("統一", W::Stop), ("唯一", W::Stop), ("万一", W::Stop), ("数字", W::Stop), ("人数", W::Stop),
        ("何か", W::Stop), ("何も", W::Stop), ("時", W::Stop), ("時点", W::Stop), ("四半期", W::Stop), ("期", W::Stop),
    ],
    cased: &[],
    ..Lexicon::PLAIN
};
