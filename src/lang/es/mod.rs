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
    Decimal, Lang, Lexicon, ACRE, BARREL, DAY, FOOT, GALLON, HOUR, INCH, KMH, KNOT, MILE, MONTH, MPH, NAUTICAL_MILE, W, WEEK, YARD, YEAR,
};
use crate::claim::Qualifier::*;

#[rustfmt::skip]
pub static LEXICON: Lexicon = Lexicon {
    lang: Lang::Es,
    decimal: Decimal::Comma,
    space_groups: true,
    words: &[
        // number words
        ("un", W::Num(1.0)), ("uno", W::Num(1.0)), ("una", W::Num(1.0)), ("dos", W::Num(2.0)), ("tres", W::Num(3.0)),
        ("cuatro", W::Num(4.0)), ("cinco", W::Num(5.0)), ("seis", W::Num(6.0)), ("siete", W::Num(7.0)), ("ocho", W::Num(8.0)),
        ("nueve", W::Num(9.0)), ("diez", W::Num(10.0)), ("once", W::Num(11.0)), ("doce", W::Num(12.0)), ("trece", W::Num(13.0)),
        ("catorce", W::Num(14.0)), ("quince", W::Num(15.0)), ("dieciséis", W::Num(16.0)), ("diecisiete", W::Num(17.0)),
        ("dieciocho", W::Num(18.0)), ("diecinueve", W::Num(19.0)), ("veinte", W::Num(20.0)),
        ("veintiuno", W::Num(21.0)), ("veintiún", W::Num(21.0)), ("veintiuna", W::Num(21.0)), ("veintidós", W::Num(22.0)),
        ("veintitrés", W::Num(23.0)), ("veinticuatro", W::Num(24.0)), ("veinticinco", W::Num(25.0)), ("veintiséis", W::Num(26.0)),
        ("veintisiete", W::Num(27.0)), ("veintiocho", W::Num(28.0)), ("veintinueve", W::Num(29.0)),
        ("treinta", W::Num(30.0)), ("cuarenta", W::Num(40.0)), ("cincuenta", W::Num(50.0)), ("sesenta", W::Num(60.0)),
        ("setenta", W::Num(70.0)), ("ochenta", W::Num(80.0)), ("noventa", W::Num(90.0)),
        ("cien", W::Num(100.0)), ("ciento", W::Num(100.0)), ("doscientos", W::Num(200.0)), ("doscientas", W::Num(200.0)),
        ("trescientos", W::Num(300.0)), ("trescientas", W::Num(300.0)), ("cuatrocientos", W::Num(400.0)), ("cuatrocientas", W::Num(400.0)),
        ("quinientos", W::Num(500.0)), ("quinientas", W::Num(500.0)), ("seiscientos", W::Num(600.0)), ("seiscientas", W::Num(600.0)),
        ("setecientos", W::Num(700.0)), ("setecientas", W::Num(700.0)), ("ochocientos", W::Num(800.0)), ("ochocientas", W::Num(800.0)),
        ("novecientos", W::Num(900.0)), ("novecientas", W::Num(900.0)),
        ("docena", W::Num(12.0)), ("y medio", W::Num(0.5)), ("y media", W::Num(0.5)), ("una docena", W::Num(12.0)), ("media docena", W::Num(6.0)),
        // magnitudes (long scale)
        ("mil", W::Mag(1e3)), ("millar", W::Mag(1e3)), ("miles", W::MagPl(1e3)), ("millares", W::MagPl(1e3)),
        ("millón", W::Mag(1e6)), ("millon", W::Mag(1e6)), ("millones", W::MagPl(1e6)),
        ("mil millones", W::Mag(1e9)), ("miles de millones", W::MagPl(1e9)), ("millardo", W::Mag(1e9)), ("millardos", W::MagPl(1e9)),
        ("billón", W::Mag(1e12)), ("billon", W::Mag(1e12)), ("billones", W::MagPl(1e12)),
        ("trillón", W::MagAmb(1e18, 1e12)), ("trillones", W::MagAmb(1e18, 1e12)),
        ("mill", W::Mag(1e6)), ("mln", W::Mag(1e6)), ("mm", W::Mag(1e6)), ("mm", W::Unit("m", 1e-3)), ("mmdd", W::Mag(1e9)),
        // `mdd` / `mdp`: a magnitude and its currency in one abbreviation.
        ("mdd", W::Mag(1e6)), ("mdd", W::Cur("USD")), ("mmdd", W::Cur("USD")), ("mdp", W::Mag(1e6)), ("mdp", W::Cur("MXN")),
        // vague quantities
        ("varios", W::Vague(2.0, 10.0)), ("varias", W::Vague(2.0, 10.0)), ("algunos", W::Vague(2.0, 10.0)), ("algunas", W::Vague(2.0, 10.0)),
        ("unos cuantos", W::Vague(2.0, 10.0)), ("unas cuantas", W::Vague(2.0, 10.0)), ("unos pocos", W::Vague(2.0, 10.0)), ("unas pocas", W::Vague(2.0, 10.0)),
        ("decenas", W::Vague(10.0, 100.0)), ("docenas", W::Vague(24.0, 120.0)), ("cientos", W::Vague(100.0, 1000.0)),
        ("centenares", W::Vague(100.0, 1000.0)), ("centenas", W::Vague(100.0, 1000.0)),
        ("una decena", W::Vague(8.0, 20.0)), ("una veintena", W::Vague(15.0, 30.0)), ("una treintena", W::Vague(25.0, 40.0)),
        ("un centenar", W::Vague(80.0, 200.0)), ("un millar", W::Vague(800.0, 2000.0)),
        // currencies
        ("dólar", W::Cur("USD")), ("dólares", W::Cur("USD")), ("dolares", W::Cur("USD")), ("dólares estadounidenses", W::Cur("USD")),
        ("dólares americanos", W::Cur("USD")), ("euro", W::Cur("EUR")), ("euros", W::Cur("EUR")),
        ("libra", W::Cur("GBP")), ("libras", W::Cur("GBP")), ("libras esterlinas", W::Cur("GBP")), ("yen", W::Cur("JPY")), ("yenes", W::Cur("JPY")),
        ("yuan", W::Cur("CNY")), ("yuanes", W::Cur("CNY")), ("rupias", W::Cur("INR")), ("rublos", W::Cur("RUB")), ("reales", W::Cur("BRL")),
        // A bare `pesos` is read as the Mexican peso; the others are named.
        ("peso", W::Cur("MXN")), ("pesos", W::Cur("MXN")), ("pesos mexicanos", W::Cur("MXN")), ("pesos argentinos", W::Cur("ARS")),
        ("pesos chilenos", W::Cur("CLP")), ("pesos colombianos", W::Cur("COP")), ("soles", W::Cur("PEN")), ("francos suizos", W::Cur("CHF")),
        ("liras turcas", W::Cur("TRY")), ("wones", W::Cur("KRW")), ("grivnas", W::Cur("UAH")), ("bolívares", W::Cur("VES")),
        // units
        ("por ciento", W::Pct), ("porciento", W::Pct),
        ("vatio", W::Unit("W", 1.0)), ("vatios", W::Unit("W", 1.0)), ("kilovatio", W::Unit("W", 1e3)), ("kilovatios", W::Unit("W", 1e3)),
        ("megavatio", W::Unit("W", 1e6)), ("megavatios", W::Unit("W", 1e6)), ("gigavatio", W::Unit("W", 1e9)), ("gigavatios", W::Unit("W", 1e9)),
        ("teravatio", W::Unit("W", 1e12)), ("teravatios", W::Unit("W", 1e12)),
        ("megawatts", W::Unit("W", 1e6)), ("gigawatts", W::Unit("W", 1e9)),
        ("kilovatios hora", W::Unit("Wh", 1e3)), ("kilovatio hora", W::Unit("Wh", 1e3)), ("megavatios hora", W::Unit("Wh", 1e6)),
        ("megavatio hora", W::Unit("Wh", 1e6)), ("gigavatios hora", W::Unit("Wh", 1e9)), ("gigavatio hora", W::Unit("Wh", 1e9)),
        ("teravatios hora", W::Unit("Wh", 1e12)), ("teravatio hora", W::Unit("Wh", 1e12)),
        ("litro", W::Unit("L", 1.0)), ("litros", W::Unit("L", 1.0)), ("galón", W::Unit("L", GALLON)), ("galones", W::Unit("L", GALLON)),
        ("barril", W::Unit("L", BARREL)), ("barriles", W::Unit("L", BARREL)), ("metros cúbicos", W::Unit("L", 1e3)), ("hectolitros", W::Unit("L", 100.0)),
        ("kilo", W::Unit("kg", 1.0)), ("kilos", W::Unit("kg", 1.0)), ("kilogramo", W::Unit("kg", 1.0)), ("kilogramos", W::Unit("kg", 1.0)),
        ("tonelada", W::Unit("kg", 1e3)), ("toneladas", W::Unit("kg", 1e3)), ("gramos", W::Unit("kg", 1e-3)),
        ("kilómetro", W::Unit("m", 1e3)), ("kilómetros", W::Unit("m", 1e3)), ("metro", W::Unit("m", 1.0)), ("metros", W::Unit("m", 1.0)),
        ("hectárea", W::Unit("m2", 1e4)), ("hectáreas", W::Unit("m2", 1e4)), ("metros cuadrados", W::Unit("m2", 1.0)),
        ("kilómetros cuadrados", W::Unit("m2", 1e6)),
        ("año", W::Unit("s", YEAR)), ("años", W::Unit("s", YEAR)), ("mes", W::Unit("s", MONTH)), ("meses", W::Unit("s", MONTH)),
        ("semana", W::Unit("s", WEEK)), ("semanas", W::Unit("s", WEEK)), ("día", W::Unit("s", DAY)), ("días", W::Unit("s", DAY)),
        ("hora", W::Unit("s", HOUR)), ("horas", W::Unit("s", HOUR)), ("minuto", W::Unit("s", 60.0)), ("minutos", W::Unit("s", 60.0)),
        ("década", W::Unit("s", 10.0 * YEAR)), ("décadas", W::Unit("s", 10.0 * YEAR)),
        // lengths, speeds, temperatures (°C: a `°` alone is an ordinal, `3° lugar`), earthquakes
        ("millas", W::Unit("m", MILE)), ("milla", W::Unit("m", MILE)), ("millas náuticas", W::Unit("m", NAUTICAL_MILE)),
        ("pies", W::Unit("m", FOOT)), ("pulgadas", W::Unit("m", INCH)), ("pulgada", W::Unit("m", INCH)), ("yardas", W::Unit("m", YARD)),
        ("centímetros", W::Unit("m", 0.01)), ("centímetro", W::Unit("m", 0.01)), ("cm", W::Unit("m", 0.01)), ("milímetros", W::Unit("m", 1e-3)),
        ("acres", W::Unit("m2", ACRE)), ("gramo", W::Unit("kg", 1e-3)), ("ha", W::Unit("m2", 1e4)),
        ("kilómetros por hora", W::Unit("m/s", KMH)), ("kilómetros/hora", W::Unit("m/s", KMH)), ("millas por hora", W::Unit("m/s", MPH)), ("nudos", W::Unit("m/s", KNOT)),
        ("grados", W::Unit("°C", 1.0)), ("grado", W::Unit("°C", 1.0)), ("grados celsius", W::Unit("°C", 1.0)), ("grados centígrados", W::Unit("°C", 1.0)),
        ("°c", W::Unit("°C", 1.0)), ("ºc", W::Unit("°C", 1.0)), ("℃", W::Unit("°C", 1.0)), ("celsius", W::Unit("°C", 1.0)),
        ("grados fahrenheit", W::Unit("°F", 1.0)), ("fahrenheit", W::Unit("°F", 1.0)), ("°f", W::Unit("°F", 1.0)), ("ºf", W::Unit("°F", 1.0)),
        ("magnitud", W::UnitBefore("magnitude", 1.0)), ("grados en la escala de richter", W::Unit("magnitude", 1.0)),
        ("en la escala de richter", W::Unit("magnitude", 1.0)), ("grados richter", W::Unit("magnitude", 1.0)),
        // times of day: `a las 15.00`, `a las 15 horas`
        ("h", W::Clock), ("las", W::ClockBefore),
        // days of the week: never a counted noun
        ("lunes", W::Weekday), ("martes", W::Weekday), ("miércoles", W::Weekday), ("jueves", W::Weekday), ("viernes", W::Weekday), ("sábado", W::Weekday),
        ("domingo", W::Weekday),
        // qualifiers
        ("alrededor de", W::Qual(About)), ("alrededor del", W::Qual(About)), ("cerca de", W::Qual(About)), ("cerca del", W::Qual(About)),
        ("unos", W::Qual(About)), ("unas", W::Qual(About)), ("aproximadamente", W::Qual(About)), ("aprox", W::Qual(About)),
        ("casi", W::Qual(About)), ("en torno a", W::Qual(About)), ("en torno al", W::Qual(About)), ("del orden de", W::Qual(About)),
        ("más de", W::Qual(MoreThan)), ("más del", W::Qual(MoreThan)), ("por encima de", W::Qual(MoreThan)), ("por encima del", W::Qual(MoreThan)),
        ("superior a", W::Qual(MoreThan)), ("superiores a", W::Qual(MoreThan)), ("poco más de", W::Qual(MoreThan)), ("algo más de", W::Qual(MoreThan)),
        ("al menos", W::Qual(AtLeast)), ("por lo menos", W::Qual(AtLeast)), ("como mínimo", W::Qual(AtLeast)), ("no menos de", W::Qual(AtLeast)),
        ("menos de", W::Qual(LessThan)), ("menos del", W::Qual(LessThan)), ("por debajo de", W::Qual(LessThan)), ("por debajo del", W::Qual(LessThan)),
        ("inferior a", W::Qual(LessThan)), ("inferiores a", W::Qual(LessThan)), ("poco menos de", W::Qual(LessThan)),
        ("hasta", W::Qual(UpTo)), ("como máximo", W::Qual(UpTo)), ("un máximo de", W::Qual(UpTo)),
        ("o más", W::PostQual(AtLeast)), ("y pico", W::PostQual(MoreThan)),
        // structure
        ("de", W::Link), ("a", W::RangeSep), ("o", W::RangeSep), ("u", W::RangeSep), ("entre", W::Between), ("y", W::And), ("e", W::And),
        // months, January to December
        ("enero", W::Month), ("febrero", W::Month), ("marzo", W::Month), ("abril", W::Month), ("mayo", W::Month), ("junio", W::Month),
        ("julio", W::Month), ("agosto", W::Month), ("septiembre", W::Month), ("octubre", W::Month), ("noviembre", W::Month), ("diciembre", W::Month),
        // labels
        ("artículo", W::Label), ("art", W::Label), ("capítulo", W::Label), ("sección", W::Label), ("página", W::Label), ("número", W::Label),
        ("nº", W::Label), ("núm", W::Label), ("ley", W::Label), ("decreto", W::Label), ("expediente", W::Label), ("modelo", W::Label),
        ("versión", W::Label), ("vuelo", W::Label), ("sala", W::Label), ("ruta", W::Label), ("carretera", W::Label), ("autopista", W::Label),
        ("temporada", W::Label), ("episodio", W::Label), ("nivel", W::Label), ("planta", W::Label), ("línea", W::Label), ("fase", W::Label),
        ("habitación", W::Label), ("puerta", W::Label), ("apartado", W::Label), ("párrafo", W::Label), ("tomo", W::Label),
        // measures
        ("valoración", W::Measure("valuation")), ("valorada", W::Measure("valuation")), ("valorado", W::Measure("valuation")),
        ("valoraron", W::Measure("valuation")), ("valoró", W::Measure("valuation")), ("valoran", W::Measure("valuation")),
        ("valorada en", W::Measure("valuation")), ("valorado en", W::Measure("valuation")), ("vale", W::Measure("valuation")),
        ("valor de mercado", W::Measure("market_cap")), ("capitalización", W::Measure("market_cap")), ("capitalización bursátil", W::Measure("market_cap")),
        ("financiación", W::Measure("funding")), ("financiamiento", W::Measure("funding")), ("ronda de financiación", W::Measure("funding")),
        ("recaudó", W::Measure("funding")), ("captó", W::Measure("funding")), ("levantó", W::Measure("funding")), ("recaudar", W::Measure("funding")),
        ("ingresos", W::Measure("revenue")), ("facturación", W::Measure("revenue")), ("facturó", W::Measure("revenue")), ("ventas", W::Measure("revenue")),
        ("beneficio", W::Measure("profit")), ("beneficios", W::Measure("profit")), ("ganancias", W::Measure("profit")), ("utilidad", W::Measure("profit")),
        ("utilidades", W::Measure("profit")), ("ganó", W::Measure("profit")),
        ("pérdida", W::Measure("loss")), ("pérdidas", W::Measure("loss")), ("perdió", W::Measure("loss")),
        ("coste", W::Measure("cost")), ("costes", W::Measure("cost")), ("costo", W::Measure("cost")), ("costos", W::Measure("cost")),
        ("costará", W::Measure("cost")), ("costó", W::Measure("cost")), ("cuesta", W::Measure("cost")), ("precio", W::Measure("price")),
        ("inversión", W::Measure("investment")), ("inversiones", W::Measure("investment")), ("invertirá", W::Measure("investment")),
        ("invertir", W::Measure("investment")), ("invirtió", W::Measure("investment")), ("invierte", W::Measure("investment")),
        ("deuda", W::Measure("debt")), ("deudas", W::Measure("debt")), ("préstamo", W::Measure("debt")), ("préstamos", W::Measure("debt")),
        ("prestados", W::Measure("debt")), ("prestado", W::Measure("debt")), ("endeudamiento", W::Measure("debt")), ("crédito", W::Measure("debt")),
        ("presupuesto", W::Measure("budget")), ("gasto", W::Measure("spending")), ("gastos", W::Measure("spending")), ("gastó", W::Measure("spending")),
        ("potencia", W::Measure("power")), ("capacidad", W::Measure("power")), ("energía", W::Measure("energy")), ("electricidad", W::Measure("energy")),
        ("agua", W::Measure("water")), ("participación", W::Measure("share")), ("acuerdo", W::Measure("deal_value")),
        ("adquisición", W::Measure("deal_value")), ("compra", W::Measure("deal_value")), ("recompra", W::Measure("buyback")),
        ("empleados", W::Measure("employees")), ("trabajadores", W::Measure("employees")), ("plantilla", W::Measure("employees")),
        ("usuarios", W::Measure("users")), ("población", W::Measure("population")), ("habitantes", W::Measure("population")),
        ("muertos", W::Measure("deaths")), ("muertes", W::Measure("deaths")), ("fallecidos", W::Measure("deaths")), ("víctimas mortales", W::Measure("deaths")),
        // counted things with cross-language names
        ("gpu", W::Thing("gpu")), ("gpus", W::Thing("gpu")), ("procesadores gráficos", W::Thing("gpu")), ("tarjetas gráficas", W::Thing("gpu")),
        ("chips", W::Thing("chip")), ("servidores", W::Thing("server")), ("hogares", W::Thing("home")), ("viviendas", W::Thing("home")),
        ("casas", W::Thing("home")), ("empleos", W::Thing("job")), ("puestos de trabajo", W::Thing("job")), ("personas", W::Thing("person")),
        ("voluntarios", W::Thing("volunteer")), ("manifestantes", W::Thing("protester")), ("coches", W::Thing("car")), ("autos", W::Thing("car")),
        ("automóviles", W::Thing("car")), ("vehículos", W::Thing("vehicle")),
        // function words (language detection, never counted nouns)
        ("el", W::Stop), ("la", W::Stop), ("los", W::Stop), ("las", W::Stop), ("lo", W::Stop), ("del", W::Stop), ("al", W::Stop),
        ("en", W::Stop), ("por", W::Stop), ("para", W::Stop), ("con", W::Stop), ("sin", W::Stop), ("sobre", W::Stop), ("que", W::Stop),
        ("se", W::Stop), ("no", W::Stop), ("es", W::Stop), ("son", W::Stop), ("fue", W::Stop), ("fueron", W::Stop), ("ha", W::Stop),
        ("han", W::Stop), ("había", W::Stop), ("habían", W::Stop), ("ser", W::Stop), ("sido", W::Stop), ("está", W::Stop), ("están", W::Stop),
        ("este", W::Stop), ("esta", W::Stop), ("estos", W::Stop), ("estas", W::Stop), ("ese", W::Stop), ("esa", W::Stop), ("su", W::Stop),
        ("sus", W::Stop), ("le", W::Stop), ("les", W::Stop), ("como", W::Stop), ("pero", W::Stop), ("más", W::Stop), ("muy", W::Stop),
        ("también", W::Stop), ("ya", W::Stop), ("según", W::Stop), ("desde", W::Stop), ("durante", W::Stop), ("tras", W::Stop),
        ("cuando", W::Stop), ("donde", W::Stop), ("porque", W::Stop), ("aunque", W::Stop), ("mientras", W::Stop), ("cada", W::Stop),
        ("otro", W::Stop), ("otra", W::Stop), ("otros", W::Stop), ("otras", W::Stop), ("todos", W::Stop), ("todas", W::Stop),
        ("ante", W::Stop), ("contra", W::Stop), ("hacia", W::Stop), ("así", W::Stop), ("él", W::Stop), ("ella", W::Stop), ("ellos", W::Stop),
        ("nos", W::Stop), ("mi", W::Stop), ("hoy", W::Stop), ("ayer", W::Stop), ("dijo", W::Stop), ("afirmó", W::Stop), ("anunció", W::Stop),
        ("informó", W::Stop), ("aseguró", W::Stop), ("explicó", W::Stop), ("veces", W::Stop), ("nuevo", W::Stop), ("nueva", W::Stop),
        ("pasado", W::Stop), ("próximos", W::Stop), ("últimos", W::Stop), ("primeros", W::Stop), ("real", W::Stop), ("menos", W::Stop),
        ("hay", W::Stop), ("será", W::Stop), ("sería", W::Stop), ("mismo", W::Stop), ("sólo", W::Stop), ("solo", W::Stop),
    ],
    cased: &[
        ("M", W::Mag(1e6)), ("MM", W::Mag(1e6)),
        ("MW", W::Unit("W", 1e6)), ("GW", W::Unit("W", 1e9)), ("kW", W::Unit("W", 1e3)),
        ("ARS", W::Cur("ARS")), ("CLP", W::Cur("CLP")), ("COP", W::Cur("COP")), ("PEN", W::Cur("PEN")), ("MXN", W::Cur("MXN")),
    ],
    appositive_age: true,
    ..Lexicon::PLAIN
};
