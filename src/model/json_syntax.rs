//! JSON syntax errors named for what staff actually did: a comma after the last item,
//! a `//` note, a line break inside text, curly quotes from a word processor, a
//! thousands separator in a number. serde_json says where it stopped and what it
//! expected; this looks at the text there and says what the mistake is and how to
//! fix it, with the line quoted and a caret under the place.

use super::json_place::{excerpt, floor_char, LineCol, Lines};
use crate::core::Say;

/// A syntax error explained: where (line and column as an editor shows them), what,
/// how to fix it, and the source line with a caret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explained {
    pub at: LineCol,
    pub say: Say,
    pub excerpt: String,
}

/// Explains the error serde_json gave for `text`.
pub fn explain(text: &str, e: &serde_json::Error) -> Explained {
    let lines = Lines::new(text);
    // serde_json counts columns in bytes from 1; column 0 means it stopped on the line
    // break ending the line before.
    let offset = match e.column() {
        0 => lines.start(e.line()).saturating_sub(1),
        c => lines.start(e.line()) + c - 1,
    };
    let offset = floor_char(text, offset);
    let message = e.to_string();
    // serde_json appends " at line L column C"; the place is given separately.
    let message = message.split(" at line ").next().unwrap_or(&message).to_owned();
    let (at, say) = diagnose(text, offset, &message, e.classify() == serde_json::error::Category::Eof);
    let at = lines.at(at);
    Explained { at, say, excerpt: excerpt(&lines, at) }
}

/// The mistake at `offset` (where serde_json stopped): (byte offset to point at, what it is).
fn diagnose(text: &str, offset: usize, message: &str, eof: bool) -> (usize, Say) {
    let here = text[offset..].chars().next();
    let next = text[offset..].chars().nth(1);
    let (prev_at, prev) = previous_non_space(text, offset);
    if eof {
        let end = previous_non_space(text, text.len()).0;
        if message.contains("string") {
            (end, Say::EndsInsideText {})
        } else {
            (end, Say::EndsEarly {})
        }
    } else if message.starts_with("trailing comma") {
        (prev_at, Say::TrailingComma {})
    } else if message.starts_with("control character") {
        match here {
            Some('\n' | '\r') => (offset, Say::LineBreakInText {}),
            Some('\t') => (offset, Say::TabInText {}),
            _ => (offset, Say::ControlInText {}),
        }
    } else if here == Some('/') && matches!(next, Some('/' | '*')) || here == Some('#') {
        (offset, Say::Comment {})
    } else if let Some(q @ ('“' | '”' | '„' | '‟' | '″' | '«' | '»')) = here {
        (offset, Say::CurlyQuote { quote: q.to_string() })
    } else if let Some(q @ ('\'' | '‘' | '’')) = here {
        (offset, Say::SingleQuote { quote: q.to_string() })
    } else if let Some((start, number)) = separated_number(text, offset, prev_at, prev) {
        let digits: String = number.chars().filter(char::is_ascii_digit).collect();
        (start, Say::SeparatedNumber { number, digits })
    } else if message.starts_with("expected `,`") && here.is_some_and(starts_value) {
        // A value where a comma should be: the comma after the previous value is missing.
        let after = prev_at + prev.map_or(0, char::len_utf8);
        if text[after..offset].contains('\n') {
            (after, Say::CommaMissingAtEnd {})
        } else {
            (offset, Say::CommaMissing {})
        }
    } else if message.starts_with("key must be a string") && here.is_some_and(|c| c.is_ascii_alphabetic()) {
        (offset, Say::UnquotedFieldName {})
    } else if message.starts_with("expected value") && here.is_some_and(|c| c.is_ascii_alphabetic()) {
        (offset, Say::UnquotedText {})
    } else if message.starts_with("invalid escape") {
        (offset.saturating_sub(1), Say::BadBackslash {})
    } else if message.starts_with("trailing characters") {
        (offset, Say::MoreAfterEnd {})
    } else if message.starts_with("invalid number") {
        (offset, Say::BadNumber {})
    } else {
        (offset, Say::NotJson { message: message.to_owned() })
    }
}

/// The last character before `offset` that is not white space, with its offset
/// (`(0, None)` at the start).
fn previous_non_space(text: &str, offset: usize) -> (usize, Option<char>) {
    text[..offset]
        .char_indices()
        .rev()
        .find(|(_, c)| !matches!(c, ' ' | '\t' | '\n' | '\r'))
        .map_or((0, None), |(i, c)| (i, Some(c)))
}

/// A character that can start a JSON value (or a field name).
fn starts_value(c: char) -> bool {
    matches!(c, '"' | '{' | '[' | '-' | 't' | 'f' | 'n') || c.is_ascii_digit()
}

/// `24,906` or `24 906` (also with a no-break space) when serde_json stopped at the
/// digits after the separator: where the number starts, and the number as written.
fn separated_number(
    text: &str,
    offset: usize,
    prev_at: usize,
    prev: Option<char>,
) -> Option<(usize, String)> {
    let here = text[offset..].chars().next()?;
    // Stopped on a no-break or thin space between digits: "24 906".
    let (sep_at, sep) = if matches!(here, '\u{a0}' | '\u{202f}' | '\u{2009}') {
        (offset, here)
    } else if here.is_ascii_digit() && matches!(prev, Some(',')) {
        (prev_at, ',')
    } else if here.is_ascii_digit() && prev.is_some_and(|c| c.is_ascii_digit()) && prev_at + 1 < offset {
        (prev_at + 1, ' ')
    } else {
        return None;
    };
    let before = &text[..sep_at];
    let head = before.trim_end_matches(|c: char| c.is_ascii_digit());
    let whole = &before[head.len()..];
    if whole.is_empty() || (sep == ',' && !text[sep_at + 1..].starts_with(|c: char| c.is_ascii_digit())) {
        return None;
    }
    let after = &text[sep_at + sep.len_utf8()..];
    let tail: String = after.chars().take_while(|c| c.is_ascii_digit() || *c == sep).collect();
    if tail.len() < 3 {
        return None;
    }
    Some((head.len(), format!("{whole}{sep}{}", tail.trim_end_matches(sep))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::node::Node;

    fn explained(text: &str) -> String {
        let e = serde_json::from_str::<Node>(text).expect_err("invalid");
        let x = explain(text, &e);
        let [what, hint] = x.say.words(crate::core::Lang::En);
        format!("{}:{} {what} ({hint})\n{}", x.at.line, x.at.column, x.excerpt)
    }

    #[test]
    fn names_each_common_mistake() {
        let cases = [
            ("{\"a\": 1,\n}", "1:8 comma after the last item"),
            ("{\"a\": [1, 2,]}", "1:12 comma after the last item"),
            ("{\"a\": 1, // note\n\"b\": 2}", "1:10 comment"),
            ("{\"a\": 1 /* note */}", "1:9 comment"),
            ("{\"a\": \"x\ny\"}", "1:9 line break inside text"),
            ("{\"a\": \"x\ty\"}", "1:9 tab character"),
            ("{\"a\": “Haiti”}", "1:7 curly quote “"),
            ("{“a”: 1}", "1:2 curly quote “"),
            ("{\"a\": 'x'}", "1:7 single quote '"),
            (
                "{\"a\": 24,906, \"b\": 1}",
                "1:7 number 24,906 has a thousands separator (write numbers with digits only: 24906)",
            ),
            ("{\"a\": 1,234,567}", "1:7 number 1,234,567 has a thousands separator"),
            ("{\"a\": 24 906}", "1:7 number 24 906 has a thousands separator"),
            ("{\"a\": 24\u{a0}906}", "1:7 number 24\u{a0}906 has a thousands separator"),
            ("{\"a\": 1\n \"b\": 2}", "1:8 comma missing at the end of this line"),
            ("{\"a\": 1 \"b\": 2}", "1:9 comma missing before this"),
            ("{a: 1}", "1:2 field name without quotes"),
            ("{\"a\": HTI}", "1:7 text without quotes"),
            ("{\"a\": \"x\\q\"}", "1:9 a backslash"),
            ("{\"a\": 1}}", "1:9 more after the end"),
            ("{\"a\": 01}", "1:8 number not written"),
            ("{\"a\": [1,\n", "1:9 the file ends before the dataset does"),
            ("{\"a\": \"x", "1:8 the file ends inside text"),
            ("{\"a\" 1}", "1:6 not valid JSON: expected `:`"),
        ];
        for (text, want) in cases {
            let got = explained(text);
            assert!(got.starts_with(want), "{text:?}: got {got}");
        }
    }

    #[test]
    fn quotes_the_line_with_a_caret() {
        assert_eq!(
            explained("{\n  \"people\": 24,906,\n  \"x\": 1\n}"),
            "2:13 number 24,906 has a thousands separator (write numbers with digits only: 24906)\n  \"people\": 24,906,\n            ^"
        );
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        assert!(explained("{\"é\": “x”}").starts_with("1:7 curly quote"));
    }
}
