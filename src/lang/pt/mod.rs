//! Portuguese, Brazil and Portugal. pt-BR: `bilhão` = 10^9, `trilhão` = 10^12;
//! pt-PT: `mil milhões` = 10^9, `bilião` = 10^12 (the spellings differ, so one
//! lexicon reads both). `mil` is a thousand (`100 mil` = 100 000), `mi` and
//! `bi` abbreviate milhão and bilhão. Decimal comma: `1,7`, `1.500` = 1500.

use super::{
    Decimal, Lang, Lexicon, ACRE, BARREL, DAY, FOOT, GALLON, HOUR, INCH, KMH, KNOT, MILE, MONTH, MPH, NAUTICAL_MILE, W, WEEK, YARD, YEAR,
};
use crate::claim::Qualifier::*;

#[rustfmt::skip]
pub static LEXICON: Lexicon = Lexicon {
    lang: Lang::Pt,
    decimal: Decimal::Comma,
    space_groups: true,
    words: &[
        ("um", W::Num(1.0)), ("uma", W::Num(1.0)), ("dois", W::Num(2.0)), ("duas", W::Num(2.0)), ("três", W::Num(3.0)),
        ("quatro", W::Num(4.0)), ("cinco", W::Num(5.0)), ("seis", W::Num(6.0)), ("sete", W::Num(7.0)), ("oito", W::Num(8.0)),
        ("nove", W::Num(9.0)), ("dez", W::Num(10.0)), ("onze", W::Num(11.0)), ("doze", W::Num(12.0)), ("treze", W::Num(13.0)),
        ("catorze", W::Num(14.0)), ("quatorze", W::Num(14.0)), ("quinze", W::Num(15.0)), ("dezesseis", W::Num(16.0)), ("dezasseis", W::Num(16.0)),
        ("dezessete", W::Num(17.0)), ("dezassete", W::Num(17.0)), ("dezoito", W::Num(18.0)), ("dezenove", W::Num(19.0)), ("dezanove", W::Num(19.0)),
        ("vinte", W::Num(20.0)), ("trinta", W::Num(30.0)), ("quarenta", W::Num(40.0)), ("cinquenta", W::Num(50.0)), ("sessenta", W::Num(60.0)),
        ("setenta", W::Num(70.0)), ("oitenta", W::Num(80.0)), ("noventa", W::Num(90.0)), ("cem", W::Num(100.0)), ("cento", W::Num(100.0)),
        ("duzentos", W::Num(200.0)), ("duzentas", W::Num(200.0)), ("trezentos", W::Num(300.0)), ("trezentas", W::Num(300.0)),
        ("quatrocentos", W::Num(400.0)), ("quinhentos", W::Num(500.0)), ("quinhentas", W::Num(500.0)), ("seiscentos", W::Num(600.0)),
        ("setecentos", W::Num(700.0)), ("oitocentos", W::Num(800.0)), ("novecentos", W::Num(900.0)), ("dúzia", W::Num(12.0)),
        // magnitudes
        ("mil", W::Mag(1e3)), ("milhar", W::Mag(1e3)), ("milhares", W::MagPl(1e3)),
        ("milhão", W::Mag(1e6)), ("milhões", W::MagPl(1e6)), ("mi", W::Mag(1e6)), ("mln", W::Mag(1e6)),
        ("bilhão", W::Mag(1e9)), ("bilhões", W::MagPl(1e9)), ("bi", W::Mag(1e9)), ("mil milhões", W::Mag(1e9)),
        ("trilhão", W::Mag(1e12)), ("trilhões", W::MagPl(1e12)), ("tri", W::Mag(1e12)),
        ("bilião", W::Mag(1e12)), ("biliões", W::MagPl(1e12)), ("trilião", W::Mag(1e18)), ("triliões", W::MagPl(1e18)),
        // vague
        ("vários", W::Vague(2.0, 10.0)), ("várias", W::Vague(2.0, 10.0)), ("alguns", W::Vague(2.0, 10.0)), ("algumas", W::Vague(2.0, 10.0)),
        ("dezenas", W::Vague(10.0, 100.0)), ("centenas", W::Vague(100.0, 1000.0)), ("dúzias", W::Vague(24.0, 120.0)),
        // currencies
        ("dólar", W::Cur("USD")), ("dólares", W::Cur("USD")), ("dólares americanos", W::Cur("USD")), ("euro", W::Cur("EUR")), ("euros", W::Cur("EUR")),
        ("real", W::Cur("BRL")), ("reais", W::Cur("BRL")), ("libra", W::Cur("GBP")), ("libras", W::Cur("GBP")), ("iene", W::Cur("JPY")), ("ienes", W::Cur("JPY")),
        ("yuan", W::Cur("CNY")), ("iuane", W::Cur("CNY")), ("iuanes", W::Cur("CNY")), ("rupias", W::Cur("INR")), ("rublos", W::Cur("RUB")),
        // units
        ("por cento", W::Pct), ("porcento", W::Pct), ("pontos percentuais", W::Pct), ("ponto percentual", W::Pct),
        ("watts", W::Unit("W", 1.0)), ("quilowatts", W::Unit("W", 1e3)), ("megawatts", W::Unit("W", 1e6)), ("megawatt", W::Unit("W", 1e6)),
        ("gigawatts", W::Unit("W", 1e9)), ("gigawatt", W::Unit("W", 1e9)), ("gigawatt-hora", W::Unit("Wh", 1e9)), ("gigawatts-hora", W::Unit("Wh", 1e9)),
        ("megawatts-hora", W::Unit("Wh", 1e6)), ("terawatts-hora", W::Unit("Wh", 1e12)),
        ("litro", W::Unit("L", 1.0)), ("litros", W::Unit("L", 1.0)), ("galões", W::Unit("L", GALLON)), ("barris", W::Unit("L", BARREL)), ("metros cúbicos", W::Unit("L", 1e3)),
        ("quilo", W::Unit("kg", 1.0)), ("quilos", W::Unit("kg", 1.0)), ("quilogramas", W::Unit("kg", 1.0)), ("tonelada", W::Unit("kg", 1e3)), ("toneladas", W::Unit("kg", 1e3)),
        ("quilômetros", W::Unit("m", 1e3)), ("quilómetros", W::Unit("m", 1e3)), ("metros", W::Unit("m", 1.0)), ("hectares", W::Unit("m2", 1e4)),
        ("metros quadrados", W::Unit("m2", 1.0)), ("quilômetros quadrados", W::Unit("m2", 1e6)),
        ("ano", W::Unit("s", YEAR)), ("anos", W::Unit("s", YEAR)), ("mês", W::Unit("s", MONTH)), ("meses", W::Unit("s", MONTH)),
        ("semana", W::Unit("s", WEEK)), ("semanas", W::Unit("s", WEEK)), ("dia", W::Unit("s", DAY)), ("dias", W::Unit("s", DAY)),
        ("hora", W::Unit("s", HOUR)), ("horas", W::Unit("s", HOUR)), ("minutos", W::Unit("s", 60.0)), ("décadas", W::Unit("s", 10.0 * YEAR)),
        // lengths, speeds, temperatures (°C: a `°` alone is an ordinal, `3° lugar`), earthquakes
        ("milhas", W::Unit("m", MILE)), ("milha", W::Unit("m", MILE)), ("milhas náuticas", W::Unit("m", NAUTICAL_MILE)),
        ("pés", W::Unit("m", FOOT)), ("polegadas", W::Unit("m", INCH)), ("polegada", W::Unit("m", INCH)), ("jardas", W::Unit("m", YARD)),
        ("centímetros", W::Unit("m", 0.01)), ("centímetro", W::Unit("m", 0.01)), ("cm", W::Unit("m", 0.01)), ("milímetros", W::Unit("m", 1e-3)),
        ("mm", W::Unit("m", 1e-3)), ("metro", W::Unit("m", 1.0)), ("quilômetro", W::Unit("m", 1e3)), ("quilómetro", W::Unit("m", 1e3)),
        ("acres", W::Unit("m2", ACRE)), ("hectare", W::Unit("m2", 1e4)), ("quilograma", W::Unit("kg", 1.0)), ("gramas", W::Unit("kg", 1e-3)),
        ("quilômetros por hora", W::Unit("m/s", KMH)), ("quilómetros por hora", W::Unit("m/s", KMH)), ("quilômetros/hora", W::Unit("m/s", KMH)),
        ("milhas por hora", W::Unit("m/s", MPH)), ("nós", W::Unit("m/s", KNOT)),
        ("graus", W::Unit("°C", 1.0)), ("grau", W::Unit("°C", 1.0)), ("graus celsius", W::Unit("°C", 1.0)), ("graus centígrados", W::Unit("°C", 1.0)),
        ("°c", W::Unit("°C", 1.0)), ("ºc", W::Unit("°C", 1.0)), ("℃", W::Unit("°C", 1.0)), ("celsius", W::Unit("°C", 1.0)),
        ("graus fahrenheit", W::Unit("°F", 1.0)), ("fahrenheit", W::Unit("°F", 1.0)), ("°f", W::Unit("°F", 1.0)), ("ºf", W::Unit("°F", 1.0)),
        ("magnitude", W::UnitBefore("magnitude", 1.0)), ("graus na escala richter", W::Unit("magnitude", 1.0)),
        ("graus na escala de richter", W::Unit("magnitude", 1.0)), ("na escala richter", W::Unit("magnitude", 1.0)), ("na escala de richter", W::Unit("magnitude", 1.0)),
        // times of day: `4h40`, `às 15.00`, `às 15 horas`
        ("h", W::Clock), ("às", W::ClockBefore),
        // days of the week: never a counted noun
        ("segunda-feira", W::Weekday), ("terça-feira", W::Weekday), ("quarta-feira", W::Weekday), ("quinta-feira", W::Weekday), ("sexta-feira", W::Weekday), ("sábado", W::Weekday),
        ("domingo", W::Weekday),
        // qualifiers
        ("cerca de", W::Qual(About)), ("aproximadamente", W::Qual(About)), ("quase", W::Qual(About)), ("perto de", W::Qual(About)),
        ("em torno de", W::Qual(About)), ("por volta de", W::Qual(About)), ("aproximados", W::Stop), ("uns", W::Qual(About)), ("umas", W::Qual(About)),
        ("mais de", W::Qual(MoreThan)), ("acima de", W::Qual(MoreThan)), ("superior a", W::Qual(MoreThan)), ("além de", W::Qual(MoreThan)),
        ("pelo menos", W::Qual(AtLeast)), ("no mínimo", W::Qual(AtLeast)), ("ao menos", W::Qual(AtLeast)),
        ("menos de", W::Qual(LessThan)), ("abaixo de", W::Qual(LessThan)), ("inferior a", W::Qual(LessThan)),
        ("até", W::Qual(UpTo)), ("no máximo", W::Qual(UpTo)),
        ("ou mais", W::PostQual(AtLeast)), ("e pouco", W::PostQual(MoreThan)),
        // structure
        ("de", W::Link), ("do", W::Stop), ("da", W::Stop), ("dos", W::Stop), ("das", W::Stop),
        ("a", W::RangeSep), ("ou", W::RangeSep), ("entre", W::Between), ("e", W::And),
        // months
        ("janeiro", W::Month), ("fevereiro", W::Month), ("março", W::Month), ("abril", W::Month), ("maio", W::Month), ("junho", W::Month),
        ("julho", W::Month), ("agosto", W::Month), ("setembro", W::Month), ("outubro", W::Month), ("novembro", W::Month), ("dezembro", W::Month),
        // labels
        ("artigo", W::Label), ("art", W::Label), ("inciso", W::Label), ("parágrafo", W::Label), ("capítulo", W::Label), ("seção", W::Label), ("secção", W::Label), ("página", W::Label), ("nº", W::Label),
        ("número", W::Label), ("lei", W::Label), ("modelo", W::Label), ("versão", W::Label), ("voo", W::Label), ("sala", W::Label), ("rodovia", W::Label),
        // measures
        ("avaliação", W::Measure("valuation")), ("avaliada", W::Measure("valuation")), ("avaliado", W::Measure("valuation")), ("avaliou", W::Measure("valuation")), ("avaliaram", W::Measure("valuation")), ("avaliam", W::Measure("valuation")), ("avaliar", W::Measure("valuation")), ("valuation", W::Measure("valuation")),
        ("valor de mercado", W::Measure("market_cap")), ("capitalização", W::Measure("market_cap")), ("capitalização de mercado", W::Measure("market_cap")),
        ("captação", W::Measure("funding")), ("captar", W::Measure("funding")), ("captou", W::Measure("funding")), ("financiamento", W::Measure("funding")),
        ("levantou", W::Measure("funding")), ("rodada", W::Measure("funding")),
        ("receita", W::Measure("revenue")), ("receitas", W::Measure("revenue")), ("faturamento", W::Measure("revenue")), ("vendas", W::Measure("revenue")),
        ("lucro", W::Measure("profit")), ("lucros", W::Measure("profit")), ("prejuízo", W::Measure("loss")), ("prejuízos", W::Measure("loss")), ("perdeu", W::Measure("loss")), ("perda", W::Measure("loss")), ("perdas", W::Measure("loss")),
        ("custo", W::Measure("cost")), ("custos", W::Measure("cost")), ("custou", W::Measure("cost")), ("custar", W::Measure("cost")), ("custa", W::Measure("cost")), ("custaria", W::Measure("cost")), ("custará", W::Measure("cost")), ("preço", W::Measure("price")),
        ("investimento", W::Measure("investment")), ("investimentos", W::Measure("investment")), ("investe", W::Measure("investment")), ("investiu", W::Measure("investment")),
        ("investidos", W::Measure("investment")), ("investir", W::Measure("investment")),
        ("dívida", W::Measure("debt")), ("dívidas", W::Measure("debt")), ("empréstimo", W::Measure("debt")), ("emprestados", W::Measure("debt")), ("emprestado", W::Measure("debt")),
        ("orçamento", W::Measure("budget")), ("gastos", W::Measure("spending")), ("gastou", W::Measure("spending")),
        ("energia", W::Measure("power")), ("potência", W::Measure("power")), ("capacidade de energia", W::Measure("power")),
        ("água", W::Measure("water")), ("participação", W::Measure("share")), ("fatia", W::Measure("share")),
        ("funcionários", W::Measure("employees")), ("empregados", W::Measure("employees")), ("usuários", W::Measure("users")), ("utilizadores", W::Measure("users")),
        ("mortos", W::Measure("deaths")), ("mortes", W::Measure("deaths")), ("recompra", W::Measure("buyback")),
        // counted things
        ("gpus", W::Thing("gpu")), ("gpu", W::Thing("gpu")), ("placas de vídeo", W::Thing("gpu")), ("chips", W::Thing("chip")), ("servidores", W::Thing("server")),
        ("casas", W::Thing("home")), ("residências", W::Thing("home")), ("empregos", W::Thing("job")), ("vagas", W::Thing("job")),
        ("pessoas", W::Thing("person")), ("voluntários", W::Thing("volunteer")), ("manifestantes", W::Thing("protester")),
        ("carros", W::Thing("car")), ("veículos", W::Thing("vehicle")),
        // function words
        ("o", W::Stop), ("os", W::Stop), ("as", W::Stop), ("no", W::Stop), ("na", W::Stop), ("nos", W::Stop), ("nas", W::Stop),
        ("em", W::Stop), ("por", W::Stop), ("para", W::Stop), ("com", W::Stop), ("sem", W::Stop), ("que", W::Stop), ("se", W::Stop),
        ("não", W::Stop), ("mais", W::Stop), ("como", W::Stop), ("mas", W::Stop), ("ao", W::Stop), ("aos", W::Stop), ("pela", W::Stop),
        ("pelo", W::Stop), ("seu", W::Stop), ("sua", W::Stop), ("seus", W::Stop), ("suas", W::Stop), ("ele", W::Stop), ("ela", W::Stop),
        ("é", W::Stop), ("foi", W::Stop), ("são", W::Stop), ("está", W::Stop), ("também", W::Stop), ("isso", W::Stop), ("essa", W::Stop),
        ("esse", W::Stop), ("este", W::Stop), ("esta", W::Stop), ("já", W::Stop), ("ainda", W::Stop), ("vezes", W::Stop), ("anunciou", W::Stop),
        ("disse", W::Stop), ("segundo", W::Stop), ("todos", W::Stop), ("todas", W::Stop), ("outros", W::Stop), ("sobre", W::Stop),
        ("quando", W::Stop), ("onde", W::Stop),
        ("a", W::Stop), ("à", W::Stop), ("às", W::Stop), ("pelos", W::Stop), ("pelas", W::Stop), ("num", W::Stop), ("numa", W::Stop),
        ("há", W::Stop), ("ser", W::Stop), ("tem", W::Stop), ("têm", W::Stop), ("vai", W::Stop), ("pode", W::Stop), ("deve", W::Stop),
        ("foram", W::Stop), ("estão", W::Stop), ("após", W::Stop), ("desde", W::Stop), ("contra", W::Stop), ("cada", W::Stop),
        ("muito", W::Stop), ("porque", W::Stop), ("empresa", W::Stop), ("governo", W::Stop), ("chegou", W::Stop), ("afirmou", W::Stop),
        ("nesta", W::Stop), ("neste", W::Stop), ("entre os", W::Stop), ("próximos", W::Stop), ("últimos", W::Stop), ("casa", W::Stop),
    ],
    cased: &[("R$", W::Cur("BRL")), ("MW", W::Unit("W", 1e6)), ("GW", W::Unit("W", 1e9))],
    appositive_age: true,
    ..Lexicon::PLAIN
};
