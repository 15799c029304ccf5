//! German. Long scale: `Milliarde` = 10^9, `Billion` = 10^12 (not the English
//! billion); abbreviations `Tsd.`, `Mio.`, `Mrd.`, `Bio.` (read with their dot
//! as one key). Decimal comma, dot groups: `1.500` = 1500, `7,5` = 7.5.
//! Number words are written as one compound (`fünfundzwanzig`,
//! `zweihundert`), so the common ones are listed whole; so are the vague
//! compounds `Zehntausende` [1e4, 1e5) and `Hunderttausende` [1e5, 1e6).
//! A bare `Tausende` / `Millionen` is a plural magnitude, [2X, 1000X).

use super::{Decimal, Lang, Lexicon, W, BARREL, DAY, GALLON, HOUR, MONTH, WEEK, YEAR};
use crate::claim::Qualifier::*;

pub static LEXICON: Lexicon = Lexicon {
    lang: Lang::De,
    decimal: Decimal::Comma,
    space_groups: false,
    words: &[
        // number words (`ein`, `eine` are also articles: Stop below)
        ("ein", W::Num(1.0)), ("eine", W::Num(1.0)), ("einen", W::Num(1.0)), ("einem", W::Num(1.0)), ("einer", W::Num(1.0)), ("eins", W::Num(1.0)),
        ("zwei", W::Num(2.0)), ("drei", W::Num(3.0)), ("vier", W::Num(4.0)), ("fünf", W::Num(5.0)), ("sechs", W::Num(6.0)),
        ("sieben", W::Num(7.0)), ("acht", W::Num(8.0)), ("neun", W::Num(9.0)), ("zehn", W::Num(10.0)), ("elf", W::Num(11.0)),
        ("zwölf", W::Num(12.0)), ("dreizehn", W::Num(13.0)), ("vierzehn", W::Num(14.0)), ("fünfzehn", W::Num(15.0)), ("sechzehn", W::Num(16.0)),
        ("siebzehn", W::Num(17.0)), ("achtzehn", W::Num(18.0)), ("neunzehn", W::Num(19.0)), ("zwanzig", W::Num(20.0)), ("dreißig", W::Num(30.0)),
        ("vierzig", W::Num(40.0)), ("fünfzig", W::Num(50.0)), ("sechzig", W::Num(60.0)), ("siebzig", W::Num(70.0)), ("achtzig", W::Num(80.0)),
        ("neunzig", W::Num(90.0)), ("dutzend", W::Num(12.0)), ("ein dutzend", W::Num(12.0)),
        ("anderthalb", W::Num(1.5)), ("eineinhalb", W::Num(1.5)), ("zweieinhalb", W::Num(2.5)), ("dreieinhalb", W::Num(3.5)),
        ("viereinhalb", W::Num(4.5)), ("fünfeinhalb", W::Num(5.5)),
        ("einundzwanzig", W::Num(21.0)), ("zweiundzwanzig", W::Num(22.0)), ("dreiundzwanzig", W::Num(23.0)), ("vierundzwanzig", W::Num(24.0)), ("fünfundzwanzig", W::Num(25.0)), ("sechsundzwanzig", W::Num(26.0)),
        ("siebenundzwanzig", W::Num(27.0)), ("achtundzwanzig", W::Num(28.0)), ("neunundzwanzig", W::Num(29.0)), ("einunddreißig", W::Num(31.0)), ("zweiunddreißig", W::Num(32.0)), ("dreiunddreißig", W::Num(33.0)),
        ("vierunddreißig", W::Num(34.0)), ("fünfunddreißig", W::Num(35.0)), ("sechsunddreißig", W::Num(36.0)), ("siebenunddreißig", W::Num(37.0)), ("achtunddreißig", W::Num(38.0)), ("neununddreißig", W::Num(39.0)),
        ("einundvierzig", W::Num(41.0)), ("zweiundvierzig", W::Num(42.0)), ("dreiundvierzig", W::Num(43.0)), ("vierundvierzig", W::Num(44.0)), ("fünfundvierzig", W::Num(45.0)), ("sechsundvierzig", W::Num(46.0)),
        ("siebenundvierzig", W::Num(47.0)), ("achtundvierzig", W::Num(48.0)), ("neunundvierzig", W::Num(49.0)), ("einundfünfzig", W::Num(51.0)), ("zweiundfünfzig", W::Num(52.0)), ("dreiundfünfzig", W::Num(53.0)),
        ("vierundfünfzig", W::Num(54.0)), ("fünfundfünfzig", W::Num(55.0)), ("sechsundfünfzig", W::Num(56.0)), ("siebenundfünfzig", W::Num(57.0)), ("achtundfünfzig", W::Num(58.0)), ("neunundfünfzig", W::Num(59.0)),
        ("einundsechzig", W::Num(61.0)), ("zweiundsechzig", W::Num(62.0)), ("dreiundsechzig", W::Num(63.0)), ("vierundsechzig", W::Num(64.0)), ("fünfundsechzig", W::Num(65.0)), ("sechsundsechzig", W::Num(66.0)),
        ("siebenundsechzig", W::Num(67.0)), ("achtundsechzig", W::Num(68.0)), ("neunundsechzig", W::Num(69.0)), ("einundsiebzig", W::Num(71.0)), ("zweiundsiebzig", W::Num(72.0)), ("dreiundsiebzig", W::Num(73.0)),
        ("vierundsiebzig", W::Num(74.0)), ("fünfundsiebzig", W::Num(75.0)), ("sechsundsiebzig", W::Num(76.0)), ("siebenundsiebzig", W::Num(77.0)), ("achtundsiebzig", W::Num(78.0)), ("neunundsiebzig", W::Num(79.0)),
        ("einundachtzig", W::Num(81.0)), ("zweiundachtzig", W::Num(82.0)), ("dreiundachtzig", W::Num(83.0)), ("vierundachtzig", W::Num(84.0)), ("fünfundachtzig", W::Num(85.0)), ("sechsundachtzig", W::Num(86.0)),
        ("siebenundachtzig", W::Num(87.0)), ("achtundachtzig", W::Num(88.0)), ("neunundachtzig", W::Num(89.0)), ("einundneunzig", W::Num(91.0)), ("zweiundneunzig", W::Num(92.0)), ("dreiundneunzig", W::Num(93.0)),
        ("vierundneunzig", W::Num(94.0)), ("fünfundneunzig", W::Num(95.0)), ("sechsundneunzig", W::Num(96.0)), ("siebenundneunzig", W::Num(97.0)), ("achtundneunzig", W::Num(98.0)), ("neunundneunzig", W::Num(99.0)),
        ("einhundert", W::Num(100.0)), ("zweihundert", W::Num(200.0)), ("dreihundert", W::Num(300.0)), ("vierhundert", W::Num(400.0)), ("fünfhundert", W::Num(500.0)),
        ("sechshundert", W::Num(600.0)), ("siebenhundert", W::Num(700.0)), ("achthundert", W::Num(800.0)), ("neunhundert", W::Num(900.0)),
        ("eintausend", W::Num(1000.0)), ("zweitausend", W::Num(2000.0)), ("dreitausend", W::Num(3000.0)), ("viertausend", W::Num(4000.0)), ("fünftausend", W::Num(5000.0)),
        ("sechstausend", W::Num(6000.0)), ("siebentausend", W::Num(7000.0)), ("achttausend", W::Num(8000.0)), ("neuntausend", W::Num(9000.0)),
        ("zehntausend", W::Num(1e4)), ("zwanzigtausend", W::Num(2e4)), ("fünfzigtausend", W::Num(5e4)), ("hunderttausend", W::Num(1e5)),
        ("hundert", W::Small(100.0)),
        // magnitudes
        ("tausend", W::Mag(1e3)), ("tausende", W::MagPl(1e3)), ("tausenden", W::MagPl(1e3)), ("tsd", W::Mag(1e3)), ("tsd.", W::Mag(1e3)),
        ("million", W::Mag(1e6)), ("millionen", W::MagPl(1e6)), ("mio", W::Mag(1e6)), ("mio.", W::Mag(1e6)),
        ("milliarde", W::Mag(1e9)), ("milliarden", W::MagPl(1e9)), ("mrd", W::Mag(1e9)), ("mrd.", W::Mag(1e9)), ("mia.", W::Mag(1e9)),
        ("billion", W::Mag(1e12)), ("billionen", W::MagPl(1e12)), ("bio.", W::Mag(1e12)),
        ("millionenbetrag", W::MagPl(1e6)), ("milliardenbetrag", W::MagPl(1e9)), ("millionenbeträge", W::MagPl(1e6)), ("milliardenbeträge", W::MagPl(1e9)),
        ("millionenbereich", W::MagPl(1e6)), ("milliardenbereich", W::MagPl(1e9)),
        // vague quantities
        ("mehrere", W::Vague(2.0, 10.0)), ("mehreren", W::Vague(2.0, 10.0)), ("einige", W::Vague(2.0, 10.0)), ("einigen", W::Vague(2.0, 10.0)),
        ("ein paar", W::Vague(2.0, 10.0)), ("etliche", W::Vague(2.0, 10.0)),
        ("dutzende", W::Vague(24.0, 120.0)), ("dutzenden", W::Vague(24.0, 120.0)), ("mehrere dutzend", W::Vague(24.0, 120.0)),
        ("hunderte", W::Vague(100.0, 1000.0)), ("hunderten", W::Vague(100.0, 1000.0)),
        ("mehrere hundert", W::Vague(200.0, 1000.0)), ("einige hundert", W::Vague(200.0, 1000.0)), ("ein paar hundert", W::Vague(200.0, 1000.0)),
        ("zehntausende", W::Vague(1e4, 1e5)), ("zehntausenden", W::Vague(1e4, 1e5)),
        ("hunderttausende", W::Vague(1e5, 1e6)), ("hunderttausenden", W::Vague(1e5, 1e6)),
        ("zweistelligen", W::Vague(10.0, 100.0)), ("zweistelliger", W::Vague(10.0, 100.0)), ("dreistelligen", W::Vague(100.0, 1000.0)),
        ("dreistelliger", W::Vague(100.0, 1000.0)), ("einstelligen", W::Vague(1.0, 10.0)), ("einstelliger", W::Vague(1.0, 10.0)),
        ("zweistellige", W::Vague(10.0, 100.0)), ("dreistellige", W::Vague(100.0, 1000.0)),
        // currencies
        ("euro", W::Cur("EUR")), ("dollar", W::Cur("USD")), ("us-dollar", W::Cur("USD")), ("dollars", W::Cur("USD")),
        ("franken", W::Cur("CHF")), ("schweizer franken", W::Cur("CHF")), ("fr.", W::Cur("CHF")), ("pfund", W::Cur("GBP")), ("pfund sterling", W::Cur("GBP")),
        ("yen", W::Cur("JPY")), ("yuan", W::Cur("CNY")), ("renminbi", W::Cur("CNY")), ("rubel", W::Cur("RUB")), ("rupien", W::Cur("INR")),
        ("hrywnja", W::Cur("UAH")), ("lira", W::Cur("TRY")), ("won", W::Cur("KRW")),
        // units
        ("prozent", W::Pct),
        ("watt", W::Unit("W", 1.0)), ("kilowatt", W::Unit("W", 1e3)), ("megawatt", W::Unit("W", 1e6)), ("gigawatt", W::Unit("W", 1e9)), ("terawatt", W::Unit("W", 1e12)),
        ("kilowattstunde", W::Unit("Wh", 1e3)), ("kilowattstunden", W::Unit("Wh", 1e3)), ("megawattstunden", W::Unit("Wh", 1e6)),
        ("gigawattstunden", W::Unit("Wh", 1e9)), ("terawattstunden", W::Unit("Wh", 1e12)),
        ("liter", W::Unit("L", 1.0)), ("hektoliter", W::Unit("L", 100.0)), ("kubikmeter", W::Unit("L", 1e3)), ("gallonen", W::Unit("L", GALLON)),
        ("barrel", W::Unit("L", BARREL)), ("fass", W::Unit("L", BARREL)),
        ("kilogramm", W::Unit("kg", 1.0)), ("kilo", W::Unit("kg", 1.0)), ("gramm", W::Unit("kg", 1e-3)), ("tonne", W::Unit("kg", 1e3)), ("tonnen", W::Unit("kg", 1e3)),
        ("kilometer", W::Unit("m", 1e3)), ("meter", W::Unit("m", 1.0)), ("quadratkilometer", W::Unit("m2", 1e6)), ("quadratmeter", W::Unit("m2", 1.0)),
        ("hektar", W::Unit("m2", 1e4)), ("qm", W::Unit("m2", 1.0)),
        ("jahr", W::Unit("s", YEAR)), ("jahre", W::Unit("s", YEAR)), ("jahren", W::Unit("s", YEAR)), ("monat", W::Unit("s", MONTH)),
        ("monate", W::Unit("s", MONTH)), ("monaten", W::Unit("s", MONTH)), ("woche", W::Unit("s", WEEK)), ("wochen", W::Unit("s", WEEK)),
        ("tag", W::Unit("s", DAY)), ("tage", W::Unit("s", DAY)), ("tagen", W::Unit("s", DAY)), ("stunde", W::Unit("s", HOUR)),
        ("stunden", W::Unit("s", HOUR)), ("minuten", W::Unit("s", 60.0)), ("jahrzehnte", W::Unit("s", 10.0 * YEAR)), ("jahrzehnten", W::Unit("s", 10.0 * YEAR)),
        // qualifiers
        ("rund", W::Qual(About)), ("etwa", W::Qual(About)), ("circa", W::Qual(About)), ("zirka", W::Qual(About)), ("ca.", W::Qual(About)),
        ("ungefähr", W::Qual(About)), ("knapp", W::Qual(About)), ("fast", W::Qual(About)), ("beinahe", W::Qual(About)), ("nahezu", W::Qual(About)),
        ("annähernd", W::Qual(About)), ("schätzungsweise", W::Qual(About)), ("geschätzte", W::Qual(About)),
        ("mehr als", W::Qual(MoreThan)), ("über", W::Qual(MoreThan)), ("weit über", W::Qual(MoreThan)), ("gut", W::Qual(MoreThan)),
        ("mindestens", W::Qual(AtLeast)), ("wenigstens", W::Qual(AtLeast)), ("nicht weniger als", W::Qual(AtLeast)),
        ("weniger als", W::Qual(LessThan)), ("unter", W::Qual(LessThan)), ("nicht einmal", W::Qual(LessThan)),
        ("bis zu", W::Qual(UpTo)), ("höchstens", W::Qual(UpTo)), ("maximal", W::Qual(UpTo)), ("nicht mehr als", W::Qual(UpTo)),
        ("oder mehr", W::PostQual(AtLeast)), ("und mehr", W::PostQual(AtLeast)),
        // structure
        ("von", W::Link), ("an", W::Link), ("bis", W::RangeSep), ("oder", W::RangeSep), ("zwischen", W::Between), ("und", W::And),
        // months, January first; then abbreviations; then Austrian Jänner
        ("januar", W::Month), ("februar", W::Month), ("märz", W::Month), ("april", W::Month), ("mai", W::Month), ("juni", W::Month),
        ("juli", W::Month), ("august", W::Month), ("september", W::Month), ("oktober", W::Month), ("november", W::Month), ("dezember", W::Month),
        ("jan", W::Month), ("feb", W::Month), ("mär", W::Month), ("apr", W::Month), ("mai", W::Month), ("jun", W::Month),
        ("jul", W::Month), ("aug", W::Month), ("sept", W::Month), ("okt", W::Month), ("nov", W::Month), ("dez", W::Month),
        ("jänner", W::Month),
        // labels
        ("artikel", W::Label), ("art", W::Label), ("paragraf", W::Label), ("paragraph", W::Label), ("absatz", W::Label), ("abs", W::Label),
        ("kapitel", W::Label), ("seite", W::Label), ("nr", W::Label), ("nummer", W::Label), ("version", W::Label), ("modell", W::Label),
        ("gesetz", W::Label), ("drucksache", W::Label), ("zimmer", W::Label), ("raum", W::Label), ("flug", W::Label), ("linie", W::Label),
        ("gleis", W::Label), ("folge", W::Label), ("staffel", W::Label), ("stufe", W::Label), ("klasse", W::Label), ("platz", W::Label),
        ("rang", W::Label), ("tabelle", W::Label), ("abbildung", W::Label), ("bundesstraße", W::Label), ("autobahn", W::Label), ("uhr", W::Stop),
        // measures
        ("bewertung", W::Measure("valuation")), ("bewertet", W::Measure("valuation")), ("firmenwert", W::Measure("valuation")), ("wert", W::Measure("valuation")),
        ("marktwert", W::Measure("market_cap")), ("börsenwert", W::Measure("market_cap")), ("marktkapitalisierung", W::Measure("market_cap")),
        ("börsenwerts", W::Measure("market_cap")),
        ("finanzierung", W::Measure("funding")), ("finanzierungsrunde", W::Measure("funding")), ("eingesammelt", W::Measure("funding")),
        ("sammelte", W::Measure("funding")), ("sammelt", W::Measure("funding")), ("kapital", W::Measure("funding")), ("risikokapital", W::Measure("funding")),
        ("umsatz", W::Measure("revenue")), ("umsätze", W::Measure("revenue")), ("erlöse", W::Measure("revenue")), ("einnahmen", W::Measure("revenue")),
        ("erlös", W::Measure("revenue")), ("gewinn", W::Measure("profit")), ("nettogewinn", W::Measure("profit")), ("überschuss", W::Measure("profit")),
        ("gewinne", W::Measure("profit")), ("verlust", W::Measure("loss")), ("verluste", W::Measure("loss")), ("fehlbetrag", W::Measure("loss")),
        ("kosten", W::Measure("cost")), ("kostet", W::Measure("cost")), ("gekostet", W::Measure("cost")), ("kosteten", W::Measure("cost")),
        ("preis", W::Measure("price")), ("kaufpreis", W::Measure("deal_value")),
        ("investition", W::Measure("investment")), ("investitionen", W::Measure("investment")), ("investiert", W::Measure("investment")),
        ("investieren", W::Measure("investment")), ("investierte", W::Measure("investment")), ("investment", W::Measure("investment")),
        ("schulden", W::Measure("debt")), ("kredit", W::Measure("debt")), ("kredite", W::Measure("debt")), ("darlehen", W::Measure("debt")),
        ("anleihe", W::Measure("debt")), ("geliehen", W::Measure("debt")), ("verschuldung", W::Measure("debt")),
        ("budget", W::Measure("budget")), ("haushalt", W::Measure("budget")), ("etat", W::Measure("budget")),
        ("ausgaben", W::Measure("spending")), ("ausgegeben", W::Measure("spending")),
        ("leistung", W::Measure("power")), ("kapazität", W::Measure("power")), ("anschlussleistung", W::Measure("power")),
        ("strom", W::Measure("energy")), ("energie", W::Measure("energy")), ("stromverbrauch", W::Measure("energy")), ("energieverbrauch", W::Measure("energy")),
        ("wasser", W::Measure("water")), ("wasserverbrauch", W::Measure("water")), ("anteil", W::Measure("share")), ("beteiligung", W::Measure("share")),
        ("übernahme", W::Measure("deal_value")), ("deal", W::Measure("deal_value")), ("aktienrückkauf", W::Measure("buyback")), ("rückkauf", W::Measure("buyback")),
        ("mitarbeiter", W::Measure("employees")), ("mitarbeitende", W::Measure("employees")), ("beschäftigte", W::Measure("employees")),
        ("angestellte", W::Measure("employees")), ("nutzer", W::Measure("users")), ("nutzerinnen", W::Measure("users")), ("kunden", W::Measure("users")),
        ("einwohner", W::Measure("population")), ("bevölkerung", W::Measure("population")),
        ("tote", W::Measure("deaths")), ("toten", W::Measure("deaths")), ("todesopfer", W::Measure("deaths")), ("getötet", W::Measure("deaths")),
        ("starben", W::Measure("deaths")), ("ums leben", W::Measure("deaths")),
        // counted things
        ("gpus", W::Thing("gpu")), ("gpu", W::Thing("gpu")), ("grafikprozessoren", W::Thing("gpu")), ("grafikkarten", W::Thing("gpu")), ("chips", W::Thing("chip")),
        ("server", W::Thing("server")), ("haushalte", W::Thing("home")), ("wohnungen", W::Thing("home")), ("häuser", W::Thing("home")),
        ("arbeitsplätze", W::Thing("job")), ("jobs", W::Thing("job")), ("stellen", W::Thing("job")), ("menschen", W::Thing("person")),
        ("personen", W::Thing("person")), ("freiwillige", W::Thing("volunteer")), ("helfer", W::Thing("volunteer")), ("ehrenamtliche", W::Thing("volunteer")),
        ("demonstranten", W::Thing("protester")), ("demonstrierende", W::Thing("protester")), ("autos", W::Thing("car")), ("pkw", W::Thing("car")),
        ("elektroautos", W::Thing("car")), ("fahrzeuge", W::Thing("vehicle")),
        // function words
        ("der", W::Stop), ("die", W::Stop), ("das", W::Stop), ("den", W::Stop), ("dem", W::Stop), ("des", W::Stop), ("ein", W::Stop),
        ("eine", W::Stop), ("einen", W::Stop), ("einem", W::Stop), ("einer", W::Stop), ("eines", W::Stop), ("und", W::Stop), ("oder", W::Stop),
        ("in", W::Stop), ("im", W::Stop), ("ins", W::Stop), ("ist", W::Stop), ("sind", W::Stop), ("war", W::Stop), ("waren", W::Stop),
        ("wird", W::Stop), ("werden", W::Stop), ("wurde", W::Stop), ("wurden", W::Stop), ("hat", W::Stop), ("haben", W::Stop), ("hatte", W::Stop),
        ("mit", W::Stop), ("von", W::Stop), ("für", W::Stop), ("auf", W::Stop), ("aus", W::Stop), ("bei", W::Stop), ("nach", W::Stop),
        ("zum", W::Stop), ("zur", W::Stop), ("zu", W::Stop), ("vom", W::Stop), ("als", W::Stop), ("auch", W::Stop), ("nicht", W::Stop),
        ("sich", W::Stop), ("sie", W::Stop), ("er", W::Stop), ("es", W::Stop), ("wir", W::Stop), ("ihre", W::Stop), ("ihren", W::Stop),
        ("seine", W::Stop), ("seiner", W::Stop), ("seinen", W::Stop), ("dass", W::Stop), ("wie", W::Stop), ("noch", W::Stop), ("nur", W::Stop),
        ("schon", W::Stop), ("bereits", W::Stop), ("am", W::Stop), ("beim", W::Stop), ("durch", W::Stop), ("seit", W::Stop), ("ohne", W::Stop),
        ("dieser", W::Stop), ("diese", W::Stop), ("dieses", W::Stop), ("diesem", W::Stop), ("jedoch", W::Stop), ("sowie", W::Stop), ("laut", W::Stop),
        ("demnach", W::Stop), ("mehr", W::Stop), ("aber", W::Stop), ("wenn", W::Stop), ("soll", W::Stop), ("sollen", W::Stop), ("kann", W::Stop),
        ("können", W::Stop), ("insgesamt", W::Stop), ("jährlich", W::Stop), ("pro", W::Stop), ("je", W::Stop), ("weitere", W::Stop),
        ("neue", W::Stop), ("neuen", W::Stop), ("sagte", W::Stop), ("teilte", W::Stop), ("um", W::Stop), ("bis", W::Stop),
    ],
    cased: &[("PS", W::Unit("W", 735.498_75)), ("MW", W::Unit("W", 1e6)), ("GW", W::Unit("W", 1e9))],
};

/// Articles and determiners: a capitalized word after one is a common noun
/// (`der Umsatz`, `im Quartal`), not a name, when looking for a figure's subject.
pub fn after_determiner(word: &str) -> bool {
    const DETERMINERS: &[&str] = &[
        "der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einen", "einer", "eines", "im", "am", "vom", "zum", "zur",
        "beim", "ins", "ans", "seine", "seinen", "seiner", "seinem", "ihre", "ihren", "ihrer", "ihrem", "diese", "dieser", "diesem",
        "diesen", "dieses", "jede", "jeder", "jeden", "jedem", "kein", "keine", "keinen", "keiner", "unsere", "unser",
    ];
    let w = word.to_lowercase();
    DETERMINERS.contains(&w.as_str())
}
