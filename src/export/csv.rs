//! The figures a page shows, as CSV for download: the same words and the same
//! small-number protection as on screen.

use crate::i18n::{format_protected, metric_label, qualifier_prefix};
use crate::model::{protected, Dataset, Lang, Metric, Shown};

/// Quotes a CSV field when it needs it (RFC 4180), and defuses spreadsheet
/// formulas: a dataset string starting with = + - @ is prefixed with '.
fn field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) { format!("'{s}") } else { s.to_owned() };
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

/// Results (with parts), then per-country and per-year figures where published.
pub fn figures_csv(d: &Dataset, lang: Lang) -> String {
    let mut out = row(&["section", "item", "part", "qualifier", "value"]);
    for r in &d.results {
        let q = qualifier_prefix(r.figure.qualifier, lang).trim();
        out += &row(&["results", r.label.get(lang), "", q, &r.figure.value.to_string()]);
        for p in &r.parts {
            let q = qualifier_prefix(p.figure.qualifier, lang).trim();
            out += &row(&["results", r.label.get(lang), p.label.get(lang), q, &p.figure.value.to_string()]);
        }
    }
    let t = d.small_number_threshold;
    // Per-country and per-year values go through the same protection as the page;
    // their value column holds digits only when the number may be shown.
    let shown = |v: Option<u64>| match protected(v, t) {
        Shown::Value(n) => n.to_string(),
        _ => format_protected(v, t, lang),
    };
    for c in &d.by_country {
        let name = d.country(&c.iso3).map(|x| x.name.get(lang)).unwrap_or(&c.iso3);
        for m in Metric::ALL {
            out += &row(&["by country", name, metric_label(m, lang), "", &shown(c.get(m))]);
        }
    }
    for y in &d.by_year {
        for m in [Metric::Volunteers, Metric::People] {
            out += &row(&["by year", &y.year.to_string(), metric_label(m, lang), "", &shown(y.get(m))]);
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
}
