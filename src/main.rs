//! The `figcheck` command line (docs/claims.md §4).
//!
//! ```text
//! figcheck extract [--lang LANG] [--json] [--quotes] FILE...
//! figcheck check PAGE [--against REPORT]... [--lang LANG] [--json]
//! ```
//!
//! Exit status 0 on success, 2 on bad usage or unreadable input, with one
//! line on standard error. The argument parser is hand-written: six flags do
//! not justify a parser crate's compile time and binary size.

use figcheck::compare::{fmt_num, fmt_ratio, CheckOptions, Finding, Report, ReportSet, Verdict};
use figcheck::{Claim, Lang, Options};
use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: figcheck extract [--lang LANG] [--json] [--quotes] FILE...
       figcheck check PAGE [--against REPORT]... [--lang LANG] [--json]
FILE or PAGE '-' is standard input; .html/.htm files are read as their visible text.
LANG: en pt pt-PT es fr de it ar zh ja ko ru uk vi id tr hi (detected when absent).";

/// Files larger than this are read in blocks (plain text) or refused (HTML).
const BLOCK: usize = 4 << 20;
const MAX_HTML: u64 = 256 << 20;

struct Args {
    cmd: String,
    files: Vec<String>,
    against: Vec<String>,
    lang: Option<Lang>,
    json: bool,
    quotes: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut it = std::env::args().skip(1);
    let cmd = match it.next() {
        Some(c) if c == "extract" || c == "check" => c,
        Some(c) if c == "-h" || c == "--help" || c == "help" => {
            println!("{USAGE}");
            std::process::exit(0);
        }
        Some(c) if c == "-V" || c == "--version" => {
            println!("figcheck {}", env!("CARGO_PKG_VERSION"));
            std::process::exit(0);
        }
        Some(c) => return Err(format!("unknown command '{c}'")),
        None => return Err("a command is needed: extract or check".into()),
    };
    let mut a = Args { cmd, files: vec![], against: vec![], lang: None, json: false, quotes: false };
    let mut only_files = false;
    while let Some(x) = it.next() {
        if only_files {
            a.files.push(x);
            continue;
        }
        let (flag, inline) = match x.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (x.clone(), None),
        };
        let mut value =
            |name: &str| -> Result<String, String> { inline.clone().or_else(|| it.next()).ok_or_else(|| format!("{name} needs a value")) };
        match flag.as_str() {
            "--json" => a.json = true,
            "--quotes" => a.quotes = true,
            "--lang" | "-l" => {
                let v = value("--lang")?;
                a.lang = Some(Lang::from_code(&v).ok_or_else(|| format!("unknown language '{v}'"))?);
            }
            "--against" | "-a" => {
                if a.cmd != "check" {
                    return Err("--against goes with check".into());
                }
                a.against.push(value("--against")?);
            }
            "--" => only_files = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            f if f.starts_with('-') && f != "-" => return Err(format!("unknown option '{f}'")),
            _ => a.files.push(x),
        }
    }
    if a.files.is_empty() {
        return Err(format!("{} needs a file ('-' for standard input)", a.cmd));
    }
    if a.cmd == "check" && a.files.len() > 1 {
        return Err("check takes one PAGE; give reports with --against".into());
    }
    Ok(a)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("figcheck: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let r = if args.cmd == "extract" { cmd_extract(&args) } else { cmd_check(&args) };
    match r {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("figcheck: {e}");
            ExitCode::from(2)
        }
    }
}

fn err(msg: String) -> io::Error {
    io::Error::other(msg)
}

/// Opens a file (or standard input) for reading, refusing directories.
fn open(path: &str) -> io::Result<(Box<dyn Read>, Option<u64>)> {
    if path == "-" {
        return Ok((Box::new(io::stdin().lock()), None));
    }
    let meta = std::fs::metadata(path).map_err(|e| err(format!("{path}: {}", plain(&e))))?;
    if meta.is_dir() {
        return Err(err(format!("{path}: is a directory")));
    }
    let f = std::fs::File::open(path).map_err(|e| err(format!("{path}: {}", plain(&e))))?;
    Ok((Box::new(io::BufReader::with_capacity(1 << 16, f)), Some(meta.len())))
}

fn plain(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

fn is_html(path: &str) -> bool {
    let p = path.to_ascii_lowercase();
    p.ends_with(".html") || p.ends_with(".htm")
}

/// Reads a file as text in blocks cut at line breaks, calling `f(offset, block)`.
/// Refuses binary files (NUL bytes) and invalid UTF-8 with a clear error.
fn for_each_block(path: &str, mut f: impl FnMut(usize, &str, bool) -> usize) -> io::Result<()> {
    let (mut r, len) = open(path)?;
    if is_html(path) {
        if len.is_some_and(|l| l > MAX_HTML) {
            return Err(err(format!("{path}: HTML file larger than {} MB", MAX_HTML >> 20)));
        }
        let mut bytes = Vec::new();
        r.read_to_end(&mut bytes).map_err(|e| err(format!("{path}: {}", plain(&e))))?;
        let s = text_of(path, &bytes, 0)?;
        let visible = figcheck::html::visible_text(s);
        f(0, &visible, false);
        return Ok(());
    }
    let mut buf: Vec<u8> = Vec::with_capacity(BLOCK + 4096);
    let mut offset = 0usize;
    let mut eof = false;
    while !eof {
        // Fill up to BLOCK bytes.
        let mut chunk = [0u8; 1 << 16];
        while buf.len() < BLOCK {
            let n = r.read(&mut chunk).map_err(|e| err(format!("{path}: {}", plain(&e))))?;
            if n == 0 {
                eof = true;
                break;
            }
            buf.extend_from_slice(&chunk[..n]);
        }
        // Cut after the last line break (or take everything at the end).
        let mut mid_line = false;
        let cut = if eof {
            buf.len()
        } else {
            match buf.iter().rposition(|&b| b == b'\n') {
                Some(i) => i + 1,
                None => {
                    mid_line = true;
                    // No line break in a whole block: cut at a char boundary.
                    let mut i = buf.len();
                    while i > 0 && (buf[i - 1] & 0xC0) == 0x80 {
                        i -= 1;
                    }
                    i.saturating_sub(1).max(1)
                }
            }
        };
        let s = text_of(path, &buf[..cut], offset)?;
        // A block cut inside a line hands back what it could not finish.
        let used = f(offset, s, mid_line).clamp(1, cut.max(1)).min(cut);
        offset += used;
        buf.drain(..used);
    }
    Ok(())
}

fn text_of<'a>(path: &str, bytes: &'a [u8], offset: usize) -> io::Result<&'a str> {
    if let Some(i) = memchr0(bytes) {
        return Err(err(format!("{path}: binary file (NUL byte at {})", offset + i)));
    }
    std::str::from_utf8(bytes).map_err(|e| err(format!("{path}: not UTF-8 text (invalid byte at {})", offset + e.valid_up_to())))
}

fn memchr0(b: &[u8]) -> Option<usize> {
    b.iter().position(|&x| x == 0)
}

/// Extracts all claims of a file, with offsets into the whole file.
fn claims_of(path: &str, lang: Option<Lang>, quotes: bool, mut sink: impl FnMut(Claim) -> io::Result<()>) -> io::Result<()> {
    let mut lang = lang;
    let mut res = Ok(());
    for_each_block(path, |off, text, mid_line| {
        if res.is_err() {
            return text.len();
        }
        let l = *lang.get_or_insert_with(|| figcheck::detect(text));
        let opts = Options { lang: Some(l), quotes, date: None };
        let claims = figcheck::extract(text, &opts);
        let upto = if mid_line { figcheck::extract::resume_point(text, &claims) } else { text.len() };
        for mut c in claims {
            if c.start >= upto {
                break;
            }
            c.start += off;
            c.end += off;
            if let Err(e) = sink(c) {
                res = Err(e);
                return text.len();
            }
        }
        upto
    })?;
    res
}

#[derive(serde::Serialize)]
struct ClaimLine<'a> {
    #[serde(flatten)]
    claim: &'a Claim,
    file: &'a str,
}

fn cmd_extract(a: &Args) -> io::Result<()> {
    let stdout = io::stdout();
    let color = stdout.is_terminal();
    let mut out = BufWriter::new(stdout.lock());
    // Check every file is readable first, so a bad file loses no output.
    for f in &a.files {
        if f != "-" {
            open(f)?;
        }
    }
    for f in &a.files {
        if a.json {
            claims_of(f, a.lang, a.quotes, |c| {
                serde_json::to_writer(&mut out, &ClaimLine { claim: &c, file: f }).map_err(io::Error::other)?;
                out.write_all(b"\n")
            })?;
        } else {
            let mut rows = Vec::new();
            claims_of(f, a.lang, a.quotes, |c| {
                rows.push(c);
                Ok(())
            })?;
            print_claims(&mut out, f, &rows, color)?;
        }
    }
    out.flush()
}

fn interval(c: &Claim) -> String {
    let unit = match &c.counted {
        Some(t) => t.clone(),
        None => c.unit.to_string(),
    };
    let v = match (c.low, c.high) {
        (Some(l), Some(h)) if l == h => fmt_num(l),
        (Some(l), Some(h)) if c.qualifier.as_str() == "vague" => format!("[{}, {})", fmt_num(l), fmt_num(h)),
        (Some(l), Some(h)) => format!("[{}, {}]", fmt_num(l), fmt_num(h)),
        (Some(l), None) => format!("≥ {}", fmt_num(l)),
        (None, Some(h)) => format!("≤ {}", fmt_num(h)),
        (None, None) => "?".into(),
    };
    format!("{v} {unit}")
}

fn width(s: &str) -> usize {
    s.chars().count()
}

fn pad(s: &str, w: usize) -> String {
    let n = width(s);
    if n >= w {
        s.to_string()
    } else {
        format!("{s}{}", " ".repeat(w - n))
    }
}

fn print_claims(out: &mut impl Write, file: &str, rows: &[Claim], color: bool) -> io::Result<()> {
    let bold = |s: &str| if color { format!("\x1b[1m{s}\x1b[0m") } else { s.to_string() };
    writeln!(out, "{} — {} figures", bold(file), rows.len())?;
    let w1 = rows.iter().map(|c| width(&c.text)).max().unwrap_or(0).min(48);
    let vals: Vec<String> = rows.iter().map(interval).collect();
    let w2 = vals.iter().map(|v| width(v)).max().unwrap_or(0).min(40);
    for (c, v) in rows.iter().zip(&vals) {
        let mut extra = vec![c.qualifier.as_str().to_string()];
        if let Some(m) = &c.measure {
            extra.push(m.to_string());
        }
        if let Some(s) = &c.subject {
            extra.push(format!("of {s}"));
        }
        if let Some(d) = &c.date {
            extra.push(format!("@{d}"));
        }
        writeln!(out, "  {:>7}  {}  {}  {}", c.start, pad(&c.text, w1), pad(v, w2), extra.join(", "))?;
    }
    Ok(())
}

/// The whole text of a file (or standard input): HTML as its visible text;
/// binary data and invalid UTF-8 refused with a clear error.
fn read_text(path: &str) -> io::Result<String> {
    let (mut r, len) = open(path)?;
    if len.is_some_and(|l| l > MAX_HTML) {
        return Err(err(format!("{path}: larger than {} MB", MAX_HTML >> 20)));
    }
    let mut bytes = Vec::new();
    r.read_to_end(&mut bytes).map_err(|e| err(format!("{path}: {}", plain(&e))))?;
    let s = text_of(path, &bytes, 0)?;
    Ok(if is_html(path) { figcheck::html::visible_text(s) } else { s.to_string() })
}

fn report_of(path: &str, lang: Option<Lang>) -> io::Result<Report> {
    let text = read_text(path)?;
    Ok(Report::from_text(path, &text, &Options { lang, quotes: true, date: None }))
}

#[derive(serde::Serialize)]
struct FindingLine<'a> {
    #[serde(flatten)]
    f: &'a Finding,
}

fn cmd_check(a: &Args) -> io::Result<()> {
    let page_path = &a.files[0];
    for f in std::iter::once(page_path).chain(&a.against) {
        if f != "-" {
            open(f)?;
        }
    }
    let page = report_of(page_path, a.lang)?;
    // Reports are read in their own language unless --lang was given for all.
    let mut reports = Vec::new();
    for r in &a.against {
        reports.push(report_of(r, a.lang)?);
    }
    let set = ReportSet::new(reports);
    let opts = CheckOptions { page_name: page_path.clone(), self_check: true, versions: false };
    let findings = set.check(&page.claims, &opts);
    let stdout = io::stdout();
    let color = stdout.is_terminal();
    let mut out = BufWriter::new(stdout.lock());
    if a.json {
        for f in &findings {
            serde_json::to_writer(&mut out, &FindingLine { f }).map_err(io::Error::other)?;
            out.write_all(b"\n")?;
        }
        return out.flush();
    }
    let conflicts = findings.iter().filter(|f| f.verdict == Verdict::Conflict).count();
    let paint = |s: &str, code: &str| if color { format!("\x1b[{code}m{s}\x1b[0m") } else { s.to_string() };
    writeln!(out, "{}: {} figures, {} with counterparts, {} in conflict", page_path, page.claims.len(), findings.len(), conflicts)?;
    let w1 = findings.iter().map(|f| width(&f.claim.text)).max().unwrap_or(0).min(40);
    for f in &findings {
        let v = match f.verdict {
            Verdict::Conflict => paint("CONFLICT", "1;31"),
            Verdict::Agree => paint("agree   ", "32"),
        };
        writeln!(out, "  {}  {}  {}", v, pad(&f.claim.text, w1), interval(&f.claim))?;
        // The same counterpart text in one file, several times: one line with a count.
        let mut seen: Vec<(&str, &str, Verdict, usize)> = Vec::new();
        for o in &f.others {
            match seen.iter_mut().find(|(file, text, v, _)| *file == o.file && *text == o.text && *v == o.verdict) {
                Some(e) => e.3 += 1,
                None => seen.push((&o.file, &o.text, o.verdict, 1)),
            }
        }
        for o in &f.others {
            let Some(pos) = seen.iter().position(|(file, text, v, n)| *file == o.file && *text == o.text && *v == o.verdict && *n > 0)
            else {
                continue;
            };
            let times = std::mem::take(&mut seen[pos].3);
            let times = if times > 1 { format!(", ×{times} in that text") } else { String::new() };
            let ratio = o.ratio.map(|r| format!("×{}", fmt_ratio(r))).unwrap_or_default();
            let mark = match o.verdict {
                Verdict::Conflict => paint("≠", "31"),
                Verdict::Agree => paint("=", "32"),
            };
            writeln!(out, "      {mark} {}  ({}{times})  {}", o.text, o.file, ratio)?;
            if o.verdict == Verdict::Conflict {
                writeln!(out, "        {}", o.explanation)?;
            } else if let Some(r) = &o.reading {
                writeln!(out, "        reading: {r}")?;
            }
        }
    }
    out.flush()
}
