//! `compare::fmt_ratio` against the table it shares with the extension's and
//! the demo's one JS formatter (`js/lib/ratio.js`, tests/js/ratio.test.mjs):
//! the same ratios written the same way in the CLI, the popover and the demo.

use figcheck::compare::fmt_ratio;

#[test]
fn fmt_ratio_writes_the_shared_table() {
    let table = include_str!("ratio-cases.tsv");
    let mut n = 0;
    for line in table.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let (ratio, want) = line.split_once('\t').expect("ratio<TAB>text");
        let r: f64 = ratio.parse().expect("a number");
        assert_eq!(fmt_ratio(r), want, "fmt_ratio({ratio})");
        n += 1;
    }
    assert!(n >= 20, "{n} cases");
}
