//! The source line and the credits (funder, collaborators) as one sentence each, so
//! the page's footer, the kiosk, exported captions and share cards say the same.

use super::Msg;
use crate::core::Lang;
use crate::model::Dataset;

/// "Source: publisher, “title”, year." — where the figures were published.
pub fn source_line(d: &Dataset, lang: Lang) -> String {
    let s = &d.programme.source;
    let title = quoted(s.title.get(lang), lang);
    format!("{}{} {}, {title}, {}.", Msg::SourceLabel.text(lang), colon(lang), s.publisher.get(lang), s.year)
}

/// Quotation marks as the language writes them.
pub fn quoted(s: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("“{s}”"),
        Lang::Fr => format!("«\u{202f}{s}\u{202f}»"),
        Lang::Es => format!("«{s}»"),
    }
}

/// A colon as the language writes it: French puts a narrow no-break space before it.
pub fn colon(lang: Lang) -> &'static str {
    if lang == Lang::Fr {
        "\u{202f}:"
    } else {
        ":"
    }
}

/// "Funded by … (the source writes “…”). In collaboration with …." or None when the
/// dataset names neither a funder nor collaborators. The funder is named as the
/// dataset gives it (its current name); when the source wrote another name, that
/// wording is quoted beside it, so the credit neither corrects the source silently
/// nor repeats an outdated name as ours.
pub fn credits_line(d: &Dataset, lang: Lang) -> Option<String> {
    let p = &d.programme;
    let mut sentences = Vec::new();
    if let Some(funder) = &p.funder {
        let mut s = format!("{} {}", Msg::FundedBy.text(lang), funder.get(lang));
        if let Some(was) = p.funder_in_source.as_deref().filter(|w| !w.trim().is_empty()) {
            let semi = if lang == Lang::Fr { "\u{202f};" } else { ";" };
            s.push_str(&format!("{semi} {} {}", Msg::SourceWrites.text(lang), quoted(was, lang)));
        }
        sentences.push(s);
    }
    if !p.collaborators.is_empty() {
        sentences.push(format!("{} {}", Msg::InCollaborationWith.text(lang), p.collaborators.join(", ")));
    }
    if sentences.is_empty() {
        None
    } else {
        Some(sentences.iter().map(|s| format!("{s}.")).collect::<Vec<_>>().join(" "))
    }
}

/// The source line followed by the credits, for captions that have room for both.
pub fn caption(d: &Dataset, lang: Lang) -> String {
    match credits_line(d, lang) {
        Some(c) => format!("{} {c}", source_line(d, lang)),
        None => source_line(d, lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_colon_and_quotes_get_a_narrow_no_break_space() {
        assert_eq!(colon(Lang::Fr), "\u{202f}:");
        assert_eq!(quoted("x", Lang::Fr), "«\u{202f}x\u{202f}»");
        assert_eq!(quoted("x", Lang::En), "“x”");
    }
}
