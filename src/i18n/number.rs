//! Locale number formatting (CLDR conventions), pure so the page and the native
//! exporter print the same numbers.

use crate::core::Lang;

use crate::model::{Figure, Qualifier};

/// Digit-group separator and the smallest number of digits that gets grouping.
/// Spanish (CLDR `minimumGroupingDigits = 2`) writes 1808 but 24.906.
fn grouping(lang: Lang) -> (char, usize) {
    match lang {
        Lang::En => (',', 4),
        // CLDR French uses U+202F NARROW NO-BREAK SPACE, which also keeps the number on one line.
        Lang::Fr => ('\u{202f}', 4),
        Lang::Es => ('.', 5),
    }
}

/// A whole number with the language's digit grouping: 24,906 / 24 906 / 24.906.
pub fn format_count(n: u64, lang: Lang) -> String {
    let digits = n.to_string();
    let (sep, min_digits) = grouping(lang);
    if digits.len() < min_digits {
        return digits;
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

/// The qualifier's words before a number, with a trailing space, or "" for exact.
pub fn qualifier_prefix(q: Qualifier, lang: Lang) -> &'static str {
    match (q, lang) {
        (Qualifier::Exact, _) => "",
        (Qualifier::MoreThan, Lang::En) => "more than ",
        (Qualifier::MoreThan, Lang::Fr) => "plus de ",
        (Qualifier::MoreThan, Lang::Es) => "más de ",
        (Qualifier::Approximately, Lang::En) => "approximately ",
        (Qualifier::Approximately, Lang::Fr) => "environ ",
        (Qualifier::Approximately, Lang::Es) => "aproximadamente ",
    }
}

/// A figure as a phrase: "more than 300", "environ 1 808".
pub fn format_figure(f: Figure, lang: Lang) -> String {
    format!("{}{}", qualifier_prefix(f.qualifier, lang), format_count(f.value, lang))
}

/// Short form for tight places such as bar ends: "300+", "~1,808".
pub fn format_figure_short(f: Figure, lang: Lang) -> String {
    let n = format_count(f.value, lang);
    match f.qualifier {
        Qualifier::Exact => n,
        Qualifier::MoreThan => format!(">{n}"),
        Qualifier::Approximately => format!("≈{n}"),
    }
}

/// A per-country or per-year count as published: "not published", "fewer than N"
/// (small counts of victims can identify them, see `model::small_numbers`), or the
/// number.
pub fn format_shown(v: crate::model::Shown, lang: Lang) -> String {
    use super::Msg;
    use crate::model::Shown;
    match v {
        Shown::NotPublished => Msg::NotPublished.text(lang).to_owned(),
        Shown::FewerThan(t) => format!("{} {}", Msg::FewerThan.text(lang), format_count(t, lang)),
        Shown::Value(n) => format_count(n, lang),
    }
}

/// First letter in upper case, for a phrase that starts a line ("More than 300").
pub fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    let Some(first) = c.next() else { return String::new() };
    std::iter::once(upper_char(first)).chain(c).collect()
}

/// The whole phrase in capitals, for the "SYNTHETIC DEMO DATA" line of exports.
pub fn upper(s: &str) -> String {
    s.chars().map(upper_char).collect()
}

/// One letter in upper case. Covers ASCII and Latin-1 letters (the page's
/// languages), without the full Unicode case tables `char::to_uppercase` would
/// add to the wasm (15.9 KB raw, 9.8 KiB gzip of the page's wasm: docs/PERFORMANCE.md).
fn upper_char(c: char) -> char {
    match c {
        'a'..='z' => c.to_ascii_uppercase(),
        // Latin-1 lower-case letters sit 32 above their capitals (÷ and ÿ excepted).
        'à'..='þ' if c != '÷' => char::from_u32(c as u32 - 32).unwrap_or(c),
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping_per_language() {
        assert_eq!(format_count(24_906, Lang::En), "24,906");
        assert_eq!(format_count(24_906, Lang::Fr), "24\u{202f}906");
        assert_eq!(format_count(24_906, Lang::Es), "24.906");
        assert_eq!(format_count(1_808, Lang::Es), "1808");
        assert_eq!(format_count(1_808, Lang::En), "1,808");
        assert_eq!(format_count(1_234_567, Lang::En), "1,234,567");
        assert_eq!(format_count(999, Lang::En), "999");
        assert_eq!(format_count(0, Lang::Fr), "0");
    }

    #[test]
    fn upper_matches_unicode_on_every_language_of_the_catalogue() {
        for lang in [Lang::En, Lang::Fr, Lang::Es] {
            for m in crate::i18n::Msg::ALL {
                let s = m.text(lang);
                assert_eq!(upper(s), s.to_uppercase(), "{s}");
            }
        }
        assert_eq!(upper("Données de démonstration synthétiques"), "DONNÉES DE DÉMONSTRATION SYNTHÉTIQUES");
    }

    #[test]
    fn capitalises_ascii_and_latin_1() {
        assert_eq!(capitalise("more than 300"), "More than 300");
        assert_eq!(capitalise("émissions"), "Émissions");
        assert_eq!(capitalise("ñandú"), "Ñandú");
        assert_eq!(capitalise("÷"), "÷");
        assert_eq!(capitalise(""), "");
    }

    #[test]
    fn qualifiers_read_naturally() {
        let f = Figure { value: 300, qualifier: Qualifier::MoreThan };
        assert_eq!(format_figure(f, Lang::En), "more than 300");
        assert_eq!(format_figure(f, Lang::Fr), "plus de 300");
        assert_eq!(format_figure(f, Lang::Es), "más de 300");
        let a = Figure { value: 1808, qualifier: Qualifier::Approximately };
        assert_eq!(format_figure(a, Lang::En), "approximately 1,808");
        assert_eq!(format_figure_short(a, Lang::En), "≈1,808");
    }
}
