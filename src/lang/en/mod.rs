//! English. Short scale: billion = 10^9, trillion = 10^12. In money, `mil`
//! and `mln` are millions; `lakh` (10^5) and `crore` (10^7) from Indian English.
//! Symbols and ISO codes shared by every language also live here (they are
//! read in any language because no other lexicon disagrees).

use super::{
    Decimal, Lang, Lexicon, Sense, ACRE, BARREL, DAY, FOOT, GALLON, HOUR, INCH, KMH, KNOT, LONG_TON, MILE, MONTH, MPH, NAUTICAL_MILE,
    POUND, SHORT_TON, WEEK, YARD, YEAR,
};
use crate::claim::Qualifier::*;

#[rustfmt::skip]
pub static LEXICON: Lexicon = Lexicon {
    lang: Lang::En,
    decimal: Decimal::Point,
    space_groups: false,
    words: &[
        // number words
        ("a", Sense::Stop), ("an", Sense::Stop), ("a", Sense::Num(1.0)), ("an", Sense::Num(1.0)), ("one", Sense::Num(1.0)), ("two", Sense::Num(2.0)), ("three", Sense::Num(3.0)),
        ("four", Sense::Num(4.0)), ("five", Sense::Num(5.0)), ("six", Sense::Num(6.0)), ("seven", Sense::Num(7.0)),
        ("eight", Sense::Num(8.0)), ("nine", Sense::Num(9.0)), ("ten", Sense::Num(10.0)), ("eleven", Sense::Num(11.0)),
        ("twelve", Sense::Num(12.0)), ("thirteen", Sense::Num(13.0)), ("fourteen", Sense::Num(14.0)), ("fifteen", Sense::Num(15.0)),
        ("sixteen", Sense::Num(16.0)), ("seventeen", Sense::Num(17.0)), ("eighteen", Sense::Num(18.0)), ("nineteen", Sense::Num(19.0)),
        ("twenty", Sense::Num(20.0)), ("thirty", Sense::Num(30.0)), ("forty", Sense::Num(40.0)), ("fifty", Sense::Num(50.0)),
        ("sixty", Sense::Num(60.0)), ("seventy", Sense::Num(70.0)), ("eighty", Sense::Num(80.0)), ("ninety", Sense::Num(90.0)),
        ("dozen", Sense::Num(12.0)), ("hundred", Sense::Small(100.0)),
        // `a` / `an` is one before a unit (`a year`, `an hour`, as Spanish `un año`);
        // before a counted noun it is the article, no figure (`a man`, like `one man`).
        // `a` / `an` / `half a` before a number word or magnitude (`a dozen`, `a thousand`, `half a billion`)
        // `the past` is one before a unit, as `a`: `over the past decade` (ten years), `the past year`
        ("the past", Sense::Num(1.0)), ("over the past", Sense::Num(1.0)),
        ("a dozen", Sense::Num(12.0)), ("a hundred", Sense::Small(100.0)), ("one hundred", Sense::Small(100.0)),
        ("a thousand", Sense::Mag(1e3)), ("a million", Sense::Mag(1e6)), ("a billion", Sense::Mag(1e9)), ("a trillion", Sense::Mag(1e12)),
        ("half a million", Sense::Mag(5e5)), ("half a billion", Sense::Mag(5e8)), ("half a trillion", Sense::Mag(5e11)),
        // magnitudes
        ("thousand", Sense::Mag(1e3)), ("thousands", Sense::MagPl(1e3)), ("million", Sense::Mag(1e6)), ("millions", Sense::MagPl(1e6)),
        ("billion", Sense::Mag(1e9)), ("billions", Sense::MagPl(1e9)), ("trillion", Sense::Mag(1e12)), ("trillions", Sense::MagPl(1e12)),
        ("bn", Sense::Mag(1e9)), ("bln", Sense::Mag(1e9)), ("mln", Sense::Mag(1e6)), ("mn", Sense::Mag(1e6)), ("mil", Sense::Mag(1e6)),
        ("tn", Sense::Mag(1e12)), ("trn", Sense::Mag(1e12)), ("lakh", Sense::Mag(1e5)), ("lakhs", Sense::MagPl(1e5)),
        ("crore", Sense::Mag(1e7)), ("crores", Sense::MagPl(1e7)),
        // vague quantities
        ("several", Sense::Vague(2.0, 10.0)), ("a few", Sense::Vague(2.0, 10.0)), ("dozens", Sense::Vague(24.0, 120.0)),
        ("tens", Sense::Vague(10.0, 100.0)), ("hundreds", Sense::Vague(100.0, 1000.0)), ("scores", Sense::Vague(40.0, 200.0)),
        // currencies (the symbols and codes are read in every language)
        ("$", Sense::Cur("USD")), ("＄", Sense::Cur("USD")), ("€", Sense::Cur("EUR")), ("£", Sense::Cur("GBP")), ("¥", Sense::Cur("JPY")), ("￥", Sense::Cur("JPY")),
        ("₹", Sense::Cur("INR")), ("₩", Sense::Cur("KRW")), ("₽", Sense::Cur("RUB")), ("₺", Sense::Cur("TRY")), ("₫", Sense::Cur("VND")),
        ("₴", Sense::Cur("UAH")), ("₱", Sense::Cur("PHP")), ("₦", Sense::Cur("NGN")),
        ("dollar", Sense::Cur("USD")), ("dollars", Sense::Cur("USD")), ("us dollars", Sense::Cur("USD")), ("euro", Sense::Cur("EUR")), ("euros", Sense::Cur("EUR")),
        ("pounds", Sense::Cur("GBP")), ("pounds sterling", Sense::Cur("GBP")), ("yen", Sense::Cur("JPY")),
        ("yuan", Sense::Cur("CNY")), ("renminbi", Sense::Cur("CNY")), ("rupee", Sense::Cur("INR")), ("rupees", Sense::Cur("INR")),
        ("reais", Sense::Cur("BRL")), ("rouble", Sense::Cur("RUB")), ("roubles", Sense::Cur("RUB")), ("ruble", Sense::Cur("RUB")), ("rubles", Sense::Cur("RUB")),
        ("won", Sense::Cur("KRW")), ("rupiah", Sense::Cur("IDR")), ("lira", Sense::Cur("TRY")), ("hryvnia", Sense::Cur("UAH")), ("hryvnias", Sense::Cur("UAH")),
        ("swiss francs", Sense::Cur("CHF")),
        // units
        ("%", Sense::Pct), ("٪", Sense::Pct), ("％", Sense::Pct), ("percent", Sense::Pct), ("per cent", Sense::Pct), ("pct", Sense::Pct), ("percentage points", Sense::Pct), ("percentage point", Sense::Pct),
        ("watt", Sense::Unit("W", 1.0)), ("watts", Sense::Unit("W", 1.0)), ("kilowatt", Sense::Unit("W", 1e3)), ("kilowatts", Sense::Unit("W", 1e3)),
        ("megawatt", Sense::Unit("W", 1e6)), ("megawatts", Sense::Unit("W", 1e6)), ("gigawatt", Sense::Unit("W", 1e9)), ("gigawatts", Sense::Unit("W", 1e9)),
        ("terawatt", Sense::Unit("W", 1e12)), ("terawatts", Sense::Unit("W", 1e12)),
        ("kilowatt-hours", Sense::Unit("Wh", 1e3)), ("kilowatt hours", Sense::Unit("Wh", 1e3)), ("megawatt hours", Sense::Unit("Wh", 1e6)),
        ("gigawatt hours", Sense::Unit("Wh", 1e9)), ("terawatt hours", Sense::Unit("Wh", 1e12)),
        ("litre", Sense::Unit("L", 1.0)), ("litres", Sense::Unit("L", 1.0)), ("liter", Sense::Unit("L", 1.0)), ("liters", Sense::Unit("L", 1.0)),
        ("gallon", Sense::Unit("L", GALLON)), ("gallons", Sense::Unit("L", GALLON)), ("barrel", Sense::Unit("L", BARREL)), ("barrels", Sense::Unit("L", BARREL)),
        ("cubic metres", Sense::Unit("L", 1e3)), ("cubic meters", Sense::Unit("L", 1e3)),
        ("kilogram", Sense::Unit("kg", 1.0)), ("kilograms", Sense::Unit("kg", 1.0)), ("kilogrammes", Sense::Unit("kg", 1.0)), ("kg", Sense::Unit("kg", 1.0)),
        ("tonne", Sense::Unit("kg", 1e3)), ("tonnes", Sense::Unit("kg", 1e3)), ("metric tons", Sense::Unit("kg", 1e3)), ("metric ton", Sense::Unit("kg", 1e3)),
        // `ton`: the short ton in US usage, kept with the tonne as its other reading
        ("ton", Sense::Unit("kg", SHORT_TON)), ("ton", Sense::UnitAlt("kg", 1e3)), ("tons", Sense::Unit("kg", SHORT_TON)), ("tons", Sense::UnitAlt("kg", 1e3)),
        ("long ton", Sense::Unit("kg", LONG_TON)), ("long tons", Sense::Unit("kg", LONG_TON)), ("short tons", Sense::Unit("kg", SHORT_TON)),
        // `pound` after a number is a weight (`a 650 pound pig`); money is `£`, `pounds`
        ("pound", Sense::Unit("kg", POUND)), ("lb", Sense::Unit("kg", POUND)), ("lbs", Sense::Unit("kg", POUND)),
        ("gram", Sense::Unit("kg", 1e-3)), ("grams", Sense::Unit("kg", 1e-3)), ("ounces", Sense::Unit("kg", 0.028_349_523_125)),
        ("kilometre", Sense::Unit("m", 1e3)), ("kilometres", Sense::Unit("m", 1e3)), ("kilometer", Sense::Unit("m", 1e3)), ("kilometers", Sense::Unit("m", 1e3)),
        ("km", Sense::Unit("m", 1e3)), ("metres", Sense::Unit("m", 1.0)), ("meters", Sense::Unit("m", 1.0)), ("metre", Sense::Unit("m", 1.0)), ("meter", Sense::Unit("m", 1.0)),
        ("miles", Sense::Unit("m", MILE)), ("mile", Sense::Unit("m", MILE)), ("nautical miles", Sense::Unit("m", NAUTICAL_MILE)),
        ("feet", Sense::Unit("m", FOOT)), ("foot", Sense::Unit("m", FOOT)), ("ft", Sense::Unit("m", FOOT)), ("inches", Sense::Unit("m", INCH)), ("inch", Sense::Unit("m", INCH)),
        ("yards", Sense::Unit("m", YARD)), ("yard", Sense::Unit("m", YARD)), ("centimetres", Sense::Unit("m", 0.01)), ("centimeters", Sense::Unit("m", 0.01)),
        ("cm", Sense::Unit("m", 0.01)), ("mm", Sense::Unit("m", 1e-3)), ("millimetres", Sense::Unit("m", 1e-3)), ("millimeters", Sense::Unit("m", 1e-3)),
        // speeds, in metres a second
        ("mph", Sense::Unit("m/s", MPH)), ("miles per hour", Sense::Unit("m/s", MPH)), ("miles an hour", Sense::Unit("m/s", MPH)),
        ("km/h", Sense::Unit("m/s", KMH)), ("kph", Sense::Unit("m/s", KMH)), ("kmh", Sense::Unit("m/s", KMH)), ("kilometres per hour", Sense::Unit("m/s", KMH)),
        ("kilometers per hour", Sense::Unit("m/s", KMH)), ("kilometres an hour", Sense::Unit("m/s", KMH)), ("kilometers an hour", Sense::Unit("m/s", KMH)),
        ("knots", Sense::Unit("m/s", KNOT)),
        // temperatures: `degrees` alone is Fahrenheit in US news, Celsius elsewhere
        ("degrees", Sense::Unit("°F", 1.0)), ("degrees", Sense::UnitAlt("°C", 1.0)), ("°", Sense::Unit("°F", 1.0)), ("°", Sense::UnitAlt("°C", 1.0)),
        ("degrees fahrenheit", Sense::Unit("°F", 1.0)), ("degrees f", Sense::Unit("°F", 1.0)), ("fahrenheit", Sense::Unit("°F", 1.0)),
        ("°f", Sense::Unit("°F", 1.0)), ("ºf", Sense::Unit("°F", 1.0)), ("℉", Sense::Unit("°F", 1.0)),
        ("degrees celsius", Sense::Unit("°C", 1.0)), ("degrees centigrade", Sense::Unit("°C", 1.0)), ("degrees c", Sense::Unit("°C", 1.0)),
        ("celsius", Sense::Unit("°C", 1.0)), ("°c", Sense::Unit("°C", 1.0)), ("ºc", Sense::Unit("°C", 1.0)), ("℃", Sense::Unit("°C", 1.0)),
        // earthquakes: `magnitude 7.5`, `a 7.5 magnitude quake`, `a 7.5 quake`
        ("magnitude", Sense::UnitBefore("magnitude", 1.0)), ("magnitude", Sense::Unit("magnitude", 1.0)), ("quake", Sense::Unit("magnitude", 1.0)),
        ("earthquake", Sense::Unit("magnitude", 1.0)), ("tremor", Sense::Unit("magnitude", 1.0)), ("on the richter scale", Sense::Unit("magnitude", 1.0)),
        // ages: `aged 45`, `at the age of 17`
        // `Tyler was 13 when`, `who was 11 at the time`: a bare number between a copula and a word of time
        ("was", Sense::Copula), ("is", Sense::Copula), ("were", Sense::Copula), ("when", Sense::AgeAfter), ("at the time", Sense::AgeAfter),
        ("aged", Sense::UnitBefore("s", YEAR)), ("at the age of", Sense::UnitBefore("s", YEAR)), ("age", Sense::UnitBefore("s", YEAR)),
        ("square kilometres", Sense::Unit("m2", 1e6)), ("square kilometers", Sense::Unit("m2", 1e6)), ("km²", Sense::Unit("m2", 1e6)), ("hectares", Sense::Unit("m2", 1e4)), ("hectare", Sense::Unit("m2", 1e4)),
        ("acres", Sense::Unit("m2", ACRE)), ("acre", Sense::Unit("m2", ACRE)), ("square miles", Sense::Unit("m2", MILE * MILE)), ("square mile", Sense::Unit("m2", MILE * MILE)),
        ("sq km", Sense::Unit("m2", 1e6)),
        ("square metres", Sense::Unit("m2", 1.0)), ("square meters", Sense::Unit("m2", 1.0)), ("square feet", Sense::Unit("m2", 0.09290304)),
        ("year", Sense::Unit("s", YEAR)), ("years", Sense::Unit("s", YEAR)), ("month", Sense::Unit("s", MONTH)), ("months", Sense::Unit("s", MONTH)),
        ("week", Sense::Unit("s", WEEK)), ("weeks", Sense::Unit("s", WEEK)), ("day", Sense::Unit("s", DAY)), ("days", Sense::Unit("s", DAY)),
        ("hour", Sense::Unit("s", HOUR)), ("hours", Sense::Unit("s", HOUR)), ("minutes", Sense::Unit("s", 60.0)), ("decade", Sense::Unit("s", 10.0 * YEAR)), ("decades", Sense::Unit("s", 10.0 * YEAR)),
        ("century", Sense::Unit("s", 100.0 * YEAR)), ("centuries", Sense::Unit("s", 100.0 * YEAR)),
        // times of day: `4.40 am`, `3 p.m.`, `10.30 local time`
        ("am", Sense::Clock), ("pm", Sense::Clock), ("a.m.", Sense::Clock), ("p.m.", Sense::Clock), ("local time", Sense::Clock), ("o'clock", Sense::Clock),
        // days of the week: never a counted noun
        ("monday", Sense::Weekday), ("tuesday", Sense::Weekday), ("wednesday", Sense::Weekday), ("thursday", Sense::Weekday), ("friday", Sense::Weekday), ("saturday", Sense::Weekday),
        ("sunday", Sense::Weekday),
        // adjectives between a number and its noun (`40,000 new cases`); decades (`in his 40s`)
        ("new", Sense::Adj), ("other", Sense::Adj), ("additional", Sense::Adj), ("extra", Sense::Adj), ("more", Sense::Adj), ("further", Sense::Adj),
        // partitives: `five of the victims`, `two of their players`
        ("the", Sense::Det), ("their", Sense::Det), ("its", Sense::Det), ("his", Sense::Det), ("her", Sense::Det), ("our", Sense::Det), ("those", Sense::Det),
        ("these", Sense::Det),
        ("s", Sense::Decade), ("in his", Sense::UnitBefore("s", YEAR)), ("in her", Sense::UnitBefore("s", YEAR)), ("in their", Sense::UnitBefore("s", YEAR)),
        ("in his early", Sense::UnitBefore("s", YEAR)), ("in his mid", Sense::UnitBefore("s", YEAR)), ("in his late", Sense::UnitBefore("s", YEAR)),
        ("in her early", Sense::UnitBefore("s", YEAR)), ("in her mid", Sense::UnitBefore("s", YEAR)), ("in her late", Sense::UnitBefore("s", YEAR)),
        // `100 percent sure`: an intensifier, no figure
        ("percent sure", Sense::Idiom), ("percent certain", Sense::Idiom), ("percent confident", Sense::Idiom), ("per cent sure", Sense::Idiom),
        ("per cent certain", Sense::Idiom), ("per cent confident", Sense::Idiom), ("percent guaranteed", Sense::Idiom), ("percent committed", Sense::Idiom),
        // qualifiers
        ("about", Sense::Qual(About)), ("around", Sense::Qual(About)), ("roughly", Sense::Qual(About)), ("approximately", Sense::Qual(About)),
        ("some", Sense::Qual(About)), ("nearly", Sense::Qual(About)), ("almost", Sense::Qual(About)), ("close to", Sense::Qual(About)), ("an estimated", Sense::Qual(About)),
        ("more than", Sense::Qual(MoreThan)), ("over", Sense::Qual(MoreThan)), ("above", Sense::Qual(MoreThan)), ("in excess of", Sense::Qual(MoreThan)), ("upwards of", Sense::Qual(MoreThan)),
        ("at least", Sense::Qual(AtLeast)), ("no fewer than", Sense::Qual(AtLeast)), ("no less than", Sense::Qual(AtLeast)),
        ("less than", Sense::Qual(LessThan)), ("fewer than", Sense::Qual(LessThan)), ("under", Sense::Qual(LessThan)), ("below", Sense::Qual(LessThan)),
        ("up to", Sense::Qual(UpTo)), ("at most", Sense::Qual(UpTo)), ("as many as", Sense::Qual(UpTo)), ("as much as", Sense::Qual(UpTo)),
        ("or more", Sense::PostQual(AtLeast)), ("or so", Sense::PostQual(About)),
        // structure
        ("of", Sense::Link), ("to", Sense::RangeSep), ("or", Sense::RangeSep), ("between", Sense::Between), ("and", Sense::And), ("from", Sense::Stop),
        // months
        ("january", Sense::Month), ("february", Sense::Month), ("march", Sense::Month), ("april", Sense::Month), ("may", Sense::Month), ("june", Sense::Month),
        ("july", Sense::Month), ("august", Sense::Month), ("september", Sense::Month), ("october", Sense::Month), ("november", Sense::Month), ("december", Sense::Month),
        ("jan", Sense::Month), ("feb", Sense::Month), ("mar", Sense::Month), ("apr", Sense::Month), ("may", Sense::Month), ("jun", Sense::Month),
        ("jul", Sense::Month), ("aug", Sense::Month), ("sep", Sense::Month), ("oct", Sense::Month), ("nov", Sense::Month), ("dec", Sense::Month),
        // labels
        ("section", Sense::Label), ("article", Sense::Label), ("chapter", Sense::Label), ("page", Sense::Label), ("no", Sense::Label), ("number", Sense::Label),
        ("version", Sense::Label), ("model", Sense::Label), ("bill", Sense::Label), ("room", Sense::Label), ("flight", Sense::Label), ("route", Sense::Label),
        ("episode", Sense::Label), ("season", Sense::Label), ("series", Sense::Label), ("level", Sense::Label), ("grade", Sense::Label),
        // measures
        ("valuation", Sense::Measure("valuation")), ("valued", Sense::Measure("valuation")), ("valued at", Sense::Measure("valuation")), ("worth", Sense::Measure("valuation")),
        ("market value", Sense::Measure("market_cap")), ("market cap", Sense::Measure("market_cap")), ("market capitalisation", Sense::Measure("market_cap")),
        ("market capitalization", Sense::Measure("market_cap")),
        ("raised", Sense::Measure("funding")), ("raise", Sense::Measure("funding")), ("funding", Sense::Measure("funding")), ("financing", Sense::Measure("funding")), ("fundraising", Sense::Measure("funding")),
        ("revenue", Sense::Measure("revenue")), ("revenues", Sense::Measure("revenue")), ("sales", Sense::Measure("revenue")), ("turnover", Sense::Measure("revenue")),
        ("profit", Sense::Measure("profit")), ("profits", Sense::Measure("profit")), ("net income", Sense::Measure("profit")), ("earnings", Sense::Measure("profit")),
        ("loss", Sense::Measure("loss")), ("losses", Sense::Measure("loss")), ("lost", Sense::Measure("loss")), ("lose", Sense::Measure("loss")), ("net loss", Sense::Measure("loss")),
        ("cost", Sense::Measure("cost")), ("costs", Sense::Measure("cost")), ("costing", Sense::Measure("cost")), ("price", Sense::Measure("price")), ("priced", Sense::Measure("price")),
        ("investment", Sense::Measure("investment")), ("investments", Sense::Measure("investment")), ("invest", Sense::Measure("investment")), ("invested", Sense::Measure("investment")), ("investing", Sense::Measure("investment")),
        ("debt", Sense::Measure("debt")), ("borrowed", Sense::Measure("debt")), ("loan", Sense::Measure("debt")), ("loans", Sense::Measure("debt")), ("borrowing", Sense::Measure("debt")),
        ("budget", Sense::Measure("budget")), ("spending", Sense::Measure("spending")), ("spend", Sense::Measure("spending")), ("spent", Sense::Measure("spending")),
        ("power", Sense::Measure("power")), ("capacity", Sense::Measure("power")), ("energy", Sense::Measure("energy")), ("electricity", Sense::Measure("energy")),
        ("water", Sense::Measure("water")), ("share", Sense::Measure("share")), ("stake", Sense::Measure("share")),
        ("deal", Sense::Measure("deal_value")), ("acquisition", Sense::Measure("deal_value")), ("buyback", Sense::Measure("buyback")),
        ("employees", Sense::Measure("employees")), ("staff", Sense::Measure("employees")), ("workers", Sense::Measure("employees")),
        ("users", Sense::Measure("users")), ("subscribers", Sense::Measure("users")), ("customers", Sense::Measure("users")), ("viewers", Sense::Measure("users")), ("population", Sense::Measure("population")),
        ("death toll", Sense::Measure("deaths")), ("killed", Sense::Measure("deaths")), ("deaths", Sense::Measure("deaths")),
        // counted things with cross-language names
        ("gpus", Sense::Thing("gpu")), ("gpu", Sense::Thing("gpu")), ("graphics processors", Sense::Thing("gpu")), ("chips", Sense::Thing("chip")),
        ("servers", Sense::Thing("server")), ("homes", Sense::Thing("home")), ("households", Sense::Thing("home")), ("jobs", Sense::Thing("job")),
        ("people", Sense::Thing("person")), ("volunteers", Sense::Thing("volunteer")), ("protesters", Sense::Thing("protester")),
        ("cars", Sense::Thing("car")), ("vehicles", Sense::Thing("vehicle")),
        // function words (language detection, never counted nouns)
        ("the", Sense::Stop), ("is", Sense::Stop), ("are", Sense::Stop), ("was", Sense::Stop), ("were", Sense::Stop), ("be", Sense::Stop), ("been", Sense::Stop),
        ("in", Sense::Stop), ("on", Sense::Stop), ("at", Sense::Stop), ("for", Sense::Stop), ("with", Sense::Stop), ("by", Sense::Stop), ("as", Sense::Stop),
        ("this", Sense::Stop), ("that", Sense::Stop), ("these", Sense::Stop), ("those", Sense::Stop), ("it", Sense::Stop), ("its", Sense::Stop), ("his", Sense::Stop),
        ("her", Sense::Stop), ("their", Sense::Stop), ("they", Sense::Stop), ("he", Sense::Stop), ("she", Sense::Stop), ("we", Sense::Stop), ("you", Sense::Stop),
        ("has", Sense::Stop), ("have", Sense::Stop), ("had", Sense::Stop), ("will", Sense::Stop), ("would", Sense::Stop), ("can", Sense::Stop), ("could", Sense::Stop),
        ("not", Sense::Stop), ("but", Sense::Stop), ("which", Sense::Stop), ("who", Sense::Stop), ("than", Sense::Stop), ("into", Sense::Stop), ("per", Sense::Stop),
        ("each", Sense::Stop), ("all", Sense::Stop), ("also", Sense::Stop), ("more", Sense::Stop), ("most", Sense::Stop), ("other", Sense::Stop), ("after", Sense::Stop),
        ("before", Sense::Stop), ("since", Sense::Stop), ("while", Sense::Stop), ("when", Sense::Stop), ("there", Sense::Stop), ("what", Sense::Stop), ("times", Sense::Stop),
        // fractions: `a two-thirds majority` counts no thirds
        ("thirds", Sense::Stop), ("quarters", Sense::Stop), ("fifths", Sense::Stop), ("tenths", Sense::Stop),
        ("new", Sense::Stop), ("part", Sense::Stop), ("said", Sense::Stop), ("says", Sense::Stop), ("last", Sense::Stop), ("next", Sense::Stop), ("first", Sense::Stop), ("so", Sense::Stop),
    ],
    cased: &[
        ("M", Sense::Mag(1e6)), ("B", Sense::Mag(1e9)), ("K", Sense::Mag(1e3)), ("k", Sense::Mag(1e3)), ("T", Sense::Mag(1e12)), ("Bn", Sense::Mag(1e9)),
        ("MM", Sense::Mag(1e6)),
        ("W", Sense::Unit("W", 1.0)), ("kW", Sense::Unit("W", 1e3)), ("MW", Sense::Unit("W", 1e6)), ("GW", Sense::Unit("W", 1e9)), ("TW", Sense::Unit("W", 1e12)),
        ("kWh", Sense::Unit("Wh", 1e3)), ("MWh", Sense::Unit("Wh", 1e6)), ("GWh", Sense::Unit("Wh", 1e9)), ("TWh", Sense::Unit("Wh", 1e12)),
        ("L", Sense::Unit("L", 1.0)), ("l", Sense::Unit("L", 1.0)), ("ml", Sense::Unit("L", 1e-3)), ("t", Sense::Unit("kg", 1e3)), ("m", Sense::Unit("m", 1.0)),
        ("m²", Sense::Unit("m2", 1.0)), ("m2", Sense::Unit("m2", 1.0)), ("ha", Sense::Unit("m2", 1e4)),
        ("C", Sense::Unit("°C", 1.0)), ("F", Sense::Unit("°F", 1.0)),
        ("USD", Sense::Cur("USD")), ("EUR", Sense::Cur("EUR")), ("GBP", Sense::Cur("GBP")), ("JPY", Sense::Cur("JPY")), ("CNY", Sense::Cur("CNY")), ("RMB", Sense::Cur("CNY")),
        ("BRL", Sense::Cur("BRL")), ("INR", Sense::Cur("INR")), ("Rs", Sense::Cur("INR")), ("KRW", Sense::Cur("KRW")), ("RUB", Sense::Cur("RUB")), ("UAH", Sense::Cur("UAH")),
        ("VND", Sense::Cur("VND")), ("IDR", Sense::Cur("IDR")), ("Rp", Sense::Cur("IDR")), ("TRY", Sense::Cur("TRY")), ("TL", Sense::Cur("TRY")), ("CHF", Sense::Cur("CHF")),
        ("CAD", Sense::Cur("CAD")), ("AUD", Sense::Cur("AUD")), ("MXN", Sense::Cur("MXN")), ("SAR", Sense::Cur("SAR")), ("AED", Sense::Cur("AED")), ("EGP", Sense::Cur("EGP")),
        ("HKD", Sense::Cur("HKD")),
        ("GMT", Sense::Clock), ("BST", Sense::Clock), ("UTC", Sense::Clock), ("CET", Sense::Clock), ("CEST", Sense::Clock), ("EST", Sense::Clock), ("EDT", Sense::Clock),
        ("ET", Sense::Clock), ("CST", Sense::Clock), ("CDT", Sense::Clock), ("PST", Sense::Clock), ("PDT", Sense::Clock), ("PT", Sense::Clock), ("JST", Sense::Clock), ("SGD", Sense::Cur("SGD")), ("TWD", Sense::Cur("TWD")),
    ],
    appositive_age: true,
    titles: &["mr", "ms", "mrs", "dr", "st", "jr", "sr", "prof", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep"],
    glued_million: &["m"],
    possessive_suffixes: &["s"],
    ..Lexicon::PLAIN
};
