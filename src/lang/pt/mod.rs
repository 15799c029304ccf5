//! Portuguese, Brazil and Portugal. pt-BR: `bilhão` = 10^9, `trilhão` = 10^12;
//! pt-PT: `mil milhões` = 10^9, `bilião` = 10^12 (the spellings differ, so one
//! lexicon reads both). `mil` is a thousand (`100 mil` = 100 000), `mi` and
//! `bi` abbreviate milhão and bilhão. Decimal comma: `1,7`, `1.500` = 1500.

use super::{Decimal, Lang, Lexicon, Sense, Variety, ACRE, BARREL, DAY, FOOT, GALLON, HOUR, INCH, KMH, KNOT, MILE, MONTH, MPH, NAUTICAL_MILE, WEEK, YARD, YEAR};
use crate::claim::Qualifier::*;

#[rustfmt::skip]
pub static LEXICON: Lexicon = Lexicon {
    lang: Lang::Pt,
    decimal: Decimal::Comma,
    space_groups: true,
    words: &[
        ("um", Sense::Num(1.0)), ("uma", Sense::Num(1.0)), ("dois", Sense::Num(2.0)), ("duas", Sense::Num(2.0)), ("três", Sense::Num(3.0)),
        ("quatro", Sense::Num(4.0)), ("cinco", Sense::Num(5.0)), ("seis", Sense::Num(6.0)), ("sete", Sense::Num(7.0)), ("oito", Sense::Num(8.0)),
        ("nove", Sense::Num(9.0)), ("dez", Sense::Num(10.0)), ("onze", Sense::Num(11.0)), ("doze", Sense::Num(12.0)), ("treze", Sense::Num(13.0)),
        ("catorze", Sense::Num(14.0)), ("quatorze", Sense::Num(14.0)), ("quinze", Sense::Num(15.0)), ("dezesseis", Sense::Num(16.0)), ("dezasseis", Sense::Num(16.0)),
        ("dezessete", Sense::Num(17.0)), ("dezassete", Sense::Num(17.0)), ("dezoito", Sense::Num(18.0)), ("dezenove", Sense::Num(19.0)), ("dezanove", Sense::Num(19.0)),
        ("vinte", Sense::Num(20.0)), ("trinta", Sense::Num(30.0)), ("quarenta", Sense::Num(40.0)), ("cinquenta", Sense::Num(50.0)), ("sessenta", Sense::Num(60.0)),
        ("setenta", Sense::Num(70.0)), ("oitenta", Sense::Num(80.0)), ("noventa", Sense::Num(90.0)), ("cem", Sense::Num(100.0)), ("cento", Sense::Num(100.0)),
        ("duzentos", Sense::Num(200.0)), ("duzentas", Sense::Num(200.0)), ("trezentos", Sense::Num(300.0)), ("trezentas", Sense::Num(300.0)),
        ("quatrocentos", Sense::Num(400.0)), ("quinhentos", Sense::Num(500.0)), ("quinhentas", Sense::Num(500.0)), ("seiscentos", Sense::Num(600.0)),
        ("setecentos", Sense::Num(700.0)), ("oitocentos", Sense::Num(800.0)), ("novecentos", Sense::Num(900.0)), ("dúzia", Sense::Num(12.0)),
        // magnitudes
        ("mil", Sense::Mag(1e3)), ("milhar", Sense::Mag(1e3)), ("milhares", Sense::MagPl(1e3)),
        ("milhão", Sense::Mag(1e6)), ("milhões", Sense::MagPl(1e6)), ("mi", Sense::Mag(1e6)), ("mln", Sense::Mag(1e6)),
        ("bilhão", Sense::Mag(1e9)), ("bilhões", Sense::MagPl(1e9)), ("bi", Sense::Mag(1e9)), ("mil milhões", Sense::Mag(1e9)),
        ("trilhão", Sense::Mag(1e12)), ("trilhões", Sense::MagPl(1e12)), ("tri", Sense::Mag(1e12)),
        ("bilião", Sense::Mag(1e12)), ("biliões", Sense::MagPl(1e12)), ("trilião", Sense::Mag(1e18)), ("triliões", Sense::MagPl(1e18)),
        // vague
        ("vários", Sense::Vague(2.0, 10.0)), ("várias", Sense::Vague(2.0, 10.0)), ("alguns", Sense::Vague(2.0, 10.0)), ("algumas", Sense::Vague(2.0, 10.0)),
        ("dezenas", Sense::Vague(10.0, 100.0)), ("centenas", Sense::Vague(100.0, 1000.0)), ("dúzias", Sense::Vague(24.0, 120.0)),
        // currencies
        ("dólar", Sense::Cur("USD")), ("dólares", Sense::Cur("USD")), ("dólares americanos", Sense::Cur("USD")), ("euro", Sense::Cur("EUR")), ("euros", Sense::Cur("EUR")),
        ("real", Sense::Cur("BRL")), ("reais", Sense::Cur("BRL")), ("libra", Sense::Cur("GBP")), ("libras", Sense::Cur("GBP")), ("iene", Sense::Cur("JPY")), ("ienes", Sense::Cur("JPY")),
        ("yuan", Sense::Cur("CNY")), ("iuane", Sense::Cur("CNY")), ("iuanes", Sense::Cur("CNY")), ("rupias", Sense::Cur("INR")), ("rublos", Sense::Cur("RUB")),
        // units
        ("por cento", Sense::Pct), ("porcento", Sense::Pct), ("pontos percentuais", Sense::Pct), ("ponto percentual", Sense::Pct),
        ("watts", Sense::Unit("W", 1.0)), ("quilowatts", Sense::Unit("W", 1e3)), ("megawatts", Sense::Unit("W", 1e6)), ("megawatt", Sense::Unit("W", 1e6)),
        ("gigawatts", Sense::Unit("W", 1e9)), ("gigawatt", Sense::Unit("W", 1e9)), ("gigawatt-hora", Sense::Unit("Wh", 1e9)), ("gigawatts-hora", Sense::Unit("Wh", 1e9)),
        ("megawatts-hora", Sense::Unit("Wh", 1e6)), ("terawatts-hora", Sense::Unit("Wh", 1e12)),
        ("litro", Sense::Unit("L", 1.0)), ("litros", Sense::Unit("L", 1.0)), ("galões", Sense::Unit("L", GALLON)), ("barris", Sense::Unit("L", BARREL)), ("metros cúbicos", Sense::Unit("L", 1e3)),
        ("quilo", Sense::Unit("kg", 1.0)), ("quilos", Sense::Unit("kg", 1.0)), ("quilogramas", Sense::Unit("kg", 1.0)), ("tonelada", Sense::Unit("kg", 1e3)), ("toneladas", Sense::Unit("kg", 1e3)),
        ("quilômetros", Sense::Unit("m", 1e3)), ("quilómetros", Sense::Unit("m", 1e3)), ("metros", Sense::Unit("m", 1.0)), ("hectares", Sense::Unit("m2", 1e4)),
        ("metros quadrados", Sense::Unit("m2", 1.0)), ("quilômetros quadrados", Sense::Unit("m2", 1e6)),
        ("ano", Sense::Unit("s", YEAR)), ("anos", Sense::Unit("s", YEAR)), ("mês", Sense::Unit("s", MONTH)), ("meses", Sense::Unit("s", MONTH)),
        ("semana", Sense::Unit("s", WEEK)), ("semanas", Sense::Unit("s", WEEK)), ("dia", Sense::Unit("s", DAY)), ("dias", Sense::Unit("s", DAY)),
        ("hora", Sense::Unit("s", HOUR)), ("horas", Sense::Unit("s", HOUR)), ("minutos", Sense::Unit("s", 60.0)), ("décadas", Sense::Unit("s", 10.0 * YEAR)),
        // lengths, speeds, temperatures (°C: a `°` alone is an ordinal, `3° lugar`), earthquakes
        ("milhas", Sense::Unit("m", MILE)), ("milha", Sense::Unit("m", MILE)), ("milhas náuticas", Sense::Unit("m", NAUTICAL_MILE)),
        ("pés", Sense::Unit("m", FOOT)), ("polegadas", Sense::Unit("m", INCH)), ("polegada", Sense::Unit("m", INCH)), ("jardas", Sense::Unit("m", YARD)),
        ("centímetros", Sense::Unit("m", 0.01)), ("centímetro", Sense::Unit("m", 0.01)), ("cm", Sense::Unit("m", 0.01)), ("milímetros", Sense::Unit("m", 1e-3)),
        ("mm", Sense::Unit("m", 1e-3)), ("metro", Sense::Unit("m", 1.0)), ("quilômetro", Sense::Unit("m", 1e3)), ("quilómetro", Sense::Unit("m", 1e3)),
        ("acres", Sense::Unit("m2", ACRE)), ("hectare", Sense::Unit("m2", 1e4)), ("quilograma", Sense::Unit("kg", 1.0)), ("gramas", Sense::Unit("kg", 1e-3)),
        ("quilômetros por hora", Sense::Unit("m/s", KMH)), ("quilómetros por hora", Sense::Unit("m/s", KMH)), ("quilômetros/hora", Sense::Unit("m/s", KMH)),
        ("milhas por hora", Sense::Unit("m/s", MPH)), ("nós", Sense::Unit("m/s", KNOT)),
        ("graus", Sense::Unit("°C", 1.0)), ("graus", Sense::UnitAlt("°F", 1.0)), ("grau", Sense::Unit("°C", 1.0)), ("grau", Sense::UnitAlt("°F", 1.0)), ("graus celsius", Sense::Unit("°C", 1.0)), ("graus centígrados", Sense::Unit("°C", 1.0)),
        ("°c", Sense::Unit("°C", 1.0)), ("ºc", Sense::Unit("°C", 1.0)), ("℃", Sense::Unit("°C", 1.0)), ("celsius", Sense::Unit("°C", 1.0)),
        ("graus fahrenheit", Sense::Unit("°F", 1.0)), ("fahrenheit", Sense::Unit("°F", 1.0)), ("°f", Sense::Unit("°F", 1.0)), ("ºf", Sense::Unit("°F", 1.0)),
        ("magnitude", Sense::UnitBefore("magnitude", 1.0)), ("graus na escala richter", Sense::Unit("magnitude", 1.0)),
        ("graus na escala de richter", Sense::Unit("magnitude", 1.0)), ("na escala richter", Sense::Unit("magnitude", 1.0)), ("na escala de richter", Sense::Unit("magnitude", 1.0)),
        // times of day: `4h40`, `às 15.00`, `às 15 horas`
        ("h", Sense::Clock), ("às", Sense::ClockBefore),
        // days of the week: never a counted noun
        ("segunda-feira", Sense::Weekday), ("terça-feira", Sense::Weekday), ("quarta-feira", Sense::Weekday), ("quinta-feira", Sense::Weekday), ("sexta-feira", Sense::Weekday), ("sábado", Sense::Weekday),
        ("domingo", Sense::Weekday),
        // qualifiers
        ("cerca de", Sense::Qual(About)), ("aproximadamente", Sense::Qual(About)), ("quase", Sense::Qual(About)), ("perto de", Sense::Qual(About)),
        ("em torno de", Sense::Qual(About)), ("por volta de", Sense::Qual(About)), ("aproximados", Sense::Stop), ("uns", Sense::Qual(About)), ("umas", Sense::Qual(About)),
        ("mais de", Sense::Qual(MoreThan)), ("acima de", Sense::Qual(MoreThan)), ("superior a", Sense::Qual(MoreThan)), ("além de", Sense::Qual(MoreThan)),
        ("pelo menos", Sense::Qual(AtLeast)), ("no mínimo", Sense::Qual(AtLeast)), ("ao menos", Sense::Qual(AtLeast)),
        ("menos de", Sense::Qual(LessThan)), ("abaixo de", Sense::Qual(LessThan)), ("inferior a", Sense::Qual(LessThan)),
        ("até", Sense::Qual(UpTo)), ("no máximo", Sense::Qual(UpTo)),
        ("ou mais", Sense::PostQual(AtLeast)), ("e pouco", Sense::PostQual(MoreThan)),
        // structure
        ("de", Sense::Link), ("do", Sense::Stop), ("da", Sense::Stop), ("dos", Sense::Stop), ("das", Sense::Stop),
        ("a", Sense::RangeSep), ("aos", Sense::RangeSep), ("ou", Sense::RangeSep), ("entre", Sense::Between), ("entre os", Sense::Between), ("entre as", Sense::Between), ("e", Sense::And),
        // months
        ("janeiro", Sense::Month), ("fevereiro", Sense::Month), ("março", Sense::Month), ("abril", Sense::Month), ("maio", Sense::Month), ("junho", Sense::Month),
        ("julho", Sense::Month), ("agosto", Sense::Month), ("setembro", Sense::Month), ("outubro", Sense::Month), ("novembro", Sense::Month), ("dezembro", Sense::Month),
        // labels
        ("artigo", Sense::Label), ("art", Sense::Label), ("inciso", Sense::Label), ("parágrafo", Sense::Label), ("capítulo", Sense::Label), ("seção", Sense::Label), ("secção", Sense::Label), ("página", Sense::Label), ("nº", Sense::Label),
        ("número", Sense::Label), ("lei", Sense::Label), ("modelo", Sense::Label), ("versão", Sense::Label), ("voo", Sense::Label), ("sala", Sense::Label), ("rodovia", Sense::Label),
        // measures
        ("avaliação", Sense::Measure("valuation")), ("avaliada", Sense::Measure("valuation")), ("avaliado", Sense::Measure("valuation")), ("avaliou", Sense::Measure("valuation")), ("avaliaram", Sense::Measure("valuation")), ("avaliam", Sense::Measure("valuation")), ("avaliar", Sense::Measure("valuation")), ("valuation", Sense::Measure("valuation")),
        ("valor de mercado", Sense::Measure("market_cap")), ("capitalização", Sense::Measure("market_cap")), ("capitalização de mercado", Sense::Measure("market_cap")),
        ("captação", Sense::Measure("funding")), ("captar", Sense::Measure("funding")), ("captou", Sense::Measure("funding")), ("financiamento", Sense::Measure("funding")),
        ("levantou", Sense::Measure("funding")), ("rodada", Sense::Measure("funding")),
        ("receita", Sense::Measure("revenue")), ("receitas", Sense::Measure("revenue")), ("faturamento", Sense::Measure("revenue")), ("vendas", Sense::Measure("revenue")),
        ("lucro", Sense::Measure("profit")), ("lucros", Sense::Measure("profit")), ("prejuízo", Sense::Measure("loss")), ("prejuízos", Sense::Measure("loss")), ("perdeu", Sense::Measure("loss")), ("perda", Sense::Measure("loss")), ("perdas", Sense::Measure("loss")),
        ("custo", Sense::Measure("cost")), ("custos", Sense::Measure("cost")), ("custou", Sense::Measure("cost")), ("custar", Sense::Measure("cost")), ("custa", Sense::Measure("cost")), ("custaria", Sense::Measure("cost")), ("custará", Sense::Measure("cost")), ("preço", Sense::Measure("price")),
        ("investimento", Sense::Measure("investment")), ("investimentos", Sense::Measure("investment")), ("investe", Sense::Measure("investment")), ("investiu", Sense::Measure("investment")),
        ("investidos", Sense::Measure("investment")), ("investir", Sense::Measure("investment")),
        ("dívida", Sense::Measure("debt")), ("dívidas", Sense::Measure("debt")), ("empréstimo", Sense::Measure("debt")), ("emprestados", Sense::Measure("debt")), ("emprestado", Sense::Measure("debt")),
        ("orçamento", Sense::Measure("budget")), ("gastos", Sense::Measure("spending")), ("gastou", Sense::Measure("spending")),
        ("energia", Sense::Measure("power")), ("potência", Sense::Measure("power")), ("capacidade de energia", Sense::Measure("power")),
        ("água", Sense::Measure("water")), ("participação", Sense::Measure("share")), ("fatia", Sense::Measure("share")),
        ("funcionários", Sense::Measure("employees")), ("empregados", Sense::Measure("employees")), ("usuários", Sense::Measure("users")), ("utilizadores", Sense::Measure("users")),
        ("mortos", Sense::Measure("deaths")), ("mortes", Sense::Measure("deaths")), ("recompra", Sense::Measure("buyback")),
        // counted things
        ("gpus", Sense::Thing("gpu")), ("gpu", Sense::Thing("gpu")), ("placas de vídeo", Sense::Thing("gpu")), ("chips", Sense::Thing("chip")), ("servidores", Sense::Thing("server")),
        ("casas", Sense::Thing("home")), ("residências", Sense::Thing("home")), ("empregos", Sense::Thing("job")), ("vagas", Sense::Thing("job")),
        ("pessoas", Sense::Thing("person")), ("voluntários", Sense::Thing("volunteer")), ("manifestantes", Sense::Thing("protester")),
        ("carros", Sense::Thing("car")), ("veículos", Sense::Thing("vehicle")),
        // function words
        ("o", Sense::Stop), ("os", Sense::Stop), ("as", Sense::Stop), ("no", Sense::Stop), ("na", Sense::Stop), ("nos", Sense::Stop), ("nas", Sense::Stop),
        ("em", Sense::Stop), ("por", Sense::Stop), ("para", Sense::Stop), ("com", Sense::Stop), ("sem", Sense::Stop), ("que", Sense::Stop), ("se", Sense::Stop),
        ("não", Sense::Stop), ("mais", Sense::Stop), ("como", Sense::Stop), ("mas", Sense::Stop), ("ao", Sense::Stop), ("aos", Sense::Stop), ("pela", Sense::Stop),
        ("pelo", Sense::Stop), ("seu", Sense::Stop), ("sua", Sense::Stop), ("seus", Sense::Stop), ("suas", Sense::Stop), ("ele", Sense::Stop), ("ela", Sense::Stop),
        ("é", Sense::Stop), ("foi", Sense::Stop), ("são", Sense::Stop), ("está", Sense::Stop), ("também", Sense::Stop), ("isso", Sense::Stop), ("essa", Sense::Stop),
        ("esse", Sense::Stop), ("este", Sense::Stop), ("esta", Sense::Stop), ("já", Sense::Stop), ("ainda", Sense::Stop), ("vezes", Sense::Stop), ("anunciou", Sense::Stop),
        ("disse", Sense::Stop), ("segundo", Sense::Stop), ("todos", Sense::Stop), ("todas", Sense::Stop), ("outros", Sense::Stop), ("sobre", Sense::Stop),
        ("quando", Sense::Stop), ("onde", Sense::Stop),
        ("a", Sense::Stop), ("à", Sense::Stop), ("às", Sense::Stop), ("pelos", Sense::Stop), ("pelas", Sense::Stop), ("num", Sense::Stop), ("numa", Sense::Stop),
        ("há", Sense::Stop), ("ser", Sense::Stop), ("tem", Sense::Stop), ("têm", Sense::Stop), ("vai", Sense::Stop), ("pode", Sense::Stop), ("deve", Sense::Stop),
        ("foram", Sense::Stop), ("estão", Sense::Stop), ("após", Sense::Stop), ("desde", Sense::Stop), ("contra", Sense::Stop), ("cada", Sense::Stop),
        ("muito", Sense::Stop), ("porque", Sense::Stop), ("empresa", Sense::Stop), ("governo", Sense::Stop), ("chegou", Sense::Stop), ("afirmou", Sense::Stop),
        ("nesta", Sense::Stop), ("neste", Sense::Stop), ("entre os", Sense::Stop), ("próximos", Sense::Stop), ("últimos", Sense::Stop), ("casa", Sense::Stop),
    ],
    cased: &[("R$", Sense::Cur("BRL")), ("MW", Sense::Unit("W", 1e6)), ("GW", Sense::Unit("W", 1e9))],
    appositive_age: true,
    titles: &["sr", "sra", "srta", "dr", "dra", "prof"],
    // European words first (`pt-PT`), then the Brazilian ones for the same things.
    varieties: &[
        Variety {
            region: Some("pt"),
            words: &["biliões", "bilião", "equipa", "facto", "registo", "autocarro", "telemóvel", "comboio", "ecrã", "utilizadores", "actual", "objectivo"],
        },
        Variety {
            region: None,
            words: &["bilhões", "bilhão", "equipe", "fato", "registro", "ônibus", "celular", "trem", "tela", "usuários", "atual", "objetivo"],
        },
    ],
    ..Lexicon::PLAIN
};
