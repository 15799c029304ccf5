//! French. Long scale: `milliard` = 10^9, `billion` = 10^12, `trillion` =
//! 10^18 — but a French `trillion` in a money story is almost always the
//! English 10^12, so it carries both readings. Abbreviations: `Md`, `Mds`,
//! `M`, `k`. Decimal comma; thousands grouped by spaces (also U+00A0, U+202F).

use super::{
    Decimal, Lang, Lexicon, ACRE, BARREL, DAY, FOOT, GALLON, HOUR, INCH, KMH, KNOT, MILE, MONTH, MPH, NAUTICAL_MILE, W, WEEK, YARD, YEAR,
};
use crate::claim::Qualifier::*;

#[rustfmt::skip]
pub static LEXICON: Lexicon = Lexicon {
    lang: Lang::Fr,
    decimal: Decimal::Comma,
    space_groups: true,
    words: &[
        ("un", W::Num(1.0)), ("une", W::Num(1.0)), ("deux", W::Num(2.0)), ("trois", W::Num(3.0)), ("quatre", W::Num(4.0)),
        ("cinq", W::Num(5.0)), ("six", W::Num(6.0)), ("sept", W::Num(7.0)), ("huit", W::Num(8.0)), ("neuf", W::Num(9.0)),
        ("dix", W::Num(10.0)), ("onze", W::Num(11.0)), ("douze", W::Num(12.0)), ("treize", W::Num(13.0)), ("quatorze", W::Num(14.0)),
        ("quinze", W::Num(15.0)), ("seize", W::Num(16.0)), ("vingt", W::Small(20.0)), ("vingts", W::Small(20.0)), ("trente", W::Num(30.0)),
        ("quarante", W::Num(40.0)), ("cinquante", W::Num(50.0)), ("soixante", W::Num(60.0)), ("septante", W::Num(70.0)),
        ("octante", W::Num(80.0)), ("huitante", W::Num(80.0)), ("nonante", W::Num(90.0)), ("douzaine", W::Num(12.0)), ("une douzaine", W::Num(12.0)),
        // `vingt` multiplies like `cent`: quatre-vingts = 4 × 20, cent vingt = 100 + 20.
        ("cent", W::Small(100.0)), ("cents", W::Small(100.0)),
        // magnitudes
        ("mille", W::Mag(1e3)), ("mil", W::Mag(1e3)), ("millier", W::Mag(1e3)), ("milliers", W::MagPl(1e3)),
        ("million", W::Mag(1e6)), ("millions", W::MagPl(1e6)), ("milliard", W::Mag(1e9)), ("milliards", W::MagPl(1e9)),
        ("billion", W::Mag(1e12)), ("billions", W::MagPl(1e12)),
        ("trillion", W::MagAmb(1e18, 1e12)), ("trillions", W::MagAmb(1e18, 1e12)),
        ("mds", W::Mag(1e9)), ("mrd", W::Mag(1e9)),
        // vague
        ("plusieurs", W::Vague(2.0, 10.0)), ("quelques", W::Vague(2.0, 10.0)), ("dizaines", W::Vague(10.0, 100.0)),
        ("douzaines", W::Vague(24.0, 120.0)), ("centaines", W::Vague(100.0, 1000.0)), ("une dizaine", W::Vague(8.0, 20.0)),
        ("une centaine", W::Vague(80.0, 200.0)), ("un millier", W::Vague(800.0, 2000.0)),
        // currencies
        ("dollar", W::Cur("USD")), ("dollars", W::Cur("USD")), ("euro", W::Cur("EUR")), ("euros", W::Cur("EUR")),
        ("livres", W::Cur("GBP")), ("livres sterling", W::Cur("GBP")), ("yens", W::Cur("JPY")), ("yuans", W::Cur("CNY")),
        ("roupies", W::Cur("INR")), ("roubles", W::Cur("RUB")), ("francs suisses", W::Cur("CHF")), ("reais", W::Cur("BRL")),
        ("francs cfa", W::Cur("XOF")),
        // units
        ("pour cent", W::Pct), ("pourcent", W::Pct), ("points de pourcentage", W::Pct), ("point de pourcentage", W::Pct),
        ("watts", W::Unit("W", 1.0)), ("kilowatts", W::Unit("W", 1e3)), ("mégawatts", W::Unit("W", 1e6)), ("mégawatt", W::Unit("W", 1e6)),
        ("gigawatts", W::Unit("W", 1e9)), ("gigawatt", W::Unit("W", 1e9)), ("térawatts", W::Unit("W", 1e12)),
        ("térawattheures", W::Unit("Wh", 1e12)), ("gigawattheures", W::Unit("Wh", 1e9)), ("mégawattheures", W::Unit("Wh", 1e6)), ("kilowattheures", W::Unit("Wh", 1e3)),
        ("litre", W::Unit("L", 1.0)), ("litres", W::Unit("L", 1.0)), ("gallons", W::Unit("L", GALLON)), ("barils", W::Unit("L", BARREL)), ("mètres cubes", W::Unit("L", 1e3)),
        ("kilos", W::Unit("kg", 1.0)), ("kilogrammes", W::Unit("kg", 1.0)), ("tonne", W::Unit("kg", 1e3)), ("tonnes", W::Unit("kg", 1e3)),
        ("kilomètres", W::Unit("m", 1e3)), ("mètres", W::Unit("m", 1.0)), ("hectares", W::Unit("m2", 1e4)), ("mètres carrés", W::Unit("m2", 1.0)),
        ("kilomètres carrés", W::Unit("m2", 1e6)),
        ("an", W::Unit("s", YEAR)), ("ans", W::Unit("s", YEAR)), ("année", W::Unit("s", YEAR)), ("années", W::Unit("s", YEAR)),
        ("mois", W::Unit("s", MONTH)), ("semaine", W::Unit("s", WEEK)), ("semaines", W::Unit("s", WEEK)), ("jour", W::Unit("s", DAY)), ("jours", W::Unit("s", DAY)),
        ("heure", W::Unit("s", HOUR)), ("heures", W::Unit("s", HOUR)), ("minutes", W::Unit("s", 60.0)), ("décennies", W::Unit("s", 10.0 * YEAR)),
        // lengths, speeds, temperatures (°C), earthquakes
        ("milles", W::Unit("m", MILE)), ("miles", W::Unit("m", MILE)), ("milles marins", W::Unit("m", NAUTICAL_MILE)), ("milles nautiques", W::Unit("m", NAUTICAL_MILE)),
        ("pieds", W::Unit("m", FOOT)), ("pouces", W::Unit("m", INCH)), ("yards", W::Unit("m", YARD)), ("centimètres", W::Unit("m", 0.01)),
        ("centimètre", W::Unit("m", 0.01)), ("cm", W::Unit("m", 0.01)), ("millimètres", W::Unit("m", 1e-3)), ("mm", W::Unit("m", 1e-3)),
        ("kilomètre", W::Unit("m", 1e3)), ("mètre", W::Unit("m", 1.0)), ("acres", W::Unit("m2", ACRE)), ("hectare", W::Unit("m2", 1e4)),
        ("kilogramme", W::Unit("kg", 1.0)), ("grammes", W::Unit("kg", 1e-3)),
        ("kilomètres par heure", W::Unit("m/s", KMH)), ("kilomètres à l'heure", W::Unit("m/s", KMH)), ("kilomètres-heure", W::Unit("m/s", KMH)),
        ("milles à l'heure", W::Unit("m/s", MPH)), ("milles par heure", W::Unit("m/s", MPH)), ("nœuds", W::Unit("m/s", KNOT)),
        ("degrés", W::Unit("°C", 1.0)), ("degré", W::Unit("°C", 1.0)), ("degrés celsius", W::Unit("°C", 1.0)),
        ("°", W::Unit("°C", 1.0)), ("°c", W::Unit("°C", 1.0)), ("ºc", W::Unit("°C", 1.0)), ("℃", W::Unit("°C", 1.0)), ("celsius", W::Unit("°C", 1.0)),
        ("degrés fahrenheit", W::Unit("°F", 1.0)), ("fahrenheit", W::Unit("°F", 1.0)), ("°f", W::Unit("°F", 1.0)), ("ºf", W::Unit("°F", 1.0)),
        ("magnitude", W::UnitBefore("magnitude", 1.0)), ("degrés sur l'échelle de richter", W::Unit("magnitude", 1.0)),
        ("sur l'échelle de richter", W::Unit("magnitude", 1.0)),
        // times of day: `11 h 15`, `04h40`
        ("h", W::Clock),
        // days of the week: never a counted noun
        ("lundi", W::Weekday), ("mardi", W::Weekday), ("mercredi", W::Weekday), ("jeudi", W::Weekday), ("vendredi", W::Weekday), ("samedi", W::Weekday),
        ("dimanche", W::Weekday),
        // qualifiers
        ("environ", W::Qual(About)), ("près de", W::Qual(About)), ("quelque", W::Qual(About)), ("approximativement", W::Qual(About)),
        ("autour de", W::Qual(About)), ("presque", W::Qual(About)), ("quasiment", W::Qual(About)),
        ("plus de", W::Qual(MoreThan)), ("au-delà de", W::Qual(MoreThan)), ("supérieur à", W::Qual(MoreThan)), ("supérieure à", W::Qual(MoreThan)),
        ("au moins", W::Qual(AtLeast)), ("moins de", W::Qual(LessThan)), ("inférieur à", W::Qual(LessThan)),
        ("jusqu'à", W::Qual(UpTo)), ("au plus", W::Qual(UpTo)), ("au maximum", W::Qual(UpTo)), ("ou plus", W::PostQual(AtLeast)),
        // structure
        ("de", W::Link), ("d'", W::Link), ("des", W::Stop), ("du", W::Stop),
        ("à", W::RangeSep), ("a", W::Stop), ("ou", W::RangeSep), ("entre", W::Between), ("et", W::And),
        // months
        ("janvier", W::Month), ("février", W::Month), ("mars", W::Month), ("avril", W::Month), ("mai", W::Month), ("juin", W::Month),
        ("juillet", W::Month), ("août", W::Month), ("septembre", W::Month), ("octobre", W::Month), ("novembre", W::Month), ("décembre", W::Month),
        // labels
        ("article", W::Label), ("art", W::Label), ("alinéa", W::Label), ("paragraphe", W::Label), ("chapitre", W::Label), ("section", W::Label), ("page", W::Label), ("n°", W::Label), ("numéro", W::Label),
        ("modèle", W::Label), ("version", W::Label), ("vol", W::Label), ("salle", W::Label), ("loi", W::Label),
        // measures
        ("valorisation", W::Measure("valuation")), ("valorisée", W::Measure("valuation")), ("valorisé", W::Measure("valuation")),
        ("capitalisation", W::Measure("market_cap")), ("capitalisation boursière", W::Measure("market_cap")), ("valeur de marché", W::Measure("market_cap")),
        ("financement", W::Measure("funding")), ("levée", W::Measure("funding")), ("levé", W::Measure("funding")), ("lever", W::Measure("funding")),
        ("chiffre d'affaires", W::Measure("revenue")), ("revenus", W::Measure("revenue")), ("ventes", W::Measure("revenue")),
        ("bénéfice", W::Measure("profit")), ("bénéfices", W::Measure("profit")), ("perte", W::Measure("loss")), ("pertes", W::Measure("loss")), ("perdu", W::Measure("loss")),
        ("coût", W::Measure("cost")), ("coûts", W::Measure("cost")), ("coûté", W::Measure("cost")), ("coûtera", W::Measure("cost")), ("prix", W::Measure("price")),
        ("investissement", W::Measure("investment")), ("investissements", W::Measure("investment")), ("investit", W::Measure("investment")), ("investi", W::Measure("investment")),
        ("dette", W::Measure("debt")), ("dettes", W::Measure("debt")), ("emprunté", W::Measure("debt")), ("emprunt", W::Measure("debt")), ("prêt", W::Measure("debt")),
        ("budget", W::Measure("budget")), ("dépenses", W::Measure("spending")), ("dépensé", W::Measure("spending")), ("dépense", W::Measure("spending")),
        ("puissance", W::Measure("power")), ("électrique", W::Measure("power")), ("électricité", W::Measure("power")), ("énergie", W::Measure("power")),
        ("eau", W::Measure("water")), ("part", W::Measure("share")), ("participation", W::Measure("share")),
        ("salariés", W::Measure("employees")), ("employés", W::Measure("employees")), ("utilisateurs", W::Measure("users")),
        ("morts", W::Measure("deaths")), ("rachat", W::Measure("buyback")),
        // counted things
        ("gpu", W::Thing("gpu")), ("gpus", W::Thing("gpu")), ("processeurs graphiques", W::Thing("gpu")), ("puces", W::Thing("chip")),
        ("serveurs", W::Thing("server")), ("foyers", W::Thing("home")), ("logements", W::Thing("home")), ("emplois", W::Thing("job")),
        ("personnes", W::Thing("person")), ("bénévoles", W::Thing("volunteer")), ("manifestants", W::Thing("protester")),
        ("voitures", W::Thing("car")), ("véhicules", W::Thing("vehicle")),
        // function words
        ("le", W::Stop), ("la", W::Stop), ("les", W::Stop), ("l'", W::Stop), ("en", W::Stop), ("dans", W::Stop), ("pour", W::Stop), ("par", W::Stop),
        ("avec", W::Stop), ("sans", W::Stop), ("sur", W::Stop), ("que", W::Stop), ("qui", W::Stop), ("qu'", W::Stop), ("ne", W::Stop), ("pas", W::Stop),
        ("est", W::Stop), ("sont", W::Stop), ("été", W::Stop), ("au", W::Stop), ("aux", W::Stop), ("son", W::Stop), ("sa", W::Stop), ("ses", W::Stop),
        ("il", W::Stop), ("elle", W::Stop), ("ils", W::Stop), ("nous", W::Stop), ("vous", W::Stop), ("ce", W::Stop), ("cette", W::Stop),
        ("ces", W::Stop), ("mais", W::Stop), ("aussi", W::Stop), ("plus", W::Stop), ("comme", W::Stop), ("fois", W::Stop), ("selon", W::Stop),
        ("tous", W::Stop), ("toute", W::Stop), ("leurs", W::Stop), ("leur", W::Stop), ("déjà", W::Stop), ("encore", W::Stop), ("prochains", W::Stop),
        ("ont", W::Stop), ("était", W::Stop), ("sera", W::Stop), ("seront", W::Stop), ("fait", W::Stop), ("peut", W::Stop), ("doit", W::Stop),
        ("après", W::Stop), ("avant", W::Stop), ("depuis", W::Stop), ("contre", W::Stop), ("chez", W::Stop), ("vers", W::Stop), ("dont", W::Stop),
        ("où", W::Stop), ("lors", W::Stop), ("tout", W::Stop), ("très", W::Stop), ("ainsi", W::Stop), ("alors", W::Stop), ("donc", W::Stop),
        ("car", W::Stop), ("si", W::Stop), ("on", W::Stop), ("se", W::Stop), ("y", W::Stop), ("s'", W::Stop), ("n'", W::Stop), ("c'", W::Stop),
        ("j'", W::Stop), ("cet", W::Stop), ("nos", W::Stop), ("notre", W::Stop), ("autres", W::Stop),
    ],
    cased: &[
        ("Md", W::Mag(1e9)), ("Mds", W::Mag(1e9)), ("Mrd", W::Mag(1e9)), ("M", W::Mag(1e6)), ("k", W::Mag(1e3)),
        ("MW", W::Unit("W", 1e6)), ("GW", W::Unit("W", 1e9)),
    ],
    appositive_age: true,
    ..Lexicon::PLAIN
};
