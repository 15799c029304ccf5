//! French. Long scale: `milliard` = 10^9, `billion` = 10^12, `trillion` =
//! 10^18 — but a French `trillion` in a money story is almost always the
//! English 10^12, so it carries both readings. Abbreviations: `Md`, `Mds`,
//! `M`, `k`. Decimal comma; thousands grouped by spaces (also U+00A0, U+202F).

use super::{
    Decimal, Lang, Lexicon, Sense, ACRE, BARREL, DAY, FOOT, GALLON, HOUR, INCH, KMH, KNOT, MILE, MONTH, MPH, NAUTICAL_MILE, WEEK, YARD,
    YEAR,
};
use crate::claim::Qualifier::*;

#[rustfmt::skip]
pub static LEXICON: Lexicon = Lexicon {
    lang: Lang::Fr,
    decimal: Decimal::Comma,
    space_groups: true,
    words: &[
        ("un", Sense::Num(1.0)), ("une", Sense::Num(1.0)), ("deux", Sense::Num(2.0)), ("trois", Sense::Num(3.0)), ("quatre", Sense::Num(4.0)),
        ("cinq", Sense::Num(5.0)), ("six", Sense::Num(6.0)), ("sept", Sense::Num(7.0)), ("huit", Sense::Num(8.0)), ("neuf", Sense::Num(9.0)),
        ("dix", Sense::Num(10.0)), ("onze", Sense::Num(11.0)), ("douze", Sense::Num(12.0)), ("treize", Sense::Num(13.0)), ("quatorze", Sense::Num(14.0)),
        ("quinze", Sense::Num(15.0)), ("seize", Sense::Num(16.0)), ("vingt", Sense::Small(20.0)), ("vingts", Sense::Small(20.0)), ("trente", Sense::Num(30.0)),
        ("quarante", Sense::Num(40.0)), ("cinquante", Sense::Num(50.0)), ("soixante", Sense::Num(60.0)), ("septante", Sense::Num(70.0)),
        ("octante", Sense::Num(80.0)), ("huitante", Sense::Num(80.0)), ("nonante", Sense::Num(90.0)), ("douzaine", Sense::Num(12.0)), ("une douzaine", Sense::Num(12.0)),
        // `vingt` multiplies like `cent`: quatre-vingts = 4 × 20, cent vingt = 100 + 20.
        ("cent", Sense::Small(100.0)), ("cents", Sense::Small(100.0)),
        // magnitudes
        ("mille", Sense::Mag(1e3)), ("mil", Sense::Mag(1e3)), ("millier", Sense::Mag(1e3)), ("milliers", Sense::MagPl(1e3)),
        ("million", Sense::Mag(1e6)), ("millions", Sense::MagPl(1e6)), ("milliard", Sense::Mag(1e9)), ("milliards", Sense::MagPl(1e9)),
        ("billion", Sense::Mag(1e12)), ("billions", Sense::MagPl(1e12)),
        ("trillion", Sense::MagAmb(1e18, 1e12)), ("trillions", Sense::MagAmb(1e18, 1e12)),
        ("mds", Sense::Mag(1e9)), ("mrd", Sense::Mag(1e9)),
        // vague
        ("plusieurs", Sense::Vague(2.0, 10.0)), ("quelques", Sense::Vague(2.0, 10.0)), ("dizaines", Sense::Vague(10.0, 100.0)),
        ("douzaines", Sense::Vague(24.0, 120.0)), ("centaines", Sense::Vague(100.0, 1000.0)), ("une dizaine", Sense::Vague(8.0, 20.0)),
        ("une centaine", Sense::Vague(80.0, 200.0)), ("un millier", Sense::Vague(800.0, 2000.0)),
        // currencies
        ("dollar", Sense::Cur("USD")), ("dollars", Sense::Cur("USD")), ("euro", Sense::Cur("EUR")), ("euros", Sense::Cur("EUR")),
        ("livres", Sense::Cur("GBP")), ("livres sterling", Sense::Cur("GBP")), ("yens", Sense::Cur("JPY")), ("yuans", Sense::Cur("CNY")),
        ("roupies", Sense::Cur("INR")), ("roubles", Sense::Cur("RUB")), ("francs suisses", Sense::Cur("CHF")), ("reais", Sense::Cur("BRL")),
        ("francs cfa", Sense::Cur("XOF")),
        // units
        ("pour cent", Sense::Pct), ("pourcent", Sense::Pct), ("points de pourcentage", Sense::Pct), ("point de pourcentage", Sense::Pct),
        ("watts", Sense::Unit("W", 1.0)), ("kilowatts", Sense::Unit("W", 1e3)), ("mégawatts", Sense::Unit("W", 1e6)), ("mégawatt", Sense::Unit("W", 1e6)),
        ("gigawatts", Sense::Unit("W", 1e9)), ("gigawatt", Sense::Unit("W", 1e9)), ("térawatts", Sense::Unit("W", 1e12)),
        ("térawattheures", Sense::Unit("Wh", 1e12)), ("gigawattheures", Sense::Unit("Wh", 1e9)), ("mégawattheures", Sense::Unit("Wh", 1e6)), ("kilowattheures", Sense::Unit("Wh", 1e3)),
        ("litre", Sense::Unit("L", 1.0)), ("litres", Sense::Unit("L", 1.0)), ("gallons", Sense::Unit("L", GALLON)), ("barils", Sense::Unit("L", BARREL)), ("mètres cubes", Sense::Unit("L", 1e3)),
        ("kilos", Sense::Unit("kg", 1.0)), ("kilogrammes", Sense::Unit("kg", 1.0)), ("tonne", Sense::Unit("kg", 1e3)), ("tonnes", Sense::Unit("kg", 1e3)),
        ("kilomètres", Sense::Unit("m", 1e3)), ("mètres", Sense::Unit("m", 1.0)), ("hectares", Sense::Unit("m2", 1e4)), ("mètres carrés", Sense::Unit("m2", 1.0)),
        ("kilomètres carrés", Sense::Unit("m2", 1e6)),
        ("an", Sense::Unit("s", YEAR)), ("ans", Sense::Unit("s", YEAR)), ("année", Sense::Unit("s", YEAR)), ("années", Sense::Unit("s", YEAR)),
        ("mois", Sense::Unit("s", MONTH)), ("semaine", Sense::Unit("s", WEEK)), ("semaines", Sense::Unit("s", WEEK)), ("jour", Sense::Unit("s", DAY)), ("jours", Sense::Unit("s", DAY)),
        ("heure", Sense::Unit("s", HOUR)), ("heures", Sense::Unit("s", HOUR)), ("minutes", Sense::Unit("s", 60.0)), ("décennies", Sense::Unit("s", 10.0 * YEAR)),
        // lengths, speeds, temperatures (°C), earthquakes
        ("milles", Sense::Unit("m", MILE)), ("miles", Sense::Unit("m", MILE)), ("milles marins", Sense::Unit("m", NAUTICAL_MILE)), ("milles nautiques", Sense::Unit("m", NAUTICAL_MILE)),
        ("pieds", Sense::Unit("m", FOOT)), ("pouces", Sense::Unit("m", INCH)), ("yards", Sense::Unit("m", YARD)), ("centimètres", Sense::Unit("m", 0.01)),
        ("centimètre", Sense::Unit("m", 0.01)), ("cm", Sense::Unit("m", 0.01)), ("millimètres", Sense::Unit("m", 1e-3)), ("mm", Sense::Unit("m", 1e-3)),
        ("kilomètre", Sense::Unit("m", 1e3)), ("mètre", Sense::Unit("m", 1.0)), ("acres", Sense::Unit("m2", ACRE)), ("hectare", Sense::Unit("m2", 1e4)),
        ("kilogramme", Sense::Unit("kg", 1.0)), ("grammes", Sense::Unit("kg", 1e-3)),
        ("kilomètres par heure", Sense::Unit("m/s", KMH)), ("kilomètres à l'heure", Sense::Unit("m/s", KMH)), ("kilomètres-heure", Sense::Unit("m/s", KMH)),
        ("milles à l'heure", Sense::Unit("m/s", MPH)), ("milles par heure", Sense::Unit("m/s", MPH)), ("nœuds", Sense::Unit("m/s", KNOT)),
        ("degrés", Sense::Unit("°C", 1.0)), ("degrés", Sense::UnitAlt("°F", 1.0)), ("degré", Sense::Unit("°C", 1.0)), ("degré", Sense::UnitAlt("°F", 1.0)), ("degrés celsius", Sense::Unit("°C", 1.0)),
        ("°", Sense::Unit("°C", 1.0)), ("°c", Sense::Unit("°C", 1.0)), ("ºc", Sense::Unit("°C", 1.0)), ("℃", Sense::Unit("°C", 1.0)), ("celsius", Sense::Unit("°C", 1.0)),
        ("degrés fahrenheit", Sense::Unit("°F", 1.0)), ("fahrenheit", Sense::Unit("°F", 1.0)), ("°f", Sense::Unit("°F", 1.0)), ("ºf", Sense::Unit("°F", 1.0)),
        ("magnitude", Sense::UnitBefore("magnitude", 1.0)), ("degrés sur l'échelle de richter", Sense::Unit("magnitude", 1.0)),
        ("sur l'échelle de richter", Sense::Unit("magnitude", 1.0)),
        // times of day: `11 h 15`, `04h40`
        ("h", Sense::Clock),
        // days of the week: never a counted noun
        ("lundi", Sense::Weekday), ("mardi", Sense::Weekday), ("mercredi", Sense::Weekday), ("jeudi", Sense::Weekday), ("vendredi", Sense::Weekday), ("samedi", Sense::Weekday),
        ("dimanche", Sense::Weekday),
        // qualifiers
        ("environ", Sense::Qual(About)), ("près de", Sense::Qual(About)), ("quelque", Sense::Qual(About)), ("approximativement", Sense::Qual(About)),
        ("autour de", Sense::Qual(About)), ("presque", Sense::Qual(About)), ("quasiment", Sense::Qual(About)),
        ("plus de", Sense::Qual(MoreThan)), ("au-delà de", Sense::Qual(MoreThan)), ("supérieur à", Sense::Qual(MoreThan)), ("supérieure à", Sense::Qual(MoreThan)),
        ("au moins", Sense::Qual(AtLeast)), ("moins de", Sense::Qual(LessThan)), ("inférieur à", Sense::Qual(LessThan)),
        ("jusqu'à", Sense::Qual(UpTo)), ("au plus", Sense::Qual(UpTo)), ("au maximum", Sense::Qual(UpTo)), ("ou plus", Sense::PostQual(AtLeast)),
        // structure
        ("de", Sense::Link), ("d'", Sense::Link), ("des", Sense::Stop), ("du", Sense::Stop),
        ("à", Sense::RangeSep), ("a", Sense::Stop), ("ou", Sense::RangeSep), ("entre", Sense::Between), ("et", Sense::And),
        // months
        ("janvier", Sense::Month), ("février", Sense::Month), ("mars", Sense::Month), ("avril", Sense::Month), ("mai", Sense::Month), ("juin", Sense::Month),
        ("juillet", Sense::Month), ("août", Sense::Month), ("septembre", Sense::Month), ("octobre", Sense::Month), ("novembre", Sense::Month), ("décembre", Sense::Month),
        // labels
        ("article", Sense::Label), ("art", Sense::Label), ("alinéa", Sense::Label), ("paragraphe", Sense::Label), ("chapitre", Sense::Label), ("section", Sense::Label), ("page", Sense::Label), ("n°", Sense::Label), ("numéro", Sense::Label),
        ("modèle", Sense::Label), ("version", Sense::Label), ("vol", Sense::Label), ("salle", Sense::Label), ("loi", Sense::Label),
        // measures
        ("valorisation", Sense::Measure("valuation")), ("valorisée", Sense::Measure("valuation")), ("valorisé", Sense::Measure("valuation")),
        ("capitalisation", Sense::Measure("market_cap")), ("capitalisation boursière", Sense::Measure("market_cap")), ("valeur de marché", Sense::Measure("market_cap")),
        ("financement", Sense::Measure("funding")), ("levée", Sense::Measure("funding")), ("levé", Sense::Measure("funding")), ("lever", Sense::Measure("funding")),
        ("chiffre d'affaires", Sense::Measure("revenue")), ("revenus", Sense::Measure("revenue")), ("ventes", Sense::Measure("revenue")),
        ("bénéfice", Sense::Measure("profit")), ("bénéfices", Sense::Measure("profit")), ("perte", Sense::Measure("loss")), ("pertes", Sense::Measure("loss")), ("perdu", Sense::Measure("loss")),
        ("coût", Sense::Measure("cost")), ("coûts", Sense::Measure("cost")), ("coûté", Sense::Measure("cost")), ("coûtera", Sense::Measure("cost")), ("prix", Sense::Measure("price")),
        ("investissement", Sense::Measure("investment")), ("investissements", Sense::Measure("investment")), ("investit", Sense::Measure("investment")), ("investi", Sense::Measure("investment")),
        ("dette", Sense::Measure("debt")), ("dettes", Sense::Measure("debt")), ("emprunté", Sense::Measure("debt")), ("emprunt", Sense::Measure("debt")), ("prêt", Sense::Measure("debt")),
        ("budget", Sense::Measure("budget")), ("dépenses", Sense::Measure("spending")), ("dépensé", Sense::Measure("spending")), ("dépense", Sense::Measure("spending")),
        ("puissance", Sense::Measure("power")), ("électrique", Sense::Measure("power")), ("électricité", Sense::Measure("power")), ("énergie", Sense::Measure("power")),
        ("eau", Sense::Measure("water")), ("part", Sense::Measure("share")), ("participation", Sense::Measure("share")),
        ("salariés", Sense::Measure("employees")), ("employés", Sense::Measure("employees")), ("utilisateurs", Sense::Measure("users")),
        ("morts", Sense::Measure("deaths")), ("rachat", Sense::Measure("buyback")),
        // counted things
        ("gpu", Sense::Thing("gpu")), ("gpus", Sense::Thing("gpu")), ("processeurs graphiques", Sense::Thing("gpu")), ("puces", Sense::Thing("chip")),
        ("serveurs", Sense::Thing("server")), ("foyers", Sense::Thing("home")), ("logements", Sense::Thing("home")), ("emplois", Sense::Thing("job")),
        ("personnes", Sense::Thing("person")), ("bénévoles", Sense::Thing("volunteer")), ("manifestants", Sense::Thing("protester")),
        ("voitures", Sense::Thing("car")), ("véhicules", Sense::Thing("vehicle")),
        // function words
        ("le", Sense::Stop), ("la", Sense::Stop), ("les", Sense::Stop), ("l'", Sense::Stop), ("en", Sense::Stop), ("dans", Sense::Stop), ("pour", Sense::Stop), ("par", Sense::Stop),
        ("avec", Sense::Stop), ("sans", Sense::Stop), ("sur", Sense::Stop), ("que", Sense::Stop), ("qui", Sense::Stop), ("qu'", Sense::Stop), ("ne", Sense::Stop), ("pas", Sense::Stop),
        ("est", Sense::Stop), ("sont", Sense::Stop), ("été", Sense::Stop), ("au", Sense::Stop), ("aux", Sense::Stop), ("son", Sense::Stop), ("sa", Sense::Stop), ("ses", Sense::Stop),
        ("il", Sense::Stop), ("elle", Sense::Stop), ("ils", Sense::Stop), ("nous", Sense::Stop), ("vous", Sense::Stop), ("ce", Sense::Stop), ("cette", Sense::Stop),
        ("ces", Sense::Stop), ("mais", Sense::Stop), ("aussi", Sense::Stop), ("plus", Sense::Stop), ("comme", Sense::Stop), ("fois", Sense::Stop), ("selon", Sense::Stop),
        ("tous", Sense::Stop), ("toute", Sense::Stop), ("leurs", Sense::Stop), ("leur", Sense::Stop), ("déjà", Sense::Stop), ("encore", Sense::Stop), ("prochains", Sense::Stop),
        ("ont", Sense::Stop), ("était", Sense::Stop), ("sera", Sense::Stop), ("seront", Sense::Stop), ("fait", Sense::Stop), ("peut", Sense::Stop), ("doit", Sense::Stop),
        ("après", Sense::Stop), ("avant", Sense::Stop), ("depuis", Sense::Stop), ("contre", Sense::Stop), ("chez", Sense::Stop), ("vers", Sense::Stop), ("dont", Sense::Stop),
        ("où", Sense::Stop), ("lors", Sense::Stop), ("tout", Sense::Stop), ("très", Sense::Stop), ("ainsi", Sense::Stop), ("alors", Sense::Stop), ("donc", Sense::Stop),
        ("car", Sense::Stop), ("si", Sense::Stop), ("on", Sense::Stop), ("se", Sense::Stop), ("y", Sense::Stop), ("s'", Sense::Stop), ("n'", Sense::Stop), ("c'", Sense::Stop),
        ("j'", Sense::Stop), ("cet", Sense::Stop), ("nos", Sense::Stop), ("notre", Sense::Stop), ("autres", Sense::Stop),
    ],
    cased: &[
        ("Md", Sense::Mag(1e9)), ("Mds", Sense::Mag(1e9)), ("Mrd", Sense::Mag(1e9)), ("M", Sense::Mag(1e6)), ("k", Sense::Mag(1e3)),
        ("MW", Sense::Unit("W", 1e6)), ("GW", Sense::Unit("W", 1e9)),
    ],
    appositive_age: true,
    titles: &["mme", "mlle", "dr", "prof"],
    ..Lexicon::PLAIN
};
