//! Text that was copied from a web page or an address bar and still carries its
//! encoding: HTML character codes (`&eacute;`, `&#233;`) and percent-encoding
//! (`%C3%A9`, `%20`). The page shows dataset text as text, never as HTML, so these
//! would appear literally; the validator warns and says what to write instead.

/// An encoded fragment found in a text, and what it stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Encoded {
    /// The fragment as written, such as `&eacute;`.
    pub found: String,
    /// What it stands for (`é`), or empty when unknown.
    pub means: String,
    /// Which encoding: HTML character code or web-address (percent) encoding.
    pub kind: &'static str,
}

/// The first HTML character code or percent-encoded run in `s`, if any.
pub fn encoded(s: &str) -> Option<Encoded> {
    html_entity(s).or_else(|| percent_encoded(s))
}

/// Common named HTML character codes in French, Spanish and English text.
const NAMED: &[(&str, &str)] = &[
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("nbsp", "a no-break space"),
    ("eacute", "é"),
    ("Eacute", "É"),
    ("egrave", "è"),
    ("ecirc", "ê"),
    ("euml", "ë"),
    ("agrave", "à"),
    ("acirc", "â"),
    ("aacute", "á"),
    ("ccedil", "ç"),
    ("icirc", "î"),
    ("iuml", "ï"),
    ("iacute", "í"),
    ("ocirc", "ô"),
    ("oacute", "ó"),
    ("ucirc", "û"),
    ("ugrave", "ù"),
    ("uacute", "ú"),
    ("ntilde", "ñ"),
    ("rsquo", "’"),
    ("lsquo", "‘"),
    ("ldquo", "“"),
    ("rdquo", "”"),
    ("laquo", "«"),
    ("raquo", "»"),
    ("ndash", "–"),
    ("mdash", "—"),
    ("hellip", "…"),
    ("euro", "€"),
];

/// `&name;`, `&#233;` or `&#xE9;`.
fn html_entity(s: &str) -> Option<Encoded> {
    for (i, _) in s.match_indices('&') {
        let rest = &s[i + 1..];
        let Some(end) = rest.find(';').filter(|e| *e <= 10) else { continue };
        let body = &rest[..end];
        let means = if let Some(hex) = body.strip_prefix("#x").or_else(|| body.strip_prefix("#X")) {
            u32::from_str_radix(hex, 16).ok().and_then(char::from_u32).map(String::from)
        } else if let Some(dec) = body.strip_prefix('#') {
            dec.parse::<u32>().ok().and_then(char::from_u32).map(String::from)
        } else if body.len() >= 2 && body.bytes().all(|b| b.is_ascii_alphanumeric()) {
            Some(NAMED.iter().find(|(n, _)| *n == body).map_or(String::new(), |(_, c)| (*c).to_owned()))
        } else {
            None
        };
        if let Some(means) = means {
            return Some(Encoded { found: format!("&{body};"), means, kind: "HTML code" });
        }
    }
    None
}

/// A run of `%XX` that decodes to text: `%20`, `%C3%A9`. A `%` after a digit
/// ("50%") is a percentage, not an encoding.
fn percent_encoded(s: &str) -> Option<Encoded> {
    let b = s.as_bytes();
    let hex = |i: usize| b.get(i).is_some_and(u8::is_ascii_hexdigit);
    let mut i = 0;
    while i < b.len() {
        let after_digit = i > 0 && b[i - 1].is_ascii_digit();
        if b[i] == b'%' && hex(i + 1) && hex(i + 2) && !after_digit {
            let start = i;
            let mut bytes = Vec::new();
            while i < b.len() && b[i] == b'%' && hex(i + 1) && hex(i + 2) {
                let pair = s.get(i + 1..i + 3).unwrap_or_default();
                bytes.push(u8::from_str_radix(pair, 16).unwrap_or_default());
                i += 3;
            }
            if let Ok(text) = String::from_utf8(bytes) {
                let printable = !text.chars().any(char::is_control);
                if printable && (text.contains(' ') || !text.is_ascii()) {
                    let means = if text == " " { "a space".to_owned() } else { text };
                    return Some(Encoded { found: s[start..i].to_owned(), means, kind: "web address code" });
                }
            }
        } else {
            i += 1;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(s: &str) -> Option<(String, String)> {
        encoded(s).map(|e| (e.found, e.means))
    }

    #[test]
    fn finds_html_codes_and_what_they_mean() {
        assert_eq!(found("Caf&eacute; du port"), Some(("&eacute;".into(), "é".into())));
        assert_eq!(found("Ha&#239;ti"), Some(("&#239;".into(), "ï".into())));
        assert_eq!(found("Ha&#xEF;ti"), Some(("&#xEF;".into(), "ï".into())));
        assert_eq!(found("A &amp; B"), Some(("&amp;".into(), "&".into())));
        assert_eq!(found("&zzz;"), Some(("&zzz;".into(), String::new())));
    }

    #[test]
    fn finds_percent_encoding_but_not_percentages() {
        assert_eq!(found("Bogot%C3%A1"), Some(("%C3%A1".into(), "á".into())));
        assert_eq!(found("human%20rights"), Some(("%20".into(), "a space".into())));
        for fine in ["50% of them", "A & B", "R&D; next", "100%AB", "x %zz", "rock & roll; yes", "%41"] {
            assert_eq!(found(fine), None, "{fine}");
        }
    }
}
