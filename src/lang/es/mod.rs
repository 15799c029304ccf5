//! Spanish. Long scale: `mil millones` (and the rare `millardo`) = 10^9,
//! `billón` = 10^12 — a Spanish `billones` standing for an English `billion` is
//! the classic ×1000 translation slip, so `billón` has no alternative reading.
//! `trillón` is 10^18, but carries the anglicism 10^12 as its other reading.
//! `mil` is a thousand (`50 mil` = 50 000); `miles de millones` is the Spanish
//! for "billions". Latin-American press abbreviations: `mdd` (millones de
//! dólares), `mdp` (millones de pesos), `MM`/`mm` (millones).
//! Decimal comma as in Spain (`2,5`, `1.500` = 1500); a point before one or
//! two digits (`2.5`, Mexico) still reads as a decimal.

use super::{
    Decimal, Lang, Lexicon, Sense, ACRE, BARREL, DAY, FOOT, GALLON, HOUR, INCH, KMH, KNOT, MILE, MONTH, MPH, NAUTICAL_MILE, WEEK, YARD,
    YEAR,
};
use crate::claim::Qualifier::*;

#[rustfmt::skip]
pub static LEXICON: Lexicon = Lexicon {
    lang: Lang::Es,
    decimal: Decimal::Comma,
    space_groups: true,
    words: &[
        // number words
        ("un", Sense::Num(1.0)), ("uno", Sense::Num(1.0)), ("una", Sense::Num(1.0)), ("dos", Sense::Num(2.0)), ("tres", Sense::Num(3.0)),
        ("cuatro", Sense::Num(4.0)), ("cinco", Sense::Num(5.0)), ("seis", Sense::Num(6.0)), ("siete", Sense::Num(7.0)), ("ocho", Sense::Num(8.0)),
        ("nueve", Sense::Num(9.0)), ("diez", Sense::Num(10.0)), ("once", Sense::Num(11.0)), ("doce", Sense::Num(12.0)), ("trece", Sense::Num(13.0)),
        ("catorce", Sense::Num(14.0)), ("quince", Sense::Num(15.0)), ("dieciséis", Sense::Num(16.0)), ("diecisiete", Sense::Num(17.0)),
        ("dieciocho", Sense::Num(18.0)), ("diecinueve", Sense::Num(19.0)), ("veinte", Sense::Num(20.0)),
        ("veintiuno", Sense::Num(21.0)), ("veintiún", Sense::Num(21.0)), ("veintiuna", Sense::Num(21.0)), ("veintidós", Sense::Num(22.0)),
        ("veintitrés", Sense::Num(23.0)), ("veinticuatro", Sense::Num(24.0)), ("veinticinco", Sense::Num(25.0)), ("veintiséis", Sense::Num(26.0)),
        ("veintisiete", Sense::Num(27.0)), ("veintiocho", Sense::Num(28.0)), ("veintinueve", Sense::Num(29.0)),
        ("treinta", Sense::Num(30.0)), ("cuarenta", Sense::Num(40.0)), ("cincuenta", Sense::Num(50.0)), ("sesenta", Sense::Num(60.0)),
        ("setenta", Sense::Num(70.0)), ("ochenta", Sense::Num(80.0)), ("noventa", Sense::Num(90.0)),
        ("cien", Sense::Num(100.0)), ("ciento", Sense::Num(100.0)), ("doscientos", Sense::Num(200.0)), ("doscientas", Sense::Num(200.0)),
        ("trescientos", Sense::Num(300.0)), ("trescientas", Sense::Num(300.0)), ("cuatrocientos", Sense::Num(400.0)), ("cuatrocientas", Sense::Num(400.0)),
        ("quinientos", Sense::Num(500.0)), ("quinientas", Sense::Num(500.0)), ("seiscientos", Sense::Num(600.0)), ("seiscientas", Sense::Num(600.0)),
        ("setecientos", Sense::Num(700.0)), ("setecientas", Sense::Num(700.0)), ("ochocientos", Sense::Num(800.0)), ("ochocientas", Sense::Num(800.0)),
        ("novecientos", Sense::Num(900.0)), ("novecientas", Sense::Num(900.0)),
        ("docena", Sense::Num(12.0)), ("y medio", Sense::Num(0.5)), ("y media", Sense::Num(0.5)), ("una docena", Sense::Num(12.0)), ("media docena", Sense::Num(6.0)),
        // magnitudes (long scale)
        ("mil", Sense::Mag(1e3)), ("millar", Sense::Mag(1e3)), ("miles", Sense::MagPl(1e3)), ("millares", Sense::MagPl(1e3)),
        ("millón", Sense::Mag(1e6)), ("millon", Sense::Mag(1e6)), ("millones", Sense::MagPl(1e6)),
        ("mil millones", Sense::Mag(1e9)), ("miles de millones", Sense::MagPl(1e9)), ("millardo", Sense::Mag(1e9)), ("millardos", Sense::MagPl(1e9)),
        ("billón", Sense::Mag(1e12)), ("billon", Sense::Mag(1e12)), ("billones", Sense::MagPl(1e12)),
        ("trillón", Sense::MagAmb(1e18, 1e12)), ("trillones", Sense::MagAmb(1e18, 1e12)),
        ("mill", Sense::Mag(1e6)), ("mln", Sense::Mag(1e6)), ("mm", Sense::Mag(1e6)), ("mm", Sense::Unit("m", 1e-3)), ("mmdd", Sense::Mag(1e9)),
        // `mdd` / `mdp`: a magnitude and its currency in one abbreviation.
        ("mdd", Sense::Mag(1e6)), ("mdd", Sense::Cur("USD")), ("mmdd", Sense::Cur("USD")), ("mdp", Sense::Mag(1e6)), ("mdp", Sense::Cur("MXN")),
        // vague quantities
        ("varios", Sense::Vague(2.0, 10.0)), ("varias", Sense::Vague(2.0, 10.0)), ("algunos", Sense::Vague(2.0, 10.0)), ("algunas", Sense::Vague(2.0, 10.0)),
        ("unos cuantos", Sense::Vague(2.0, 10.0)), ("unas cuantas", Sense::Vague(2.0, 10.0)), ("unos pocos", Sense::Vague(2.0, 10.0)), ("unas pocas", Sense::Vague(2.0, 10.0)),
        ("decenas", Sense::Vague(10.0, 100.0)), ("docenas", Sense::Vague(24.0, 120.0)), ("cientos", Sense::Vague(100.0, 1000.0)),
        ("centenares", Sense::Vague(100.0, 1000.0)), ("centenas", Sense::Vague(100.0, 1000.0)),
        ("una decena", Sense::Vague(8.0, 20.0)), ("una veintena", Sense::Vague(15.0, 30.0)), ("una treintena", Sense::Vague(25.0, 40.0)),
        ("un centenar", Sense::Vague(80.0, 200.0)), ("un millar", Sense::Vague(800.0, 2000.0)),
        // currencies
        ("dólar", Sense::Cur("USD")), ("dólares", Sense::Cur("USD")), ("dolares", Sense::Cur("USD")), ("dólares estadounidenses", Sense::Cur("USD")),
        ("dólares americanos", Sense::Cur("USD")), ("euro", Sense::Cur("EUR")), ("euros", Sense::Cur("EUR")),
        ("libra", Sense::Cur("GBP")), ("libras", Sense::Cur("GBP")), ("libras esterlinas", Sense::Cur("GBP")), ("yen", Sense::Cur("JPY")), ("yenes", Sense::Cur("JPY")),
        ("yuan", Sense::Cur("CNY")), ("yuanes", Sense::Cur("CNY")), ("rupias", Sense::Cur("INR")), ("rublos", Sense::Cur("RUB")), ("reales", Sense::Cur("BRL")),
        // A bare `pesos` is read as the Mexican peso; the others are named.
        ("peso", Sense::Cur("MXN")), ("pesos", Sense::Cur("MXN")), ("pesos mexicanos", Sense::Cur("MXN")), ("pesos argentinos", Sense::Cur("ARS")),
        ("pesos chilenos", Sense::Cur("CLP")), ("pesos colombianos", Sense::Cur("COP")), ("soles", Sense::Cur("PEN")), ("francos suizos", Sense::Cur("CHF")),
        ("liras turcas", Sense::Cur("TRY")), ("wones", Sense::Cur("KRW")), ("grivnas", Sense::Cur("UAH")), ("bolívares", Sense::Cur("VES")),
        // units
        ("por ciento", Sense::Pct), ("porciento", Sense::Pct),
        ("vatio", Sense::Unit("W", 1.0)), ("vatios", Sense::Unit("W", 1.0)), ("kilovatio", Sense::Unit("W", 1e3)), ("kilovatios", Sense::Unit("W", 1e3)),
        ("megavatio", Sense::Unit("W", 1e6)), ("megavatios", Sense::Unit("W", 1e6)), ("gigavatio", Sense::Unit("W", 1e9)), ("gigavatios", Sense::Unit("W", 1e9)),
        ("teravatio", Sense::Unit("W", 1e12)), ("teravatios", Sense::Unit("W", 1e12)),
        ("megawatts", Sense::Unit("W", 1e6)), ("gigawatts", Sense::Unit("W", 1e9)),
        ("kilovatios hora", Sense::Unit("Wh", 1e3)), ("kilovatio hora", Sense::Unit("Wh", 1e3)), ("megavatios hora", Sense::Unit("Wh", 1e6)),
        ("megavatio hora", Sense::Unit("Wh", 1e6)), ("gigavatios hora", Sense::Unit("Wh", 1e9)), ("gigavatio hora", Sense::Unit("Wh", 1e9)),
        ("teravatios hora", Sense::Unit("Wh", 1e12)), ("teravatio hora", Sense::Unit("Wh", 1e12)),
        ("litro", Sense::Unit("L", 1.0)), ("litros", Sense::Unit("L", 1.0)), ("galón", Sense::Unit("L", GALLON)), ("galones", Sense::Unit("L", GALLON)),
        ("barril", Sense::Unit("L", BARREL)), ("barriles", Sense::Unit("L", BARREL)), ("metros cúbicos", Sense::Unit("L", 1e3)), ("hectolitros", Sense::Unit("L", 100.0)),
        ("kilo", Sense::Unit("kg", 1.0)), ("kilos", Sense::Unit("kg", 1.0)), ("kilogramo", Sense::Unit("kg", 1.0)), ("kilogramos", Sense::Unit("kg", 1.0)),
        ("tonelada", Sense::Unit("kg", 1e3)), ("toneladas", Sense::Unit("kg", 1e3)), ("gramos", Sense::Unit("kg", 1e-3)),
        ("kilómetro", Sense::Unit("m", 1e3)), ("kilómetros", Sense::Unit("m", 1e3)), ("metro", Sense::Unit("m", 1.0)), ("metros", Sense::Unit("m", 1.0)),
        ("hectárea", Sense::Unit("m2", 1e4)), ("hectáreas", Sense::Unit("m2", 1e4)), ("metros cuadrados", Sense::Unit("m2", 1.0)),
        ("kilómetros cuadrados", Sense::Unit("m2", 1e6)),
        ("año", Sense::Unit("s", YEAR)), ("años", Sense::Unit("s", YEAR)), ("mes", Sense::Unit("s", MONTH)), ("meses", Sense::Unit("s", MONTH)),
        ("semana", Sense::Unit("s", WEEK)), ("semanas", Sense::Unit("s", WEEK)), ("día", Sense::Unit("s", DAY)), ("días", Sense::Unit("s", DAY)),
        ("hora", Sense::Unit("s", HOUR)), ("horas", Sense::Unit("s", HOUR)), ("minuto", Sense::Unit("s", 60.0)), ("minutos", Sense::Unit("s", 60.0)),
        ("década", Sense::Unit("s", 10.0 * YEAR)), ("décadas", Sense::Unit("s", 10.0 * YEAR)),
        // lengths, speeds, temperatures (°C: a `°` alone is an ordinal, `3° lugar`), earthquakes
        ("millas", Sense::Unit("m", MILE)), ("milla", Sense::Unit("m", MILE)), ("millas náuticas", Sense::Unit("m", NAUTICAL_MILE)),
        ("pies", Sense::Unit("m", FOOT)), ("pulgadas", Sense::Unit("m", INCH)), ("pulgada", Sense::Unit("m", INCH)), ("yardas", Sense::Unit("m", YARD)),
        ("centímetros", Sense::Unit("m", 0.01)), ("centímetro", Sense::Unit("m", 0.01)), ("cm", Sense::Unit("m", 0.01)), ("milímetros", Sense::Unit("m", 1e-3)),
        ("acres", Sense::Unit("m2", ACRE)), ("gramo", Sense::Unit("kg", 1e-3)), ("ha", Sense::Unit("m2", 1e4)),
        ("kilómetros por hora", Sense::Unit("m/s", KMH)), ("kilómetros/hora", Sense::Unit("m/s", KMH)), ("millas por hora", Sense::Unit("m/s", MPH)), ("nudos", Sense::Unit("m/s", KNOT)),
        ("grados", Sense::Unit("°C", 1.0)), ("grados", Sense::UnitAlt("°F", 1.0)), ("grado", Sense::Unit("°C", 1.0)), ("grado", Sense::UnitAlt("°F", 1.0)), ("grados celsius", Sense::Unit("°C", 1.0)), ("grados centígrados", Sense::Unit("°C", 1.0)),
        ("°c", Sense::Unit("°C", 1.0)), ("ºc", Sense::Unit("°C", 1.0)), ("℃", Sense::Unit("°C", 1.0)), ("celsius", Sense::Unit("°C", 1.0)),
        ("grados fahrenheit", Sense::Unit("°F", 1.0)), ("fahrenheit", Sense::Unit("°F", 1.0)), ("°f", Sense::Unit("°F", 1.0)), ("ºf", Sense::Unit("°F", 1.0)),
        ("magnitud", Sense::UnitBefore("magnitude", 1.0)), ("grados en la escala de richter", Sense::Unit("magnitude", 1.0)),
        ("en la escala de richter", Sense::Unit("magnitude", 1.0)), ("grados richter", Sense::Unit("magnitude", 1.0)),
        // times of day: `a las 15.00`, `a las 15 horas`
        ("h", Sense::Clock), ("las", Sense::ClockBefore),
        // days of the week: never a counted noun
        ("lunes", Sense::Weekday), ("martes", Sense::Weekday), ("miércoles", Sense::Weekday), ("jueves", Sense::Weekday), ("viernes", Sense::Weekday), ("sábado", Sense::Weekday),
        ("domingo", Sense::Weekday),
        // qualifiers
        ("alrededor de", Sense::Qual(About)), ("alrededor del", Sense::Qual(About)), ("cerca de", Sense::Qual(About)), ("cerca del", Sense::Qual(About)),
        ("unos", Sense::Qual(About)), ("unas", Sense::Qual(About)), ("aproximadamente", Sense::Qual(About)), ("aprox", Sense::Qual(About)),
        ("casi", Sense::Qual(About)), ("en torno a", Sense::Qual(About)), ("en torno al", Sense::Qual(About)), ("del orden de", Sense::Qual(About)),
        ("más de", Sense::Qual(MoreThan)), ("más del", Sense::Qual(MoreThan)), ("por encima de", Sense::Qual(MoreThan)), ("por encima del", Sense::Qual(MoreThan)),
        ("superior a", Sense::Qual(MoreThan)), ("superiores a", Sense::Qual(MoreThan)), ("poco más de", Sense::Qual(MoreThan)), ("algo más de", Sense::Qual(MoreThan)),
        ("al menos", Sense::Qual(AtLeast)), ("por lo menos", Sense::Qual(AtLeast)), ("como mínimo", Sense::Qual(AtLeast)), ("no menos de", Sense::Qual(AtLeast)),
        ("menos de", Sense::Qual(LessThan)), ("menos del", Sense::Qual(LessThan)), ("por debajo de", Sense::Qual(LessThan)), ("por debajo del", Sense::Qual(LessThan)),
        ("inferior a", Sense::Qual(LessThan)), ("inferiores a", Sense::Qual(LessThan)), ("poco menos de", Sense::Qual(LessThan)),
        ("hasta", Sense::Qual(UpTo)), ("como máximo", Sense::Qual(UpTo)), ("un máximo de", Sense::Qual(UpTo)),
        ("o más", Sense::PostQual(AtLeast)), ("y pico", Sense::PostQual(MoreThan)),
        // structure
        ("de", Sense::Link), ("a", Sense::RangeSep), ("o", Sense::RangeSep), ("u", Sense::RangeSep), ("entre", Sense::Between), ("y", Sense::And), ("e", Sense::And),
        // months, January to December
        ("enero", Sense::Month), ("febrero", Sense::Month), ("marzo", Sense::Month), ("abril", Sense::Month), ("mayo", Sense::Month), ("junio", Sense::Month),
        ("julio", Sense::Month), ("agosto", Sense::Month), ("septiembre", Sense::Month), ("octubre", Sense::Month), ("noviembre", Sense::Month), ("diciembre", Sense::Month),
        // labels
        ("artículo", Sense::Label), ("art", Sense::Label), ("capítulo", Sense::Label), ("sección", Sense::Label), ("página", Sense::Label), ("número", Sense::Label),
        ("nº", Sense::Label), ("núm", Sense::Label), ("ley", Sense::Label), ("decreto", Sense::Label), ("expediente", Sense::Label), ("modelo", Sense::Label),
        ("versión", Sense::Label), ("vuelo", Sense::Label), ("sala", Sense::Label), ("ruta", Sense::Label), ("carretera", Sense::Label), ("autopista", Sense::Label),
        ("temporada", Sense::Label), ("episodio", Sense::Label), ("nivel", Sense::Label), ("planta", Sense::Label), ("línea", Sense::Label), ("fase", Sense::Label),
        ("habitación", Sense::Label), ("puerta", Sense::Label), ("apartado", Sense::Label), ("párrafo", Sense::Label), ("tomo", Sense::Label),
        // measures
        ("valoración", Sense::Measure("valuation")), ("valorada", Sense::Measure("valuation")), ("valorado", Sense::Measure("valuation")),
        ("valoraron", Sense::Measure("valuation")), ("valoró", Sense::Measure("valuation")), ("valoran", Sense::Measure("valuation")),
        ("valorada en", Sense::Measure("valuation")), ("valorado en", Sense::Measure("valuation")), ("vale", Sense::Measure("valuation")),
        ("valor de mercado", Sense::Measure("market_cap")), ("capitalización", Sense::Measure("market_cap")), ("capitalización bursátil", Sense::Measure("market_cap")),
        ("financiación", Sense::Measure("funding")), ("financiamiento", Sense::Measure("funding")), ("ronda de financiación", Sense::Measure("funding")),
        ("recaudó", Sense::Measure("funding")), ("captó", Sense::Measure("funding")), ("levantó", Sense::Measure("funding")), ("recaudar", Sense::Measure("funding")),
        ("ingresos", Sense::Measure("revenue")), ("facturación", Sense::Measure("revenue")), ("facturó", Sense::Measure("revenue")), ("ventas", Sense::Measure("revenue")),
        ("beneficio", Sense::Measure("profit")), ("beneficios", Sense::Measure("profit")), ("ganancias", Sense::Measure("profit")), ("utilidad", Sense::Measure("profit")),
        ("utilidades", Sense::Measure("profit")), ("ganó", Sense::Measure("profit")),
        ("pérdida", Sense::Measure("loss")), ("pérdidas", Sense::Measure("loss")), ("perdió", Sense::Measure("loss")),
        ("coste", Sense::Measure("cost")), ("costes", Sense::Measure("cost")), ("costo", Sense::Measure("cost")), ("costos", Sense::Measure("cost")),
        ("costará", Sense::Measure("cost")), ("costó", Sense::Measure("cost")), ("cuesta", Sense::Measure("cost")), ("precio", Sense::Measure("price")),
        ("inversión", Sense::Measure("investment")), ("inversiones", Sense::Measure("investment")), ("invertirá", Sense::Measure("investment")),
        ("invertir", Sense::Measure("investment")), ("invirtió", Sense::Measure("investment")), ("invierte", Sense::Measure("investment")),
        ("deuda", Sense::Measure("debt")), ("deudas", Sense::Measure("debt")), ("préstamo", Sense::Measure("debt")), ("préstamos", Sense::Measure("debt")),
        ("prestados", Sense::Measure("debt")), ("prestado", Sense::Measure("debt")), ("endeudamiento", Sense::Measure("debt")), ("crédito", Sense::Measure("debt")),
        ("presupuesto", Sense::Measure("budget")), ("gasto", Sense::Measure("spending")), ("gastos", Sense::Measure("spending")), ("gastó", Sense::Measure("spending")),
        ("potencia", Sense::Measure("power")), ("capacidad", Sense::Measure("power")), ("energía", Sense::Measure("energy")), ("electricidad", Sense::Measure("energy")),
        ("agua", Sense::Measure("water")), ("participación", Sense::Measure("share")), ("acuerdo", Sense::Measure("deal_value")),
        ("adquisición", Sense::Measure("deal_value")), ("compra", Sense::Measure("deal_value")), ("recompra", Sense::Measure("buyback")),
        ("empleados", Sense::Measure("employees")), ("trabajadores", Sense::Measure("employees")), ("plantilla", Sense::Measure("employees")),
        ("usuarios", Sense::Measure("users")), ("población", Sense::Measure("population")), ("habitantes", Sense::Measure("population")),
        ("muertos", Sense::Measure("deaths")), ("muertes", Sense::Measure("deaths")), ("fallecidos", Sense::Measure("deaths")), ("víctimas mortales", Sense::Measure("deaths")),
        // counted things with cross-language names
        ("gpu", Sense::Thing("gpu")), ("gpus", Sense::Thing("gpu")), ("procesadores gráficos", Sense::Thing("gpu")), ("tarjetas gráficas", Sense::Thing("gpu")),
        ("chips", Sense::Thing("chip")), ("servidores", Sense::Thing("server")), ("hogares", Sense::Thing("home")), ("viviendas", Sense::Thing("home")),
        ("casas", Sense::Thing("home")), ("empleos", Sense::Thing("job")), ("puestos de trabajo", Sense::Thing("job")), ("personas", Sense::Thing("person")),
        ("voluntarios", Sense::Thing("volunteer")), ("manifestantes", Sense::Thing("protester")), ("coches", Sense::Thing("car")), ("autos", Sense::Thing("car")),
        ("automóviles", Sense::Thing("car")), ("vehículos", Sense::Thing("vehicle")),
        // function words (language detection, never counted nouns)
        ("el", Sense::Stop), ("la", Sense::Stop), ("los", Sense::Stop), ("las", Sense::Stop), ("lo", Sense::Stop), ("del", Sense::Stop), ("al", Sense::Stop),
        ("en", Sense::Stop), ("por", Sense::Stop), ("para", Sense::Stop), ("con", Sense::Stop), ("sin", Sense::Stop), ("sobre", Sense::Stop), ("que", Sense::Stop),
        ("se", Sense::Stop), ("no", Sense::Stop), ("es", Sense::Stop), ("son", Sense::Stop), ("fue", Sense::Stop), ("fueron", Sense::Stop), ("ha", Sense::Stop),
        ("han", Sense::Stop), ("había", Sense::Stop), ("habían", Sense::Stop), ("ser", Sense::Stop), ("sido", Sense::Stop), ("está", Sense::Stop), ("están", Sense::Stop),
        ("este", Sense::Stop), ("esta", Sense::Stop), ("estos", Sense::Stop), ("estas", Sense::Stop), ("ese", Sense::Stop), ("esa", Sense::Stop), ("su", Sense::Stop),
        ("sus", Sense::Stop), ("le", Sense::Stop), ("les", Sense::Stop), ("como", Sense::Stop), ("pero", Sense::Stop), ("más", Sense::Stop), ("muy", Sense::Stop),
        ("también", Sense::Stop), ("ya", Sense::Stop), ("según", Sense::Stop), ("desde", Sense::Stop), ("durante", Sense::Stop), ("tras", Sense::Stop),
        ("cuando", Sense::Stop), ("donde", Sense::Stop), ("porque", Sense::Stop), ("aunque", Sense::Stop), ("mientras", Sense::Stop), ("cada", Sense::Stop),
        ("otro", Sense::Stop), ("otra", Sense::Stop), ("otros", Sense::Stop), ("otras", Sense::Stop), ("todos", Sense::Stop), ("todas", Sense::Stop),
        ("ante", Sense::Stop), ("contra", Sense::Stop), ("hacia", Sense::Stop), ("así", Sense::Stop), ("él", Sense::Stop), ("ella", Sense::Stop), ("ellos", Sense::Stop),
        ("nos", Sense::Stop), ("mi", Sense::Stop), ("hoy", Sense::Stop), ("ayer", Sense::Stop), ("dijo", Sense::Stop), ("afirmó", Sense::Stop), ("anunció", Sense::Stop),
        ("informó", Sense::Stop), ("aseguró", Sense::Stop), ("explicó", Sense::Stop), ("veces", Sense::Stop), ("nuevo", Sense::Stop), ("nueva", Sense::Stop),
        ("pasado", Sense::Stop), ("próximos", Sense::Stop), ("últimos", Sense::Stop), ("primeros", Sense::Stop), ("real", Sense::Stop), ("menos", Sense::Stop),
        ("hay", Sense::Stop), ("será", Sense::Stop), ("sería", Sense::Stop), ("mismo", Sense::Stop), ("sólo", Sense::Stop), ("solo", Sense::Stop),
    ],
    cased: &[
        ("M", Sense::Mag(1e6)), ("MM", Sense::Mag(1e6)),
        ("MW", Sense::Unit("W", 1e6)), ("GW", Sense::Unit("W", 1e9)), ("kW", Sense::Unit("W", 1e3)),
        ("ARS", Sense::Cur("ARS")), ("CLP", Sense::Cur("CLP")), ("COP", Sense::Cur("COP")), ("PEN", Sense::Cur("PEN")), ("MXN", Sense::Cur("MXN")),
    ],
    appositive_age: true,
    titles: &["sr", "sra", "srta", "dr", "dra", "prof"],
    ..Lexicon::PLAIN
};
