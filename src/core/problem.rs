//! A problem found in a dataset, in words a staff member can act on.

use std::fmt;

use super::chars::printable;

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
    pub excerpt: Box<str>,
}

impl Problem {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())?;
        for line in self.excerpt.lines() {
            write!(f, "\n    {}", printable(line))?;
        }
        Ok(())
    }
}

impl Problem {
    /// The problem on one line, without the quoted source line:
    /// `error: file, place: what (hint)`.
    pub fn message(&self) -> String {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        // Every part can hold text from the file (a name, a key, a value): escaped,
        // so a hostile file cannot fake a line in a terminal or in the page.
        let mut m = format!("{sev}: {}", printable(&self.file));
        if !self.place.is_empty() {
            m += ", ";
            m += &printable(&self.place);
        }
        m += ": ";
        m += &printable(&self.what);
        if !self.hint.is_empty() {
            m += " (";
            m += &printable(&self.hint);
            m += ")";
        }
        m
    }
}
