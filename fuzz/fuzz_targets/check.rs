//! Two texts checked against each other: no panic, verdicts symmetric; and
//! as versions of one story (alignment, self-check, a report left out): no panic.
#![no_main]
use figcheck::compare::{CheckOptions, Report, ReportSet, Verdict};
use figcheck::{extract, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mid = text.char_indices().nth(text.chars().count() / 2).map_or(0, |(i, _)| i);
    let (a, b) = text.split_at(mid);
    let ca = extract(a, &Options::default());
    let cb = extract(b, &Options::default());
    let opts = CheckOptions { page_name: "a".into(), self_check: false, versions: false };
    let fa = ReportSet::new(vec![Report { name: "b".into(), claims: cb.clone(), ..Default::default() }]).check(&ca, &opts);
    let fb = ReportSet::new(vec![Report { name: "a".into(), claims: ca.clone(), ..Default::default() }]).check(&cb, &opts);
    // As versions of one story, with the self-check: alignment runs on every pair.
    let versions = CheckOptions { page_name: "a".into(), self_check: true, versions: true };
    let set = ReportSet::new(vec![
        Report { name: "b".into(), claims: cb.clone(), ..Default::default() },
        Report { name: "a-copy".into(), claims: ca.clone(), ..Default::default() },
    ]);
    let all = set.check(&ca, &versions);
    let without = set.check_without(&ca, &versions, &[1]);
    assert!(without.iter().all(|f| f.others.iter().all(|o| o.file != "a-copy")));
    assert!(without.len() <= all.len());
    // Symmetry: a pair judged one way is judged the same way back.
    for f in &fa {
        for o in &f.others {
            let back = fb.iter().find(|g| g.claim.start == o.start && g.claim.end == o.end);
            if let Some(g) = back {
                if let Some(p) = g.others.iter().find(|p| p.start == f.claim.start && p.end == f.claim.end) {
                    assert_eq!(p.verdict == Verdict::Conflict, o.verdict == Verdict::Conflict);
                }
            }
        }
    }
});
