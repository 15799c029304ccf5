//! A reproducible news-like corpus in the 16 languages, for benchmarks: the
//! project's own template sentences with figures of every kind, filled from a
//! seeded generator. Shared by `benches/extract.rs` and `examples/gencorpus.rs`.

/// A tiny deterministic generator (SplitMix64): same seed, same corpus.
pub struct Rng(pub u64);
impl Rng {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
}

/// Templates: `{i}` an integer 2-999, `{d}` a decimal with the language's
/// separator, `{g}` a grouped number (thousands) in the language's style.
pub const TEMPLATES: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "The startup was valued at ${d} billion after the round, according to two people briefed on the deal.",
            "Hundreds of thousands of homes lost power when the storm hit, and crews restored {g} connections by Monday.",
            "The data centre will draw up to {i} MW and use about {g} gallons of water a day, the filing shows.",
            "Shares rose {d}% in early trading as the group reported revenue of £{d}bn for the year.",
        ],
    ),
    (
        "pt",
        &[
            "A avaliação da empresa chegou a {d} bilhões de dólares, com fundos estrangeiros entrando na rodada.",
            "O centro vai reunir dezenas de milhares de GPUs e consumir cerca de {i} megawatts nos próximos {i} anos.",
            "A prefeitura anunciou investimento de R$ {d} bilhões e a contratação de {i} mil trabalhadores.",
            "Mais de {i}% dos entrevistados disseram que o preço subiu entre {g} e {g} reais.",
        ],
    ),
    (
        "es",
        &[
            "La compañía pidió prestados {d} millones de dólares para ampliar la planta, según el informe anual.",
            "El gobierno destinará {g} millones de euros a la red eléctrica durante los próximos {i} años.",
            "Unas {i} mil personas participaron en la marcha, y más del {i}% eran jóvenes.",
        ],
    ),
    (
        "fr",
        &[
            "La valorisation de la société a atteint {i} milliards de dollars, selon des sources proches du dossier.",
            "Le site accueillera des centaines de milliers de GPU et une puissance de plusieurs gigawatts d'ici {i} ans.",
            "Environ {g} ménages ont été privés d'électricité, et la facture s'élève à {d} millions d'euros.",
        ],
    ),
    (
        "de",
        &[
            "Der Konzern investiert {d} Milliarden Euro in neue Werke und schafft rund {g} Arbeitsplätze.",
            "Die Anlage soll bis zu {i} Megawatt liefern, das entspricht etwa {d} Prozent des Bedarfs.",
            "Zehntausende Menschen demonstrierten, die Polizei sprach von {g} Teilnehmern.",
        ],
    ),
    (
        "it",
        &[
            "La società ha raccolto {d} miliardi di euro e prevede di assumere {i} mila persone.",
            "Il nuovo impianto produrrà circa {i} megawatt e costerà oltre {g} milioni di euro.",
        ],
    ),
    (
        "ar",
        &[
            "خصصت الحكومة {i} مليار دولار للمشروع، ويعمل فيه نحو {g} موظف.",
            "شارك آلاف المتطوعين في الحملة التي استمرت {i} أشهر.",
            "ارتفعت قيمة الشركة إلى {i} مليار دولار بزيادة {i}٪ خلال عام.",
        ],
    ),
    (
        "zh",
        &[
            "该项目总投资约{i}亿元，预计带动就业{i}万人。",
            "公司估值达到{i}亿美元，数据中心功率为{i}兆瓦。",
            "去年有超过{i}万名游客到访，增长{i}%。",
        ],
    ),
    ("ja", &["売上高は{i}億円で、従業員は約{i}万人だった。", "新工場には{i}億ドルが投じられ、出力は{i}メガワットになる。"]),
    ("ko", &["회사는 {i}억 달러를 투자해 {i}만 명을 고용할 계획이다.", "발전소의 용량은 {i} 메가와트이며 공사 기간은 {i}년이다."]),
    (
        "ru",
        &[
            "Бюджет проекта составил {i} млрд рублей, в нём заняты около {g} человек.",
            "Компания привлекла {d} млн долларов, а мощность станции достигнет {i} МВт.",
        ],
    ),
    (
        "uk",
        &[
            "Уряд виділив {i} млрд гривень на відновлення мережі, це понад {i}% бюджету.",
            "На підприємстві працюють близько {g} людей, а потужність становить {i} МВт.",
        ],
    ),
    (
        "vi",
        &[
            "Công ty đã đầu tư {i} tỷ đồng vào nhà máy và tuyển dụng khoảng {g} lao động.",
            "Dự án có công suất {i} MW và dự kiến hoàn thành trong {i} năm.",
        ],
    ),
    (
        "id",
        &[
            "Pemerintah menyiapkan anggaran Rp {i} triliun untuk proyek itu, dengan {g} pekerja.",
            "Pembangkit itu berkapasitas {i} megawatt dan menelan biaya {d} miliar dolar AS.",
        ],
    ),
    (
        "tr",
        &[
            "Şirket {i} milyar dolarlık yatırımla {g} kişiye istihdam sağlayacak.",
            "Santralin kurulu gücü {i} megavat olacak ve proje {i} yıl sürecek.",
        ],
    ),
    (
        "hi",
        &[
            "परियोजना पर {i} करोड़ रुपये खर्च हुए और लगभग {i} हज़ार लोगों को रोज़गार मिला।",
            "संयंत्र की क्षमता {i} मेगावाट है और इसे {i} साल में पूरा किया जाएगा।",
        ],
    ),
];

fn decimal_comma(lang: &str) -> bool {
    matches!(lang, "pt" | "es" | "fr" | "de" | "it" | "ru" | "uk" | "vi" | "id" | "tr")
}

fn grouped(lang: &str, v: u64) -> String {
    let s = v.to_string();
    let sep = match lang {
        "fr" | "ru" | "uk" => "\u{202F}",
        l if decimal_comma(l) => ".",
        _ => ",",
    };
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

/// One paragraph in `lang` from template `t`.
pub fn fill(rng: &mut Rng, lang: &str, t: &str) -> String {
    let mut out = String::with_capacity(t.len() + 16);
    let mut rest = t;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        let kind = rest.as_bytes().get(i + 1).copied().unwrap_or(b'i');
        match kind {
            b'd' => {
                let a = 1 + rng.below(99);
                let b = rng.below(10);
                out.push_str(&format!("{a}{}{b}", if decimal_comma(lang) { ',' } else { '.' }));
            }
            b'g' => out.push_str(&grouped(lang, 1000 + rng.below(900_000))),
            _ => out.push_str(&(2 + rng.below(998)).to_string()),
        }
        rest = &rest[(i + 3).min(rest.len())..];
    }
    out.push_str(rest);
    out
}

/// About `bytes` of text in `lang`, paragraphs separated by line breaks.
pub fn corpus(lang: &str, bytes: usize, seed: u64) -> String {
    let templates = TEMPLATES.iter().find(|(l, _)| *l == lang).map(|(_, t)| *t).unwrap_or(&[]);
    let mut rng = Rng(seed ^ lang.bytes().fold(0u64, |h, b| h.wrapping_mul(31).wrapping_add(b as u64)));
    let mut out = String::with_capacity(bytes + 256);
    while out.len() < bytes && !templates.is_empty() {
        let t = templates[rng.below(templates.len() as u64) as usize];
        out.push_str(&fill(&mut rng, lang, t));
        out.push('\n');
    }
    out
}

/// The language codes of the corpus.
pub fn langs() -> impl Iterator<Item = &'static str> {
    TEMPLATES.iter().map(|(l, _)| *l)
}
