//! Dataset text that may carry translations, and its paragraphs.

use super::Lang;

/// Text from a dataset: English required, French and Spanish optional.
/// Public file form: `{"en": "…", "fr": "…", "es": "…"}`, missing translations left out.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct Text {
    pub en: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fr: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub es: Option<String>,
}

impl Text {
    /// Text with one language only (English).
    pub fn plain(s: impl Into<String>) -> Text {
        Text { en: s.into(), ..Text::default() }
    }

    /// The text in `lang`, falling back to English when no translation is given,
    /// so a missing translation never shows as a blank.
    pub fn get(&self, lang: Lang) -> &str {
        let t = match lang {
            Lang::En => None,
            Lang::Fr => self.fr.as_deref(),
            Lang::Es => self.es.as_deref(),
        };
        t.filter(|s| !s.trim().is_empty()).unwrap_or(&self.en)
    }

    /// The language `get(lang)` is written in: `lang` when translated, else English
    /// (the page marks such a fallback with `lang="en"` so it is read as English).
    pub fn lang_of(&self, lang: Lang) -> Lang {
        let translated = match lang {
            Lang::En => true,
            Lang::Fr => self.fr.as_deref().is_some_and(|s| !s.trim().is_empty()),
            Lang::Es => self.es.as_deref().is_some_and(|s| !s.trim().is_empty()),
        };
        if translated {
            lang
        } else {
            Lang::En
        }
    }
}

/// The paragraphs of a dataset text: parts separated by a blank line (staff write
/// `\n\n` in JSON, or press Enter twice in a spreadsheet cell). A single line break
/// inside a paragraph is read as a space, as in a word processor's soft wrap. Every
/// place that shows a story, testimony or label (page, kiosk, exports) goes through
/// this, so a break never silently merges two paragraphs into one.
pub fn paragraphs(s: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in s.lines().map(str::trim) {
        if line.is_empty() {
            if !current.is_empty() {
                out.push(current.join(" "));
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        out.push(current.join(" "));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_separate_paragraphs_and_single_breaks_are_spaces() {
        assert_eq!(paragraphs("One.\n\nTwo\nlines.\r\n \r\n\n Three. "), ["One.", "Two lines.", "Three."]);
        assert_eq!(paragraphs("Only one."), ["Only one."]);
        assert!(paragraphs(" \n ").is_empty());
    }

    #[test]
    fn missing_translation_falls_back_to_english() {
        let t = Text { en: "Haiti".into(), fr: Some("Haïti".into()), es: Some("  ".into()) };
        assert_eq!(t.get(Lang::Fr), "Haïti");
        assert_eq!(t.get(Lang::Es), "Haiti");
        assert_eq!(t.lang_of(Lang::Fr), Lang::Fr);
        assert_eq!(t.lang_of(Lang::Es), Lang::En);
        assert_eq!(Text::plain("x").lang_of(Lang::Fr), Lang::En);
    }
}
