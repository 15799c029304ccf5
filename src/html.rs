//! The visible text of an HTML document, for the command line: what the
//! browser front ends read from a page (`js/lib/visible-text.js`), read from a
//! file.
//!
//! The document is parsed as a browser parses it, by html5ever's tokenizer
//! and tree builder: attributes may hold `>`, end tags may be left out,
//! entities are decoded, `<script>` and `<style>` are raw text. The text is
//! the article's, found as the JS reader finds it ([`ROOTS`]); the elements
//! of [`SKIPPED`] and the elements it leaves out for their attributes
//! (`hidden`, `aria-hidden="true"`, `role="navigation"`, an editable root)
//! are not read; each element of [`BLOCKS`] and each `<br>` starts a line, so
//! that paragraphs, list items and table cells stay sentences of their own.
//! White space is folded within a line.
//!
//! The tree builder scans its stack of open elements for many start tags
//! (is there a `<p>` to close?), so a document nesting n elements costs n²
//! (200 KB of nested `<div>`s took 15 s). Browsers bound the depth they
//! build; so does this reader: past [`MAX_DEPTH`] a start tag opens no
//! element. Its text is still read, a block still breaks the line, and an
//! element left out (skipped or hidden) still has its content skipped.
//!
//! Native builds only: the wasm has no HTML parser (its size budget), and
//! the browser front ends read pages with the browser's own DOM.

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeBuilder, TreeBuilderOpts, TreeSink};
use html5ever::{local_name, ns, Attribute, LocalName, QualName, TokenizerResult};
use std::borrow::Cow;
use std::cell::{Cell, Ref, RefCell};
use std::sync::OnceLock;

/// Elements whose content is never read: `SKIP_TAGS` of the browser front
/// ends' reader (`js/lib/visible-text.js`). Change both together (a test
/// compares them).
pub const SKIPPED: [&str; 25] = [
    "script", "style", "noscript", "template", "iframe", "frame", "object", "embed", "canvas", "svg", "math", "input", "textarea",
    "select", "option", "button", "nav", "head", "title", "meta", "link", "video", "audio", "picture", "img",
];

/// Elements that start and end a line of text: the JS reader's `BLOCK_TAGS`
/// (a `<br>` breaks a line too).
pub const BLOCKS: [&str; 36] = [
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "main",
    "aside",
    "header",
    "footer",
    "blockquote",
    "figure",
    "figcaption",
    "table",
    "tr",
    "td",
    "th",
    "caption",
    "pre",
    "body",
    "form",
    "fieldset",
    "address",
    "hr",
    "details",
    "summary",
];

/// Where the article is, most specific first (the JS reader's
/// `ROOT_SELECTORS`): an element with this attribute and value, or this
/// name. The first that holds at least [`ROOT_MIN_TEXT`] characters of text
/// (the longest of its first 30) is read, else the whole body.
pub const ROOTS: [(Option<&str>, &str); 4] = [(Some("itemprop"), "articleBody"), (None, "article"), (None, "main"), (Some("role"), "main")];

/// The text an article root must hold, in UTF-16 code units as the JS reader counts.
const ROOT_MIN_TEXT: usize = 80;

fn is_skipped(name: &str) -> bool {
    SKIPPED.iter().any(|s| s.eq_ignore_ascii_case(name))
}

fn is_block(name: &str) -> bool {
    BLOCKS.iter().any(|s| s.eq_ignore_ascii_case(name))
}

/// The text being built: white space folded to one space, line breaks kept
/// one at a time, nothing at the start.
struct Out(String);

impl Out {
    fn text(&mut self, s: &str) {
        for c in s.chars() {
            if c == '\u{2029}' {
                self.line_break();
            } else if matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{C}') {
                if !self.0.is_empty() && !self.0.ends_with([' ', '\n']) {
                    self.0.push(' ');
                }
            } else {
                self.0.push(c);
            }
        }
    }

    fn line_break(&mut self) {
        if self.0.ends_with(' ') {
            self.0.pop();
        }
        if !self.0.is_empty() && !self.0.ends_with('\n') {
            self.0.push('\n');
        }
    }

    fn done(self) -> String {
        self.0.trim_end().to_string()
    }
}

/// The deepest element built. Real pages nest 20 to 60 elements; past
/// this each start tag costs the tree builder a scan of this many.
const MAX_DEPTH: u32 = 64;

/// No node.
const NONE: u32 = u32::MAX;

/// A line break handed to the tree builder as text, where a block opened
/// past [`MAX_DEPTH`] would have been (U+2029 PARAGRAPH SEPARATOR:
/// [`Out`] reads it as a line break).
const BREAK: &str = "\u{2029}";

enum Data {
    Document,
    /// `roots`: which of [`ROOTS`] it matches by an attribute (a bit each).
    Element {
        name: QualName,
        shown: bool,
        roots: u8,
    },
    Text(String),
    Other,
}

struct Node {
    data: Data,
    parent: u32,
    first: u32,
    last: u32,
    prev: u32,
    next: u32,
    depth: u32,
}

/// Whether the extension leaves an element with these attributes out.
fn hides(attrs: &[Attribute]) -> bool {
    attrs.iter().any(|a| {
        let v = a.value.trim();
        match &*a.name.local {
            "hidden" => true,
            "aria-hidden" => v.eq_ignore_ascii_case("true"),
            "role" => v.eq_ignore_ascii_case("navigation"),
            "contenteditable" => !v.eq_ignore_ascii_case("false"),
            _ => false,
        }
    })
}

/// The tree, built by html5ever through [`TreeSink`].
struct Sink {
    nodes: RefCell<Vec<Node>>,
    /// The depth of the element the last node was put in.
    depth: Cell<u32>,
}

impl Sink {
    fn new() -> Sink {
        let doc = Node { data: Data::Document, parent: NONE, first: NONE, last: NONE, prev: NONE, next: NONE, depth: 0 };
        Sink { nodes: RefCell::new(vec![doc]), depth: Cell::new(0) }
    }

    fn push(&self, data: Data) -> u32 {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(Node { data, parent: NONE, first: NONE, last: NONE, prev: NONE, next: NONE, depth: 0 });
        (nodes.len() - 1) as u32
    }

    fn unlink(nodes: &mut [Node], id: u32) {
        let (parent, prev, next) = {
            let n = &nodes[id as usize];
            (n.parent, n.prev, n.next)
        };
        if parent == NONE {
            return;
        }
        match prev {
            NONE => nodes[parent as usize].first = next,
            p => nodes[p as usize].next = next,
        }
        match next {
            NONE => nodes[parent as usize].last = prev,
            n => nodes[n as usize].prev = prev,
        }
        let n = &mut nodes[id as usize];
        (n.parent, n.prev, n.next) = (NONE, NONE, NONE);
    }

    /// Puts `id` into `parent`, before `before` (or last).
    fn link(&self, nodes: &mut [Node], parent: u32, id: u32, before: u32) {
        Self::unlink(nodes, id);
        let depth = nodes[parent as usize].depth;
        self.depth.set(depth);
        let prev = if before == NONE { nodes[parent as usize].last } else { nodes[before as usize].prev };
        {
            let n = &mut nodes[id as usize];
            (n.parent, n.prev, n.next, n.depth) = (parent, prev, before, depth + 1);
        }
        match prev {
            NONE => nodes[parent as usize].first = id,
            p => nodes[p as usize].next = id,
        }
        match before {
            NONE => nodes[parent as usize].last = id,
            b => nodes[b as usize].prev = id,
        }
    }

    /// Puts a node or text into `parent` before `before` (or last); text
    /// joins a text node just before it.
    fn insert(&self, parent: u32, child: NodeOrText<u32>, before: u32) {
        match child {
            NodeOrText::AppendNode(id) => self.link(&mut self.nodes.borrow_mut(), parent, id, before),
            NodeOrText::AppendText(t) => {
                {
                    let mut nodes = self.nodes.borrow_mut();
                    let prev = if before == NONE { nodes[parent as usize].last } else { nodes[before as usize].prev };
                    if let Some(Node { data: Data::Text(s), .. }) = nodes.get_mut(prev as usize) {
                        s.push_str(&t);
                        self.depth.set(nodes[parent as usize].depth);
                        return;
                    }
                }
                let id = self.push(Data::Text(t.to_string()));
                self.link(&mut self.nodes.borrow_mut(), parent, id, before);
            }
        }
    }
}

impl TreeSink for Sink {
    type Handle = u32;
    type Output = ();
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) {}

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> u32 {
        0
    }

    fn elem_name<'a>(&'a self, target: &'a u32) -> Ref<'a, QualName> {
        static NO_NAME: OnceLock<QualName> = OnceLock::new();
        Ref::map(self.nodes.borrow(), |nodes| match nodes.get(*target as usize) {
            Some(Node { data: Data::Element { name, .. }, .. }) => name,
            _ => NO_NAME.get_or_init(|| QualName::new(None, ns!(), local_name!(""))),
        })
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, _flags: ElementFlags) -> u32 {
        let roots = ROOTS.iter().enumerate().fold(0, |bits, (i, (attr, value))| {
            let has = attr.is_some_and(|a| attrs.iter().any(|x| &*x.name.local == a && &*x.value == *value));
            bits | (u8::from(has) << i)
        });
        self.push(Data::Element { shown: !hides(&attrs), name, roots })
    }

    fn create_comment(&self, _text: StrTendril) -> u32 {
        self.push(Data::Other)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> u32 {
        self.push(Data::Other)
    }

    fn append(&self, parent: &u32, child: NodeOrText<u32>) {
        self.insert(*parent, child, NONE);
    }

    fn append_based_on_parent_node(&self, element: &u32, prev_element: &u32, child: NodeOrText<u32>) {
        if self.nodes.borrow()[*element as usize].parent == NONE {
            self.append(prev_element, child);
        } else {
            self.append_before_sibling(element, child);
        }
    }

    fn append_doctype_to_document(&self, _name: StrTendril, _public_id: StrTendril, _system_id: StrTendril) {}

    /// A template's content stays under it: templates are skipped whole.
    fn get_template_contents(&self, target: &u32) -> u32 {
        *target
    }

    fn same_node(&self, x: &u32, y: &u32) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &u32, new_node: NodeOrText<u32>) {
        let parent = self.nodes.borrow()[*sibling as usize].parent;
        if parent != NONE {
            self.insert(parent, new_node, *sibling);
        }
    }

    fn add_attrs_if_missing(&self, target: &u32, attrs: Vec<Attribute>) {
        if hides(&attrs) {
            if let Some(Node { data: Data::Element { shown, .. }, .. }) = self.nodes.borrow_mut().get_mut(*target as usize) {
                *shown = false;
            }
        }
    }

    fn remove_from_parent(&self, target: &u32) {
        Self::unlink(&mut self.nodes.borrow_mut(), *target);
    }

    fn reparent_children(&self, node: &u32, new_parent: &u32) {
        let mut nodes = self.nodes.borrow_mut();
        loop {
            let child = nodes[*node as usize].first;
            if child == NONE {
                break;
            }
            self.link(&mut nodes, *new_parent, child, NONE);
        }
    }
}

/// Between the tokenizer and the tree builder: past [`MAX_DEPTH`], start
/// tags open nothing (see the module's doc).
struct Bounded {
    builder: TreeBuilder<u32, Sink>,
    /// An element left out past the depth bound, and how many of its name
    /// are open inside it: its tokens are dropped until it closes.
    dropping: RefCell<Option<(LocalName, u32)>>,
}

/// How the tokenizer reads the content of an element (what the tree
/// builder would tell it).
fn raw_kind(name: &str) -> Option<RawKind> {
    match name {
        "script" => Some(RawKind::ScriptData),
        "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript" => Some(RawKind::Rawtext),
        "textarea" | "title" => Some(RawKind::Rcdata),
        _ => None,
    }
}

fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "source"
            | "track"
            | "wbr"
            | "param"
            | "keygen"
            | "frame"
    )
}

impl Bounded {
    /// A start tag past the depth bound.
    fn beyond(&self, tag: &Tag) -> TokenSinkResult<u32> {
        let name = &*tag.name;
        let raw = raw_kind(name);
        if !is_void(name) && !tag.self_closing && (is_skipped(name) || hides(&tag.attrs)) {
            *self.dropping.borrow_mut() = Some((tag.name.clone(), 1));
        } else if name == "br" || is_block(name) {
            return self.builder.process_token(Token::CharacterTokens(StrTendril::from_slice(BREAK)), 0);
        }
        match raw {
            Some(kind) => TokenSinkResult::RawData(kind),
            None if name == "plaintext" => TokenSinkResult::Plaintext,
            None => TokenSinkResult::Continue,
        }
    }

    /// A token inside an element being dropped.
    fn drop_token(&self, token: &Token) -> TokenSinkResult<u32> {
        let mut dropping = self.dropping.borrow_mut();
        let Some((name, open)) = dropping.as_mut() else { return TokenSinkResult::Continue };
        if let Token::TagToken(t) = token {
            if t.name == *name {
                match t.kind {
                    TagKind::StartTag if !t.self_closing => *open += 1,
                    TagKind::EndTag => *open -= 1,
                    TagKind::StartTag => {}
                }
                if *open == 0 {
                    *dropping = None;
                }
            } else if t.kind == TagKind::StartTag {
                // A script inside is still read as a script, so that
                // its `</nav>` in a string ends nothing.
                if let Some(kind) = raw_kind(&t.name) {
                    return TokenSinkResult::RawData(kind);
                }
            }
        }
        TokenSinkResult::Continue
    }
}

impl TokenSink for Bounded {
    type Handle = u32;

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<u32> {
        if self.dropping.borrow().is_some() && !matches!(token, Token::EOFToken) {
            return self.drop_token(&token);
        }
        if let Token::TagToken(t) = &token {
            if t.kind == TagKind::StartTag && self.builder.sink.depth.get() >= MAX_DEPTH {
                return self.beyond(t);
            }
        }
        self.builder.process_token(token, line_number)
    }

    fn end(&self) {
        self.builder.end();
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.builder.adjusted_current_node_present_but_not_in_html_namespace()
    }
}

/// Returns the visible text of `html`'s article (or body): one line per
/// block, white space folded.
pub fn visible_text(html: &str) -> String {
    let builder = TreeBuilder::new(Sink::new(), TreeBuilderOpts { drop_doctype: true, ..Default::default() });
    let tokenizer = Tokenizer::new(Bounded { builder, dropping: RefCell::new(None) }, TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    while !matches!(tokenizer.feed(&input), TokenizerResult::Done) {}
    tokenizer.end();
    let nodes = tokenizer.sink.builder.sink.nodes.borrow();
    let mut out = Out(String::with_capacity(html.len() / 2));
    walk(&nodes, article_root(&nodes), &mut out);
    out.done()
}

/// The nodes under `root` (not `root` itself) in document order; `enter`
/// says whether to go into a node's children.
fn for_each_under(nodes: &[Node], root: u32, mut enter: impl FnMut(u32, &Node) -> bool) {
    let mut next = nodes[root as usize].first;
    while next != NONE {
        let n = &nodes[next as usize];
        if enter(next, n) && n.first != NONE {
            next = n.first;
            continue;
        }
        let mut up = n;
        next = loop {
            if up.next != NONE {
                break up.next;
            }
            if up.parent == NONE || up.parent == root {
                break NONE;
            }
            up = &nodes[up.parent as usize];
        };
    }
}

/// The length of the text under `id` (its `textContent`, scripts included,
/// in UTF-16 code units), counted up to `enough`.
fn text_len(nodes: &[Node], id: u32, enough: usize) -> usize {
    let mut len = 0;
    for_each_under(nodes, id, |_, n| {
        if let Data::Text(t) = &n.data {
            len += t.encode_utf16().count();
        }
        len < enough
    });
    len
}

/// The element whose text is read, as the JS reader's `pickRoot` finds it:
/// for each of [`ROOTS`] in turn, its one match if that has some text, or
/// the longest of its first 30 matches; else the body.
fn article_root(nodes: &[Node]) -> u32 {
    // The elements that match any of ROOTS, and the body, in document order
    // (a template's content is not in the document).
    let mut found: Vec<(u32, u8)> = Vec::new();
    let mut body = 0;
    for_each_under(nodes, 0, |id, n| {
        let Data::Element { name, roots, .. } = &n.data else { return false };
        let by_name =
            ROOTS.iter().enumerate().fold(0, |bits, (i, (attr, value))| bits | (u8::from(attr.is_none() && &*name.local == *value) << i));
        if roots | by_name != 0 {
            found.push((id, roots | by_name));
        }
        if body == 0 && &*name.local == "body" {
            body = id;
        }
        &*name.local != "template"
    });
    for i in 0..ROOTS.len() {
        let matches: Vec<u32> = found.iter().filter(|(_, bits)| bits & (1 << i) != 0).map(|(id, _)| *id).collect();
        if let [one] = matches[..] {
            if text_len(nodes, one, ROOT_MIN_TEXT) >= ROOT_MIN_TEXT {
                return one;
            }
            continue;
        }
        let best =
            matches.iter().take(30).map(|&id| (text_len(nodes, id, usize::MAX), id)).fold(None, |best: Option<(usize, u32)>, (len, id)| {
                match best {
                    Some((b, _)) if b >= len => best,
                    _ => Some((len, id)),
                }
            });
        if let Some((len, id)) = best {
            if len >= ROOT_MIN_TEXT {
                return id;
            }
        }
    }
    body
}

/// Reads the tree under `root` depth first, without recursion (a document
/// may nest a million elements).
fn walk(nodes: &[Node], root: u32, out: &mut Out) {
    // The name of an element that is read, or None.
    fn read(n: &Node) -> Option<&str> {
        match &n.data {
            Data::Element { name, shown, .. } if *shown && !is_skipped(&name.local) => Some(&name.local),
            _ => None,
        }
    }
    let mut next = nodes[root as usize].first;
    while next != NONE {
        let n = &nodes[next as usize];
        if let Data::Text(t) = &n.data {
            out.text(t);
        } else if let Some(name) = read(n) {
            if name == "br" || is_block(name) {
                out.line_break();
            }
            if n.first != NONE {
                next = n.first;
                continue;
            }
        }
        // Leave this node and each ancestor it ends, up to the next sibling.
        let mut up = n;
        next = loop {
            if read(up).is_some_and(is_block) {
                out.line_break();
            }
            if up.next != NONE {
                break up.next;
            }
            if up.parent == NONE || up.parent == root {
                break NONE;
            }
            up = &nodes[up.parent as usize];
        };
    }
}

#[cfg(test)]
mod tests {
    use super::{visible_text as read, BLOCKS, SKIPPED};

    #[test]
    fn a_greater_than_sign_in_an_attribute_ends_no_tag() {
        let html = r#"<p title="a > b" data-n='1>2'>The plant draws <img alt=Bob's src="x>y.png">150 MW.</p>"#;
        assert_eq!(read(html), "The plant draws 150 MW.");
    }

    #[test]
    fn scripts_styles_templates_and_noscript_are_skipped() {
        let html = "<p>a 5 GW</p><script>var s = \"<p>9 GW</p>\";</script><style>p::after { content: '7 MW' }</style>\
                    <template><p>8 MW</p></template><noscript><p>6 MW</p></noscript><p>b</p>";
        assert_eq!(read(html), "a 5 GW\nb");
    }

    #[test]
    fn every_element_the_js_reader_skips_is_skipped() {
        let html = "<head><title>1 GW</title></head><body><nav>2 GW</nav><button>3 GW</button>\
                    <select><option>4 GW</option></select><textarea>5 GW</textarea><svg><text>6 GW</text></svg>\
                    <object>7 GW</object><video>8 GW</video><p>9 GW</p></body>";
        assert_eq!(read(html), "9 GW");
        let hidden = r#"<p hidden>1 GW</p><div aria-hidden="true">2 GW</div><div role="navigation">3 GW</div><div contenteditable>4 GW</div><p>5 GW</p>"#;
        assert_eq!(read(hidden), "5 GW");
    }

    #[test]
    fn entities_are_decoded() {
        let html = "<p>3&#8239;200&nbsp;euros &amp; 5&euro; &lt;10%&gt; &#x41;&#66; &unknown; AT&T</p>";
        assert_eq!(read(html), "3\u{202F}200\u{A0}euros & 5€ <10%> AB &unknown; AT&T");
    }

    #[test]
    fn blocks_break_lines_and_inline_elements_do_not() {
        let html = "<div><h1>Title</h1><p>The <b>plant</b> draws <a href=x>150 MW</a>.</p>\
                    <ul><li>one</li><li>two</li></ul>tail<br>after</div><table><tr><td>a</td><td>b</td></tr></table>";
        assert_eq!(read(html), "Title\nThe plant draws 150 MW.\none\ntwo\ntail\nafter\na\nb");
        // White space is folded, not kept, inside a line.
        assert_eq!(read("<p>  two\n\t words </p>\n\n<p> next</p>"), "two words\nnext");
    }

    #[test]
    fn end_tags_may_be_left_out() {
        // No </head>, no </p>: the parser closes them as a browser does.
        let html = "<html><head><meta charset=utf-8><title>T</title><body><p>one 5 GW<p>two<li>three";
        assert_eq!(read(html), "one 5 GW\ntwo\nthree");
    }

    #[test]
    fn the_article_is_read_as_the_js_reader_finds_it() {
        let long = "The plant draws 150 MW, and the company says it will add a second unit of the same size next year.";
        // One <article> with enough text: only it is read.
        let one = format!("<body><header>Menu 5 GW</header><article><p>{long}</p></article><footer>9 GW</footer></body>");
        assert_eq!(read(&one), long);
        // The articleBody goes before <article>.
        let body = format!("<article><h1>Title 2 GW</h1><div itemprop=articleBody><p>{long}</p></div></article>");
        assert_eq!(read(&body), long);
        // Several <article>s: the longest.
        let several = format!("<article><p>Short teaser of 3 GW that is long enough to pass the minimum of eighty chars.</p></article><article><p>{long} {long}</p></article>");
        assert_eq!(read(&several), format!("{long} {long}"));
        // Too little text in the only candidate: the whole body.
        assert_eq!(read("<body><p>Intro 4 GW</p><article>5 GW</article></body>"), "Intro 4 GW\n5 GW");
    }

    /// Seconds to read `html`, and its text.
    fn timed(html: &str) -> (f64, String) {
        let t = std::time::Instant::now();
        let text = read(html);
        (t.elapsed().as_secs_f64(), text)
    }

    #[test]
    fn a_hostile_document_is_read_in_linear_time() {
        // 10 MB (1 MB in a debug build) of elements nested without end, of the
        // kinds whose start tags make the tree builder scan its open elements,
        // and a figure at the bottom. Nested 200 KB deep, such a document had
        // taken 15 s; linear, ten times the input takes about ten times as long.
        let unit = "<div><section><li><b><span title='>'>";
        let size = if cfg!(debug_assertions) { 1 << 20 } else { 10 << 20 };
        let big = unit.repeat(size / unit.len()) + "150 MW";
        let small = unit.repeat(size / 10 / unit.len()) + "150 MW";
        let (t_small, text) = timed(&small);
        assert_eq!(text, "150 MW");
        let (t_big, text) = timed(&big);
        assert_eq!(text, "150 MW");
        // Quadratic would be ×100; the bound leaves room for a busy machine.
        assert!(t_big < 40.0 * t_small.max(0.002), "10× the input took {t_big:.3} s against {t_small:.3} s");
        // Past the depth bound, what is left out is still left out, and blocks still break lines.
        let deep =
            "<div>".repeat(200) + "<p>one</p><nav>menu<nav>sub</nav>more</nav><script>x = '</nav>'</script><p hidden>h</p><p>two</p>";
        assert_eq!(read(&deep), "one\ntwo");
    }

    #[test]
    fn nothing_panics_on_broken_markup() {
        for html in [
            "",
            "<",
            "<!--",
            "<p",
            "<p title='",
            "</>",
            "<<>>",
            "&#0;&#xD800;&#99999999;",
            "<svg><p>x</svg>y",
            "<table><b><tr>z",
            "<article>",
        ] {
            let _ = read(html);
        }
    }

    /// The JS reader's list `name` (`SKIP_TAGS`, `BLOCK_TAGS`), wherever under
    /// js/ or extension/ it is.
    fn js_list(name: &str) -> Vec<String> {
        fn scripts(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let p = e.path();
                if p.is_dir() && !p.ends_with("wasm") && !p.ends_with("node_modules") {
                    scripts(&p, out);
                } else if p.extension().is_some_and(|x| x == "js" || x == "mjs") {
                    out.push(p);
                }
            }
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        scripts(&root.join("js"), &mut files);
        scripts(&root.join("extension"), &mut files);
        let start = format!("{name} = new Set([");
        for f in files {
            let src = std::fs::read_to_string(&f).unwrap_or_default();
            if let Some(at) = src.find(&start) {
                let list = &src[at + start.len()..];
                let list = &list[..list.find(']').expect("the list ends")];
                let mut names: Vec<String> =
                    list.split(',').map(|s| s.trim().trim_matches(['\'', '"']).to_ascii_lowercase()).filter(|s| !s.is_empty()).collect();
                names.sort();
                return names;
            }
        }
        panic!("no {name} list found under js/ or extension/");
    }

    #[test]
    fn the_lists_are_the_js_readers() {
        let sorted = |l: &[&str]| {
            let mut v: Vec<String> = l.iter().map(|s| s.to_string()).collect();
            v.sort();
            v
        };
        assert_eq!(sorted(&SKIPPED), js_list("SKIP_TAGS"));
        assert_eq!(sorted(&BLOCKS), js_list("BLOCK_TAGS"));
    }
}
