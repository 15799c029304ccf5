//! The visible text of an HTML document: tags dropped, `script`, `style`,
//! `noscript`, `template`, `head` and `svg` skipped, entities decoded, block
//! elements turned into line breaks. One linear pass, no DOM.

/// Elements whose content is never visible text.
const SKIP: [&str; 8] = ["script", "style", "noscript", "template", "head", "svg", "iframe", "object"];
/// Elements that break lines.
const BLOCK: [&str; 28] = [
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "td",
    "th",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "pre",
    "figcaption",
    "title",
    "nav",
    "aside",
    "main",
    "hr",
];

/// Returns the visible text of `html`.
pub fn visible_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let b = html.as_bytes();
    let mut i = 0;
    let mut skip_until: Option<&'static str> = None;
    let mut last = 0; // start of pending text
    while i < b.len() {
        if b[i] == b'<' {
            if skip_until.is_none() && last < i {
                push_text(&mut out, &html[last..i]);
            }
            // Comments.
            if html[i..].starts_with("<!--") {
                let end = html[i + 4..].find("-->").map_or(b.len(), |e| i + 4 + e + 3);
                i = end;
                last = i;
                continue;
            }
            let end = match memchr(b'>', &b[i..]) {
                Some(e) => i + e + 1,
                None => b.len(),
            };
            let tag = &html[i + 1..end.saturating_sub(1).max(i + 1)];
            let closing = tag.starts_with('/');
            let name: String =
                tag.trim_start_matches('/').chars().take_while(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect();
            match skip_until {
                Some(s) => {
                    if closing && name == s {
                        skip_until = None;
                    }
                }
                None => {
                    if !closing && !tag.ends_with('/') {
                        if let Some(s) = SKIP.iter().find(|s| **s == name) {
                            skip_until = Some(s);
                        }
                    }
                    if BLOCK.contains(&name.as_str()) && !out.ends_with('\n') && !out.is_empty() {
                        out.push('\n');
                    }
                }
            }
            i = end;
            last = i;
        } else {
            i += 1;
        }
    }
    if skip_until.is_none() && last < b.len() {
        push_text(&mut out, &html[last..]);
    }
    out.trim().to_string()
}

fn memchr(needle: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&x| x == needle)
}

/// Appends text with its white space folded and entities decoded.
fn push_text(out: &mut String, s: &str) {
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        push_ws(out, &rest[..amp]);
        let after = &rest[amp + 1..];
        let semi = after.find(';').filter(|&k| k <= 10);
        match semi.and_then(|k| decode_entity(&after[..k]).map(|c| (k, c))) {
            Some((k, c)) => {
                if c == '\u{A0}' {
                    out.push('\u{A0}');
                } else {
                    push_ws(out, c.encode_utf8(&mut [0; 4]));
                }
                rest = &after[k + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    push_ws(out, rest);
}

fn push_ws(out: &mut String, s: &str) {
    for c in s.chars() {
        if matches!(c, ' ' | '\t' | '\n' | '\r') {
            if !out.is_empty() && !out.ends_with([' ', '\n']) {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
}

fn decode_entity(e: &str) -> Option<char> {
    if let Some(num) = e.strip_prefix('#') {
        let v = if let Some(hex) = num.strip_prefix(['x', 'X']) { u32::from_str_radix(hex, 16).ok()? } else { num.parse().ok()? };
        return char::from_u32(v).filter(|c| *c != '\0');
    }
    Some(match e {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{A0}',
        "thinsp" => '\u{2009}',
        "narrowNbsp" | "NarrowNoBreakSpace" => '\u{202F}',
        "euro" => '€',
        "pound" => '£',
        "yen" => '¥',
        "cent" => '¢',
        "mdash" => '—',
        "ndash" => '–',
        "hellip" => '…',
        "laquo" => '«',
        "raquo" => '»',
        "rsquo" => '\u{2019}',
        "lsquo" => '\u{2018}',
        "ldquo" => '“',
        "rdquo" => '”',
        "deg" => '°',
        "middot" => '·',
        "times" => '×',
        _ => return None,
    })
}
