//! Typed reading of a [`Node`] tree that records every problem instead of stopping
//! at the first: staff fixing a file want the whole list at once.

use super::dataset::{Figure, Qualifier};
use super::json_place::{human_path, Places};
use super::node::Node;
use super::text_checks::encoded;
use crate::core::chars;
use crate::core::say::{Encoding, Expected, Kind, Means};
use crate::core::Text;
use crate::core::{Excerpt, Lang, Problem, Say, Severity};

/// Largest count accepted. Far above any programme's figures, and below 2^53 so
/// every count is an exact JavaScript number too.
pub const MAX_COUNT: u64 = 1_000_000_000_000;

/// What marks a value still to fill in (the starting dataset of `new-dataset`): text
/// that starts with it is refused wherever a value is read, with its line.
pub const PLACEHOLDER: &str = "REPLACE";

/// Most problems listed for one file; past this one error says there are more.
pub const MAX_PROBLEMS: usize = 200;

/// The place of a problem with the whole file's object, before places are known.
const TOP_LEVEL: &str = "(top level)";

/// Collects problems while reading one file.
pub struct Reader {
    pub file: String,
    pub problems: Vec<Problem>,
    /// Problems pushed for `file` itself (tables' problems are appended to
    /// `problems` too, and count against their own file's limit).
    pushed: usize,
    /// Where each value of the JSON text is, once it has been parsed; problems at a
    /// field path are then placed by line and column, with the path in words.
    pub places: Option<Places>,
}

/// `parent.key`, or `key` at the root.
pub fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_owned()
    } else {
        format!("{parent}.{key}")
    }
}

/// `parent[i]`.
pub fn index(parent: &str, i: usize) -> String {
    format!("{parent}[{i}]")
}

/// The fields of one object, with the path they live at.
pub struct Fields<'n> {
    pairs: &'n [(String, Node)],
    pub path: String,
}

/// The digits of text that is a whole number, maybe with thousands separators
/// (`"24,906"`, `"24 906"`): a number someone put in quotes.
fn quoted_number(s: &str) -> Option<String> {
    let s = s.trim();
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    let separators_only =
        s.chars().all(|c| c.is_ascii_digit() || matches!(c, ',' | ' ' | '\u{a0}' | '\u{202f}'));
    let starts_and_ends_with_digit =
        s.starts_with(|c: char| c.is_ascii_digit()) && s.ends_with(|c: char| c.is_ascii_digit());
    (separators_only && starts_and_ends_with_digit).then_some(digits)
}

impl<'n> Fields<'n> {
    pub fn get(&self, key: &str) -> Option<&'n Node> {
        self.pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }
    pub fn at(&self, key: &str) -> String {
        join(&self.path, key)
    }
}

impl Reader {
    pub fn new(file: &str) -> Reader {
        Reader { file: file.to_owned(), problems: Vec::new(), pushed: 0, places: None }
    }

    /// `path` as staff find it: `line 14, column 15, the 4th country › iso3` when the
    /// JSON file's places are known (`nth` occurrence of the path; `key` for the field
    /// name rather than its value), else `path` as it is (tables give `line N` places).
    fn locate(&self, path: &str, nth: usize, key: bool) -> String {
        let Some(places) = &self.places else { return path.to_owned() };
        let lookup = if path == TOP_LEVEL { "" } else { path };
        match places.find(lookup, nth, key) {
            Some(at) => format!("line {}, column {}, {}", at.line, at.column, human_path(lookup)),
            None => path.to_owned(),
        }
    }

    pub fn push(&mut self, severity: Severity, place: &str, say: Say) {
        let place = self.locate(place, 0, false);
        self.push_placed(severity, place, say, String::new());
    }

    /// Pushes a problem whose place is already in words, with a quoted source line.
    pub fn push_placed(&mut self, severity: Severity, place: String, say: Say, excerpt: String) {
        let [what, hint] = say.words(Lang::En);
        self.add(Problem {
            severity,
            file: self.file.clone(),
            place,
            what,
            hint,
            excerpt: excerpt.into(),
            say: Some(Box::new(say)),
        });
    }

    fn add(&mut self, problem: Problem) {
        // A wrong file (a 2 MB table of bad rows) would otherwise bury the page and the
        // terminal in messages; the first ones are what staff need to start fixing.
        self.pushed += 1;
        if self.pushed > MAX_PROBLEMS + 1 {
            return;
        }
        if self.pushed == MAX_PROBLEMS + 1 {
            let say = Say::TooManyProblems { max: MAX_PROBLEMS };
            let [what, hint] = say.words(Lang::En);
            let file = self.file.clone();
            let excerpt = Excerpt::default();
            let severity = Severity::Error;
            self.problems.push(Problem {
                severity,
                file,
                place: String::new(),
                what,
                hint,
                excerpt,
                say: Some(Box::new(say)),
            });
            return;
        }
        self.problems.push(problem);
    }

    pub fn error(&mut self, place: &str, say: Say) {
        self.push(Severity::Error, place, say);
    }

    pub fn warning(&mut self, place: &str, say: Say) {
        self.push(Severity::Warning, place, say);
    }

    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(Problem::is_error)
    }

    fn wrong_type(&mut self, place: &str, expected: Expected, found: &Node) {
        self.error(place, Say::WrongType { expected, found: Kind(found.kind()) });
    }

    /// Reads an object, reporting unknown keys (likely typos) and duplicated keys.
    pub fn object<'n>(&mut self, node: &'n Node, path: &str, known: &[&str]) -> Option<Fields<'n>> {
        let Node::Obj(pairs) = node else {
            self.wrong_type(path, Expected::Object, node);
            return None;
        };
        for (i, (key, _)) in pairs.iter().enumerate() {
            let nth = pairs[..i].iter().filter(|(k, _)| k == key).count();
            let place = self.locate(&join(path, key), nth, true);
            if !known.contains(&key.as_str()) {
                let say = Say::UnknownField { key: key.clone(), allowed: known.join(", ") };
                self.push_placed(Severity::Error, place, say, String::new());
            } else if nth > 0 {
                self.push_placed(Severity::Error, place, Say::FieldTwice { key: key.clone() }, String::new());
            }
        }
        Some(Fields { pairs, path: path.to_owned() })
    }

    /// A field that must be present.
    pub fn required<'n>(&mut self, f: &Fields<'n>, key: &str) -> Option<&'n Node> {
        let v = f.get(key);
        if v.is_none() {
            let place = if f.path.is_empty() { TOP_LEVEL } else { &f.path };
            self.error(place, Say::MissingField { key: key.to_owned() });
        }
        v
    }

    /// Non-empty text.
    /// Invisible characters (zero-width spaces, bidi overrides, control codes) are
    /// refused: they can hide or reverse what a name says.
    pub fn string(&mut self, node: &Node, path: &str) -> Option<String> {
        match node {
            Node::Str(s) if s.trim_start().starts_with(PLACEHOLDER) => {
                self.error(path, Say::TextToFill { value: s.clone() });
                None
            }
            Node::Str(s) if chars::is_blank(s) => {
                self.error(path, Say::TextEmpty {});
                None
            }
            Node::Str(s) => match chars::forbidden_in_text(s) {
                None => {
                    self.check_encoded(s, path);
                    Some(s.clone())
                }
                Some(c) => {
                    let code = format!("{:04X}", c as u32);
                    self.error(path, Say::InvisibleCharacter { text: s.clone(), code });
                    None
                }
            },
            other => {
                self.wrong_type(path, Expected::Text, other);
                None
            }
        }
    }

    pub fn req_string(&mut self, f: &Fields, key: &str) -> Option<String> {
        let n = self.required(f, key)?;
        self.string(n, &f.at(key))
    }

    pub fn opt_string(&mut self, f: &Fields, key: &str) -> Option<String> {
        f.get(key).and_then(|n| self.string(n, &f.at(key)))
    }

    /// A count of people or things: a whole number, zero or more.
    pub fn count(&mut self, node: &Node, path: &str) -> Option<u64> {
        let Node::Num(x) = *node else {
            match node {
                Node::Str(s) if s.trim_start().starts_with(PLACEHOLDER) => {
                    self.error(path, Say::NumberToFill { value: s.clone() })
                }
                Node::Str(s) if quoted_number(s).is_some() => {
                    let digits = quoted_number(s).unwrap_or_default();
                    let value = s.clone();
                    let say = if digits == s.trim() {
                        Say::QuotedNumber { value, digits }
                    } else {
                        Say::QuotedNumberWithSeparators { value, digits }
                    };
                    self.error(path, say);
                }
                _ => self.wrong_type(path, Expected::WholeNumber, node),
            }
            return None;
        };
        if x < 0.0 {
            self.error(path, Say::CountNegative { count: x.to_string() });
            None
        } else if x.fract() != 0.0 {
            self.error(path, Say::CountNotWhole { count: x.to_string() });
            None
        } else if x > MAX_COUNT as f64 {
            self.error(path, Say::CountTooLarge { count: x.to_string() });
            None
        } else {
            Some(x as u64)
        }
    }

    pub fn req_count(&mut self, f: &Fields, key: &str) -> Option<u64> {
        let n = self.required(f, key)?;
        self.count(n, &f.at(key))
    }

    /// A calendar year between 1900 and 2200.
    pub fn year(&mut self, node: &Node, path: &str) -> Option<u32> {
        let y = self.count(node, path)?;
        if (1900..=2200).contains(&y) {
            Some(y as u32)
        } else {
            self.error(path, Say::ImplausibleYear { year: y });
            None
        }
    }

    pub fn req_year(&mut self, f: &Fields, key: &str) -> Option<u32> {
        let n = self.required(f, key)?;
        self.year(n, &f.at(key))
    }

    /// Text in one or more languages: `"Haiti"` or `{"en": "Haiti", "fr": "Haïti"}`.
    pub fn text(&mut self, node: &Node, path: &str) -> Option<Text> {
        if let Node::Str(_) = node {
            return self.string(node, path).map(Text::plain);
        }
        if !matches!(node, Node::Obj(_)) {
            self.wrong_type(path, Expected::TextOrTranslations, node);
            return None;
        }
        let f = self.object(node, path, &["en", "fr", "es"])?;
        let en = self.req_string(&f, "en");
        let fr = self.opt_string(&f, "fr");
        let es = self.opt_string(&f, "es");
        Some(Text { en: en?, fr, es })
    }

    pub fn req_text(&mut self, f: &Fields, key: &str) -> Option<Text> {
        let n = self.required(f, key)?;
        self.text(n, &f.at(key))
    }

    pub fn list<'n>(&mut self, node: &'n Node, path: &str) -> Option<&'n [Node]> {
        match node {
            Node::Arr(items) => Some(items),
            other => {
                self.wrong_type(path, Expected::List, other);
                None
            }
        }
    }

    /// Reads every item of an optional list field; a missing field is an empty list.
    pub fn each<T>(
        &mut self,
        f: &Fields,
        key: &str,
        mut read: impl FnMut(&mut Reader, &Node, &str) -> Option<T>,
    ) -> Vec<T> {
        let Some(node) = f.get(key) else {
            return Vec::new();
        };
        let path = f.at(key);
        let Some(items) = self.list(node, &path) else {
            return Vec::new();
        };
        items.iter().enumerate().filter_map(|(i, item)| read(self, item, &index(&path, i))).collect()
    }

    /// Warns about text that still carries HTML codes or percent-encoding, which the
    /// page would show as they are. Addresses (`url` fields) legitimately carry them.
    fn check_encoded(&mut self, s: &str, path: &str) {
        if path.ends_with("url") {
            return;
        }
        if let Some(e) = encoded(s) {
            let (kind, found) = (Encoding(e.kind), e.found);
            let say = if e.means.is_empty() {
                Say::EncodedUnknown { kind, found }
            } else {
                Say::Encoded { kind, found, means: Means(e.means) }
            };
            self.warning(path, say);
        }
    }

    pub fn strings(&mut self, f: &Fields, key: &str) -> Vec<String> {
        self.each(f, key, |r, n, p| r.string(n, p))
    }

    /// `value` plus `qualifier` (default `exact`) from the same object.
    pub fn figure(&mut self, f: &Fields) -> Option<Figure> {
        let value = self.req_count(f, "value");
        let qualifier = match f.get("qualifier") {
            None => Some(Qualifier::Exact),
            Some(n) => {
                let path = f.at("qualifier");
                let s = self.string(n, &path)?;
                let q = Qualifier::from_key(&s);
                if q.is_none() {
                    self.error(&path, Say::UnknownQualifier { value: s.clone() });
                }
                q
            }
        };
        Some(Figure { value: value?, qualifier: qualifier? })
    }
}
