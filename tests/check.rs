//! `check` natively: the scenarios of `tests/check/*.toml` (run under wasm
//! too, by tests/web.rs), and the cases made by code (many reports, caps).

#[path = "scenario/mod.rs"]
mod scenario;

use figcheck::compare::{CheckOptions, Report, ReportSet, Verdict};
use figcheck::{extract, Claim, Lang, Options};

fn read(text: &str, lang: &str) -> Vec<Claim> {
    extract(text, &Options { lang: Lang::from_code(lang), quotes: true, date: None })
}

fn report(name: &str, text: &str, lang: &str) -> Report {
    Report::from_text(name, text, &Options { lang: Lang::from_code(lang), ..Default::default() })
}

#[test]
fn scenarios() {
    let (passed, known) = scenario::run(&scenario::FILES, |s| {
        let page = report("page", &s.page.text, &s.page.lang);
        let reports: Vec<Report> = s.report.iter().map(|r| Report { version: r.version, ..report(&r.name, &r.text, &r.lang) }).collect();
        let opts = CheckOptions { page_name: "page".into(), self_check: s.self_check, versions: s.versions };
        ReportSet::new(reports).check_report(&page, &opts)
    });
    eprintln!("check scenarios: {passed} passed, {known} known failures");
}

/// A report of four sentences that states `figure` in its second, among
/// sentences of its own (`i` makes each report different): no version of a
/// page that states the figure in its first.
fn story_with(i: usize, figure: &str) -> String {
    format!(
        "The weather in Ondina was mild on day {}. {figure} The {} new stores of the chain opened on Friday. Nothing else changed in the town.",
        i + 3,
        i + 20
    )
}

const PAGE_STORY: &str = "Lumen Grid raised 4 billion dollars in March. The company employs 900 people. Its plant will open in 2027. The mayor welcomed the news.";

#[test]
fn many_reports_one_index() {
    // 2 000 saved reports of other facts, and one stating the page's fact
    // with a slip: only that one is a counterpart.
    let mut reports: Vec<Report> = (0..2000)
        .map(|i| {
            report(&format!("r{i}"), &format!("Report {i}: the regional budget of Ondina was raised to {} million euros.", 100 + i), "en")
        })
        .collect();
    reports.push(report("grid", &story_with(1, "Lumen Grid raised 40 billion dollars in March."), "en"));
    let set = ReportSet::new(reports);
    let page = report("page", PAGE_STORY, "en");
    let f = set.check_report(&page, &CheckOptions::default());
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].others.len(), 1);
    assert_eq!(f[0].others[0].file, "grid");
    assert_eq!(f[0].others[0].evidence, figcheck::Evidence::MeasureSubject);
    assert_eq!(f[0].verdict, Verdict::Conflict);
    assert!((f[0].others[0].ratio.unwrap() - 0.1).abs() < 1e-9, "4e9 / 40e9");
}

/// A figure meets at most 24 figures by measure and subject, the first
/// reports' first: one fact stated in every saved report must not give a
/// finding of thousands of counterparts.
#[test]
fn measure_and_subject_stop_at_24_counterparts() {
    let reports: Vec<Report> =
        (0..30).map(|i| report(&format!("r{i:02}"), &story_with(i, "Lumen Grid raised 4 billion dollars in March."), "en")).collect();
    let page = report("page", PAGE_STORY, "en");
    let findings = ReportSet::new(reports).check_report(&page, &CheckOptions { self_check: false, ..Default::default() });
    assert_eq!(findings.len(), 1);
    let files: Vec<&str> = findings[0].others.iter().map(|o| o.file.as_str()).collect();
    let want: Vec<String> = (0..24).map(|i| format!("r{i:02}")).collect();
    assert_eq!(files, want);
    assert!(findings[0].others.iter().all(|o| o.evidence == figcheck::Evidence::MeasureSubject && o.verdict == Verdict::Agree));
}

#[test]
fn reports_left_out_are_not_compared() {
    // Three reports of one fact: 4 billion (agrees), 40 billion (×10 apart) and
    // 400 billion (×100). Leaving out the second and third leaves the agreement.
    let set = ReportSet::new(vec![
        report("a", &story_with(1, "Lumen Grid raised 4 billion dollars in March."), "en"),
        report("b", &story_with(2, "Lumen Grid raised 40 billion dollars in March."), "en"),
        report("c", &story_with(3, "Lumen Grid raised 400 billion dollars in March."), "en"),
    ]);
    let page = read(PAGE_STORY, "en");
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

/// The self-check compares one fact stated a few times on a page, and leaves
/// alone a fact stated more than eight times (a list, not one fact repeated).
#[test]
fn self_check_leaves_long_lists_alone() {
    let self_findings = |values: &[u32]| {
        const WHO: [&str; 9] = ["Ana", "Bruno", "Carla", "Davi", "Elisa", "Fábio", "Gina", "Hugo", "Iara"];
        let page: String =
            values.iter().zip(WHO).map(|(v, who)| format!("A receita da Borealis foi de {v} bilhões de reais, disse {who}. ")).collect();
        let pc = read(&page, "pt");
        assert_eq!(pc.len(), values.len());
        ReportSet::new(Vec::new()).check(&pc, &CheckOptions { page_name: "page".into(), self_check: true, versions: false })
    };
    // Two statements, 10 and 100 billion: each conflicts with the other.
    let two = self_findings(&[10, 100]);
    assert_eq!(two.len(), 2);
    assert!(two.iter().all(|f| f.verdict == Verdict::Conflict && f.others.len() == 1));
    // Eight statements of 10 billion: each meets the seven others. Nine: none is compared.
    let eight = self_findings(&[10; 8]);
    assert_eq!(eight.len(), 8);
    assert!(eight.iter().all(|f| f.others.len() == 7 && f.verdict == Verdict::Agree));
    assert!(self_findings(&[10; 9]).is_empty());
}

/// The claims alone (a report saved without its text) still recognize a
/// version: its outline is made from the claims' quotes.
#[test]
fn a_version_saved_as_claims_is_recognized() {
    let en = "Storm Ondina left 8,500 homes without power in Valparaíso. The city opened 14 shelters for 3,400 people. The port was closed for 36 hours.";
    let pt = "A tempestade Ondina deixou 85.000 casas sem energia em Valparaíso. A prefeitura abriu 14 abrigos para 3.400 pessoas. O porto ficou fechado por 36 horas.";
    let saved = Report { outline: None, ..report("en", en, "en") };
    let page = report("pt", pt, "pt");
    let f = ReportSet::new(vec![saved]).check_report(&page, &CheckOptions::default());
    let homes = f.iter().find(|f| f.claim.text.starts_with("85.000")).expect("the homes aligned");
    assert_eq!(homes.verdict, Verdict::Conflict);
    assert_eq!(homes.others[0].evidence, figcheck::Evidence::Aligned);
    assert_eq!(homes.others[0].basis, "the same place in the English version");
}

/// Two versions too long for the whole table of their sentences (200 000
/// each: 4 × 10^10 cells) align in a band along the diagonal, in bounded
/// memory, and the slip in their last sentences is still found.
#[test]
fn long_versions_align_in_a_band() {
    let en = format!("{}The port paid $140 million for the cranes.", "Nothing new happened today. ".repeat(200_000));
    let pt = format!("{}O porto pagou 140 bilhões de dólares pelos guindastes.", "Nada de novo aconteceu hoje. ".repeat(200_000));
    let page = report("pt", &pt, "pt");
    let opts = CheckOptions { page_name: "pt".into(), self_check: false, versions: true };
    let found = ReportSet::new(vec![report("en", &en, "en")]).check_report(&page, &opts);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].claim.text, "140 bilhões de dólares");
    assert_eq!(found[0].verdict, Verdict::Conflict);
    assert_eq!(found[0].others[0].text, "$140 million");
}

/// Reports of `PAGE_STORY` as versions, each raising `raised`.
fn versions_raising(raised: &[&str]) -> Vec<Report> {
    raised
        .iter()
        .enumerate()
        .map(|(i, r)| Report { version: true, ..report(&format!("v{i}"), &PAGE_STORY.replace("4 billion dollars", r), "en") })
        .collect()
}

#[test]
fn upheld_counts_reports_and_says_so() {
    let page = report("page", PAGE_STORY, "en");
    let opts = CheckOptions { self_check: false, ..CheckOptions::default() };
    // Two versions agree, one differs ×10: the page's figure is upheld, and
    // the finding says by how many.
    let set = ReportSet::new(versions_raising(&["4 billion dollars", "40 billion dollars", "4 billion dollars"]));
    let f = set.check_report(&page, &opts);
    let raised = f.iter().find(|f| f.claim.text == "4 billion dollars").expect("the funding is found");
    assert_eq!(raised.verdict, Verdict::Conflict);
    assert!(raised.upheld);
    assert!(
        raised.explanation.starts_with("2 of the 3 reports that state it agree with it; the one that differs: "),
        "{}",
        raised.explanation
    );
    assert!(raised.explanation.contains("×0.1"), "{}", raised.explanation);
    // One for, one against: a tie is not upheld.
    let set = ReportSet::new(versions_raising(&["4 billion dollars", "40 billion dollars"]));
    let f = set.check_report(&page, &opts);
    let raised = f.iter().find(|f| f.claim.text == "4 billion dollars").unwrap();
    assert!(!raised.upheld && raised.verdict == Verdict::Conflict);
    // Two against, one for: not upheld; two of them differing is said of the others.
    let set = ReportSet::new(versions_raising(&["40 billion dollars", "4 billion dollars", "400 billion dollars"]));
    let f = set.check_report(&page, &opts);
    let raised = f.iter().find(|f| f.claim.text == "4 billion dollars").unwrap();
    assert!(!raised.upheld);
    // Three for, two against: upheld, and the explanation names the first that differs.
    let set = ReportSet::new(versions_raising(&[
        "4 billion dollars",
        "40 billion dollars",
        "4 billion dollars",
        "400 billion dollars",
        "4 billion dollars",
    ]));
    let f = set.check_report(&page, &opts);
    let raised = f.iter().find(|f| f.claim.text == "4 billion dollars").unwrap();
    assert!(raised.upheld);
    assert!(
        raised.explanation.starts_with("3 of the 5 reports that state it agree with it; the first of the 2 that differ: "),
        "{}",
        raised.explanation
    );
    // Agreements are never upheld conflicts.
    let set = ReportSet::new(versions_raising(&["4 billion dollars"]));
    let f = set.check_report(&page, &opts);
    assert!(f.iter().all(|f| f.verdict == Verdict::Agree && !f.upheld), "{f:?}");
}

#[test]
fn the_page_itself_never_upholds_its_figure() {
    // The page states the funding twice; one version differs. The page's
    // second statement is no second witness: not upheld.
    let story = format!("{PAGE_STORY} Lumen Grid raised 4 billion dollars in March, the filing shows.");
    let page = report("page", &story, "en");
    let mut v = versions_raising(&["40 billion dollars"]);
    v[0] = Report { version: true, ..report("v0", &story.replace("4 billion dollars", "40 billion dollars"), "en") };
    let set = ReportSet::new(v);
    let f = set.check_report(&page, &CheckOptions { self_check: true, ..CheckOptions::default() });
    let first = f.iter().find(|f| f.claim.text == "4 billion dollars").expect("the funding is found");
    assert!(first.others.iter().any(|o| o.file == "page" && o.verdict == Verdict::Agree), "{:?}", first.others);
    assert_eq!(first.verdict, Verdict::Conflict);
    assert!(!first.upheld, "{}", first.explanation);
}
