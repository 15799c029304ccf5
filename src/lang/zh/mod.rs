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

use super::{Decimal, Lang, Lexicon, Sense, BARREL, DAY, FOOT, GALLON, HOUR, INCH, MILE, MONTH, POUND, WEEK, YARD, YEAR};
use crate::claim::Qualifier::*;

#[rustfmt::skip]
pub static LEXICON: Lexicon = Lexicon {
    lang: Lang::Zh,
    decimal: Decimal::Point,
    space_groups: false,
    words: &[
        // digits (they add) and section multipliers
        ("〇", Sense::Num(0.0)), ("零", Sense::Num(0.0)), ("一", Sense::Num(1.0)), ("二", Sense::Num(2.0)), ("两", Sense::Num(2.0)), ("兩", Sense::Num(2.0)),
        ("俩", Sense::Num(2.0)), ("倆", Sense::Num(2.0)), ("三", Sense::Num(3.0)), ("四", Sense::Num(4.0)), ("五", Sense::Num(5.0)), ("六", Sense::Num(6.0)),
        ("七", Sense::Num(7.0)), ("八", Sense::Num(8.0)), ("九", Sense::Num(9.0)),
        ("十", Sense::Small(10.0)), ("拾", Sense::Small(10.0)), ("百", Sense::Small(100.0)), ("佰", Sense::Small(100.0)), ("千", Sense::Small(1000.0)), ("仟", Sense::Small(1000.0)),
        // magnitudes
        ("万", Sense::Mag(1e4)), ("萬", Sense::Mag(1e4)), ("亿", Sense::Mag(1e8)), ("億", Sense::Mag(1e8)), ("万亿", Sense::Mag(1e12)), ("萬億", Sense::Mag(1e12)),
        ("兆", Sense::MagAmb(1e12, 1e6)),
        // vague quantities
        ("数", Sense::VaguePrefix), ("數", Sense::VaguePrefix), ("几", Sense::VaguePrefix), ("幾", Sense::VaguePrefix),
        ("上百", Sense::Vague(100.0, 1000.0)), ("上千", Sense::Vague(1e3, 1e4)), ("上万", Sense::Vague(1e4, 1e5)), ("上萬", Sense::Vague(1e4, 1e5)),
        ("上亿", Sense::Vague(1e8, 1e9)), ("上億", Sense::Vague(1e8, 1e9)), ("成千上万", Sense::Vague(1e3, 1e5)), ("成千上萬", Sense::Vague(1e3, 1e5)),
        ("成百上千", Sense::Vague(100.0, 1e4)), ("数以千计", Sense::Vague(1e3, 1e4)), ("數以千計", Sense::Vague(1e3, 1e4)),
        ("数以万计", Sense::Vague(1e4, 1e5)), ("數以萬計", Sense::Vague(1e4, 1e5)), ("数以百万计", Sense::Vague(1e6, 1e7)), ("數以百萬計", Sense::Vague(1e6, 1e7)),
        ("数以亿计", Sense::Vague(1e8, 1e9)), ("數以億計", Sense::Vague(1e8, 1e9)),
        // currencies
        ("美元", Sense::Cur("USD")), ("美金", Sense::Cur("USD")), ("元", Sense::Cur("CNY")), ("人民币", Sense::Cur("CNY")), ("人民幣", Sense::Cur("CNY")),
        ("元人民币", Sense::Cur("CNY")), ("元人民幣", Sense::Cur("CNY")), ("块钱", Sense::Cur("CNY")), ("塊錢", Sense::Cur("CNY")),
        ("欧元", Sense::Cur("EUR")), ("歐元", Sense::Cur("EUR")), ("日元", Sense::Cur("JPY")), ("日圆", Sense::Cur("JPY")), ("日圓", Sense::Cur("JPY")),
        ("港元", Sense::Cur("HKD")), ("港币", Sense::Cur("HKD")), ("港幣", Sense::Cur("HKD")), ("英镑", Sense::Cur("GBP")), ("英鎊", Sense::Cur("GBP")),
        ("新台币", Sense::Cur("TWD")), ("新台幣", Sense::Cur("TWD")), ("台币", Sense::Cur("TWD")), ("台幣", Sense::Cur("TWD")),
        ("韩元", Sense::Cur("KRW")), ("韓元", Sense::Cur("KRW")), ("卢布", Sense::Cur("RUB")), ("盧布", Sense::Cur("RUB")), ("卢比", Sense::Cur("INR")),
        ("瑞士法郎", Sense::Cur("CHF")), ("加元", Sense::Cur("CAD")), ("澳元", Sense::Cur("AUD")), ("新加坡元", Sense::Cur("SGD")),
        // units: power and energy
        ("瓦", Sense::Unit("W", 1.0)), ("千瓦", Sense::Unit("W", 1e3)), ("兆瓦", Sense::Unit("W", 1e6)), ("吉瓦", Sense::Unit("W", 1e9)), ("太瓦", Sense::Unit("W", 1e12)),
        ("瓦特", Sense::Unit("W", 1.0)), ("千瓦时", Sense::Unit("Wh", 1e3)), ("千瓦時", Sense::Unit("Wh", 1e3)), ("兆瓦时", Sense::Unit("Wh", 1e6)), ("兆瓦時", Sense::Unit("Wh", 1e6)),
        ("吉瓦时", Sense::Unit("Wh", 1e9)), ("吉瓦時", Sense::Unit("Wh", 1e9)), ("太瓦时", Sense::Unit("Wh", 1e12)), ("太瓦時", Sense::Unit("Wh", 1e12)),
        ("度电", Sense::Unit("Wh", 1e3)), ("度電", Sense::Unit("Wh", 1e3)),
        // volume, mass, length, area
        ("升", Sense::Unit("L", 1.0)), ("毫升", Sense::Unit("L", 1e-3)), ("公升", Sense::Unit("L", 1.0)), ("加仑", Sense::Unit("L", GALLON)), ("加侖", Sense::Unit("L", GALLON)),
        ("桶", Sense::Unit("L", BARREL)), ("立方米", Sense::Unit("L", 1e3)),
        ("吨", Sense::Unit("kg", 1e3)), ("噸", Sense::Unit("kg", 1e3)), ("公吨", Sense::Unit("kg", 1e3)), ("公斤", Sense::Unit("kg", 1.0)), ("千克", Sense::Unit("kg", 1.0)),
        ("公里", Sense::Unit("m", 1e3)), ("千米", Sense::Unit("m", 1e3)), ("米", Sense::Unit("m", 1.0)),
        ("平方公里", Sense::Unit("m2", 1e6)), ("平方千米", Sense::Unit("m2", 1e6)), ("平方米", Sense::Unit("m2", 1.0)), ("公顷", Sense::Unit("m2", 1e4)), ("公頃", Sense::Unit("m2", 1e4)),
        ("英里", Sense::Unit("m", MILE)), ("英尺", Sense::Unit("m", FOOT)), ("英寸", Sense::Unit("m", INCH)), ("码", Sense::Unit("m", YARD)), ("碼", Sense::Unit("m", YARD)),
        ("厘米", Sense::Unit("m", 0.01)), ("公分", Sense::Unit("m", 0.01)), ("毫米", Sense::Unit("m", 0.001)), ("海里", Sense::Unit("m", super::NAUTICAL_MILE)),
        ("英亩", Sense::Unit("m2", super::ACRE)), ("英畝", Sense::Unit("m2", super::ACRE)), ("磅", Sense::Unit("kg", POUND)),
        // temperatures (`度` alone is also an angle, a time, a kWh: not read) and quake magnitudes
        ("摄氏度", Sense::Unit("°C", 1.0)), ("攝氏度", Sense::Unit("°C", 1.0)), ("华氏度", Sense::Unit("°F", 1.0)), ("華氏度", Sense::Unit("°F", 1.0)),
        ("摄氏", Sense::UnitBefore("°C", 1.0)), ("攝氏", Sense::UnitBefore("°C", 1.0)), ("华氏", Sense::UnitBefore("°F", 1.0)), ("華氏", Sense::UnitBefore("°F", 1.0)),
        ("级地震", Sense::Unit("magnitude", 1.0)), ("級地震", Sense::Unit("magnitude", 1.0)), ("里氏", Sense::UnitBefore("magnitude", 1.0)),
        ("时速", Sense::RateBefore(HOUR)), ("時速", Sense::RateBefore(HOUR)), ("每小时", Sense::RateBefore(HOUR)), ("每小時", Sense::RateBefore(HOUR)),
        // durations (`月` alone is a month name, below)
        ("年", Sense::Unit("s", YEAR)), ("年", Sense::CalendarYear), ("年间", Sense::Unit("s", YEAR)), ("年間", Sense::Unit("s", YEAR)),
        ("个月", Sense::Unit("s", MONTH)), ("個月", Sense::Unit("s", MONTH)), ("个多月", Sense::Unit("s", MONTH)),
        ("周", Sense::Unit("s", WEEK)), ("週", Sense::Unit("s", WEEK)), ("星期", Sense::Unit("s", WEEK)), ("个星期", Sense::Unit("s", WEEK)), ("個星期", Sense::Unit("s", WEEK)),
        ("天", Sense::Unit("s", DAY)), ("日", Sense::Unit("s", DAY)), ("小时", Sense::Unit("s", HOUR)), ("小時", Sense::Unit("s", HOUR)), ("个小时", Sense::Unit("s", HOUR)),
        ("個小時", Sense::Unit("s", HOUR)), ("分钟", Sense::Unit("s", 60.0)), ("分鐘", Sense::Unit("s", 60.0)),
        // ages: `45岁` is 45 years, as English `45-year-old`
        ("岁", Sense::Unit("s", YEAR)), ("歲", Sense::Unit("s", YEAR)), ("周岁", Sense::Unit("s", YEAR)), ("週歲", Sense::Unit("s", YEAR)),
        // per cent (`百分之` stands before the number)
        ("百分之", Sense::Pct),
        // qualifiers before the figure
        ("约", Sense::Qual(About)), ("約", Sense::Qual(About)), ("大约", Sense::Qual(About)), ("大約", Sense::Qual(About)), ("约为", Sense::Qual(About)),
        ("約為", Sense::Qual(About)), ("大概", Sense::Qual(About)), ("近", Sense::Qual(About)), ("将近", Sense::Qual(About)), ("將近", Sense::Qual(About)),
        ("接近", Sense::Qual(About)), ("估计", Sense::Qual(About)), ("估計", Sense::Qual(About)),
        ("超过", Sense::Qual(MoreThan)), ("超過", Sense::Qual(MoreThan)), ("逾", Sense::Qual(MoreThan)), ("多于", Sense::Qual(MoreThan)), ("多於", Sense::Qual(MoreThan)),
        ("超", Sense::Qual(MoreThan)), ("高于", Sense::Qual(MoreThan)), ("高於", Sense::Qual(MoreThan)),
        ("至少", Sense::Qual(AtLeast)), ("不少于", Sense::Qual(AtLeast)), ("不少於", Sense::Qual(AtLeast)), ("不低于", Sense::Qual(AtLeast)), ("不低於", Sense::Qual(AtLeast)),
        ("不到", Sense::Qual(LessThan)), ("不足", Sense::Qual(LessThan)), ("少于", Sense::Qual(LessThan)), ("少於", Sense::Qual(LessThan)),
        ("低于", Sense::Qual(LessThan)), ("低於", Sense::Qual(LessThan)),
        ("最多", Sense::Qual(UpTo)), ("高达", Sense::Qual(UpTo)), ("高達", Sense::Qual(UpTo)), ("多达", Sense::Qual(UpTo)), ("多達", Sense::Qual(UpTo)),
        ("最高", Sense::Qual(UpTo)), ("至多", Sense::Qual(UpTo)),
        // qualifiers after the figure
        ("以上", Sense::PostQual(MoreThan)), ("多", Sense::PostQual(MoreThan)), ("余", Sense::PostQual(MoreThan)), ("餘", Sense::PostQual(MoreThan)),
        ("左右", Sense::PostQual(About)), ("上下", Sense::PostQual(About)), ("以下", Sense::PostQual(UpTo)),
        // ranges
        ("至", Sense::RangeSep), ("到", Sense::RangeSep), ("或", Sense::RangeSep),
        // months, in order, then `月` alone (a number before it is a month)
        ("一月", Sense::Month), ("二月", Sense::Month), ("三月", Sense::Month), ("四月", Sense::Month), ("五月", Sense::Month), ("六月", Sense::Month),
        ("七月", Sense::Month), ("八月", Sense::Month), ("九月", Sense::Month), ("十月", Sense::Month), ("十一月", Sense::Month), ("十二月", Sense::Month),
        ("月", Sense::Month), ("月份", Sense::Month),
        // labels
        ("型号", Sense::Label), ("型號", Sense::Label), ("编号", Sense::Label), ("編號", Sense::Label), ("条例", Sense::Label), ("條例", Sense::Label),
        ("电话", Sense::Label), ("電話", Sense::Label),
        // ordinals and named periods: `第3`, `60周年`, `20世纪`, `80年代`
        ("第", Sense::OrdinalBefore), ("周年", Sense::Ordinal), ("週年", Sense::Ordinal), ("世纪", Sense::Ordinal), ("世紀", Sense::Ordinal), ("年代", Sense::Ordinal),
        // scores (`3比1`)
        ("比", Sense::ScoreSep),
        // measures
        ("估值", Sense::Measure("valuation")), ("市值", Sense::Measure("market_cap")), ("总市值", Sense::Measure("market_cap")), ("總市值", Sense::Measure("market_cap")),
        ("融资", Sense::Measure("funding")), ("融資", Sense::Measure("funding")), ("募资", Sense::Measure("funding")), ("募資", Sense::Measure("funding")),
        ("营收", Sense::Measure("revenue")), ("營收", Sense::Measure("revenue")), ("收入", Sense::Measure("revenue")), ("营业收入", Sense::Measure("revenue")),
        ("營業收入", Sense::Measure("revenue")), ("销售额", Sense::Measure("revenue")), ("銷售額", Sense::Measure("revenue")),
        ("利润", Sense::Measure("profit")), ("利潤", Sense::Measure("profit")), ("净利润", Sense::Measure("profit")), ("淨利潤", Sense::Measure("profit")),
        ("盈利", Sense::Measure("profit")), ("净利", Sense::Measure("profit")), ("淨利", Sense::Measure("profit")),
        ("亏损", Sense::Measure("loss")), ("虧損", Sense::Measure("loss")), ("成本", Sense::Measure("cost")), ("耗资", Sense::Measure("cost")), ("耗資", Sense::Measure("cost")),
        ("费用", Sense::Measure("cost")), ("費用", Sense::Measure("cost")), ("价格", Sense::Measure("price")), ("價格", Sense::Measure("price")), ("售价", Sense::Measure("price")), ("售價", Sense::Measure("price")),
        ("投资", Sense::Measure("investment")), ("投資", Sense::Measure("investment")), ("总投资", Sense::Measure("investment")), ("總投資", Sense::Measure("investment")),
        ("债务", Sense::Measure("debt")), ("債務", Sense::Measure("debt")), ("借款", Sense::Measure("debt")), ("贷款", Sense::Measure("debt")), ("貸款", Sense::Measure("debt")),
        ("预算", Sense::Measure("budget")), ("預算", Sense::Measure("budget")), ("支出", Sense::Measure("spending")), ("开支", Sense::Measure("spending")), ("開支", Sense::Measure("spending")),
        ("功率", Sense::Measure("power")), ("电力", Sense::Measure("power")), ("電力", Sense::Measure("power")), ("装机容量", Sense::Measure("power")), ("裝機容量", Sense::Measure("power")),
        ("发电量", Sense::Measure("energy")), ("發電量", Sense::Measure("energy")), ("用电量", Sense::Measure("energy")), ("用電量", Sense::Measure("energy")), ("耗电量", Sense::Measure("energy")), ("耗電量", Sense::Measure("energy")),
        ("用水", Sense::Measure("water")), ("用水量", Sense::Measure("water")), ("股份", Sense::Measure("share")), ("股权", Sense::Measure("share")), ("股權", Sense::Measure("share")), ("持股", Sense::Measure("share")),
        ("交易", Sense::Measure("deal_value")), ("收购", Sense::Measure("deal_value")), ("收購", Sense::Measure("deal_value")), ("回购", Sense::Measure("buyback")), ("回購", Sense::Measure("buyback")),
        ("员工", Sense::Measure("employees")), ("員工", Sense::Measure("employees")), ("雇员", Sense::Measure("employees")), ("僱員", Sense::Measure("employees")),
        ("用户", Sense::Measure("users")), ("用戶", Sense::Measure("users")), ("人口", Sense::Measure("population")),
        ("死亡", Sense::Measure("deaths")), ("遇难", Sense::Measure("deaths")), ("遇難", Sense::Measure("deaths")), ("死亡人数", Sense::Measure("deaths")), ("死亡人數", Sense::Measure("deaths")),
        // counted things
        ("芯片", Sense::Thing("chip")), ("晶片", Sense::Thing("chip")), ("服务器", Sense::Thing("server")), ("伺服器", Sense::Thing("server")), ("服務器", Sense::Thing("server")),
        ("显卡", Sense::Thing("gpu")), ("顯卡", Sense::Thing("gpu")), ("图形处理器", Sense::Thing("gpu")), ("圖形處理器", Sense::Thing("gpu")),
        ("汽车", Sense::Thing("car")), ("汽車", Sense::Thing("car")), ("车辆", Sense::Thing("vehicle")), ("車輛", Sense::Thing("vehicle")),
        ("家庭", Sense::Thing("home")), ("住户", Sense::Thing("home")), ("住戶", Sense::Thing("home")), ("岗位", Sense::Thing("job")), ("崗位", Sense::Thing("job")),
        ("工作岗位", Sense::Thing("job")), ("就业岗位", Sense::Thing("job")), ("志愿者", Sense::Thing("volunteer")), ("志願者", Sense::Thing("volunteer")),
        ("抗议者", Sense::Thing("protester")), ("抗議者", Sense::Thing("protester")), ("示威者", Sense::Thing("protester")),
        // counters
        ("人", Sense::Counter), ("个", Sense::Counter), ("個", Sense::Counter), ("名", Sense::Counter), ("位", Sense::Counter), ("块", Sense::Counter), ("塊", Sense::Counter),
        ("台", Sense::Counter), ("臺", Sense::Counter), ("家", Sense::Counter), ("辆", Sense::Counter), ("輛", Sense::Counter), ("座", Sense::Counter), ("户", Sense::Counter),
        ("戶", Sense::Counter), ("套", Sense::Counter), ("件", Sense::Counter), ("架", Sense::Counter), ("艘", Sense::Counter), ("枚", Sense::Counter), ("颗", Sense::Counter),
        ("顆", Sense::Counter), ("张", Sense::Counter), ("張", Sense::Counter), ("次", Sense::Counter), ("项", Sense::Counter), ("項", Sense::Counter), ("所", Sense::Counter),
        ("人次", Sense::Counter), ("例", Sense::Counter),
        ("场", Sense::Counter), ("場", Sense::Counter), ("头", Sense::Counter), ("頭", Sense::Counter), ("只", Sense::Counter), ("隻", Sense::Counter), ("条", Sense::Counter),
        ("條", Sense::Counter), ("本", Sense::Counter), ("篇", Sense::Counter), ("轮", Sense::Counter), ("輪", Sense::Counter), ("圈", Sense::Counter), ("局", Sense::Counter),
        ("洞", Sense::Counter), ("支", Sense::Counter), ("起", Sense::Counter),
        // entities
        ("特斯拉", Sense::Entity("Tesla")), ("马斯克", Sense::Entity("Musk")), ("馬斯克", Sense::Entity("Musk")), ("埃隆·马斯克", Sense::Entity("Musk")),
        ("英伟达", Sense::Entity("Nvidia")), ("輝達", Sense::Entity("Nvidia")), ("英偉達", Sense::Entity("Nvidia")), ("微软", Sense::Entity("Microsoft")),
        ("微軟", Sense::Entity("Microsoft")), ("谷歌", Sense::Entity("Google")), ("苹果", Sense::Entity("Apple")), ("蘋果", Sense::Entity("Apple")),
        ("亚马逊", Sense::Entity("Amazon")), ("亞馬遜", Sense::Entity("Amazon")), ("脸书", Sense::Entity("Meta")), ("臉書", Sense::Entity("Meta")),
        ("太空探索技术公司", Sense::Entity("SpaceX")), ("开放人工智能", Sense::Entity("OpenAI")), ("华为", Sense::Entity("Huawei")), ("華為", Sense::Entity("Huawei")),
        ("阿里巴巴", Sense::Entity("Alibaba")), ("腾讯", Sense::Entity("Tencent")), ("騰訊", Sense::Entity("Tencent")), ("台积电", Sense::Entity("TSMC")), ("台積電", Sense::Entity("TSMC")),
        ("三星", Sense::Entity("Samsung")), ("百度", Sense::Entity("Baidu")), ("小米", Sense::Entity("Xiaomi")), ("比亚迪", Sense::Entity("BYD")), ("比亞迪", Sense::Entity("BYD")),
        // function words (and words that hold characters read above: 最近, 达到, 许多)
        ("的", Sense::Stop), ("了", Sense::Stop), ("在", Sense::Stop), ("是", Sense::Stop), ("和", Sense::Stop), ("与", Sense::Stop), ("與", Sense::Stop), ("及", Sense::Stop),
        ("也", Sense::Stop), ("都", Sense::Stop), ("将", Sense::Stop), ("將", Sense::Stop), ("已", Sense::Stop), ("已经", Sense::Stop), ("已經", Sense::Stop), ("被", Sense::Stop),
        ("对", Sense::Stop), ("對", Sense::Stop), ("从", Sense::Stop), ("從", Sense::Stop), ("为", Sense::Stop), ("為", Sense::Stop), ("以", Sense::Stop), ("其", Sense::Stop),
        ("该", Sense::Stop), ("該", Sense::Stop), ("这", Sense::Stop), ("這", Sense::Stop), ("那", Sense::Stop), ("他", Sense::Stop), ("她", Sense::Stop), ("我们", Sense::Stop),
        ("我們", Sense::Stop), ("他们", Sense::Stop), ("他們", Sense::Stop), ("公司", Sense::Stop), ("表示", Sense::Stop), ("称", Sense::Stop), ("稱", Sense::Stop),
        ("今年", Sense::Stop), ("去年", Sense::Stop), ("明年", Sense::Stop), ("年度", Sense::Stop), ("年底", Sense::Stop), ("年初", Sense::Stop), ("每年", Sense::Stop),
        ("目前", Sense::Stop), ("此前", Sense::Stop), ("其中", Sense::Stop), ("之一", Sense::Stop), ("一些", Sense::Stop), ("一样", Sense::Stop), ("一樣", Sense::Stop),
        ("一起", Sense::Stop), ("统一", Sense::Stop), ("統一", Sense::Stop), ("唯一", Sense::Stop), ("进一步", Sense::Stop), ("進一步", Sense::Stop), ("同比", Sense::Stop),
        ("增长", Sense::Stop), ("增長", Sense::Stop), ("下降", Sense::Stop), ("报道", Sense::Stop), ("報導", Sense::Stop), ("宣布", Sense::Stop), ("计划", Sense::Stop),
        ("計劃", Sense::Stop), ("预计", Sense::Stop), ("預計", Sense::Stop), ("达到", Sense::Stop), ("達到", Sense::Stop), ("总共", Sense::Stop), ("總共", Sense::Stop),
        ("每", Sense::Stop), ("各", Sense::Stop), ("最近", Sense::Stop), ("附近", Sense::Stop), ("近期", Sense::Stop), ("近年", Sense::Stop), ("几乎", Sense::Stop), ("幾乎", Sense::Stop),
        ("数据", Sense::Stop), ("數據", Sense::Stop), ("数字", Sense::Stop), ("數字", Sense::Stop), ("许多", Sense::Stop), ("許多", Sense::Stop), ("更多", Sense::Stop),
        ("多数", Sense::Stop), ("多數", Sense::Stop), ("大多数", Sense::Stop), ("大多數", Sense::Stop), ("超级", Sense::Stop), ("超級", Sense::Stop), ("到了", Sense::Stop),
        ("其余", Sense::Stop), ("其餘", Sense::Stop), ("剩余", Sense::Stop), ("剩餘", Sense::Stop), ("一直", Sense::Stop), ("一定", Sense::Stop), ("一次", Sense::Stop),
        ("季度", Sense::Stop), ("今日", Sense::Stop), ("所以", Sense::Stop), ("所有", Sense::Stop), ("有", Sense::Stop),
        ("但", Sense::Stop), ("而", Sense::Stop), ("并", Sense::Stop), ("並", Sense::Stop), ("还", Sense::Stop), ("還", Sense::Stop), ("于", Sense::Stop), ("於", Sense::Stop),
        ("中国", Sense::Stop), ("中國", Sense::Stop), ("美国", Sense::Stop), ("美國", Sense::Stop), ("日本", Sense::Stop), ("全球", Sense::Stop), ("市场", Sense::Stop), ("市場", Sense::Stop),
    ],
    cased: &[("RMB", Sense::Cur("CNY")), ("CNY", Sense::Cur("CNY"))],
    yen_sign: "CNY",
    day_of_month: &["号", "號"],
    mag_amb_note: Some("兆 read as 10^12 (finance, Taiwan) instead of 10^6 (mega, PRC science)"),
    ..Lexicon::PLAIN
};
