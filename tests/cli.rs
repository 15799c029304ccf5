//! The command line on good and bad input: JSON lines, exit status 2 with one
//! clear line on standard error, never a panic.

#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn figcheck(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_figcheck"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run figcheck");
    // Write from another thread: a large input would otherwise fill the output pipe first.
    let mut pipe = child.stdin.take().expect("stdin");
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().expect("output");
    writer.join().expect("writer");
    out
}

fn tmp(name: &str, bytes: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("figcheck-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p.to_string_lossy().into_owned()
}

fn assert_clean_error(o: &Output, needle: &str) {
    assert_eq!(o.status.code(), Some(2), "exit status 2");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.starts_with("figcheck: "), "{err}");
    assert!(err.contains(needle), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn extract_json_lines() {
    let o = figcheck(&["extract", "--json", "--lang", "pt", "-"], "A avaliação chegou a 2 trilhões de dólares.".as_bytes());
    assert!(o.status.success());
    let out = String::from_utf8(o.stdout).unwrap();
    let rows: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["text"], "2 trilhões de dólares");
    assert_eq!(rows[0]["low"], 2e12);
    assert_eq!(rows[0]["unit"], "USD");
    assert_eq!(rows[0]["file"], "-");
    assert_eq!(rows[0]["start"], 23, "byte offset: 'ç' and 'ã' take two bytes each");
}

#[test]
fn check_json_and_exit_zero_on_conflict() {
    let fr = tmp("fr.txt", "La valorisation de xAI a atteint 200 milliards de dollars.".as_bytes());
    let o = figcheck(&["check", "--json", "-", "--against", &fr], "A avaliação da xAI chegou a 2 trilhões de dólares.".as_bytes());
    assert!(o.status.success());
    let out = String::from_utf8(o.stdout).unwrap();
    let row: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    assert_eq!(row["verdict"], "conflict");
    assert_eq!(row["others"][0]["text"], "200 milliards de dollars");
    assert_eq!(row["others"][0]["ratio"], 10.0);
}

#[test]
fn html_is_read_as_visible_text() {
    let page = tmp(
        "p.html",
        b"<html><head><title>x 5 GW</title><script>var a = '9 GW';</script></head><body><p>The plant draws 150&nbsp;MW.</p></body></html>",
    );
    let o = figcheck(&["extract", "--json", "--lang", "en", &page], b"");
    let out = String::from_utf8(o.stdout).unwrap();
    let texts: Vec<String> =
        out.lines().map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["text"].as_str().unwrap().to_string()).collect();
    assert_eq!(texts, vec!["150\u{a0}MW"]);
}

#[test]
fn html_attributes_may_hold_a_greater_than_sign_and_blocks_are_sentences() {
    // The old reader ended the tag at the `>` inside the attribute and read
    // `1">The plant draws 150 MW` as the first figure's sentence.
    let page = tmp("q.html", br#"<body><p data-note="ratio > 1">The plant draws 150 MW</p><div>Its twin draws 2 GW</div></body>"#);
    let o = figcheck(&["extract", "--json", "--quotes", "--lang", "en", &page], b"");
    assert!(o.status.success());
    let rows: Vec<serde_json::Value> = String::from_utf8(o.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let got: Vec<(&str, &str)> = rows.iter().map(|r| (r["text"].as_str().unwrap(), r["quote"].as_str().unwrap())).collect();
    assert_eq!(got, vec![("150 MW", "The plant draws 150 MW"), ("2 GW", "Its twin draws 2 GW")]);
}

#[test]
fn empty_input_is_no_figures() {
    let o = figcheck(&["extract", "--json", "-"], b"");
    assert!(o.status.success());
    assert!(o.stdout.is_empty());
}

#[test]
fn invalid_utf8_is_a_clear_error() {
    let o = figcheck(&["extract", "-"], b"valor de 2 bilh\xf5es");
    assert_clean_error(&o, "not UTF-8");
}

#[test]
fn binary_file_is_a_clear_error() {
    let f = tmp("bin.dat", b"\x7fELF\x00\x01\x02 2 billion");
    assert_clean_error(&figcheck(&["extract", &f], b""), "binary file");
}

#[test]
fn missing_file_and_directory_are_clear_errors() {
    assert_clean_error(&figcheck(&["extract", "/nonexistent/figcheck.txt"], b""), "no such file");
    assert_clean_error(&figcheck(&["extract", &std::env::temp_dir().to_string_lossy()], b""), "is a directory");
}

#[test]
fn bad_usage_is_exit_two() {
    assert_clean_error(&figcheck(&[], b""), "a command is needed");
    assert_clean_error(&figcheck(&["extract"], b""), "needs a file");
    assert_clean_error(&figcheck(&["extract", "--lang", "xx", "-"], b""), "unknown language 'xx'");
    assert_clean_error(&figcheck(&["frobnicate"], b""), "unknown command");
    assert_clean_error(&figcheck(&["extract", "--bogus", "-"], b""), "unknown option");
}

#[test]
fn long_single_line_in_blocks() {
    // 12 MB on one line crosses the CLI's 4 MB blocks: every figure is still
    // read, with offsets into the whole input.
    let unit = "o parque gera 2,5 gigawatts e ";
    let text = unit.repeat(12_000_000 / unit.len());
    let o = figcheck(&["extract", "--json", "--lang", "pt", "-"], text.as_bytes());
    assert!(o.status.success());
    let out = String::from_utf8(o.stdout).unwrap();
    let n = out.lines().count();
    let expected = text.matches("2,5 gigawatts").count();
    assert!(n >= expected - 3 && n <= expected, "{n} of {expected}");
    let last: serde_json::Value = serde_json::from_str(out.lines().last().unwrap()).unwrap();
    let (s, e) = (last["start"].as_u64().unwrap() as usize, last["end"].as_u64().unwrap() as usize);
    assert_eq!(&text[s..e], "2,5 gigawatts");
}

fn run_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_figcheck"));
    c.args(args).env_remove("NO_COLOR");
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().expect("run figcheck")
}

#[test]
fn version_and_help() {
    let o = figcheck(&["--version"], b"");
    assert!(o.status.success());
    assert_eq!(String::from_utf8(o.stdout).unwrap(), format!("figcheck {}\n", env!("CARGO_PKG_VERSION")));
    for cmd in ["extract", "check", "pairs"] {
        let a = figcheck(&["help", cmd], b"");
        let b = figcheck(&[cmd, "--help"], b"");
        assert!(a.status.success() && b.status.success(), "{cmd}");
        assert_eq!(a.stdout, b.stdout, "help {cmd} and {cmd} --help print the same");
        let text = String::from_utf8(a.stdout).unwrap();
        assert!(text.contains(&format!("Usage: figcheck {cmd} ")), "{text}");
    }
    let top = String::from_utf8(figcheck(&["--help"], b"").stdout).unwrap();
    assert!(top.contains("pairs") && top.contains("--same-story"), "{top}");
}

#[test]
fn usage_errors_name_the_argument_and_show_the_usage() {
    let o = figcheck(&["check", "--exit-code", "--frob", "-"], b"");
    assert_clean_error(&o, "unknown option '--frob'");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("\nUsage: figcheck check PAGE [--against REPORT]..."), "{err}");
    assert_clean_error(&figcheck(&["check", "a.txt", "b.txt"], b""), "unexpected argument 'b.txt'");
    assert_clean_error(&figcheck(&["check"], b""), "check needs a PAGE");
    assert_clean_error(&figcheck(&["pairs"], b""), "pairs needs a file");
    assert_clean_error(&figcheck(&["pairs", "--source-lang", "klingon", "-"], b""), "unknown language 'klingon' (one of en pt");
    assert_clean_error(&figcheck(&["extract", "-", "--lang"], b""), "--lang needs a value");
}

/// A page and its translation whose one figure slipped by ×1000.
const EN: &str = "The firm paid $140 million for the plant.";
const PT_SLIP: &str = "A empresa pagou 140 bilhões de dólares pela usina.";
const PT_OK: &str = "A empresa pagou 140 milhões de dólares pela usina.";

#[test]
fn same_story_and_exit_code() {
    let en = tmp("story-en.txt", EN.as_bytes());
    let o = figcheck(&["check", "--json", "-", "--same-story", &en], PT_SLIP.as_bytes());
    assert_eq!(o.status.code(), Some(0), "a conflict without --exit-code is success");
    let row: serde_json::Value = serde_json::from_str(String::from_utf8(o.stdout).unwrap().lines().next().unwrap()).unwrap();
    assert_eq!(row["verdict"], "conflict");
    assert_eq!(row["upheld"], false, "one version against the page: not upheld");
    assert_eq!(row["text"], "140 bilhões de dólares");
    assert_eq!(row["others"][0]["text"], "$140 million");
    assert_eq!(row["others"][0]["ratio"], 1000.0);
    let o = figcheck(&["check", "--exit-code", "-", "--same-story", &en], PT_SLIP.as_bytes());
    assert_eq!(o.status.code(), Some(1), "--exit-code: 1 on a conflict");
    assert!(String::from_utf8(o.stdout).unwrap().contains("CONFLICT"));
    let o = figcheck(&["check", "--exit-code", "--json", "-", "--same-story", &en], PT_OK.as_bytes());
    assert_eq!(o.status.code(), Some(0), "--exit-code: 0 when all agree");
    let row: serde_json::Value = serde_json::from_str(String::from_utf8(o.stdout).unwrap().lines().next().unwrap()).unwrap();
    assert_eq!(row["verdict"], "agree");
    // An unreadable report is still 2, --exit-code or not.
    assert_clean_error(&figcheck(&["check", "--exit-code", "-", "--same-story", "/nonexistent/x.txt"], PT_SLIP.as_bytes()), "no such file");
}

#[test]
fn a_conflict_most_versions_uphold_is_shown_as_upheld() {
    // The correct Portuguese page against two versions that agree with it and
    // the one that slipped: a conflict (the JSON's verdict), upheld.
    let en = tmp("upheld-en.txt", EN.as_bytes());
    let slipped = tmp("upheld-pt2.txt", PT_SLIP.as_bytes());
    let fr = tmp("upheld-fr.txt", "L'entreprise a payé 140 millions de dollars pour l'usine.".as_bytes());
    let args = ["check", "-", "--same-story", &en, "--same-story", &slipped, "--same-story", &fr];
    let o = figcheck(&[&args[..], &["--json"]].concat(), PT_OK.as_bytes());
    let row: serde_json::Value = serde_json::from_str(String::from_utf8(o.stdout).unwrap().lines().next().unwrap()).unwrap();
    assert_eq!(row["verdict"], "conflict");
    assert_eq!(row["upheld"], true);
    assert!(row["explanation"].as_str().unwrap().starts_with("2 of the 3 reports that state it agree with it"), "{row}");
    let o = figcheck(&args, PT_OK.as_bytes());
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(text.contains("1 in conflict (1 upheld") && text.contains("upheld  ") && !text.contains("CONFLICT"), "{text}");
}

#[test]
fn colour_on_a_terminal_only_and_never_with_no_color() {
    let en = tmp("colour-en.txt", EN.as_bytes());
    let pt = tmp("colour-pt.txt", PT_SLIP.as_bytes());
    let bin = env!("CARGO_BIN_EXE_figcheck");
    let cmd = format!("'{bin}' check '{pt}' --same-story '{en}'");
    // `script` runs the command on a pseudo-terminal (util-linux, in every Debian).
    let tty = run_env_cmd("script", &["-qec", &cmd, "/dev/null"], &[]);
    assert!(tty.contains("\x1b[1;31mCONFLICT\x1b[0m"), "{tty:?}");
    let no_color = run_env_cmd("script", &["-qec", &cmd, "/dev/null"], &[("NO_COLOR", "1")]);
    assert!(no_color.contains("CONFLICT") && !no_color.contains('\x1b'), "{no_color:?}");
    let piped = run_env(&["check", &pt, "--same-story", &en], &[]);
    let piped = String::from_utf8(piped.stdout).unwrap();
    assert!(piped.contains("CONFLICT") && !piped.contains('\x1b'), "{piped:?}");
}

fn run_env_cmd(prog: &str, args: &[&str], env: &[(&str, &str)]) -> String {
    let mut c = Command::new(prog);
    c.args(args).env_remove("NO_COLOR").stdin(Stdio::null());
    for (k, v) in env {
        c.env(k, v);
    }
    let o = c.output().expect("run script");
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn json_lines(o: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(o.stdout.clone()).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn pair_line(id: &str, source: &str, target: &str) -> String {
    serde_json::json!({"id": id, "source": source, "target": target}).to_string()
}

#[test]
fn pairs_json_slip_and_agreement() {
    let input = format!("{}\n{EN}\t{PT_OK}\n", pair_line("s1", EN, PT_SLIP));
    let o = figcheck(&["pairs", "--json", "-"], input.as_bytes());
    assert_eq!(o.status.code(), Some(0));
    let rows = json_lines(&o);
    assert_eq!(rows.len(), 3, "two pairs and the summary");
    let p = &rows[0];
    assert_eq!((p["id"].as_str(), p["line"].as_u64()), (Some("s1"), Some(1)));
    assert_eq!((p["source_lang"].as_str(), p["target_lang"].as_str()), (Some("en"), Some("pt")));
    let f = &p["findings"][0];
    assert_eq!(f["text"], "140 bilhões de dólares");
    assert_eq!(
        &PT_SLIP[f["start"].as_u64().unwrap() as usize..f["end"].as_u64().unwrap() as usize],
        "140 bilhões de dólares",
        "byte offsets into the target"
    );
    assert_eq!(f["file"], "target");
    assert_eq!(f["verdict"], "conflict");
    assert_eq!(f["others"][0]["file"], "source");
    assert_eq!(f["others"][0]["text"], "$140 million");
    assert_eq!(f["slips"][0]["other"], 0);
    assert_eq!(f["slips"][0]["kind"], "magnitude_word");
    assert_eq!(f["slips"][0]["power"], 3);
    // TSV: the line number is the id.
    let q = &rows[1];
    assert_eq!((q["id"].as_u64(), q["line"].as_u64()), (Some(2), Some(2)));
    assert_eq!(q["findings"][0]["verdict"], "agree");
    assert_eq!(q["findings"][0]["slips"].as_array().unwrap().len(), 0);
    let s = &rows[2]["summary"];
    assert_eq!(s["pairs"], 2);
    assert_eq!(s["source_figures"], 2);
    assert_eq!(s["target_figures"], 2);
    assert_eq!(s["aligned"], 2);
    assert_eq!(s["agree"], 1);
    assert_eq!(s["slips"], 1);
    assert_eq!(s["by_kind"]["magnitude_word"], 1);
    assert_eq!(s["by_kind"]["digits_power_of_ten"], 0);
    assert_eq!(s["malformed_lines"], 0);
    // --exit-code: 1 on a slip, 0 without one.
    assert_eq!(figcheck(&["pairs", "--exit-code", "-"], input.as_bytes()).status.code(), Some(1));
    assert_eq!(figcheck(&["pairs", "--exit-code", "-"], format!("{EN}\t{PT_OK}\n").as_bytes()).status.code(), Some(0));
}

#[test]
fn pairs_for_people() {
    let o = figcheck(&["pairs", "-"], format!("{}\n", pair_line("s1", EN, PT_SLIP)).as_bytes());
    let out = String::from_utf8(o.stdout).unwrap();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "pair s1 (line 1, en → pt): 1 figure in the source, 1 in the target, 1 slip");
    assert_eq!(lines[1], "  SLIP   $140 million  →  140 bilhões de dólares  ×1000  magnitude word: 'million' became 'bilhões' (×10^3)");
    assert!(lines[2].trim_start().starts_with("“140 bilhões de dólares” (140 billion USD) against “$140 million”"), "{}", lines[2]);
    assert_eq!(
        *lines.last().unwrap(),
        "1 pair, 1 figure in the sources, 1 in the targets; 1 aligned: 0 agree, 1 slip (magnitude word 1, digits ×10^k 0, swapped digits 0, other 0)"
    );
}

#[test]
fn pairs_languages_from_the_line_or_the_options() {
    // `1.500` is 1 500 in Portuguese, 1.5 in English: the language given decides.
    let line = serde_json::json!({"source": "There were 1,500 people.", "target": "Foram 1.500 pessoas.", "target_lang": "pt"}).to_string();
    let rows = json_lines(&figcheck(&["pairs", "--json", "--source-lang", "en", "-"], format!("{line}\n").as_bytes()));
    assert_eq!(rows[0]["target_lang"], "pt");
    assert_eq!(rows[0]["findings"][0]["low"], 1500.0);
    assert_eq!(rows[0]["findings"][0]["verdict"], "agree");
    let rows =
        json_lines(&figcheck(&["pairs", "--json", "--target-lang", "en", "-"], b"There were 1,500 people.\tThere were 1.500 people.\n"));
    assert_eq!(rows[0]["findings"][0]["low"], 1.5, "read as English when told so");
}

#[test]
fn pairs_malformed_lines_are_reported_and_skipped() {
    let mut input = Vec::new();
    input.extend_from_slice(format!("{}\n", pair_line("a", EN, PT_SLIP)).as_bytes()); // 1
    input.extend_from_slice(b"just one field\n"); // 2
    input.extend_from_slice(b"{\"source\": \"x\"}\n"); // 3: no target
    input.extend_from_slice(b"\n"); // 4: blank, skipped quietly
    input.extend_from_slice(b"bad \xff byte\tx\n"); // 5
    input.extend_from_slice(b"nul \x00 byte\tx\n"); // 6
    input.extend_from_slice(b"{\"source\": \"a\", \"target\": \"b\", \"source_lang\": \"xx\"}\n"); // 7
    input.extend_from_slice(b"a\tb\tc\n"); // 8
    input.extend_from_slice(format!("{EN}\t{PT_OK}").as_bytes()); // 9, no final line break
    let o = figcheck(&["pairs", "--json", "--exit-code", "-"], &input);
    assert_eq!(o.status.code(), Some(2), "input lost: 2, whatever --exit-code says");
    let err = String::from_utf8(o.stderr.clone()).unwrap();
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 6, "{err}");
    assert!(lines[0].starts_with("figcheck: -: line 2: not a pair"), "{err}");
    assert!(lines[1].starts_with("figcheck: -: line 3: bad JSON pair: missing field `target`"), "{err}");
    assert!(lines[2].starts_with("figcheck: -: line 5: not UTF-8 text"), "{err}");
    assert!(lines[3].starts_with("figcheck: -: line 6: binary data"), "{err}");
    assert!(lines[4].starts_with("figcheck: -: line 7: unknown language 'xx' in source_lang"), "{err}");
    assert!(lines[5].starts_with("figcheck: -: line 8: not a pair") && lines[5].contains("found 3 fields"), "{err}");
    let rows = json_lines(&o);
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0]["id"], "a");
    assert_eq!(rows[1]["line"], 9);
    assert_eq!(rows[1]["findings"][0]["verdict"], "agree");
    assert_eq!(rows[2]["summary"]["pairs"], 2);
    assert_eq!(rows[2]["summary"]["malformed_lines"], 6);
}

#[test]
fn pairs_binary_file_and_missing_file() {
    let f = tmp("pairs.bin", b"\x7fELF\x02\x01\x01\x00\x00\x00\n\x00\x00\xff\xfe\n");
    let o = figcheck(&["pairs", "--json", &f], b"");
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8(o.stderr.clone()).unwrap();
    assert_eq!(err.lines().count(), 2, "{err}");
    assert!(err.contains("line 1: binary data") && err.contains("line 2: binary data"), "{err}");
    assert_eq!(json_lines(&o)[0]["summary"]["malformed_lines"], 2);
    assert_clean_error(&figcheck(&["pairs", "/nonexistent/pairs.jsonl"], b""), "no such file");
}

#[test]
fn pairs_ten_megabyte_line() {
    // One pair whose sides are 10 MB each: every figure read and listed, none
    // lost; too many to align (350 000 a side), said so, in seconds.
    let (s, t) = ("It cost 14 million euros. ", "Custou 14 milhões de euros. ");
    let n = 10_000_000 / t.len();
    let line = serde_json::json!({"id": "big", "source": s.repeat(n), "target": t.repeat(n)}).to_string();
    let o = figcheck(&["pairs", "--json", "-"], format!("{line}\n").as_bytes());
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let rows = json_lines(&o);
    assert_eq!(rows[0]["source_figures"].as_u64(), Some(n as u64));
    assert_eq!(rows[0]["target_figures"].as_u64(), Some(n as u64));
    assert_eq!(rows[0]["only_in_source"].as_array().unwrap().len(), n);
    assert_eq!(rows[0]["only_in_target"].as_array().unwrap().len(), n);
    assert_eq!(rows[0]["only_in_target"][n - 1]["text"], "14 milhões de euros");
    assert_eq!(rows[0]["unchecked"], format!("too many figures to align ({n} × {n}): split the pair into segments"));
    let s = &rows[1]["summary"];
    assert_eq!((s["aligned"].as_u64(), s["unchecked_pairs"].as_u64()), (Some(0), Some(1)));
}

#[test]
fn pairs_line_over_the_limit_is_skipped_not_held() {
    // A line longer than 64 MB is reported and skipped; the next line is still read.
    let mut input = vec![b'x'; 65 << 20];
    input.push(b'\n');
    input.extend_from_slice(format!("{EN}\t{PT_SLIP}\n").as_bytes());
    let o = figcheck(&["pairs", "--json", "-"], &input);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8(o.stderr.clone()).unwrap();
    assert!(err.starts_with("figcheck: -: line 1: line longer than 64 MB; skipped"), "{err}");
    let rows = json_lines(&o);
    assert_eq!(rows[0]["line"], 2);
    assert_eq!(rows[0]["findings"][0]["slips"][0]["kind"], "magnitude_word");
}

#[test]
fn pairs_stream_in_bounded_memory() {
    // 150 000 pairs (about 17 MB) from a file: the process's peak memory stays
    // far below the input's size, as it holds one pair at a time.
    let mut input = String::new();
    for i in 0..150_000 {
        input.push_str(&pair_line(
            &i.to_string(),
            &format!("The firm paid ${} million.", i % 900 + 2),
            &format!("A empresa pagou {} milhões de dólares.", i % 900 + 2),
        ));
        input.push('\n');
    }
    assert!(input.len() > 14_000_000);
    let f = tmp("many.jsonl", input.as_bytes());
    let out = tmp("many.out", b"");
    let mut child = Command::new(env!("CARGO_BIN_EXE_figcheck"))
        .args(["pairs", "--json", &f])
        .stdout(std::fs::File::create(&out).unwrap())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let status = format!("/proc/{}/status", child.id());
    let mut peak_kb = 0u64;
    loop {
        if let Ok(s) = std::fs::read_to_string(&status) {
            if let Some(l) = s.lines().find(|l| l.starts_with("VmHWM:")) {
                peak_kb = peak_kb.max(l.split_whitespace().nth(1).unwrap().parse().unwrap());
            }
        }
        if child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let last = std::fs::read_to_string(&out).unwrap().lines().last().unwrap().to_string();
    let s: serde_json::Value = serde_json::from_str(&last).unwrap();
    assert_eq!(s["summary"]["pairs"], 150_000);
    assert_eq!(s["summary"]["agree"], 150_000);
    assert!(peak_kb > 0 && peak_kb < 12_000, "peak {peak_kb} kB for {} MB of pairs", input.len() >> 20);
}

#[test]
fn check_bad_input() {
    let en = tmp("bad-en.txt", EN.as_bytes());
    assert_clean_error(&figcheck(&["check", "-", "--same-story", &en], b"valor de 2 bilh\xf5es"), "not UTF-8");
    let bin = tmp("bad.bin", b"\x00\x01\x02\x03 140 million");
    assert_clean_error(&figcheck(&["check", "-", "--against", &bin], PT_SLIP.as_bytes()), "binary file");
    // A 10 MB page on one line against its source: read whole, its figures all checked.
    let page = "A empresa pagou 140 milhões de dólares. ".repeat(250_000);
    let o = figcheck(&["check", "--json", "--lang", "pt", "-", "--against", &en], page.as_bytes());
    assert_eq!(o.status.code(), Some(0));
    let rows = json_lines(&o);
    assert!(rows.iter().all(|r| r["verdict"] == "agree"));
}
