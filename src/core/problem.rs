//! A problem found in a dataset, in words a staff member can act on.

use std::fmt;

use super::chars::printable;
use super::lang::Lang;
use super::say::{place_in, Say};

/// How bad a problem is. Errors stop the dataset from being shown; warnings are
/// shown beside the data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem: which file, where in it, what is wrong, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    /// File name as the user knows it (e.g. `prodef.json`).
    pub file: String,
    /// Field path (`results[2].parts[0].value`) or `line N` for CSV and syntax errors.
    pub place: String,
    /// What is wrong, naming the bad value.
    pub what: String,
    /// How to fix it.
    pub hint: String,
    /// The source line quoted with a caret under the place (JSON syntax errors), or
    /// empty. Shown under the message, in a fixed-width font on the page.
    pub excerpt: Excerpt,
    /// The message itself, typed, to say it in another language (the staff preview
    /// shows the page's); `what` and `hint` are its English. None for the few
    /// problems outside the validator's catalogue, which are in English only.
    pub say: Option<Box<Say>>,
}

/// A problem's quoted source line, most often none: one pointer, so a `Problem`
/// (an `Err` returned by value) stays small; reads as the text, empty when none.
/// (A boxed `String` on purpose: a thin pointer, where `Box<str>` would be two words.)
#[allow(clippy::box_collection)]
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Excerpt(Option<Box<String>>);

impl From<String> for Excerpt {
    fn from(text: String) -> Excerpt {
        Excerpt((!text.is_empty()).then(|| Box::new(text)))
    }
}

impl std::ops::Deref for Excerpt {
    type Target = str;
    fn deref(&self) -> &str {
        self.0.as_deref().map_or("", String::as_str)
    }
}

impl Problem {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())?;
        write_excerpt(f, &self.excerpt)
    }
}

/// The quoted source line(s) under a message, indented, escaped.
fn write_excerpt(out: &mut impl fmt::Write, excerpt: &str) -> fmt::Result {
    for line in excerpt.lines() {
        write!(out, "\n    {}", printable(line))?;
    }
    Ok(())
}

impl Problem {
    /// The problem on one line, without the quoted source line:
    /// `error: file, place: what (hint)`.
    pub fn message(&self) -> String {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        line(sev, ":", &self.file, &self.place, &self.what, &self.hint)
    }

    /// [`message`](Problem::message) in `lang` (French: `erreur : fichier, lieu :
    /// quoi (conseil)`, with narrow no-break spaces). English is the fields as they
    /// are, as `impact-atlas validate` prints them. (A function of its own, so the
    /// visitor's page, which prints only English, never links the translations.)
    pub fn message_in(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.message();
        }
        let (sev, colon) = severity_word(self.severity, lang);
        let [what, hint] = match &self.say {
            Some(say) => say.words(lang),
            None => [self.what.clone(), self.hint.clone()],
        };
        line(sev, colon, &self.file, &place_in(&self.place, lang), &what, &hint)
    }
}

impl Problem {
    /// As `Display` prints it (the message, then the quoted source line), in `lang`.
    pub fn display_in(&self, lang: Lang) -> String {
        let mut out = self.message_in(lang);
        let _ = write_excerpt(&mut out, &self.excerpt);
        out
    }
}

/// The word for `severity` in `lang`, and the colon that follows it ("error" and
/// ":"; French "erreur" and a narrow no-break space before ":").
pub fn severity_word(severity: Severity, lang: Lang) -> (&'static str, &'static str) {
    match (severity, lang) {
        (Severity::Error, Lang::En) => ("error", ":"),
        (Severity::Warning, Lang::En) => ("warning", ":"),
        (Severity::Error, Lang::Fr) => ("erreur", "\u{202f}:"),
        (Severity::Warning, Lang::Fr) => ("avertissement", "\u{202f}:"),
        (Severity::Error, Lang::Es) => ("error", ":"),
        (Severity::Warning, Lang::Es) => ("advertencia", ":"),
    }
}

/// `sev: file, place: what (hint)`. Every part can hold text from the file (a name,
/// a key, a value): escaped, so a hostile file cannot fake a line in a terminal or
/// in the page.
fn line(sev: &str, colon: &str, file: &str, place: &str, what: &str, hint: &str) -> String {
    let mut m = format!("{sev}{colon} {}", printable(file));
    if !place.is_empty() {
        m += ", ";
        m += &printable(place);
    }
    m += colon;
    m += " ";
    m += &printable(what);
    if !hint.is_empty() {
        m += " (";
        m += &printable(hint);
        m += ")";
    }
    m
}
