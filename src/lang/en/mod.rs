//! English. Short scale: billion = 10^9, trillion = 10^12. In money, `mil`
//! and `mln` are millions; `lakh` (10^5) and `crore` (10^7) from Indian English.
//! Symbols and ISO codes shared by every language also live here (they are
//! read in any language because no other lexicon disagrees).

use super::{
    Decimal, Lang, Lexicon, ACRE, BARREL, DAY, FOOT, GALLON, HOUR, INCH, KMH, KNOT, LONG_TON, MILE, MONTH, MPH, NAUTICAL_MILE, POUND,
    SHORT_TON, W, WEEK, YARD, YEAR,
};
use crate::claim::Qualifier::*;

#[rustfmt::skip]
pub static LEXICON: Lexicon = Lexicon {
    lang: Lang::En,
    decimal: Decimal::Point,
    space_groups: false,
    words: &[
        // number words
        ("a", W::Stop), ("an", W::Stop), ("a", W::Num(1.0)), ("an", W::Num(1.0)), ("one", W::Num(1.0)), ("two", W::Num(2.0)), ("three", W::Num(3.0)),
        ("four", W::Num(4.0)), ("five", W::Num(5.0)), ("six", W::Num(6.0)), ("seven", W::Num(7.0)),
        ("eight", W::Num(8.0)), ("nine", W::Num(9.0)), ("ten", W::Num(10.0)), ("eleven", W::Num(11.0)),
        ("twelve", W::Num(12.0)), ("thirteen", W::Num(13.0)), ("fourteen", W::Num(14.0)), ("fifteen", W::Num(15.0)),
        ("sixteen", W::Num(16.0)), ("seventeen", W::Num(17.0)), ("eighteen", W::Num(18.0)), ("nineteen", W::Num(19.0)),
        ("twenty", W::Num(20.0)), ("thirty", W::Num(30.0)), ("forty", W::Num(40.0)), ("fifty", W::Num(50.0)),
        ("sixty", W::Num(60.0)), ("seventy", W::Num(70.0)), ("eighty", W::Num(80.0)), ("ninety", W::Num(90.0)),
        ("dozen", W::Num(12.0)), ("hundred", W::Small(100.0)),
        // `a` / `an` is one before a unit (`a year`, `an hour`, as Spanish `un año`);
        // before a counted noun it is the article, no figure (`a man`, like `one man`).
        // `a` / `an` / `half a` before a number word or magnitude (`a dozen`, `a thousand`, `half a billion`)
        // `the past` is one before a unit, as `a`: `over the past decade` (ten years), `the past year`
        ("the past", W::Num(1.0)), ("over the past", W::Num(1.0)),
        ("a dozen", W::Num(12.0)), ("a hundred", W::Small(100.0)), ("one hundred", W::Small(100.0)),
        ("a thousand", W::Mag(1e3)), ("a million", W::Mag(1e6)), ("a billion", W::Mag(1e9)), ("a trillion", W::Mag(1e12)),
        ("half a million", W::Mag(5e5)), ("half a billion", W::Mag(5e8)), ("half a trillion", W::Mag(5e11)),
        // magnitudes
        ("thousand", W::Mag(1e3)), ("thousands", W::MagPl(1e3)), ("million", W::Mag(1e6)), ("millions", W::MagPl(1e6)),
        ("billion", W::Mag(1e9)), ("billions", W::MagPl(1e9)), ("trillion", W::Mag(1e12)), ("trillions", W::MagPl(1e12)),
        ("bn", W::Mag(1e9)), ("bln", W::Mag(1e9)), ("mln", W::Mag(1e6)), ("mn", W::Mag(1e6)), ("mil", W::Mag(1e6)),
        ("tn", W::Mag(1e12)), ("trn", W::Mag(1e12)), ("lakh", W::Mag(1e5)), ("lakhs", W::MagPl(1e5)),
        ("crore", W::Mag(1e7)), ("crores", W::MagPl(1e7)),
        // vague quantities
        ("several", W::Vague(2.0, 10.0)), ("a few", W::Vague(2.0, 10.0)), ("dozens", W::Vague(24.0, 120.0)),
        ("tens", W::Vague(10.0, 100.0)), ("hundreds", W::Vague(100.0, 1000.0)), ("scores", W::Vague(40.0, 200.0)),
        // currencies (the symbols and codes are read in every language)
        ("$", W::Cur("USD")), ("＄", W::Cur("USD")), ("€", W::Cur("EUR")), ("£", W::Cur("GBP")), ("¥", W::Cur("JPY")), ("￥", W::Cur("JPY")),
        ("₹", W::Cur("INR")), ("₩", W::Cur("KRW")), ("₽", W::Cur("RUB")), ("₺", W::Cur("TRY")), ("₫", W::Cur("VND")),
        ("₴", W::Cur("UAH")), ("₱", W::Cur("PHP")), ("₦", W::Cur("NGN")),
        ("dollar", W::Cur("USD")), ("dollars", W::Cur("USD")), ("us dollars", W::Cur("USD")), ("euro", W::Cur("EUR")), ("euros", W::Cur("EUR")),
        ("pounds", W::Cur("GBP")), ("pounds sterling", W::Cur("GBP")), ("yen", W::Cur("JPY")),
        ("yuan", W::Cur("CNY")), ("renminbi", W::Cur("CNY")), ("rupee", W::Cur("INR")), ("rupees", W::Cur("INR")),
        ("reais", W::Cur("BRL")), ("rouble", W::Cur("RUB")), ("roubles", W::Cur("RUB")), ("ruble", W::Cur("RUB")), ("rubles", W::Cur("RUB")),
        ("won", W::Cur("KRW")), ("rupiah", W::Cur("IDR")), ("lira", W::Cur("TRY")), ("hryvnia", W::Cur("UAH")), ("hryvnias", W::Cur("UAH")),
        ("swiss francs", W::Cur("CHF")),
        // units
        ("%", W::Pct), ("٪", W::Pct), ("％", W::Pct), ("percent", W::Pct), ("per cent", W::Pct), ("pct", W::Pct), ("percentage points", W::Pct), ("percentage point", W::Pct),
        ("watt", W::Unit("W", 1.0)), ("watts", W::Unit("W", 1.0)), ("kilowatt", W::Unit("W", 1e3)), ("kilowatts", W::Unit("W", 1e3)),
        ("megawatt", W::Unit("W", 1e6)), ("megawatts", W::Unit("W", 1e6)), ("gigawatt", W::Unit("W", 1e9)), ("gigawatts", W::Unit("W", 1e9)),
        ("terawatt", W::Unit("W", 1e12)), ("terawatts", W::Unit("W", 1e12)),
        ("kilowatt-hours", W::Unit("Wh", 1e3)), ("kilowatt hours", W::Unit("Wh", 1e3)), ("megawatt hours", W::Unit("Wh", 1e6)),
        ("gigawatt hours", W::Unit("Wh", 1e9)), ("terawatt hours", W::Unit("Wh", 1e12)),
        ("litre", W::Unit("L", 1.0)), ("litres", W::Unit("L", 1.0)), ("liter", W::Unit("L", 1.0)), ("liters", W::Unit("L", 1.0)),
        ("gallon", W::Unit("L", GALLON)), ("gallons", W::Unit("L", GALLON)), ("barrel", W::Unit("L", BARREL)), ("barrels", W::Unit("L", BARREL)),
        ("cubic metres", W::Unit("L", 1e3)), ("cubic meters", W::Unit("L", 1e3)),
        ("kilogram", W::Unit("kg", 1.0)), ("kilograms", W::Unit("kg", 1.0)), ("kilogrammes", W::Unit("kg", 1.0)), ("kg", W::Unit("kg", 1.0)),
        ("tonne", W::Unit("kg", 1e3)), ("tonnes", W::Unit("kg", 1e3)), ("metric tons", W::Unit("kg", 1e3)), ("metric ton", W::Unit("kg", 1e3)),
        // `ton`: the short ton in US usage, kept with the tonne as its other reading
        ("ton", W::Unit("kg", SHORT_TON)), ("ton", W::UnitAlt("kg", 1e3)), ("tons", W::Unit("kg", SHORT_TON)), ("tons", W::UnitAlt("kg", 1e3)),
        ("long ton", W::Unit("kg", LONG_TON)), ("long tons", W::Unit("kg", LONG_TON)), ("short tons", W::Unit("kg", SHORT_TON)),
        // `pound` after a number is a weight (`a 650 pound pig`); money is `£`, `pounds`
        ("pound", W::Unit("kg", POUND)), ("lb", W::Unit("kg", POUND)), ("lbs", W::Unit("kg", POUND)),
        ("gram", W::Unit("kg", 1e-3)), ("grams", W::Unit("kg", 1e-3)), ("ounces", W::Unit("kg", 0.028_349_523_125)),
        ("kilometre", W::Unit("m", 1e3)), ("kilometres", W::Unit("m", 1e3)), ("kilometer", W::Unit("m", 1e3)), ("kilometers", W::Unit("m", 1e3)),
        ("km", W::Unit("m", 1e3)), ("metres", W::Unit("m", 1.0)), ("meters", W::Unit("m", 1.0)), ("metre", W::Unit("m", 1.0)), ("meter", W::Unit("m", 1.0)),
        ("miles", W::Unit("m", MILE)), ("mile", W::Unit("m", MILE)), ("nautical miles", W::Unit("m", NAUTICAL_MILE)),
        ("feet", W::Unit("m", FOOT)), ("foot", W::Unit("m", FOOT)), ("ft", W::Unit("m", FOOT)), ("inches", W::Unit("m", INCH)), ("inch", W::Unit("m", INCH)),
        ("yards", W::Unit("m", YARD)), ("yard", W::Unit("m", YARD)), ("centimetres", W::Unit("m", 0.01)), ("centimeters", W::Unit("m", 0.01)),
        ("cm", W::Unit("m", 0.01)), ("mm", W::Unit("m", 1e-3)), ("millimetres", W::Unit("m", 1e-3)), ("millimeters", W::Unit("m", 1e-3)),
        // speeds, in metres a second
        ("mph", W::Unit("m/s", MPH)), ("miles per hour", W::Unit("m/s", MPH)), ("miles an hour", W::Unit("m/s", MPH)),
        ("km/h", W::Unit("m/s", KMH)), ("kph", W::Unit("m/s", KMH)), ("kmh", W::Unit("m/s", KMH)), ("kilometres per hour", W::Unit("m/s", KMH)),
        ("kilometers per hour", W::Unit("m/s", KMH)), ("kilometres an hour", W::Unit("m/s", KMH)), ("kilometers an hour", W::Unit("m/s", KMH)),
        ("knots", W::Unit("m/s", KNOT)),
        // temperatures: `degrees` alone is Fahrenheit in US news, Celsius elsewhere
        ("degrees", W::Unit("°F", 1.0)), ("degrees", W::UnitAlt("°C", 1.0)), ("°", W::Unit("°F", 1.0)), ("°", W::UnitAlt("°C", 1.0)),
        ("degrees fahrenheit", W::Unit("°F", 1.0)), ("degrees f", W::Unit("°F", 1.0)), ("fahrenheit", W::Unit("°F", 1.0)),
        ("°f", W::Unit("°F", 1.0)), ("ºf", W::Unit("°F", 1.0)), ("℉", W::Unit("°F", 1.0)),
        ("degrees celsius", W::Unit("°C", 1.0)), ("degrees centigrade", W::Unit("°C", 1.0)), ("degrees c", W::Unit("°C", 1.0)),
        ("celsius", W::Unit("°C", 1.0)), ("°c", W::Unit("°C", 1.0)), ("ºc", W::Unit("°C", 1.0)), ("℃", W::Unit("°C", 1.0)),
        // earthquakes: `magnitude 7.5`, `a 7.5 magnitude quake`, `a 7.5 quake`
        ("magnitude", W::UnitBefore("magnitude", 1.0)), ("magnitude", W::Unit("magnitude", 1.0)), ("quake", W::Unit("magnitude", 1.0)),
        ("earthquake", W::Unit("magnitude", 1.0)), ("tremor", W::Unit("magnitude", 1.0)), ("on the richter scale", W::Unit("magnitude", 1.0)),
        // ages: `aged 45`, `at the age of 17`
        // `Tyler was 13 when`, `who was 11 at the time`: a bare number between a copula and a word of time
        ("was", W::Copula), ("is", W::Copula), ("were", W::Copula), ("when", W::AgeAfter), ("at the time", W::AgeAfter),
        ("aged", W::UnitBefore("s", YEAR)), ("at the age of", W::UnitBefore("s", YEAR)), ("age", W::UnitBefore("s", YEAR)),
        ("square kilometres", W::Unit("m2", 1e6)), ("square kilometers", W::Unit("m2", 1e6)), ("km²", W::Unit("m2", 1e6)), ("hectares", W::Unit("m2", 1e4)), ("hectare", W::Unit("m2", 1e4)),
        ("acres", W::Unit("m2", ACRE)), ("acre", W::Unit("m2", ACRE)), ("square miles", W::Unit("m2", MILE * MILE)), ("square mile", W::Unit("m2", MILE * MILE)),
        ("sq km", W::Unit("m2", 1e6)),
        ("square metres", W::Unit("m2", 1.0)), ("square meters", W::Unit("m2", 1.0)), ("square feet", W::Unit("m2", 0.09290304)),
        ("year", W::Unit("s", YEAR)), ("years", W::Unit("s", YEAR)), ("month", W::Unit("s", MONTH)), ("months", W::Unit("s", MONTH)),
        ("week", W::Unit("s", WEEK)), ("weeks", W::Unit("s", WEEK)), ("day", W::Unit("s", DAY)), ("days", W::Unit("s", DAY)),
        ("hour", W::Unit("s", HOUR)), ("hours", W::Unit("s", HOUR)), ("minutes", W::Unit("s", 60.0)), ("decade", W::Unit("s", 10.0 * YEAR)), ("decades", W::Unit("s", 10.0 * YEAR)),
        ("century", W::Unit("s", 100.0 * YEAR)), ("centuries", W::Unit("s", 100.0 * YEAR)),
        // times of day: `4.40 am`, `3 p.m.`, `10.30 local time`
        ("am", W::Clock), ("pm", W::Clock), ("a.m.", W::Clock), ("p.m.", W::Clock), ("local time", W::Clock), ("o'clock", W::Clock),
        // days of the week: never a counted noun
        ("monday", W::Weekday), ("tuesday", W::Weekday), ("wednesday", W::Weekday), ("thursday", W::Weekday), ("friday", W::Weekday), ("saturday", W::Weekday),
        ("sunday", W::Weekday),
        // adjectives between a number and its noun (`40,000 new cases`); decades (`in his 40s`)
        ("new", W::Adj), ("other", W::Adj), ("additional", W::Adj), ("extra", W::Adj), ("more", W::Adj), ("further", W::Adj),
        // partitives: `five of the victims`, `two of their players`
        ("the", W::Det), ("their", W::Det), ("its", W::Det), ("his", W::Det), ("her", W::Det), ("our", W::Det), ("those", W::Det),
        ("these", W::Det),
        ("s", W::Decade), ("in his", W::UnitBefore("s", YEAR)), ("in her", W::UnitBefore("s", YEAR)), ("in their", W::UnitBefore("s", YEAR)),
        ("in his early", W::UnitBefore("s", YEAR)), ("in his mid", W::UnitBefore("s", YEAR)), ("in his late", W::UnitBefore("s", YEAR)),
        ("in her early", W::UnitBefore("s", YEAR)), ("in her mid", W::UnitBefore("s", YEAR)), ("in her late", W::UnitBefore("s", YEAR)),
        // `100 percent sure`: an intensifier, no figure
        ("percent sure", W::Idiom), ("percent certain", W::Idiom), ("percent confident", W::Idiom), ("per cent sure", W::Idiom),
        ("per cent certain", W::Idiom), ("per cent confident", W::Idiom), ("percent guaranteed", W::Idiom), ("percent committed", W::Idiom),
        // qualifiers
        ("about", W::Qual(About)), ("around", W::Qual(About)), ("roughly", W::Qual(About)), ("approximately", W::Qual(About)),
        ("some", W::Qual(About)), ("nearly", W::Qual(About)), ("almost", W::Qual(About)), ("close to", W::Qual(About)), ("an estimated", W::Qual(About)),
        ("more than", W::Qual(MoreThan)), ("over", W::Qual(MoreThan)), ("above", W::Qual(MoreThan)), ("in excess of", W::Qual(MoreThan)), ("upwards of", W::Qual(MoreThan)),
        ("at least", W::Qual(AtLeast)), ("no fewer than", W::Qual(AtLeast)), ("no less than", W::Qual(AtLeast)),
        ("less than", W::Qual(LessThan)), ("fewer than", W::Qual(LessThan)), ("under", W::Qual(LessThan)), ("below", W::Qual(LessThan)),
        ("up to", W::Qual(UpTo)), ("at most", W::Qual(UpTo)), ("as many as", W::Qual(UpTo)), ("as much as", W::Qual(UpTo)),
        ("or more", W::PostQual(AtLeast)), ("or so", W::PostQual(About)),
        // structure
        ("of", W::Link), ("to", W::RangeSep), ("or", W::RangeSep), ("between", W::Between), ("and", W::And), ("from", W::Stop),
        // months
        ("january", W::Month), ("february", W::Month), ("march", W::Month), ("april", W::Month), ("may", W::Month), ("june", W::Month),
        ("july", W::Month), ("august", W::Month), ("september", W::Month), ("october", W::Month), ("november", W::Month), ("december", W::Month),
        ("jan", W::Month), ("feb", W::Month), ("mar", W::Month), ("apr", W::Month), ("may", W::Month), ("jun", W::Month),
        ("jul", W::Month), ("aug", W::Month), ("sep", W::Month), ("oct", W::Month), ("nov", W::Month), ("dec", W::Month),
        // labels
        ("section", W::Label), ("article", W::Label), ("chapter", W::Label), ("page", W::Label), ("no", W::Label), ("number", W::Label),
        ("version", W::Label), ("model", W::Label), ("bill", W::Label), ("room", W::Label), ("flight", W::Label), ("route", W::Label),
        ("episode", W::Label), ("season", W::Label), ("series", W::Label), ("level", W::Label), ("grade", W::Label),
        // measures
        ("valuation", W::Measure("valuation")), ("valued", W::Measure("valuation")), ("valued at", W::Measure("valuation")), ("worth", W::Measure("valuation")),
        ("market value", W::Measure("market_cap")), ("market cap", W::Measure("market_cap")), ("market capitalisation", W::Measure("market_cap")),
        ("market capitalization", W::Measure("market_cap")),
        ("raised", W::Measure("funding")), ("raise", W::Measure("funding")), ("funding", W::Measure("funding")), ("financing", W::Measure("funding")), ("fundraising", W::Measure("funding")),
        ("revenue", W::Measure("revenue")), ("revenues", W::Measure("revenue")), ("sales", W::Measure("revenue")), ("turnover", W::Measure("revenue")),
        ("profit", W::Measure("profit")), ("profits", W::Measure("profit")), ("net income", W::Measure("profit")), ("earnings", W::Measure("profit")),
        ("loss", W::Measure("loss")), ("losses", W::Measure("loss")), ("lost", W::Measure("loss")), ("lose", W::Measure("loss")), ("net loss", W::Measure("loss")),
        ("cost", W::Measure("cost")), ("costs", W::Measure("cost")), ("costing", W::Measure("cost")), ("price", W::Measure("price")), ("priced", W::Measure("price")),
        ("investment", W::Measure("investment")), ("investments", W::Measure("investment")), ("invest", W::Measure("investment")), ("invested", W::Measure("investment")), ("investing", W::Measure("investment")),
        ("debt", W::Measure("debt")), ("borrowed", W::Measure("debt")), ("loan", W::Measure("debt")), ("loans", W::Measure("debt")), ("borrowing", W::Measure("debt")),
        ("budget", W::Measure("budget")), ("spending", W::Measure("spending")), ("spend", W::Measure("spending")), ("spent", W::Measure("spending")),
        ("power", W::Measure("power")), ("capacity", W::Measure("power")), ("energy", W::Measure("energy")), ("electricity", W::Measure("energy")),
        ("water", W::Measure("water")), ("share", W::Measure("share")), ("stake", W::Measure("share")),
        ("deal", W::Measure("deal_value")), ("acquisition", W::Measure("deal_value")), ("buyback", W::Measure("buyback")),
        ("employees", W::Measure("employees")), ("staff", W::Measure("employees")), ("workers", W::Measure("employees")),
        ("users", W::Measure("users")), ("subscribers", W::Measure("users")), ("customers", W::Measure("users")), ("viewers", W::Measure("users")), ("population", W::Measure("population")),
        ("death toll", W::Measure("deaths")), ("killed", W::Measure("deaths")), ("deaths", W::Measure("deaths")),
        // counted things with cross-language names
        ("gpus", W::Thing("gpu")), ("gpu", W::Thing("gpu")), ("graphics processors", W::Thing("gpu")), ("chips", W::Thing("chip")),
        ("servers", W::Thing("server")), ("homes", W::Thing("home")), ("households", W::Thing("home")), ("jobs", W::Thing("job")),
        ("people", W::Thing("person")), ("volunteers", W::Thing("volunteer")), ("protesters", W::Thing("protester")),
        ("cars", W::Thing("car")), ("vehicles", W::Thing("vehicle")),
        // function words (language detection, never counted nouns)
        ("the", W::Stop), ("is", W::Stop), ("are", W::Stop), ("was", W::Stop), ("were", W::Stop), ("be", W::Stop), ("been", W::Stop),
        ("in", W::Stop), ("on", W::Stop), ("at", W::Stop), ("for", W::Stop), ("with", W::Stop), ("by", W::Stop), ("as", W::Stop),
        ("this", W::Stop), ("that", W::Stop), ("these", W::Stop), ("those", W::Stop), ("it", W::Stop), ("its", W::Stop), ("his", W::Stop),
        ("her", W::Stop), ("their", W::Stop), ("they", W::Stop), ("he", W::Stop), ("she", W::Stop), ("we", W::Stop), ("you", W::Stop),
        ("has", W::Stop), ("have", W::Stop), ("had", W::Stop), ("will", W::Stop), ("would", W::Stop), ("can", W::Stop), ("could", W::Stop),
        ("not", W::Stop), ("but", W::Stop), ("which", W::Stop), ("who", W::Stop), ("than", W::Stop), ("into", W::Stop), ("per", W::Stop),
        ("each", W::Stop), ("all", W::Stop), ("also", W::Stop), ("more", W::Stop), ("most", W::Stop), ("other", W::Stop), ("after", W::Stop),
        ("before", W::Stop), ("since", W::Stop), ("while", W::Stop), ("when", W::Stop), ("there", W::Stop), ("what", W::Stop), ("times", W::Stop),
        // fractions: `a two-thirds majority` counts no thirds
        ("thirds", W::Stop), ("quarters", W::Stop), ("fifths", W::Stop), ("tenths", W::Stop),
        ("new", W::Stop), ("part", W::Stop), ("said", W::Stop), ("says", W::Stop), ("last", W::Stop), ("next", W::Stop), ("first", W::Stop), ("so", W::Stop),
    ],
    cased: &[
        ("M", W::Mag(1e6)), ("B", W::Mag(1e9)), ("K", W::Mag(1e3)), ("k", W::Mag(1e3)), ("T", W::Mag(1e12)), ("Bn", W::Mag(1e9)),
        ("MM", W::Mag(1e6)),
        ("W", W::Unit("W", 1.0)), ("kW", W::Unit("W", 1e3)), ("MW", W::Unit("W", 1e6)), ("GW", W::Unit("W", 1e9)), ("TW", W::Unit("W", 1e12)),
        ("kWh", W::Unit("Wh", 1e3)), ("MWh", W::Unit("Wh", 1e6)), ("GWh", W::Unit("Wh", 1e9)), ("TWh", W::Unit("Wh", 1e12)),
        ("L", W::Unit("L", 1.0)), ("l", W::Unit("L", 1.0)), ("ml", W::Unit("L", 1e-3)), ("t", W::Unit("kg", 1e3)), ("m", W::Unit("m", 1.0)),
        ("m²", W::Unit("m2", 1.0)), ("m2", W::Unit("m2", 1.0)), ("ha", W::Unit("m2", 1e4)),
        ("C", W::Unit("°C", 1.0)), ("F", W::Unit("°F", 1.0)),
        ("USD", W::Cur("USD")), ("EUR", W::Cur("EUR")), ("GBP", W::Cur("GBP")), ("JPY", W::Cur("JPY")), ("CNY", W::Cur("CNY")), ("RMB", W::Cur("CNY")),
        ("BRL", W::Cur("BRL")), ("INR", W::Cur("INR")), ("Rs", W::Cur("INR")), ("KRW", W::Cur("KRW")), ("RUB", W::Cur("RUB")), ("UAH", W::Cur("UAH")),
        ("VND", W::Cur("VND")), ("IDR", W::Cur("IDR")), ("Rp", W::Cur("IDR")), ("TRY", W::Cur("TRY")), ("TL", W::Cur("TRY")), ("CHF", W::Cur("CHF")),
        ("CAD", W::Cur("CAD")), ("AUD", W::Cur("AUD")), ("MXN", W::Cur("MXN")), ("SAR", W::Cur("SAR")), ("AED", W::Cur("AED")), ("EGP", W::Cur("EGP")),
        ("HKD", W::Cur("HKD")),
        ("GMT", W::Clock), ("BST", W::Clock), ("UTC", W::Clock), ("CET", W::Clock), ("CEST", W::Clock), ("EST", W::Clock), ("EDT", W::Clock),
        ("ET", W::Clock), ("CST", W::Clock), ("CDT", W::Clock), ("PST", W::Clock), ("PDT", W::Clock), ("PT", W::Clock), ("JST", W::Clock), ("SGD", W::Cur("SGD")), ("TWD", W::Cur("TWD")),
    ],
    appositive_age: true,
    ..Lexicon::PLAIN
};
