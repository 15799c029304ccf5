//! Chinese, simplified and traditional in one table. 万/萬 = 10^4, 亿/億 =
//! 10^8, 万亿/萬億 = 10^12: `2000亿` = 2e11, `两千亿` = 2e11, `十万` = 1e5.
//! `兆` is ambiguous: 10^12 in finance and in Taiwan, 10^6 ("mega") in PRC
//! science — so `兆` alone carries both readings, while `兆瓦` (megawatt) is a
//! unit. Digits 〇零一二两三四五六七八九 add, 十百千 multiply inside a section.
//! Vague: `数`/`几` before a numeral (数十万 = [1e5, 1e6)), `上万`, `成千上万`.
//! Post qualifiers: `以上`, `多`, `余`, `左右` (1万人以上, 1万多人, 300余家).
//! `百分之` is a prefix percent (百分之九十 = 90%). `月` after a number is a
//! month name (duration is `个月`), and a year 1900-2100 glued to `年` is a date.
//! The text is segmented by longest match against these keys, so the function
//! words below also keep single characters (近, 到, 多) from being misread
//! inside longer words (最近, 达到, 许多). `度` alone is not read as kWh (it is
//! as often degrees: 气温40度); `度电` is.

use super::{Decimal, Lang, Lexicon, BARREL, DAY, FOOT, GALLON, HOUR, INCH, MILE, MONTH, POUND, W, WEEK, YARD, YEAR};
use crate::claim::Qualifier::*;

#[rustfmt::skip]
pub static LEXICON: Lexicon = Lexicon {
    lang: Lang::Zh,
    decimal: Decimal::Point,
    space_groups: false,
    words: &[
        // digits (they add) and section multipliers
        ("〇", W::Num(0.0)), ("零", W::Num(0.0)), ("一", W::Num(1.0)), ("二", W::Num(2.0)), ("两", W::Num(2.0)), ("兩", W::Num(2.0)),
        ("俩", W::Num(2.0)), ("倆", W::Num(2.0)), ("三", W::Num(3.0)), ("四", W::Num(4.0)), ("五", W::Num(5.0)), ("六", W::Num(6.0)),
        ("七", W::Num(7.0)), ("八", W::Num(8.0)), ("九", W::Num(9.0)),
        ("十", W::Small(10.0)), ("拾", W::Small(10.0)), ("百", W::Small(100.0)), ("佰", W::Small(100.0)), ("千", W::Small(1000.0)), ("仟", W::Small(1000.0)),
        // magnitudes
        ("万", W::Mag(1e4)), ("萬", W::Mag(1e4)), ("亿", W::Mag(1e8)), ("億", W::Mag(1e8)), ("万亿", W::Mag(1e12)), ("萬億", W::Mag(1e12)),
        ("兆", W::MagAmb(1e12, 1e6)),
        // vague quantities
        ("数", W::VaguePrefix), ("數", W::VaguePrefix), ("几", W::VaguePrefix), ("幾", W::VaguePrefix),
        ("上百", W::Vague(100.0, 1000.0)), ("上千", W::Vague(1e3, 1e4)), ("上万", W::Vague(1e4, 1e5)), ("上萬", W::Vague(1e4, 1e5)),
        ("上亿", W::Vague(1e8, 1e9)), ("上億", W::Vague(1e8, 1e9)), ("成千上万", W::Vague(1e3, 1e5)), ("成千上萬", W::Vague(1e3, 1e5)),
        ("成百上千", W::Vague(100.0, 1e4)), ("数以千计", W::Vague(1e3, 1e4)), ("數以千計", W::Vague(1e3, 1e4)),
        ("数以万计", W::Vague(1e4, 1e5)), ("數以萬計", W::Vague(1e4, 1e5)), ("数以百万计", W::Vague(1e6, 1e7)), ("數以百萬計", W::Vague(1e6, 1e7)),
        ("数以亿计", W::Vague(1e8, 1e9)), ("數以億計", W::Vague(1e8, 1e9)),
        // currencies
        ("美元", W::Cur("USD")), ("美金", W::Cur("USD")), ("元", W::Cur("CNY")), ("人民币", W::Cur("CNY")), ("人民幣", W::Cur("CNY")),
        ("元人民币", W::Cur("CNY")), ("元人民幣", W::Cur("CNY")), ("块钱", W::Cur("CNY")), ("塊錢", W::Cur("CNY")),
        ("欧元", W::Cur("EUR")), ("歐元", W::Cur("EUR")), ("日元", W::Cur("JPY")), ("日圆", W::Cur("JPY")), ("日圓", W::Cur("JPY")),
        ("港元", W::Cur("HKD")), ("港币", W::Cur("HKD")), ("港幣", W::Cur("HKD")), ("英镑", W::Cur("GBP")), ("英鎊", W::Cur("GBP")),
        ("新台币", W::Cur("TWD")), ("新台幣", W::Cur("TWD")), ("台币", W::Cur("TWD")), ("台幣", W::Cur("TWD")),
        ("韩元", W::Cur("KRW")), ("韓元", W::Cur("KRW")), ("卢布", W::Cur("RUB")), ("盧布", W::Cur("RUB")), ("卢比", W::Cur("INR")),
        ("瑞士法郎", W::Cur("CHF")), ("加元", W::Cur("CAD")), ("澳元", W::Cur("AUD")), ("新加坡元", W::Cur("SGD")),
        // units: power and energy
        ("瓦", W::Unit("W", 1.0)), ("千瓦", W::Unit("W", 1e3)), ("兆瓦", W::Unit("W", 1e6)), ("吉瓦", W::Unit("W", 1e9)), ("太瓦", W::Unit("W", 1e12)),
        ("瓦特", W::Unit("W", 1.0)), ("千瓦时", W::Unit("Wh", 1e3)), ("千瓦時", W::Unit("Wh", 1e3)), ("兆瓦时", W::Unit("Wh", 1e6)), ("兆瓦時", W::Unit("Wh", 1e6)),
        ("吉瓦时", W::Unit("Wh", 1e9)), ("吉瓦時", W::Unit("Wh", 1e9)), ("太瓦时", W::Unit("Wh", 1e12)), ("太瓦時", W::Unit("Wh", 1e12)),
        ("度电", W::Unit("Wh", 1e3)), ("度電", W::Unit("Wh", 1e3)),
        // volume, mass, length, area
        ("升", W::Unit("L", 1.0)), ("毫升", W::Unit("L", 1e-3)), ("公升", W::Unit("L", 1.0)), ("加仑", W::Unit("L", GALLON)), ("加侖", W::Unit("L", GALLON)),
        ("桶", W::Unit("L", BARREL)), ("立方米", W::Unit("L", 1e3)),
        ("吨", W::Unit("kg", 1e3)), ("噸", W::Unit("kg", 1e3)), ("公吨", W::Unit("kg", 1e3)), ("公斤", W::Unit("kg", 1.0)), ("千克", W::Unit("kg", 1.0)),
        ("公里", W::Unit("m", 1e3)), ("千米", W::Unit("m", 1e3)), ("米", W::Unit("m", 1.0)),
        ("平方公里", W::Unit("m2", 1e6)), ("平方千米", W::Unit("m2", 1e6)), ("平方米", W::Unit("m2", 1.0)), ("公顷", W::Unit("m2", 1e4)), ("公頃", W::Unit("m2", 1e4)),
        ("英里", W::Unit("m", MILE)), ("英尺", W::Unit("m", FOOT)), ("英寸", W::Unit("m", INCH)), ("码", W::Unit("m", YARD)), ("碼", W::Unit("m", YARD)),
        ("厘米", W::Unit("m", 0.01)), ("公分", W::Unit("m", 0.01)), ("毫米", W::Unit("m", 0.001)), ("海里", W::Unit("m", super::NAUTICAL_MILE)),
        ("英亩", W::Unit("m2", super::ACRE)), ("英畝", W::Unit("m2", super::ACRE)), ("磅", W::Unit("kg", POUND)),
        // temperatures (`度` alone is also an angle, a time, a kWh: not read) and quake magnitudes
        ("摄氏度", W::Unit("°C", 1.0)), ("攝氏度", W::Unit("°C", 1.0)), ("华氏度", W::Unit("°F", 1.0)), ("華氏度", W::Unit("°F", 1.0)),
        ("摄氏", W::UnitBefore("°C", 1.0)), ("攝氏", W::UnitBefore("°C", 1.0)), ("华氏", W::UnitBefore("°F", 1.0)), ("華氏", W::UnitBefore("°F", 1.0)),
        ("级地震", W::Unit("magnitude", 1.0)), ("級地震", W::Unit("magnitude", 1.0)), ("里氏", W::UnitBefore("magnitude", 1.0)),
        ("时速", W::RateBefore(HOUR)), ("時速", W::RateBefore(HOUR)), ("每小时", W::RateBefore(HOUR)), ("每小時", W::RateBefore(HOUR)),
        // durations (`月` alone is a month name, below)
        ("年", W::Unit("s", YEAR)), ("年", W::CalendarYear), ("年间", W::Unit("s", YEAR)), ("年間", W::Unit("s", YEAR)),
        ("个月", W::Unit("s", MONTH)), ("個月", W::Unit("s", MONTH)), ("个多月", W::Unit("s", MONTH)),
        ("周", W::Unit("s", WEEK)), ("週", W::Unit("s", WEEK)), ("星期", W::Unit("s", WEEK)), ("个星期", W::Unit("s", WEEK)), ("個星期", W::Unit("s", WEEK)),
        ("天", W::Unit("s", DAY)), ("日", W::Unit("s", DAY)), ("小时", W::Unit("s", HOUR)), ("小時", W::Unit("s", HOUR)), ("个小时", W::Unit("s", HOUR)),
        ("個小時", W::Unit("s", HOUR)), ("分钟", W::Unit("s", 60.0)), ("分鐘", W::Unit("s", 60.0)),
        // ages: `45岁` is 45 years, as English `45-year-old`
        ("岁", W::Unit("s", YEAR)), ("歲", W::Unit("s", YEAR)), ("周岁", W::Unit("s", YEAR)), ("週歲", W::Unit("s", YEAR)),
        // per cent (`百分之` stands before the number)
        ("百分之", W::Pct),
        // qualifiers before the figure
        ("约", W::Qual(About)), ("約", W::Qual(About)), ("大约", W::Qual(About)), ("大約", W::Qual(About)), ("约为", W::Qual(About)),
        ("約為", W::Qual(About)), ("大概", W::Qual(About)), ("近", W::Qual(About)), ("将近", W::Qual(About)), ("將近", W::Qual(About)),
        ("接近", W::Qual(About)), ("估计", W::Qual(About)), ("估計", W::Qual(About)),
        ("超过", W::Qual(MoreThan)), ("超過", W::Qual(MoreThan)), ("逾", W::Qual(MoreThan)), ("多于", W::Qual(MoreThan)), ("多於", W::Qual(MoreThan)),
        ("超", W::Qual(MoreThan)), ("高于", W::Qual(MoreThan)), ("高於", W::Qual(MoreThan)),
        ("至少", W::Qual(AtLeast)), ("不少于", W::Qual(AtLeast)), ("不少於", W::Qual(AtLeast)), ("不低于", W::Qual(AtLeast)), ("不低於", W::Qual(AtLeast)),
        ("不到", W::Qual(LessThan)), ("不足", W::Qual(LessThan)), ("少于", W::Qual(LessThan)), ("少於", W::Qual(LessThan)),
        ("低于", W::Qual(LessThan)), ("低於", W::Qual(LessThan)),
        ("最多", W::Qual(UpTo)), ("高达", W::Qual(UpTo)), ("高達", W::Qual(UpTo)), ("多达", W::Qual(UpTo)), ("多達", W::Qual(UpTo)),
        ("最高", W::Qual(UpTo)), ("至多", W::Qual(UpTo)),
        // qualifiers after the figure
        ("以上", W::PostQual(MoreThan)), ("多", W::PostQual(MoreThan)), ("余", W::PostQual(MoreThan)), ("餘", W::PostQual(MoreThan)),
        ("左右", W::PostQual(About)), ("上下", W::PostQual(About)), ("以下", W::PostQual(UpTo)),
        // ranges
        ("至", W::RangeSep), ("到", W::RangeSep), ("或", W::RangeSep),
        // months, in order, then `月` alone (a number before it is a month)
        ("一月", W::Month), ("二月", W::Month), ("三月", W::Month), ("四月", W::Month), ("五月", W::Month), ("六月", W::Month),
        ("七月", W::Month), ("八月", W::Month), ("九月", W::Month), ("十月", W::Month), ("十一月", W::Month), ("十二月", W::Month),
        ("月", W::Month), ("月份", W::Month),
        // labels
        ("型号", W::Label), ("型號", W::Label), ("编号", W::Label), ("編號", W::Label), ("条例", W::Label), ("條例", W::Label),
        ("电话", W::Label), ("電話", W::Label),
        // ordinals and named periods: `第3`, `60周年`, `20世纪`, `80年代`
        ("第", W::OrdinalBefore), ("周年", W::Ordinal), ("週年", W::Ordinal), ("世纪", W::Ordinal), ("世紀", W::Ordinal), ("年代", W::Ordinal),
        // scores (`3比1`)
        ("比", W::ScoreSep),
        // measures
        ("估值", W::Measure("valuation")), ("市值", W::Measure("market_cap")), ("总市值", W::Measure("market_cap")), ("總市值", W::Measure("market_cap")),
        ("融资", W::Measure("funding")), ("融資", W::Measure("funding")), ("募资", W::Measure("funding")), ("募資", W::Measure("funding")),
        ("营收", W::Measure("revenue")), ("營收", W::Measure("revenue")), ("收入", W::Measure("revenue")), ("营业收入", W::Measure("revenue")),
        ("營業收入", W::Measure("revenue")), ("销售额", W::Measure("revenue")), ("銷售額", W::Measure("revenue")),
        ("利润", W::Measure("profit")), ("利潤", W::Measure("profit")), ("净利润", W::Measure("profit")), ("淨利潤", W::Measure("profit")),
        ("盈利", W::Measure("profit")), ("净利", W::Measure("profit")), ("淨利", W::Measure("profit")),
        ("亏损", W::Measure("loss")), ("虧損", W::Measure("loss")), ("成本", W::Measure("cost")), ("耗资", W::Measure("cost")), ("耗資", W::Measure("cost")),
        ("费用", W::Measure("cost")), ("費用", W::Measure("cost")), ("价格", W::Measure("price")), ("價格", W::Measure("price")), ("售价", W::Measure("price")), ("售價", W::Measure("price")),
        ("投资", W::Measure("investment")), ("投資", W::Measure("investment")), ("总投资", W::Measure("investment")), ("總投資", W::Measure("investment")),
        ("债务", W::Measure("debt")), ("債務", W::Measure("debt")), ("借款", W::Measure("debt")), ("贷款", W::Measure("debt")), ("貸款", W::Measure("debt")),
        ("预算", W::Measure("budget")), ("預算", W::Measure("budget")), ("支出", W::Measure("spending")), ("开支", W::Measure("spending")), ("開支", W::Measure("spending")),
        ("功率", W::Measure("power")), ("电力", W::Measure("power")), ("電力", W::Measure("power")), ("装机容量", W::Measure("power")), ("裝機容量", W::Measure("power")),
        ("发电量", W::Measure("energy")), ("發電量", W::Measure("energy")), ("用电量", W::Measure("energy")), ("用電量", W::Measure("energy")), ("耗电量", W::Measure("energy")), ("耗電量", W::Measure("energy")),
        ("用水", W::Measure("water")), ("用水量", W::Measure("water")), ("股份", W::Measure("share")), ("股权", W::Measure("share")), ("股權", W::Measure("share")), ("持股", W::Measure("share")),
        ("交易", W::Measure("deal_value")), ("收购", W::Measure("deal_value")), ("收購", W::Measure("deal_value")), ("回购", W::Measure("buyback")), ("回購", W::Measure("buyback")),
        ("员工", W::Measure("employees")), ("員工", W::Measure("employees")), ("雇员", W::Measure("employees")), ("僱員", W::Measure("employees")),
        ("用户", W::Measure("users")), ("用戶", W::Measure("users")), ("人口", W::Measure("population")),
        ("死亡", W::Measure("deaths")), ("遇难", W::Measure("deaths")), ("遇難", W::Measure("deaths")), ("死亡人数", W::Measure("deaths")), ("死亡人數", W::Measure("deaths")),
        // counted things
        ("芯片", W::Thing("chip")), ("晶片", W::Thing("chip")), ("服务器", W::Thing("server")), ("伺服器", W::Thing("server")), ("服務器", W::Thing("server")),
        ("显卡", W::Thing("gpu")), ("顯卡", W::Thing("gpu")), ("图形处理器", W::Thing("gpu")), ("圖形處理器", W::Thing("gpu")),
        ("汽车", W::Thing("car")), ("汽車", W::Thing("car")), ("车辆", W::Thing("vehicle")), ("車輛", W::Thing("vehicle")),
        ("家庭", W::Thing("home")), ("住户", W::Thing("home")), ("住戶", W::Thing("home")), ("岗位", W::Thing("job")), ("崗位", W::Thing("job")),
        ("工作岗位", W::Thing("job")), ("就业岗位", W::Thing("job")), ("志愿者", W::Thing("volunteer")), ("志願者", W::Thing("volunteer")),
        ("抗议者", W::Thing("protester")), ("抗議者", W::Thing("protester")), ("示威者", W::Thing("protester")),
        // counters
        ("人", W::Counter), ("个", W::Counter), ("個", W::Counter), ("名", W::Counter), ("位", W::Counter), ("块", W::Counter), ("塊", W::Counter),
        ("台", W::Counter), ("臺", W::Counter), ("家", W::Counter), ("辆", W::Counter), ("輛", W::Counter), ("座", W::Counter), ("户", W::Counter),
        ("戶", W::Counter), ("套", W::Counter), ("件", W::Counter), ("架", W::Counter), ("艘", W::Counter), ("枚", W::Counter), ("颗", W::Counter),
        ("顆", W::Counter), ("张", W::Counter), ("張", W::Counter), ("次", W::Counter), ("项", W::Counter), ("項", W::Counter), ("所", W::Counter),
        ("人次", W::Counter), ("例", W::Counter),
        ("场", W::Counter), ("場", W::Counter), ("头", W::Counter), ("頭", W::Counter), ("只", W::Counter), ("隻", W::Counter), ("条", W::Counter),
        ("條", W::Counter), ("本", W::Counter), ("篇", W::Counter), ("轮", W::Counter), ("輪", W::Counter), ("圈", W::Counter), ("局", W::Counter),
        ("洞", W::Counter), ("支", W::Counter), ("起", W::Counter),
        // entities
        ("特斯拉", W::Entity("Tesla")), ("马斯克", W::Entity("Musk")), ("馬斯克", W::Entity("Musk")), ("埃隆·马斯克", W::Entity("Musk")),
        ("英伟达", W::Entity("Nvidia")), ("輝達", W::Entity("Nvidia")), ("英偉達", W::Entity("Nvidia")), ("微软", W::Entity("Microsoft")),
        ("微軟", W::Entity("Microsoft")), ("谷歌", W::Entity("Google")), ("苹果", W::Entity("Apple")), ("蘋果", W::Entity("Apple")),
        ("亚马逊", W::Entity("Amazon")), ("亞馬遜", W::Entity("Amazon")), ("脸书", W::Entity("Meta")), ("臉書", W::Entity("Meta")),
        ("太空探索技术公司", W::Entity("SpaceX")), ("开放人工智能", W::Entity("OpenAI")), ("华为", W::Entity("Huawei")), ("華為", W::Entity("Huawei")),
        ("阿里巴巴", W::Entity("Alibaba")), ("腾讯", W::Entity("Tencent")), ("騰訊", W::Entity("Tencent")), ("台积电", W::Entity("TSMC")), ("台積電", W::Entity("TSMC")),
        ("三星", W::Entity("Samsung")), ("百度", W::Entity("Baidu")), ("小米", W::Entity("Xiaomi")), ("比亚迪", W::Entity("BYD")), ("比亞迪", W::Entity("BYD")),
        // function words (and words that hold characters read above: 最近, 达到, 许多)
        ("的", W::Stop), ("了", W::Stop), ("在", W::Stop), ("是", W::Stop), ("和", W::Stop), ("与", W::Stop), ("與", W::Stop), ("及", W::Stop),
        ("也", W::Stop), ("都", W::Stop), ("将", W::Stop), ("將", W::Stop), ("已", W::Stop), ("已经", W::Stop), ("已經", W::Stop), ("被", W::Stop),
        ("对", W::Stop), ("對", W::Stop), ("从", W::Stop), ("從", W::Stop), ("为", W::Stop), ("為", W::Stop), ("以", W::Stop), ("其", W::Stop),
        ("该", W::Stop), ("該", W::Stop), ("这", W::Stop), ("這", W::Stop), ("那", W::Stop), ("他", W::Stop), ("她", W::Stop), ("我们", W::Stop),
        ("我們", W::Stop), ("他们", W::Stop), ("他們", W::Stop), ("公司", W::Stop), ("表示", W::Stop), ("称", W::Stop), ("稱", W::Stop),
        ("今年", W::Stop), ("去年", W::Stop), ("明年", W::Stop), ("年度", W::Stop), ("年底", W::Stop), ("年初", W::Stop), ("每年", W::Stop),
        ("目前", W::Stop), ("此前", W::Stop), ("其中", W::Stop), ("之一", W::Stop), ("一些", W::Stop), ("一样", W::Stop), ("一樣", W::Stop),
        ("一起", W::Stop), ("统一", W::Stop), ("統一", W::Stop), ("唯一", W::Stop), ("进一步", W::Stop), ("進一步", W::Stop), ("同比", W::Stop),
        ("增长", W::Stop), ("增長", W::Stop), ("下降", W::Stop), ("报道", W::Stop), ("報導", W::Stop), ("宣布", W::Stop), ("计划", W::Stop),
        ("計劃", W::Stop), ("预计", W::Stop), ("預計", W::Stop), ("达到", W::Stop), ("達到", W::Stop), ("总共", W::Stop), ("總共", W::Stop),
        ("每", W::Stop), ("各", W::Stop), ("最近", W::Stop), ("附近", W::Stop), ("近期", W::Stop), ("近年", W::Stop), ("几乎", W::Stop), ("幾乎", W::Stop),
        ("数据", W::Stop), ("數據", W::Stop), ("数字", W::Stop), ("數字", W::Stop), ("许多", W::Stop), ("許多", W::Stop), ("更多", W::Stop),
        ("多数", W::Stop), ("多數", W::Stop), ("大多数", W::Stop), ("大多數", W::Stop), ("超级", W::Stop), ("超級", W::Stop), ("到了", W::Stop),
        ("其余", W::Stop), ("其餘", W::Stop), ("剩余", W::Stop), ("剩餘", W::Stop), ("一直", W::Stop), ("一定", W::Stop), ("一次", W::Stop),
        ("季度", W::Stop), ("今日", W::Stop), ("所以", W::Stop), ("所有", W::Stop), ("有", W::Stop),
        ("但", W::Stop), ("而", W::Stop), ("并", W::Stop), ("並", W::Stop), ("还", W::Stop), ("還", W::Stop), ("于", W::Stop), ("於", W::Stop),
        ("中国", W::Stop), ("中國", W::Stop), ("美国", W::Stop), ("美國", W::Stop), ("日本", W::Stop), ("全球", W::Stop), ("市场", W::Stop), ("市場", W::Stop),
    ],
    cased: &[("RMB", W::Cur("CNY")), ("CNY", W::Cur("CNY"))],
    yen_sign: "CNY",
    ..Lexicon::PLAIN
};
