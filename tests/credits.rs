//! Credits: the funder under its current name with the source's own wording quoted
//! beside it, the collaborators, in every language and in exported captions; and no
//! gender the source does not give.

use impact_atlas::core::Lang;
use impact_atlas::export::files::{layouts, ExportOptions};
use impact_atlas::i18n::{credits_line, source_line};
use impact_atlas::model::{parse_dataset, Dataset};

fn prodef() -> Dataset {
    parse_dataset("prodef.json", include_str!("../data/datasets/prodef.json")).dataset.expect("valid dataset")
}

#[test]
fn funder_has_its_current_name_and_the_source_wording_is_quoted() {
    let d = prodef();
    let en = credits_line(&d, Lang::En).expect("PRODEF names a funder");
    assert!(en.starts_with("Funded by Global Affairs Canada"), "{en}");
    assert!(en.contains("Volunteer Cooperation Program"), "{en}");
    assert!(en.contains("the source writes “World Affairs Canada”"), "{en}");
    assert!(en.contains("In collaboration with Barreau du Québec."), "{en}");

    let fr = credits_line(&d, Lang::Fr).expect("fr");
    assert!(fr.starts_with("Financé par Affaires mondiales Canada"), "{fr}");
    assert!(fr.contains("\u{202f}; la source écrit «\u{202f}World Affairs Canada\u{202f}»"), "{fr}");
    assert!(fr.contains("En collaboration avec Barreau du Québec."), "{fr}");

    let es = credits_line(&d, Lang::Es).expect("es");
    assert!(es.starts_with("Financiado por Global Affairs Canada"), "{es}");
    assert!(es.contains("la fuente escribe «World Affairs Canada»"), "{es}");
}

#[test]
fn french_source_line_has_a_narrow_space_before_the_colon() {
    let d = prodef();
    // The publisher under its French name (the dataset gives it in each language).
    assert!(
        source_line(&d, Lang::Fr).starts_with("Source\u{202f}: Bureau international des droits des enfants")
    );
    assert!(source_line(&d, Lang::En).starts_with("Source: International Bureau"));
}

#[test]
fn a_dataset_without_funder_or_collaborators_has_no_credits_line() {
    let mut d = prodef();
    d.programme.funder = None;
    d.programme.collaborators.clear();
    assert_eq!(credits_line(&d, Lang::En), None);
}

#[cfg(feature = "cli")]
#[test]
fn exported_captions_carry_the_credits() {
    let d = prodef();
    for lang in Lang::ALL {
        let o = ExportOptions { lang, width: 1200.0, scale: 1.0, ..Default::default() };
        for (stem, l) in layouts(&d, None, &o) {
            let all: String = l.texts().collect::<Vec<_>>().join(" ");
            assert!(all.contains("Barreau du Québec"), "{stem} {lang:?}: {all}");
            assert!(all.contains("World Affairs Canada"), "{stem} {lang:?}");
        }
    }
}

#[test]
fn the_anonymous_volunteer_is_not_given_a_gender() {
    let d = prodef();
    let t = d.testimonies.iter().find(|t| t.country == "CRI").expect("Costa Rica testimony");
    let fr = t.author.get(Lang::Fr);
    let es = t.author.get(Lang::Es);
    for gendered in ["Une ancienne", "volontaire,", "conseillère", "conseiller "] {
        assert!(!fr.contains(gendered), "{fr}");
    }
    for gendered in ["Una exvoluntaria", "asesora", "asesor "] {
        assert!(!es.contains(gendered), "{es}");
    }
    assert!(fr.contains("Fundación Paniamor") && es.contains("Fundación Paniamor"));
}
