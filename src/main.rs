//! The `figcheck` command line (docs/claims.md §4).
//!
//! ```text
//! figcheck extract [--lang LANG] [--json] [--quotes] FILE...
//! figcheck check PAGE [--against REPORT]... [--same-story REPORT]... [--lang LANG] [--json] [--exit-code]
//! figcheck pairs [--source-lang LANG] [--target-lang LANG] [--json] [--exit-code] FILE
//! ```
//!
//! Exit status 0 on success, 1 with `--exit-code` when a conflict (a slip)
//! is found, 2 on bad usage or unreadable input, with one line on standard
//! error naming the bad argument, and the command's usage. Colour only on a
//! terminal, and never when `NO_COLOR` is set.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Args, Parser, Subcommand};

use figcheck::compare::{fmt_num, fmt_ratio, CheckOptions, Finding, Report, ReportSet, Verdict};
use figcheck::pairs::{check_pair, PairCheck, PairTally};
use figcheck::slip::SlipKind;
use figcheck::{Claim, Lang, Options, UnknownLang};
use std::io::{self, BufRead, BufWriter, IsTerminal, Read, Write};
use std::process::ExitCode;

/// Files larger than this are read in blocks (plain text) or refused (HTML).
const BLOCK: usize = 4 << 20;
const MAX_HTML: u64 = 256 << 20;
/// A line of `pairs` longer than this is reported and skipped, not held.
const MAX_PAIR_LINE: usize = 64 << 20;
/// Malformed lines of `pairs` shown one by one on standard error; the rest are counted.
const SHOWN_MALFORMED: u64 = 100;

/// What `pairs` reads, and the codes.
fn pairs_help() -> String {
    format!(
        "Each line of FILE is one pair: a JSON object {{\"id\", \"source\", \"target\"}} (optional \"source_lang\",\n\"target_lang\") when its first non-blank character is '{{', else source<TAB>target. Blank lines are\nskipped; a malformed line is reported with its number on standard error and skipped (exit status 2\nat the end). {}",
        langs_help()
    )
}

/// The usage's closing line: the codes, from the crate's one list.
fn langs_help() -> String {
    let codes: Vec<&str> = figcheck::lang::ALL.iter().map(|l| l.code()).collect();
    format!("LANG: {} (detected when absent).", codes.join(" "))
}

#[derive(Parser)]
#[command(
    name = "figcheck",
    version,
    about = "Finds the figures of news texts in 16 languages and flags those that conflict with other reports.",
    subcommand_required = true,
    override_usage = "figcheck extract [--lang LANG] [--json] [--quotes] FILE...\n       figcheck check PAGE [--against REPORT]... [--same-story REPORT]... [--lang LANG] [--json] [--exit-code]\n       figcheck pairs [--source-lang LANG] [--target-lang LANG] [--json] [--exit-code] FILE",
    after_help = "FILE, PAGE or REPORT '-' is standard input; .html/.htm files are read as their visible text.\nExit status: 0 success, 1 a conflict found (with --exit-code), 2 bad usage or unreadable input."
)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Prints the figures of each FILE.
    #[command(override_usage = "figcheck extract [--lang LANG] [--json] [--quotes] FILE...", after_help = langs_help())]
    Extract(ExtractArgs),
    /// Checks the figures of PAGE against reports of the same story.
    #[command(
        override_usage = "figcheck check PAGE [--against REPORT]... [--same-story REPORT]... [--lang LANG] [--json] [--exit-code]",
        after_help = langs_help()
    )]
    Check(CheckArgs),
    /// Checks translations in batch: one source/target segment pair a line.
    #[command(
        override_usage = "figcheck pairs [--source-lang LANG] [--target-lang LANG] [--json] [--exit-code] FILE",
        after_help = pairs_help()
    )]
    Pairs(PairsArgs),
}

#[derive(Args)]
struct ExtractArgs {
    /// The texts' language (detected from each text when absent).
    #[arg(short, long, value_name = "LANG", value_parser = parse_lang)]
    lang: Option<Lang>,
    /// One JSON object per figure and line (docs/claims.md §4).
    #[arg(long)]
    json: bool,
    /// Give each figure its sentence.
    #[arg(long)]
    quotes: bool,
    /// Files to read ('-' is standard input).
    #[arg(value_name = "FILE", required = true)]
    files: Vec<String>,
}

#[derive(Args)]
struct CheckArgs {
    /// The page whose figures are checked ('-' is standard input).
    #[arg(value_name = "PAGE")]
    page: String,
    /// A report to check against; figcheck recognizes whether it is a version of PAGE's story.
    #[arg(short, long, value_name = "REPORT")]
    against: Vec<String>,
    /// A report that is a version of PAGE's story (a translation): its figures are aligned with PAGE's.
    #[arg(long, value_name = "REPORT")]
    same_story: Vec<String>,
    /// The language of every text (detected from each when absent).
    #[arg(short, long, value_name = "LANG", value_parser = parse_lang)]
    lang: Option<Lang>,
    /// One JSON object per finding and line (docs/claims.md §4).
    #[arg(long)]
    json: bool,
    /// Exit with status 1 when a conflict is found.
    #[arg(long)]
    exit_code: bool,
}

#[derive(Args)]
struct PairsArgs {
    /// The sources' language, where a line does not say (detected when absent).
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    source_lang: Option<Lang>,
    /// The targets' language, where a line does not say (detected when absent).
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    target_lang: Option<Lang>,
    /// One JSON object per pair and line, then a summary object (docs/CLI.md).
    #[arg(long)]
    json: bool,
    /// Exit with status 1 when a slip is found.
    #[arg(long)]
    exit_code: bool,
    /// The pairs, one a line ('-' is standard input).
    #[arg(value_name = "FILE")]
    file: String,
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    s.parse::<Lang>().map_err(|e| e.to_string())
}

/// Colour on a terminal only, and never with `NO_COLOR` set (no-color.org).
fn use_color(stream: &impl IsTerminal) -> bool {
    stream.is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => return usage_error(e),
    };
    let r = match &cli.cmd {
        Cmd::Extract(a) => cmd_extract(a).map(|()| ExitCode::SUCCESS),
        Cmd::Check(a) => cmd_check(a),
        Cmd::Pairs(a) => cmd_pairs(a),
    };
    match r {
        Ok(code) => code,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("figcheck: {e}");
            ExitCode::from(2)
        }
    }
}

/// Help and version as asked (exit 0); a usage error as one line naming the
/// bad argument, then the command's usage (exit 2).
fn usage_error(e: clap::Error) -> ExitCode {
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        let _ = e.print();
        return ExitCode::SUCCESS;
    }
    let ctx = |k: ContextKind| match e.get(k) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        _ => String::new(),
    };
    // The command named on the line, for messages that need it.
    let cmd = std::env::args().skip(1).find(|a| !a.starts_with('-')).unwrap_or_default();
    let arg = ctx(ContextKind::InvalidArg);
    let line = match e.kind() {
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            "a command is needed: extract, check or pairs".to_string()
        }
        ErrorKind::InvalidSubcommand => format!("unknown command '{}'", ctx(ContextKind::InvalidSubcommand)),
        ErrorKind::UnknownArgument if arg.starts_with('-') && arg != "-" => format!("unknown option '{arg}'"),
        ErrorKind::UnknownArgument if cmd == "check" => {
            format!("unexpected argument '{arg}': check takes one PAGE; give reports with --against")
        }
        ErrorKind::UnknownArgument => format!("unexpected argument '{arg}'"),
        ErrorKind::MissingRequiredArgument => {
            let what = if arg.contains("PAGE") { "a PAGE" } else { "a file" };
            format!("{cmd} needs {what} ('-' for standard input)")
        }
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(&e).map(|s| s.to_string()).unwrap_or_else(|| "bad value".into());
            format!("{why} for {}", arg.split(' ').next().unwrap_or(&arg))
        }
        ErrorKind::InvalidValue if ctx(ContextKind::InvalidValue).is_empty() => {
            format!("{} needs a value", arg.split(' ').next().unwrap_or(&arg))
        }
        _ => {
            let text = e.render().to_string();
            text.lines().next().unwrap_or_default().trim_start_matches("error: ").to_string()
        }
    };
    // The usage of the command named, else the program's.
    let mut all = <Cli as clap::CommandFactory>::command();
    all.build();
    let (usage, help) = match all.find_subcommand_mut(&cmd) {
        Some(sub) => (sub.render_usage().to_string(), format!("figcheck help {cmd}")),
        None => (all.render_usage().to_string(), "figcheck --help".to_string()),
    };
    let usage = usage.trim_end();
    eprintln!("figcheck: {line}\n{usage}\nFor more, try '{help}'.");
    ExitCode::from(2)
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

fn cmd_extract(a: &ExtractArgs) -> io::Result<()> {
    let stdout = io::stdout();
    let color = use_color(&stdout);
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

fn cmd_check(a: &CheckArgs) -> io::Result<ExitCode> {
    let page_path = &a.page;
    for f in std::iter::once(page_path).chain(&a.against).chain(&a.same_story) {
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
    for r in &a.same_story {
        let mut rep = report_of(r, a.lang)?;
        rep.version = true;
        reports.push(rep);
    }
    let set = ReportSet::new(reports);
    let opts = CheckOptions { page_name: page_path.clone(), self_check: true, versions: false };
    let findings = set.check_report(&page, &opts);
    let conflicts = findings.iter().filter(|f| f.verdict == Verdict::Conflict).count();
    let code = if a.exit_code && conflicts > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS };
    let stdout = io::stdout();
    let color = use_color(&stdout);
    let mut out = BufWriter::new(stdout.lock());
    if a.json {
        for f in &findings {
            serde_json::to_writer(&mut out, &FindingLine { f }).map_err(io::Error::other)?;
            out.write_all(b"\n")?;
        }
        out.flush()?;
        return Ok(code);
    }
    let paint = |s: &str, code: &str| if color { format!("\x1b[{code}m{s}\x1b[0m") } else { s.to_string() };
    let upheld = findings.iter().filter(|f| f.upheld).count();
    let upheld = if upheld > 0 { format!(" ({upheld} upheld: more reports agree with them than not)") } else { String::new() };
    writeln!(out, "{}: {} figures, {} with counterparts, {} in conflict{upheld}", page_path, page.claims.len(), findings.len(), conflicts)?;
    let w1 = findings.iter().map(|f| width(&f.claim.text)).max().unwrap_or(0).min(40);
    for f in &findings {
        let v = match f.verdict {
            Verdict::Conflict if f.upheld => paint("upheld  ", "33"),
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
    out.flush()?;
    Ok(code)
}

/// One line of `pairs` read as a pair.
struct Pair {
    id: serde_json::Value,
    source: String,
    target: String,
    source_lang: Option<Lang>,
    target_lang: Option<Lang>,
}

#[derive(serde::Deserialize)]
struct JsonPair {
    #[serde(default)]
    id: Option<serde_json::Value>,
    source: String,
    target: String,
    #[serde(default)]
    source_lang: Option<String>,
    #[serde(default)]
    target_lang: Option<String>,
}

/// A line of `pairs` (without its line break) as a pair; `Ok(None)` for a blank line.
fn parse_pair(bytes: &[u8], line: u64) -> Result<Option<Pair>, String> {
    if let Some(i) = memchr0(bytes) {
        return Err(format!("binary data (NUL byte at column {})", i + 1));
    }
    let s = std::str::from_utf8(bytes).map_err(|e| format!("not UTF-8 text (invalid byte at column {})", e.valid_up_to() + 1))?;
    let s = s.strip_suffix('\r').unwrap_or(s);
    if s.trim().is_empty() {
        return Ok(None);
    }
    let lang = |v: Option<String>, field: &str| -> Result<Option<Lang>, String> {
        match v {
            None => Ok(None),
            Some(c) => {
                Lang::from_code(&c).map(Some).ok_or_else(|| format!("unknown language '{c}' in {field} ({})", UnknownLang::choices()))
            }
        }
    };
    if s.trim_start().starts_with('{') {
        let p: JsonPair = serde_json::from_str(s).map_err(|e| format!("bad JSON pair: {e}"))?;
        return Ok(Some(Pair {
            id: p.id.unwrap_or_else(|| line.into()),
            source_lang: lang(p.source_lang, "source_lang")?,
            target_lang: lang(p.target_lang, "target_lang")?,
            source: p.source,
            target: p.target,
        }));
    }
    let mut fields = s.split('\t');
    match (fields.next(), fields.next(), fields.next()) {
        (Some(a), Some(b), None) => {
            Ok(Some(Pair { id: line.into(), source: a.to_string(), target: b.to_string(), source_lang: None, target_lang: None }))
        }
        _ => Err(format!("not a pair: a JSON object or source<TAB>target expected, found {} fields", s.split('\t').count())),
    }
}

/// Reads one line into `buf` (without its `\n`), holding at most
/// `MAX_PAIR_LINE` bytes: `Ok(None)` at the end, `Ok(Some(false))` for a
/// line too long (the rest of it read and dropped).
fn read_line(r: &mut impl BufRead, buf: &mut Vec<u8>) -> io::Result<Option<bool>> {
    buf.clear();
    let mut any = false;
    let mut too_long = false;
    loop {
        let avail = match r.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if avail.is_empty() {
            return Ok(any.then_some(!too_long));
        }
        any = true;
        let (chunk, done) = match avail.iter().position(|&b| b == b'\n') {
            Some(i) => (&avail[..i], Some(i + 1)),
            None => (avail, None),
        };
        if !too_long {
            if buf.len() + chunk.len() > MAX_PAIR_LINE {
                too_long = true;
                buf.clear();
                buf.shrink_to(1 << 16);
            } else {
                buf.extend_from_slice(chunk);
            }
        }
        let used = done.unwrap_or(avail.len());
        r.consume(used);
        if done.is_some() {
            return Ok(Some(!too_long));
        }
    }
}

#[derive(serde::Serialize)]
struct PairLine<'a> {
    id: &'a serde_json::Value,
    line: u64,
    #[serde(flatten)]
    check: &'a PairCheck,
}

#[derive(serde::Serialize)]
struct SummaryLine<'a> {
    summary: &'a PairTally,
}

fn cmd_pairs(a: &PairsArgs) -> io::Result<ExitCode> {
    let (r, _) = open(&a.file)?;
    let mut r = io::BufReader::with_capacity(1 << 16, r);
    let stdout = io::stdout();
    let color = use_color(&stdout);
    let mut out = BufWriter::new(stdout.lock());
    let mut tally = PairTally::default();
    let mut buf = Vec::new();
    let mut line = 0u64;
    let name = &a.file;
    while let Some(whole) = read_line(&mut r, &mut buf).map_err(|e| err(format!("{name}: {}", plain(&e))))? {
        line += 1;
        let parsed = if whole { parse_pair(&buf, line) } else { Err(format!("line longer than {} MB", MAX_PAIR_LINE >> 20)) };
        let p = match parsed {
            Ok(Some(p)) => p,
            Ok(None) => continue,
            Err(why) => {
                tally.malformed_lines += 1;
                if tally.malformed_lines <= SHOWN_MALFORMED {
                    eprintln!("figcheck: {name}: line {line}: {why}; skipped");
                }
                if tally.malformed_lines == SHOWN_MALFORMED {
                    eprintln!("figcheck: {name}: further malformed lines are counted, not shown");
                }
                continue;
            }
        };
        let check = check_pair(&p.source, &p.target, p.source_lang.or(a.source_lang), p.target_lang.or(a.target_lang));
        tally.add(&check);
        if a.json {
            serde_json::to_writer(&mut out, &PairLine { id: &p.id, line, check: &check }).map_err(io::Error::other)?;
            out.write_all(b"\n")?;
        } else {
            print_pair(&mut out, &p.id, line, &check, color)?;
        }
    }
    if a.json {
        serde_json::to_writer(&mut out, &SummaryLine { summary: &tally }).map_err(io::Error::other)?;
        out.write_all(b"\n")?;
    } else {
        print_tally(&mut out, &tally)?;
    }
    out.flush()?;
    Ok(if tally.malformed_lines > 0 {
        ExitCode::from(2)
    } else if a.exit_code && tally.slips > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn plural(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A pair for people: its figures aligned, source → target, each slip with its kind and explanation.
fn print_pair(out: &mut impl Write, id: &serde_json::Value, line: u64, p: &PairCheck, color: bool) -> io::Result<()> {
    if p.source_figures == 0 && p.target_figures == 0 {
        return Ok(());
    }
    let paint = |s: &str, code: &str| if color { format!("\x1b[{code}m{s}\x1b[0m") } else { s.to_string() };
    let id = match id {
        serde_json::Value::String(s) => s.clone(),
        v => v.to_string(),
    };
    let slips: usize = p.findings.iter().map(|f| f.slips.len()).sum();
    writeln!(
        out,
        "{} (line {line}, {} → {}): {} in the source, {} in the target{}",
        paint(&format!("pair {id}"), "1"),
        p.source_lang,
        p.target_lang,
        plural(p.source_figures as u64, "figure", "figures"),
        p.target_figures,
        if slips > 0 { format!(", {}", paint(&plural(slips as u64, "slip", "slips"), "1;31")) } else { String::new() }
    )?;
    let w = p.findings.iter().flat_map(|f| f.finding.others.iter()).map(|o| width(&o.text)).max().unwrap_or(0).min(40);
    for f in &p.findings {
        for (oi, o) in f.finding.others.iter().enumerate() {
            let ratio = o.ratio.filter(|_| o.verdict == Verdict::Conflict).map(|r| format!("  ×{}", fmt_ratio(r))).unwrap_or_default();
            match f.slips.iter().find(|s| s.other == oi) {
                Some(s) => {
                    writeln!(
                        out,
                        "  {}  {}  →  {}{ratio}  {}: {}",
                        paint("SLIP ", "1;31"),
                        pad(&o.text, w),
                        f.finding.claim.text,
                        s.slip.kind.label(),
                        s.slip.note
                    )?;
                    writeln!(out, "         {}", o.explanation)?;
                }
                None => {
                    let v = if o.verdict == Verdict::Agree { paint("agree", "32") } else { paint("≠    ", "31") };
                    writeln!(out, "  {v}  {}  →  {}{ratio}", pad(&o.text, w), f.finding.claim.text)?;
                }
            }
        }
    }
    if let Some(why) = &p.unchecked {
        writeln!(out, "  {}: {why}", paint("not checked", "1;33"))?;
    }
    for c in &p.only_in_source {
        writeln!(out, "  only in the source: {}  ({})", c.text, interval(c))?;
    }
    for c in &p.only_in_target {
        writeln!(out, "  only in the target: {}  ({})", c.text, interval(c))?;
    }
    Ok(())
}

fn print_tally(out: &mut impl Write, t: &PairTally) -> io::Result<()> {
    let kinds: Vec<String> = SlipKind::ALL.iter().map(|k| format!("{} {}", k.label(), t.by_kind.get(*k))).collect();
    writeln!(
        out,
        "{}, {} in the sources, {} in the targets; {} aligned: {} agree, {} ({})",
        plural(t.pairs, "pair", "pairs"),
        plural(t.source_figures, "figure", "figures"),
        t.target_figures,
        t.aligned,
        t.agree,
        plural(t.slips, "slip", "slips"),
        kinds.join(", ")
    )?;
    if t.unchecked_pairs > 0 {
        writeln!(out, "{} not checked: too many figures to align (see each)", plural(t.unchecked_pairs, "pair", "pairs"))?;
    }
    if t.malformed_lines > 0 {
        writeln!(out, "{} skipped (see standard error)", plural(t.malformed_lines, "malformed line", "malformed lines"))?;
    }
    Ok(())
}
