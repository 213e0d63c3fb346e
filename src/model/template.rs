//! `impact-atlas new-dataset DIR`: a starting dataset for a new programme, made for
//! staff who are not developers. The JSON file holds the programme, its countries
//! and totals, with every value to fill in marked `REPLACE: …` (the validator lists
//! each one with its line, as a to-do list). The workbook holds the per-country and
//! per-year tables with their headers, example rows marked as examples (refused
//! until replaced, so they are never published), and a notes sheet.

use rust_xlsxwriter::{Color, DataValidation, DataValidationRule, Format, Workbook, XlsxError};
use std::path::{Path, PathBuf};

pub use super::reader::PLACEHOLDER;

/// A dataset id from a folder name: lower-case letters, digits and dashes.
pub fn id_from(dir: &Path) -> String {
    let name = dir.file_name().map(|n| n.to_string_lossy().to_lowercase()).unwrap_or_default();
    let id: String =
        name.chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' { c } else { '-' }).collect();
    let id = id.trim_matches('-').to_owned();
    if id.is_empty() {
        "dataset".to_owned()
    } else {
        id
    }
}

/// Writes `<id>.json` and `<id>.xlsx` into `dir` (created if needed); refuses to
/// overwrite either. Returns the files written.
pub fn new_dataset(dir: &Path, id: &str) -> Result<Vec<PathBuf>, NotMade> {
    let json = dir.join(format!("{id}.json"));
    let workbook = dir.join(format!("{id}.xlsx"));
    for f in [&json, &workbook] {
        if f.exists() {
            return Err(NotMade::Exists(f.clone()));
        }
    }
    made(dir, id, &json, &workbook).map_err(NotMade::Failed)
}

/// Why `new_dataset` wrote nothing: a file of that name is there already (the
/// command says so in the staff's language), or the system refused (its own words).
#[derive(Debug)]
pub enum NotMade {
    Exists(PathBuf),
    Failed(String),
}

fn made(dir: &Path, id: &str, json: &Path, workbook: &Path) -> Result<Vec<PathBuf>, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let book = template_workbook().map_err(|e| format!("{}: {e}", workbook.display()))?;
    std::fs::write(json, starting_json(id, &format!("{id}.xlsx")))
        .map_err(|e| format!("{}: {e}", json.display()))?;
    std::fs::write(workbook, book).map_err(|e| format!("{}: {e}", workbook.display()))?;
    Ok(vec![json.to_path_buf(), workbook.to_path_buf()])
}

/// The starting JSON file: every field a programme needs, values to fill in marked.
pub fn starting_json(id: &str, workbook: &str) -> String {
    format!(
        r#"{{
  "format": "impact-atlas/1",
  "id": "{id}",
  "programme": {{
    "acronym": "REPLACE: short name, such as PRODEF",
    "name": {{
      "en": "REPLACE: the programme's full name in English",
      "fr": "REPLACE: nom complet du programme en français",
      "es": "REPLACE: nombre completo del programa en español"
    }},
    "organisations": ["REPLACE: the organisation that runs it"],
    "start_year": "REPLACE: first year, such as 2025",
    "end_year": "REPLACE: last year, such as 2031",
    "source": {{
      "title": "REPLACE: title of the published report the figures come from",
      "publisher": "REPLACE: who published it",
      "year": "REPLACE: the year it was published"
    }}
  }},
  "countries": [
    {{
      "iso3": "REPLACE: three-letter country code, such as HTI",
      "name": {{ "en": "REPLACE: Haiti", "fr": "REPLACE: Haïti", "es": "REPLACE: Haití" }}
    }}
  ],
  "headline": [
    {{
      "id": "volunteers",
      "label": {{ "en": "volunteers deployed", "fr": "volontaires déployés", "es": "voluntarios desplegados" }},
      "value": "REPLACE: total number of volunteers"
    }},
    {{
      "id": "countries",
      "label": {{ "en": "countries", "fr": "pays", "es": "países" }},
      "value": "REPLACE: number of countries"
    }}
  ],
  "results": [
    {{
      "id": "people",
      "unit": "people",
      "label": {{ "en": "people reached", "fr": "personnes touchées", "es": "personas alcanzadas" }},
      "value": "REPLACE: total number of people reached",
      "parts": [
        {{
          "id": "women",
          "label": {{ "en": "women and girls", "fr": "femmes et filles", "es": "mujeres y niñas" }},
          "value": "REPLACE: of whom women and girls"
        }},
        {{
          "id": "children",
          "label": {{ "en": "children", "fr": "enfants", "es": "niños y niñas" }},
          "value": "REPLACE: of whom children"
        }}
      ]
    }}
  ],
  "by_country": "{workbook}",
  "by_year": "{workbook}",
  "small_number_threshold": 5
}}
"#
    )
}

/// The notes sheet: what each sheet holds and the rules staff trip over.
const NOTES: &[&str] = &[
    "How to fill in this workbook",
    "",
    "Sheet \"countries\": one row per programme country. Sheet \"years\": one row per year.",
    "Row 1 names the columns: keep it as it is. Type figures as plain numbers (1200).",
    "An EMPTY cell means \"not published\". Never type 0 for \"we don't know\": 0 means none.",
    "Counts below 5 are shown on the page as \"fewer than 5\", to protect the people counted.",
    "iso3 is the country's three-letter ISO code: HTI Haiti, COL Colombia, CIV Côte d'Ivoire …",
    "women and children are counted among people, so neither may be larger than people.",
    "The \"note\" column is for your own notes; it is never published.",
    "Rows whose note starts with EXAMPLE are examples: replace them with your figures or",
    "delete them (the check refuses them, so they are never published by mistake).",
    "",
    "When done: save the workbook (as .xlsx, or .ods in LibreOffice), then check it with",
    "    impact-atlas validate <the dataset's .json file>",
    "Every problem is listed with its sheet and cell, such as \"sheet countries, cell C7\".",
];

/// A sheet of the template: its name, header and example rows.
type Sheet<'a> = (&'a str, &'a [&'a str], &'a [&'a [&'a str]]);

/// The template workbook: sheets `countries`, `years` and `notes`.
pub fn template_workbook() -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let head = Format::new().set_bold().set_background_color(Color::RGB(0xDDEBF7));
    let example = Format::new().set_italic().set_font_color(Color::RGB(0x6B6B6B));
    let counts = DataValidation::new()
        .allow_whole_number(DataValidationRule::GreaterThanOrEqualTo(0))
        .set_error_title("Not a count")?
        .set_error_message("Type a whole number, 0 or more, without separators. Leave the cell empty when the figure is not published.")?;
    let sheets: [Sheet; 2] = [
        (
            "countries",
            &["iso3", "volunteers", "people", "women", "children", "note"],
            &[
                &[
                    "HTI",
                    "12",
                    "3120",
                    "1410",
                    "1650",
                    "EXAMPLE: replace with your figures or delete this row",
                ],
                &["CRI", "3", "640", "300", "", "EXAMPLE: an empty cell means not published"],
            ],
        ),
        (
            "years",
            &["year", "volunteers", "people", "note"],
            &[
                &["2025", "6", "1830", "EXAMPLE: replace with your figures or delete this row"],
                &["2026", "9", "", "EXAMPLE: an empty cell means not published"],
            ],
        ),
    ];
    for (name, header, rows) in sheets {
        let ws = book.add_worksheet();
        ws.set_name(name)?;
        for (c, h) in header.iter().enumerate() {
            ws.write_string_with_format(0, c as u16, *h, &head)?;
            ws.set_column_width(c as u16, if *h == "note" { 60 } else { 14 })?;
        }
        ws.set_freeze_panes(1, 0)?;
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32 + 1, c as u16);
                match cell.parse::<f64>() {
                    Ok(n) => ws.write_number_with_format(r, c, n, &example)?,
                    _ if cell.is_empty() => ws.write_blank(r, c, &example)?,
                    _ => ws.write_string_with_format(r, c, *cell, &example)?,
                };
            }
        }
        // The figure columns accept whole numbers only, so a typo is caught as it is typed.
        let last_figure = header.len() as u16 - 2;
        ws.add_data_validation(1, 1, 1000, last_figure, &counts)?;
    }
    let notes = book.add_worksheet();
    notes.set_name("notes")?;
    notes.set_column_width(0, 100)?;
    for (r, line) in NOTES.iter().enumerate() {
        if r == 0 {
            notes.write_string_with_format(0, 0, *line, &Format::new().set_bold())?;
        } else {
            notes.write_string(r as u32, 0, *line)?;
        }
    }
    book.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_come_from_the_folder_name() {
        assert_eq!(id_from(Path::new("data/Next Programme")), "next-programme");
        assert_eq!(id_from(Path::new("/")), "dataset");
    }

    #[test]
    fn the_starting_json_is_json_with_placeholders_only_in_values() {
        let text = starting_json("next", "next.xlsx");
        let v: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(v["by_country"], "next.xlsx");
        assert!(text.matches(PLACEHOLDER).count() >= 15);
    }
}
