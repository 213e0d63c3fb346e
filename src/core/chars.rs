//! Invisible characters in dataset text: control characters (terminal escape codes)
//! and Unicode format characters (bidirectional overrides such as U+202E, zero-width
//! spaces). A hostile file can use them to fake or hide text, so names refuse them
//! and messages show them as `\u{…}`.

/// Unicode general category Cf (format), as of Unicode 15.1. A short hand-kept
/// table: a crate with every category would grow the wasm for 20 ranges.
const FORMAT: &[(u32, u32)] = &[
    (0x00AD, 0x00AD),
    (0x0600, 0x0605),
    (0x061C, 0x061C),
    (0x06DD, 0x06DD),
    (0x070F, 0x070F),
    (0x0890, 0x0891),
    (0x08E2, 0x08E2),
    (0x180E, 0x180E),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x206F),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x1343F),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
];

/// A format character (category Cf): zero-width, joiners, bidi controls, BOM.
pub fn is_format(c: char) -> bool {
    let c = c as u32;
    FORMAT.iter().any(|&(a, b)| (a..=b).contains(&c))
}

/// A control (Cc, including ESC, DEL and C1) or format character.
pub fn is_invisible(c: char) -> bool {
    c.is_control() || is_format(c)
}

/// Zero-width joiner and non-joiner: format characters that some scripts (Persian,
/// Indic) and emoji need inside words, so text may keep them between letters.
fn is_joiner(c: char) -> bool {
    matches!(c, '\u{200C}' | '\u{200D}')
}

/// The first character a name or label must not hold: a control character other
/// than a line break or tab (allowed in longer texts), or a format character other
/// than a joiner.
pub fn forbidden_in_text(s: &str) -> Option<char> {
    s.chars().find(|&c| match c {
        '\n' | '\t' => false,
        c if is_joiner(c) => false,
        c => is_invisible(c),
    })
}

/// Whether `s` shows nothing: only white space and invisible characters
/// (a name made of U+200B is empty).
pub fn is_blank(s: &str) -> bool {
    s.chars().all(|c| c.is_whitespace() || is_invisible(c))
}

/// `s` with every control and format character written as `\u{XXXX}`, so that a
/// message printed in a terminal or shown in the page says exactly what the file
/// holds and cannot move the cursor, change colours or reverse the line.
pub fn printable(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(is_invisible) {
        return s.into();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_invisible(c) {
            out.push_str(&format!("\\u{{{:04X}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_terminal_codes_and_bidi_overrides() {
        assert_eq!(printable("plain é 漢"), "plain é 漢");
        assert_eq!(printable("\u{1b}[32mvalid\u{1b}[0m"), "\\u{001B}[32mvalid\\u{001B}[0m");
        assert_eq!(printable("abc\u{202E}fdp.exe"), "abc\\u{202E}fdp.exe");
        assert_eq!(
            printable("a\rb\u{7f}\u{85}\u{200B}\u{FEFF}\u{2066}"),
            "a\\u{000D}b\\u{007F}\\u{0085}\\u{200B}\\u{FEFF}\\u{2066}"
        );
        assert_eq!(printable("\u{E0041}"), "\\u{E0041}");
    }

    #[test]
    fn blank_and_forbidden() {
        assert!(is_blank("\u{200B}"));
        assert!(is_blank(" \u{200B}\u{FEFF}\u{2060} "));
        assert!(!is_blank("Haïti"));
        assert_eq!(forbidden_in_text("Haïti"), None);
        assert_eq!(forbidden_in_text("line one\nline two\tend"), None);
        assert_eq!(forbidden_in_text("می\u{200C}خواهم"), None);
        assert_eq!(forbidden_in_text("Ha\u{202E}iti"), Some('\u{202E}'));
        assert_eq!(forbidden_in_text("\u{1b}[2J"), Some('\u{1b}'));
        assert_eq!(forbidden_in_text("a\rb"), Some('\r'));
        assert_eq!(forbidden_in_text("soft\u{AD}hyphen"), Some('\u{AD}'));
    }
}
