//! The figures a page shows, as CSV for download: the same words and the same
//! small-number protection as on screen.

use crate::core::Lang;
use crate::i18n::{format_shown, metric_label, qualifier_prefix, source_line, upper, Msg};
use crate::model::{Dataset, Metric, Shown};

/// Quotes a CSV field when it needs it (RFC 4180), and defuses spreadsheet
/// formulas: a dataset string starting with = + - @, a tab or a carriage return
/// (which spreadsheets skip before reading a formula) is prefixed with '.
fn field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_owned() };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn row(cells: &[&str]) -> String {
    let mut line = cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(",");
    line.push_str("\r\n");
    line
}

/// A UTF-8 byte-order mark: without it spreadsheets read the file in the local
/// legacy encoding and show "CÃ´te d'Ivoire".
pub const BOM: char = '\u{FEFF}';

/// The line naming the source, and "synthetic data" where it is: a file saved on
/// someone's disk keeps its context.
fn source_row(d: &Dataset, lang: Lang) -> String {
    let mut cells = vec![source_line(d, lang)];
    if let Some(url) = &d.programme.source.url {
        cells.push(url.clone());
    }
    if d.synthetic {
        cells.push(upper(Msg::SyntheticLabel.text(lang)));
    }
    row(&cells.iter().map(String::as_str).collect::<Vec<_>>())
}

/// The source line, then results (with parts), then per-country and per-year
/// figures where published; with a byte-order mark first.
pub fn figures_csv(d: &Dataset, lang: Lang) -> String {
    let mut out = String::from(BOM);
    out += &source_row(d, lang);
    let header = [Msg::CsvSection, Msg::CsvItem, Msg::CsvPart, Msg::CsvQualifier, Msg::CsvValue];
    out += &row(&header.map(|m| m.text(lang)));
    let (results, by_country, by_year) =
        (Msg::CsvResults.text(lang), Msg::CsvByCountry.text(lang), Msg::CsvByYear.text(lang));
    for r in &d.results {
        let q = qualifier_prefix(r.figure.qualifier, lang).trim();
        out += &row(&[results, r.label.get(lang), "", q, &r.figure.value.to_string()]);
        for p in &r.parts {
            let q = qualifier_prefix(p.figure.qualifier, lang).trim();
            out += &row(&[results, r.label.get(lang), p.label.get(lang), q, &p.figure.value.to_string()]);
        }
    }
    // Per-country and per-year values are the published ones, as on the page;
    // their value column holds digits only when the number may be shown.
    let shown = |v: Shown| match v {
        Shown::Value(n) => n.to_string(),
        _ => format_shown(v, lang),
    };
    for c in &d.by_country {
        let name = d.country(&c.iso3).map(|x| x.name.get(lang)).unwrap_or(&c.iso3);
        for m in Metric::ALL {
            out += &row(&[by_country, name, metric_label(m, lang), "", &shown(c.get(m))]);
        }
    }
    for y in &d.by_year {
        for m in [Metric::Volunteers, Metric::People] {
            out += &row(&[by_year, &y.year.to_string(), metric_label(m, lang), "", &shown(y.get(m))]);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(field("plain"), "plain");
    }

    /// Dataset strings a spreadsheet would run as formulas: each starts with ' in the file.
    #[test]
    fn formula_corpus_is_defused() {
        for bad in [
            "=1+1",
            "+1+1",
            "-1+1",
            "@SUM(A1)",
            "\t=1+1",
            "\r=1+1",
            "=HYPERLINK(\"https://evil.example\",\"click\")",
            "=cmd|' /C calc'!A0",
        ] {
            let f = field(bad);
            let inner = f.strip_prefix('"').unwrap_or(&f);
            assert!(inner.starts_with('\''), "{bad:?} -> {f:?}");
        }
    }

    #[test]
    fn starts_with_a_bom_and_the_source_and_says_synthetic() {
        let read = |name: &str| {
            crate::model::parse_path(std::path::Path::new(&format!("data/datasets/{name}.json")))
        };
        let prodef = read("prodef").dataset.expect("prodef");
        let csv = figures_csv(&prodef, Lang::En);
        assert!(
            csv.starts_with(
                "\u{FEFF}\"Source: International Bureau for Children's Rights (IBCR), “A look back"
            ),
            "{csv}"
        );
        assert!(!csv.lines().next().unwrap_or_default().contains("SYNTHETIC"));
        assert_eq!(csv.lines().nth(1), Some("section,item,part,qualifier,value"));
        let demo = read("demo").dataset.expect("demo");
        let csv = figures_csv(&demo, Lang::Fr);
        let first = csv.lines().next().unwrap_or_default();
        assert!(first.starts_with("\u{FEFF}\"Source\u{202f}: "), "{first}");
        assert!(first.ends_with(",DONNÉES DE DÉMONSTRATION SYNTHÉTIQUES"), "{first}");
    }
}
