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
