//! Punctuation that differs by language. French typography puts a narrow no-break
//! space (U+202F) before : ; ! ? so the mark never starts a line and the spacing is
//! the same everywhere on the page.

/// The narrow no-break space French puts before : ; ! ?
pub const NNBSP: char = '\u{202f}';

/// Where `text` breaks the French rule: a : ; ! ? not preceded by U+202F (or
/// preceded by an ordinary space). Returns the offending excerpts; empty when fine.
/// Colons inside addresses and times ("https://", "10:30") are not punctuation.
pub fn french_spacing_faults(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut faults = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        if !matches!(c, ':' | ';' | '!' | '?') || i == 0 {
            continue;
        }
        let before = chars[i - 1];
        let after = chars.get(i + 1).copied();
        let technical = c == ':'
            && (after == Some('/') || (before.is_ascii_digit() && after.is_some_and(|a| a.is_ascii_digit())));
        if technical || before == NNBSP || before == '\u{a0}' {
            continue;
        }
        let from = i.saturating_sub(12);
        faults.push(chars[from..(i + 1).min(chars.len())].iter().collect());
    }
    faults
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_colon_has_a_narrow_no_break_space() {
        assert!(french_spacing_faults("Chiffres par pays\u{202f}: non publiés").is_empty());
        assert_eq!(french_spacing_faults("9 pays du programme: Haïti").len(), 1);
        assert_eq!(french_spacing_faults("Chiffres par pays : non").len(), 1);
        assert!(french_spacing_faults("https://example.org à 10:30").is_empty());
    }
}
