//! Where things are in a JSON file, in the words staff use: line and column as their
//! editor shows them, and a field path said as "the 4th country › iso3" instead of
//! `countries[3].iso3` (counted from zero, which non-developers miscount).
//!
//! serde_json gives values, not positions. Once serde_json has accepted a text, this
//! small scanner walks the same (valid) text again and records where each value and
//! each field name starts, under the path the reader gives it (`reader::join` and
//! `reader::index`), so a problem found while reading can say where it is.

use super::reader::{index, join};
use std::collections::HashMap;

/// A line and a column, both counted from 1; the column counts characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

/// Where one value starts, and where its field name starts when it is an object's field.
#[derive(Debug, Clone, Copy)]
struct At {
    key: Option<LineCol>,
    value: LineCol,
}

/// The places of every value of one JSON text, by field path. A path that occurs
/// more than once (a duplicated field) keeps each occurrence in order.
#[derive(Debug, Default)]
pub struct Places {
    at: HashMap<String, Vec<At>>,
}

impl Places {
    /// Scans `text`, which serde_json has already accepted as JSON.
    pub fn of(text: &str) -> Places {
        let lines = Lines::new(text);
        let mut s = Scan { b: text.as_bytes(), i: 0, lines: &lines, places: Places::default() };
        s.value("", None, 0);
        s.places
    }

    /// Where the value at `path` starts (its `nth` occurrence, from 0), or where its
    /// field name starts when `key` is set.
    pub fn find(&self, path: &str, nth: usize, key: bool) -> Option<LineCol> {
        let all = self.at.get(path)?;
        let at = all.get(nth).or(all.last())?;
        if key {
            at.key.or(Some(at.value))
        } else {
            Some(at.value)
        }
    }
}

/// Line starts of a text, for turning byte offsets into lines and columns.
pub struct Lines<'t> {
    text: &'t str,
    starts: Vec<usize>,
}

impl<'t> Lines<'t> {
    pub fn new(text: &'t str) -> Lines<'t> {
        let mut starts = vec![0];
        starts.extend(text.bytes().enumerate().filter(|(_, b)| *b == b'\n').map(|(i, _)| i + 1));
        Lines { text, starts }
    }

    /// Line and column (in characters) of the byte at `offset`.
    pub fn at(&self, offset: usize) -> LineCol {
        let offset = floor_char(self.text, offset);
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
        let column = self.text.get(start..offset).map_or(0, |s| s.chars().count()) + 1;
        LineCol { line, column }
    }

    /// Byte offset where line `line` (from 1) starts; the text's end past the last line.
    pub fn start(&self, line: usize) -> usize {
        self.starts.get(line.saturating_sub(1)).copied().unwrap_or(self.text.len())
    }

    /// The text of line `line` (from 1), without its line ending.
    pub fn text(&self, line: usize) -> &'t str {
        let start = self.start(line);
        let end = self.starts.get(line).map_or(self.text.len(), |next| next - 1);
        self.text.get(start..end.max(start)).unwrap_or_default().trim_end_matches('\r')
    }
}

/// The largest char boundary at or before `offset`.
pub fn floor_char(text: &str, offset: usize) -> usize {
    let mut o = offset.min(text.len());
    while !text.is_char_boundary(o) {
        o -= 1;
    }
    o
}

/// Longest stretch of a line quoted in a message; longer lines (a dataset written on one
/// line) are cut around the place.
const EXCERPT_CHARS: usize = 72;

/// The source line at `at`, quoted, with a caret under the column:
/// ```text
///   "value": 24,906,
///               ^
/// ```
/// Tabs and invisible characters are shown as spaces so the caret stays in place,
/// and so that no control or direction-changing character reaches a terminal or page.
pub fn excerpt(lines: &Lines, at: LineCol) -> String {
    let chars: Vec<char> = lines
        .text(at.line)
        .chars()
        .map(|c| if c.is_control() || is_format_char(c) { ' ' } else { c })
        .collect();
    let col = at.column.saturating_sub(1).min(chars.len());
    let from = col.saturating_sub(EXCERPT_CHARS / 2).min(chars.len().saturating_sub(EXCERPT_CHARS));
    let to = (from + EXCERPT_CHARS).min(chars.len());
    let mut quoted: String = chars[from..to].iter().collect();
    let mut caret = col - from;
    if from > 0 {
        quoted.insert(0, '…');
        caret += 1;
    }
    if to < chars.len() {
        quoted.push('…');
    }
    format!("{}\n{}^", quoted.trim_end(), " ".repeat(caret))
}

/// Unicode format characters that are invisible or reorder text (bidirectional
/// controls, zero-width characters): never quoted as they are.
fn is_format_char(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

/// `countries[3].iso3` → `the 4th country › iso3`; `programme.start_year` →
/// `programme › start_year`. Paths the reader did not make are returned as they are.
pub fn human_path(path: &str) -> String {
    if path.is_empty() {
        return "top level".to_owned();
    }
    let mut parts = Vec::new();
    for segment in path.split('.') {
        match segment.split_once('[') {
            Some((list, rest)) => match rest.strip_suffix(']').and_then(|n| n.parse::<usize>().ok()) {
                Some(i) => parts.push(format!("the {} {}", ordinal(i + 1), singular(list))),
                None => parts.push(segment.to_owned()),
            },
            None => parts.push(segment.to_owned()),
        }
    }
    parts.join(" › ")
}

/// The word for one item of a list field.
fn singular(list: &str) -> String {
    let word = match list {
        "countries" => "country",
        "headline" => "headline figure",
        "results" => "result",
        "parts" => "part",
        "expertise" => "area of expertise",
        "partners" => "partner",
        "stories" => "story",
        "testimonies" => "testimony",
        "organisations" => "organisation",
        "collaborators" => "collaborator",
        other => return format!("item of {other}"),
    };
    word.to_owned()
}

/// 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st.
pub fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// Walks a text serde_json has accepted. Bounds are still checked at every step, so
/// text that is not valid JSON (never passed in) could only give fewer places.
struct Scan<'t> {
    b: &'t [u8],
    i: usize,
    lines: &'t Lines<'t>,
    places: Places,
}

impl Scan<'_> {
    fn ws(&mut self) {
        while matches!(self.b.get(self.i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    /// Records and skips one value. `depth` bounds recursion like serde_json's own
    /// limit, which the text has already passed.
    fn value(&mut self, path: &str, key: Option<LineCol>, depth: usize) {
        self.ws();
        let value = self.lines.at(self.i);
        self.places.at.entry(path.to_owned()).or_default().push(At { key, value });
        if depth > 256 {
            return;
        }
        match self.peek() {
            Some(b'{') => {
                self.i += 1;
                loop {
                    self.ws();
                    match self.peek() {
                        None => return,
                        Some(b'}') => {
                            self.i += 1;
                            return;
                        }
                        Some(b',') => self.i += 1,
                        Some(_) => {
                            let key_at = self.lines.at(self.i);
                            let name = self.string();
                            self.ws();
                            if self.peek() == Some(b':') {
                                self.i += 1;
                            }
                            self.value(&join(path, &name), Some(key_at), depth + 1);
                        }
                    }
                }
            }
            Some(b'[') => {
                self.i += 1;
                let mut n = 0;
                loop {
                    self.ws();
                    match self.peek() {
                        None => return,
                        Some(b']') => {
                            self.i += 1;
                            return;
                        }
                        Some(b',') => self.i += 1,
                        Some(_) => {
                            self.value(&index(path, n), None, depth + 1);
                            n += 1;
                        }
                    }
                }
            }
            Some(b'"') => {
                self.string();
            }
            Some(_) => {
                while !matches!(self.peek(), None | Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')) {
                    self.i += 1;
                }
            }
            None => {}
        }
    }

    /// Skips a string and returns its decoded text (decoded by serde_json, so a field
    /// name written with escapes gives the same path as the reader's).
    fn string(&mut self) -> String {
        let start = self.i;
        self.i += 1;
        let mut escaped = false;
        while let Some(b) = self.peek() {
            self.i += 1;
            if b == b'\\' {
                escaped = true;
                self.i += 1;
            } else if b == b'"' {
                break;
            }
        }
        let raw = self.b.get(start..self.i.min(self.b.len())).unwrap_or_default();
        let raw = std::str::from_utf8(raw).unwrap_or_default();
        if escaped {
            serde_json::from_str(raw).unwrap_or_default()
        } else {
            raw.get(1..raw.len().saturating_sub(1)).unwrap_or_default().to_owned()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_values_and_keys_by_reader_path() {
        let t = "{\n  \"countries\": [\n    {\"iso3\": \"COL\"},\n    {\"iso3\": \"H\\u0054I\", \"é\": 1}\n  ]\n}";
        let p = Places::of(t);
        assert_eq!(p.find("countries[1].iso3", 0, false), Some(LineCol { line: 4, column: 14 }));
        assert_eq!(p.find("countries[1].iso3", 0, true), Some(LineCol { line: 4, column: 6 }));
        assert_eq!(p.find("countries[1].é", 0, false), Some(LineCol { line: 4, column: 31 }));
        assert_eq!(p.find("", 0, false), Some(LineCol { line: 1, column: 1 }));
        assert_eq!(p.find("countries[2]", 0, false), None);
    }

    #[test]
    fn duplicated_fields_keep_each_place() {
        let p = Places::of("{\"id\": 1,\n \"id\": 2}");
        assert_eq!(p.find("id", 1, true), Some(LineCol { line: 2, column: 2 }));
    }

    #[test]
    fn paths_are_said_in_words() {
        assert_eq!(human_path("countries[3].iso3"), "the 4th country › iso3");
        assert_eq!(human_path("results[0].parts[1].value"), "the 1st result › the 2nd part › value");
        assert_eq!(human_path("programme.source.year"), "programme › source › year");
        assert_eq!(human_path("odd[x].y"), "odd[x] › y");
        assert_eq!([11, 12, 13, 21, 22, 103].map(ordinal), ["11th", "12th", "13th", "21st", "22nd", "103rd"]);
    }

    #[test]
    fn excerpts_put_the_caret_under_the_column() {
        let l = Lines::new("{\r\n\t\"a\": 24,906\r\n}");
        assert_eq!(excerpt(&l, LineCol { line: 2, column: 10 }), " \"a\": 24,906\n         ^");
        let long = format!("{{\"a\": \"{}\", \"b\": x}}", "y".repeat(200));
        let l = Lines::new(&long);
        let e = excerpt(&l, l.at(long.len() - 2));
        let (text, caret) = e.split_once('\n').expect("two lines");
        assert!(text.starts_with('…') && text.ends_with("\"b\": x}"), "{e}");
        assert_eq!(text.chars().nth(caret.len() - 1), Some('x'), "{e}");
    }
}
