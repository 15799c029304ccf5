//! Scenario tests for `check`: versions of stories in several language pairs
//! (the project's own sentences) with seeded conflicts and seeded agreements
//! that only look like conflicts, and figures that must not be compared.

use figcheck::compare::{CheckOptions, Report, ReportSet, Verdict};
use figcheck::{extract, Claim, Lang, Options};

fn read(text: &str, lang: &str) -> Vec<Claim> {
    extract(text, &Options { lang: Lang::from_code(lang), quotes: true, date: None })
}

/// The verdict of the page figure at `find` against a report, with the ratio
/// to the counterpart whose text contains `other` (or the first).
fn verdict(page: (&str, &str), report: (&str, &str), find: &str, other: Option<&str>) -> Option<(Verdict, f64, String)> {
    let pc = read(page.0, page.1);
    let rc = read(report.0, report.1);
    let set = ReportSet::new(vec![Report { name: "report".into(), claims: rc, ..Default::default() }]);
    let findings = set.check(&pc, &CheckOptions { page_name: "page".into(), self_check: false, versions: false });
    let at = page.0.find(find).expect("figure in page");
    let f = findings.into_iter().find(|f| f.claim.start <= at && at < f.claim.end)?;
    let o = f.others.iter().find(|o| other.is_none_or(|x| o.text.contains(x)))?;
    Some((o.verdict, o.ratio.unwrap_or(f64::NAN), o.explanation.clone()))
}

fn assert_conflict(page: (&str, &str), report: (&str, &str), find: &str, ratio: f64) -> String {
    let (v, r, e) = verdict(page, report, find, None).unwrap_or_else(|| panic!("{find:?}: no counterpart"));
    assert_eq!(v, Verdict::Conflict, "{find:?}: {e}");
    assert!((r - ratio).abs() <= 1e-6 * ratio, "{find:?}: ratio {r}, want {ratio}");
    // Symmetric: the report's figure conflicts with the page's.
    let back = verdict(report, page, report_figure(report, page, find), None).expect("symmetric counterpart");
    assert_eq!(back.0, Verdict::Conflict);
    assert!((back.1 * ratio - 1.0).abs() < 1e-6, "inverse ratio");
    e
}

/// The report figure that pairs with the page figure at `find`.
fn report_figure<'a>(report: (&'a str, &str), page: (&str, &str), find: &str) -> &'a str {
    let pc = read(page.0, page.1);
    let rc = read(report.0, report.1);
    let set = ReportSet::new(vec![Report { name: "r".into(), claims: rc, ..Default::default() }]);
    let at = page.0.find(find).unwrap();
    let f = set
        .check(&pc, &CheckOptions { page_name: "p".into(), self_check: false, versions: false })
        .into_iter()
        .find(|f| f.claim.start <= at && at < f.claim.end)
        .unwrap();
    let o = &f.others[0];
    &report.0[o.start..o.end]
}

fn assert_agree(page: (&str, &str), report: (&str, &str), find: &str) -> Option<String> {
    let (v, _, e) = verdict(page, report, find, None).unwrap_or_else(|| panic!("{find:?}: no counterpart"));
    assert_eq!(v, Verdict::Agree, "{find:?}: {e}");
    let back = verdict(report, page, report_figure(report, page, find), None).expect("symmetric counterpart");
    assert_eq!(back.0, Verdict::Agree, "symmetric");
    Some(e)
}

#[test]
fn times_ten_across_magnitude_words() {
    let e = assert_conflict(
        ("A mineradora Vale foi avaliada em 3 trilhões de dólares pelos analistas.", "pt"),
        ("Les analystes ont valorisé la société minière Vale à 300 milliards de dollars.", "fr"),
        "3 trilhões",
        10.0,
    );
    assert!(e.contains("trilhões") && e.contains("milliards"), "{e}");
}

#[test]
fn long_and_short_scale() {
    let e = assert_conflict(
        ("The port authority borrowed $2 billion last year.", "en"),
        ("La autoridad portuaria pidió prestados 2 billones de dólares el año pasado.", "es"),
        "$2 billion",
        0.001,
    );
    assert!(e.contains("long-scale"), "{e}");
}

#[test]
fn french_billion_is_english_trillion() {
    assert_agree(
        ("La dette de l'opérateur atteint 1,7 billion de dollars.", "fr"),
        ("The operator's debt has reached $1.7 trillion.", "en"),
        "1,7 billion",
    );
}

#[test]
fn french_trillion_read_as_english_usage() {
    // `trillion` in French is 10^18; with dollars figcheck reads it as the English 10^12
    // and says so in the claim's alternative reading.
    let c = &read("La capitalisation de Tesla atteint 1,7 trillion de dollars.", "fr")[0];
    assert_eq!(c.low, Some(1.7e12));
    let alt = c.alt.as_ref().expect("alternative reading");
    assert_eq!(alt.low, Some(1.7e18));
}

#[test]
fn megawatts_and_gigawatts() {
    assert_agree(("The new plant will draw 150 MW from the grid.", "en"), ("A nova usina vai consumir 0,15 GW da rede.", "pt"), "150 MW");
    assert_conflict(
        ("The new plant will draw 150 MW from the grid.", "en"),
        ("A nova usina vai consumir 1,5 GW da rede.", "pt"),
        "150 MW",
        0.1,
    );
}

#[test]
fn vague_against_exact_and_vague() {
    assert_conflict(
        ("The lab bought tens of thousands of GPUs for its cluster.", "en"),
        ("Le laboratoire a acheté 500 000 GPU pour son supercalculateur.", "fr"),
        "tens of thousands",
        (1e4f64 * 1e5).sqrt() / 5e5,
    );
    assert_conflict(
        ("O laboratório comprou dezenas de milhares de GPUs.", "pt"),
        ("Le laboratoire a acheté des centaines de milliers de GPU.", "fr"),
        "dezenas de milhares",
        0.1,
    );
    assert_agree(
        ("O laboratório comprou dezenas de milhares de GPUs.", "pt"),
        ("The lab bought 40,000 GPUs.", "en"),
        "dezenas de milhares",
    );
}

#[test]
fn range_against_point() {
    let page = ("O novo carro elétrico vai custar entre 30.000 e 40.000 dólares.", "pt");
    let e = assert_conflict(page, ("The new electric car will cost $55,000.", "en"), "30.000", (3e4f64 * 4e4).sqrt() / 5.5e4);
    assert!(e.contains("range"), "{e}");
    assert_agree(page, ("The new electric car will cost $35,000.", "en"), "30.000");
}

#[test]
fn rounding_widens_exact_figures() {
    assert_agree(
        ("A rodada avaliou a startup em 24 bilhões de dólares.", "pt"),
        ("The round valued the startup at $24.3 billion.", "en"),
        "24 bilhões",
    );
    assert_conflict(
        ("A rodada avaliou a startup em 24 bilhões de dólares.", "pt"),
        ("The round valued the startup at $25.5 billion.", "en"),
        "24 bilhões",
        24.0 / 25.5,
    );
}

#[test]
fn qualifiers_widen() {
    assert_agree(
        ("The utility spent about $10 billion on the grid.", "en"),
        ("L'opérateur a dépensé 10,8 milliards de dollars pour le réseau.", "fr"),
        "$10 billion",
    );
    assert_agree(("The fund raised more than $5 billion.", "en"), ("Le fonds a levé 7 milliards de dollars.", "fr"), "$5 billion");
}

#[test]
fn durations_across_units_in_versions() {
    // Versions of one story (shared names): durations pair by alignment.
    assert_agree(
        ("Segundo a Vale, a obra da barragem vai levar quatro meses.", "pt"),
        ("Selon Vale, le chantier du barrage durera 122 jours.", "fr"),
        "quatro meses",
    );
}

#[test]
fn different_currencies_are_not_compared() {
    assert!(verdict(("The bridge project cost $2 billion.", "en"), ("O projeto da ponte custou R$ 2 bilhões.", "pt"), "$2 billion", None)
        .is_none());
}

#[test]
fn different_subjects_are_not_compared() {
    assert!(verdict(
        ("Shares of Tesla gave it a market value of $1.7 trillion.", "en"),
        ("Shares of Nvidia gave it a market value of $3 trillion.", "en"),
        "$1.7 trillion",
        None
    )
    .is_none());
}

#[test]
fn different_dates_are_not_a_conflict() {
    let r = verdict(
        ("In May 2024 the startup was valued at $24 billion.", "en"),
        ("In May 2025 the startup was valued at $80 billion.", "en"),
        "$24 billion",
        None,
    );
    assert!(r.as_ref().is_none_or(|(v, _, _)| *v != Verdict::Conflict), "{r:?}");
}

#[test]
fn model_names_are_not_figures() {
    assert!(read("The H100 and the GPT-4 model beat the RTX 4090 and Grok-2.", "en").is_empty());
}

#[test]
fn a_text_against_itself() {
    let text = "The fund raised $200 billion in its first round, the company said. \
                A later filing shows the fund raised $2 billion.";
    let claims = read(text, "en");
    let findings = ReportSet::new(vec![]).check(&claims, &CheckOptions::default());
    let first = findings.iter().find(|f| f.claim.text == "$200 billion").expect("self pair");
    assert_eq!(first.verdict, Verdict::Conflict);
    assert_eq!(first.others[0].text, "$2 billion");
    assert_eq!(first.others[0].ratio, Some(100.0));
}

#[test]
fn many_reports_one_index() {
    // 2 000 stored reports: only the same-key figures are counterparts.
    let mut reports = Vec::new();
    for i in 0..2000 {
        let t = format!("Report {i}: the regional budget was raised to {} million euros.", 100 + i);
        reports.push(Report { name: format!("r{i}"), claims: read(&t, "en"), ..Default::default() });
    }
    reports.push(Report { name: "valuation".into(), claims: read("The firm was valued at $300 billion.", "en"), ..Default::default() });
    let set = ReportSet::new(reports);
    let page = read("The firm was valued at $3 trillion.", "en");
    let f = set.check(&page, &CheckOptions::default());
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].others.len(), 1);
    assert_eq!(f[0].others[0].file, "valuation");
    assert_eq!(f[0].verdict, Verdict::Conflict);
}

#[test]
fn versions_align_without_shared_names() {
    // Two versions of one story with no name in common (nothing Latin in the
    // Chinese): the caller says they are versions, and the figures align.
    let pt = read("A empresa contratou 3.500 trabalhadores e recebeu 30 bilhões de euros do banco.", "pt");
    let zh = read("公司雇用了6000名工人，并从银行获得了30亿欧元。", "zh");
    let set = ReportSet::new(vec![Report { name: "zh".into(), claims: zh, ..Default::default() }]);
    let without = set.check(&pt, &CheckOptions { page_name: "pt".into(), self_check: false, versions: false });
    assert!(without.iter().all(|f| f.claim.unit != "EUR"), "no key in common without the versions hint");
    let with = set.check(&pt, &CheckOptions { page_name: "pt".into(), self_check: false, versions: true });
    let eur = with.iter().find(|f| f.claim.unit == "EUR").expect("euros aligned");
    assert_eq!(eur.verdict, Verdict::Conflict);
    assert_eq!(eur.others[0].ratio, Some(10.0));
}

/// Versions of one story across languages: a lender's name is translated
/// (the reader takes `Bank` from the English, `Banco Europeu` from the
/// Portuguese), so the two subjects differ and neither version names the
/// other's; the loans still align, and the long-scale slip is found from both
/// sides. A name that is not translated keeps figures apart: both versions
/// name Kestrel and Orbis, so Orbis's valuation is not Kestrel's.
#[test]
fn translated_names_align_across_languages() {
    let en = "Kestrel was valued at $40 billion, and its rival Orbis at $90 billion. \
              The European Investment Bank will lend €3 billion for the plant.";
    let pt = "A Kestrel foi avaliada em 40 bilhões de dólares, e a rival Orbis em 90 bilhões de dólares. \
              O Banco Europeu de Investimento vai emprestar 3 trilhões de euros para a fábrica.";
    let (ec, pc) = (read(en, "en"), read(pt, "pt"));
    // What the reader takes as the lenders: two strings no string test joins.
    let lender_en = ec.iter().find(|c| c.unit == "EUR").and_then(|c| c.subject.clone());
    let lender_pt = pc.iter().find(|c| c.unit == "EUR").and_then(|c| c.subject.clone());
    assert_eq!((lender_en.as_deref(), lender_pt.as_deref()), (Some("Bank"), Some("Banco Europeu")));
    for (page, page_lang, report, report_lang, figure, ratio) in
        [(&ec, "en", &pc, "pt", "€3 billion", 1e-3), (&pc, "pt", &ec, "en", "3 trilhões de euros", 1e3)]
    {
        let set = ReportSet::new(vec![Report { name: report_lang.into(), claims: report.clone(), ..Default::default() }]);
        let f = set.check(page, &CheckOptions { page_name: page_lang.into(), self_check: false, versions: true });
        let loan = f.iter().find(|f| f.claim.text == figure).unwrap_or_else(|| panic!("{figure}: no counterpart in {f:?}"));
        assert_eq!(loan.verdict, Verdict::Conflict, "{figure}");
        assert_eq!(loan.others.len(), 1);
        assert!((loan.others[0].ratio.unwrap() / ratio - 1.0).abs() < 1e-9, "{figure}: ratio {:?}", loan.others[0].ratio);
        // Each valuation with its own company's, and agreeing.
        for (name, value) in [("Kestrel", 40e9), ("Orbis", 90e9)] {
            let v = f.iter().find(|f| f.claim.low == Some(value)).unwrap_or_else(|| panic!("{name}'s valuation"));
            assert!(v.others.iter().all(|o| o.low == Some(value)), "{name}: {:?}", v.others);
            assert_eq!(v.verdict, Verdict::Agree, "{name}");
        }
    }
}

/// ...whereas a name both versions write alike is no translation: when one
/// version gives Orbis's valuation and the other Kestrel's, and each names
/// both firms, the two valuations are not one fact.
#[test]
fn untranslated_names_keep_figures_apart_across_languages() {
    let en = "Kestrel, a rival of Orbis, opened a plant. Investors valued Orbis at $90 billion.";
    let pt = "A Kestrel, rival da Orbis, abriu uma fábrica. Investidores avaliaram a Kestrel em 40 bilhões de dólares.";
    let (ec, pc) = (read(en, "en"), read(pt, "pt"));
    assert_eq!(ec.iter().find(|c| c.unit == "USD").and_then(|c| c.subject.as_deref()), Some("Orbis"));
    assert_eq!(pc.iter().find(|c| c.unit == "USD").and_then(|c| c.subject.as_deref()), Some("Kestrel"));
    let set = ReportSet::new(vec![Report { name: "pt".into(), claims: pc, ..Default::default() }]);
    let f = set.check(&ec, &CheckOptions { page_name: "en".into(), self_check: false, versions: true });
    assert!(f.iter().all(|f| f.claim.unit != "USD"), "Orbis's valuation paired with Kestrel's: {f:?}");
}

#[test]
fn a_report_marked_as_a_version_is_aligned() {
    let pt = read("A empresa contratou 3.500 trabalhadores e recebeu 30 bilhões de euros do banco.", "pt");
    let zh = read("公司雇用了6000名工人，并从银行获得了30亿欧元。", "zh");
    let saved = read("O fundo recebeu 3 bilhões de euros.", "pt");
    let set = ReportSet::new(vec![
        Report { name: "zh".into(), claims: zh, version: true, ..Default::default() },
        Report { name: "saved".into(), claims: saved, ..Default::default() },
    ]);
    let f = set.check(&pt, &CheckOptions { page_name: "pt".into(), self_check: false, versions: false });
    let eur = f.iter().find(|f| f.claim.unit == "EUR").expect("aligned with the version");
    assert_eq!(eur.others.len(), 1, "the saved report is not a version: {:?}", eur.others);
    assert_eq!(eur.others[0].file, "zh");
}

/// A story that lists like figures (five yearly revenues of one company) and
/// a version of it with one slipped by ×10: each figure pairs with its own
/// counterpart, by alignment, and only the slipped one conflicts. Pairing by
/// key alone would give each page figure all five (25 pairs, and a "conflict"
/// for every other year).
#[test]
fn a_list_of_like_figures_pairs_one_to_one() {
    let page = "A receita da Borealis foi de 1,2 bilhão de reais no primeiro ano. \
                A receita da Borealis foi de 2,5 bilhões de reais no segundo ano. \
                A receita da Borealis foi de 3,1 bilhões de reais no terceiro ano. \
                A receita da Borealis foi de 4,4 bilhões de reais no quarto ano. \
                A receita da Borealis foi de 5,8 bilhões de reais no quinto ano.";
    let version = page.replace("3,1 bilhões", "31 bilhões");
    let pc = read(page, "pt");
    let rc = read(&version, "pt");
    assert_eq!((pc.len(), rc.len()), (5, 5));
    assert!(pc.iter().all(|c| c.measure.as_deref() == Some("revenue") && c.subject.as_deref() == Some("Borealis")), "one key: {pc:?}");
    let set = ReportSet::new(vec![Report { name: "version".into(), claims: rc, version: true, ..Default::default() }]);
    let findings = set.check(&pc, &CheckOptions { page_name: "page".into(), self_check: false, versions: false });
    assert_eq!(findings.len(), 5, "every figure has its counterpart");
    for f in &findings {
        let texts: Vec<&str> = f.others.iter().map(|o| o.text.as_str()).collect();
        assert_eq!(texts.len(), 1, "{}: one counterpart, got {texts:?}", f.claim.text);
    }
    let conflicts: Vec<&str> = findings.iter().filter(|f| f.verdict == Verdict::Conflict).map(|f| f.claim.text.as_str()).collect();
    assert_eq!(conflicts, ["3,1 bilhões de reais"]);
    let slip = findings.iter().find(|f| f.verdict == Verdict::Conflict).unwrap();
    assert_eq!(slip.others[0].text, "31 bilhões de reais");
    assert!((slip.others[0].ratio.unwrap() - 0.1).abs() < 1e-9, "3.1e9 / 31e9 = 0.1");
}

/// The self-check compares a key stated a few times on one page, and leaves
/// alone a key stated more than eight times (a list, not one fact repeated).
#[test]
fn self_check_leaves_long_lists_alone() {
    let sentence = |v: u32| format!("A receita da Borealis foi de {v} bilhões de reais. ");
    let self_findings = |n: u32| {
        let page: String = (1..=n).map(|i| sentence(i * 10)).collect();
        let pc = read(&page, "pt");
        assert_eq!(pc.len(), n as usize);
        ReportSet::new(Vec::new()).check(&pc, &CheckOptions { page_name: "page".into(), self_check: true, versions: false })
    };
    // Two statements, 10 and 20 billion: each conflicts with the other.
    let two = self_findings(2);
    assert_eq!(two.len(), 2);
    assert!(two.iter().all(|f| f.verdict == Verdict::Conflict && f.others.len() == 1));
    // Eight: each meets the seven others. Nine: none is compared.
    assert!(self_findings(8).iter().all(|f| f.others.len() == 7));
    assert_eq!(self_findings(8).len(), 8);
    assert!(self_findings(9).is_empty());
}

/// A key the page lists (more than eight figures) does not pair by key with
/// a report that lists it too: each of n page figures would meet all m of the
/// report's (n × m counterparts, most of them other rows of a table). Up to
/// eight on either side, they pair as before; a version of the story still
/// pairs a list one to one, by alignment. (No names: a report naming the
/// page's companies would be taken for a version.)
#[test]
fn a_listed_key_does_not_pair_by_key_with_another_list() {
    let sentence = |v: u32| format!("A receita anual foi de {v} bilhões de reais. ");
    let text = |n: u32, scale: u32| -> String { (1..=n).map(|i| sentence(i * scale)).collect() };
    let findings = |page: u32, report: u32, version: bool| {
        let pc = read(&text(page, 10), "pt");
        let rc = read(&text(report, 11), "pt");
        assert_eq!((pc.len(), rc.len()), (page as usize, report as usize));
        let set = ReportSet::new(vec![Report { name: "r".into(), claims: rc, version, ..Default::default() }]);
        set.check(&pc, &CheckOptions { page_name: "page".into(), self_check: false, versions: false })
    };
    // Eight on the page, nine in the report: each page figure meets the nine.
    let f = findings(8, 9, false);
    assert_eq!(f.len(), 8);
    assert!(f.iter().all(|f| f.others.len() == 9));
    // Nine against eight: each meets the eight.
    let f = findings(9, 8, false);
    assert_eq!(f.len(), 9);
    assert!(f.iter().all(|f| f.others.len() == 8));
    // Nine against nine: a list against a list, not compared by key.
    assert!(findings(9, 9, false).is_empty());
    assert!(findings(40, 60, false).is_empty());
    // The report a version of the story: nine against nine align one to one
    // (10 billion with 11, 20 with 22, ... 90 with 99).
    let f = findings(9, 9, true);
    assert_eq!(f.len(), 9);
    assert!(f.iter().all(|f| f.others.len() == 1));
    let pairs: Vec<(&str, &str)> = f.iter().map(|f| (f.claim.text.as_str(), f.others[0].text.as_str())).collect();
    assert_eq!(pairs[0], ("10 bilhões de reais", "11 bilhões de reais"));
    assert_eq!(pairs[8], ("90 bilhões de reais", "99 bilhões de reais"));
}

/// A figure meets at most 24 figures by key, the first reports' first: a
/// figure of a common key and no subject would otherwise meet that key in
/// every saved report.
#[test]
fn pairing_by_key_stops_at_24_counterparts() {
    let page = read("A usina terá 500 megawatts de potência.", "pt");
    assert_eq!(page.len(), 1);
    let reports: Vec<Report> = (0..30)
        .map(|i| Report {
            name: format!("r{i:02}"),
            claims: read(&format!("A usina terá {} megawatts de potência.", 510 + i), "pt"),
            ..Default::default()
        })
        .collect();
    assert!(reports.iter().all(|r| r.claims.len() == 1 && r.claims[0].subject.is_none()));
    let findings = ReportSet::new(reports).check(&page, &CheckOptions { page_name: "page".into(), self_check: false, versions: false });
    assert_eq!(findings.len(), 1);
    let files: Vec<&str> = findings[0].others.iter().map(|o| o.file.as_str()).collect();
    let want: Vec<String> = (0..24).map(|i| format!("r{i:02}")).collect();
    assert_eq!(files, want);
    // A figure with a subject meets the figures naming it before those naming no
    // one: the one report naming Grid, saved last, is among its 24.
    let page = read("Lumen Grid raised 4 billion dollars in March.", "en");
    assert_eq!(page[0].subject.as_deref(), Some("Grid"));
    let mut reports: Vec<Report> = (0..30)
        .map(|i| Report {
            name: format!("r{i:02}"),
            claims: read(&format!("The utility raised {} billion dollars in March.", 5 + i), "en"),
            ..Default::default()
        })
        .collect();
    assert!(reports.iter().all(|r| r.claims.len() == 1 && r.claims[0].subject.is_none()));
    reports.push(Report {
        name: "named".into(),
        claims: read("Lumen Grid raised 40 billion dollars in March.", "en"),
        ..Default::default()
    });
    let findings = ReportSet::new(reports).check(&page, &CheckOptions { page_name: "page".into(), self_check: false, versions: false });
    let others = &findings[0].others;
    assert_eq!(others.len(), 24);
    let named = others.iter().find(|o| o.file == "named").expect("the report naming Grid is kept");
    assert_eq!(named.verdict, Verdict::Conflict);
    assert!((named.ratio.unwrap() - 0.1).abs() < 1e-9, "4e9 / 40e9");
    assert_eq!(others.iter().filter(|o| o.file != "named").count(), 23, "then the first 23 reports naming no one");
}

#[test]
fn reports_left_out_are_not_compared() {
    // Three reports of one fact: 4 billion (agrees), 40 billion (×10 apart) and
    // 400 billion (×100). Leaving out the second and third leaves the agreement.
    let page = read("Lumen Grid raised 4 billion dollars in March.", "en");
    let report = |name: &str, text: &str| Report { name: name.into(), claims: read(text, "en"), ..Default::default() };
    let set = ReportSet::new(vec![
        report("a", "Lumen Grid raised 4 billion dollars."),
        report("b", "Lumen Grid raised 40 billion dollars."),
        report("c", "Lumen Grid raised 400 billion dollars."),
    ]);
    let opts = CheckOptions { page_name: "p".into(), self_check: false, versions: false };
    let files = |f: &[figcheck::Finding]| f.iter().flat_map(|f| f.others.iter().map(|o| o.file.clone())).collect::<Vec<_>>();
    let all = set.check(&page, &opts);
    assert_eq!(files(&all), ["a", "b", "c"]);
    assert_eq!(all[0].verdict, Verdict::Conflict);
    let some = set.check_without(&page, &opts, &[1, 2, 7]);
    assert_eq!(files(&some), ["a"], "b and c left out; an index past the end is ignored");
    assert_eq!(some[0].verdict, Verdict::Agree);
    assert_eq!(set.check_without(&page, &opts, &[0, 1, 2]).len(), 0);
}
