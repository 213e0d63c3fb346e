//! The page's own strings (not the dataset's) in English, French and Spanish.

use crate::model::Lang;

/// A UI string. Every variant has all three languages, checked by the compiler.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    Loading,
    ResultsTitle,
    ResultsSummary,
    Including,
    NotPublished,
    ErrorTitle,
    ErrorHint,
    SourceLabel,
    SyntheticLabel,
    UnitPeople,
    UnitOther,
    CountriesNotPublished,
    YearsNotPublished,
    CountriesNote,
    YearsNote,
    FewerThan,
    YearsFilterNote,
    FundedBy,
    SourceWrites,
    InCollaborationWith,
    PartsLegend,
    LegendWhole,
}

impl Msg {
    /// Every message, for checks over the whole catalogue.
    pub const ALL: [Msg; 17] = [
        Msg::Loading,
        Msg::ResultsTitle,
        Msg::ResultsSummary,
        Msg::Including,
        Msg::NotPublished,
        Msg::ErrorTitle,
        Msg::ErrorHint,
        Msg::SourceLabel,
        Msg::SyntheticLabel,
        Msg::UnitPeople,
        Msg::UnitOther,
        Msg::CountriesNotPublished,
        Msg::YearsNotPublished,
        Msg::CountriesNote,
        Msg::YearsNote,
        Msg::FewerThan,
        Msg::YearsFilterNote,
    ];

    pub fn text(self, lang: Lang) -> &'static str {
        use Lang::*;
        use Msg::*;
        match (self, lang) {
            (Loading, En) => "Loading the programme's results…",
            (Loading, Fr) => "Chargement des résultats du programme…",
            (Loading, Es) => "Cargando los resultados del programa…",
            (ResultsTitle, En) => "Results by category",
            (ResultsTitle, Fr) => "Résultats par catégorie",
            (ResultsTitle, Es) => "Resultados por categoría",
            (ResultsSummary, En) => "Bar lengths compare results counted in people; other results are on a separate scale.",
            (ResultsSummary, Fr) => "La longueur des barres compare les résultats comptés en personnes ; les autres résultats sont sur une échelle distincte.",
            (ResultsSummary, Es) => "La longitud de las barras compara resultados contados en personas; los demás resultados están en una escala aparte.",
            (Including, En) => "including",
            (Including, Fr) => "dont",
            (Including, Es) => "entre ellas",
            (NotPublished, En) => "not published",
            (NotPublished, Fr) => "non publié",
            (NotPublished, Es) => "no publicado",
            (ErrorTitle, En) => "The results could not be shown",
            (ErrorTitle, Fr) => "Les résultats n'ont pas pu être affichés",
            (ErrorTitle, Es) => "No se pudieron mostrar los resultados",
            (ErrorHint, En) => "Please reload the page. If this keeps happening, send this message to the site's team.",
            (ErrorHint, Fr) => "Rechargez la page. Si le problème persiste, envoyez ce message à l'équipe du site.",
            (ErrorHint, Es) => "Vuelva a cargar la página. Si el problema continúa, envíe este mensaje al equipo del sitio.",
            (SourceLabel, En) => "Source",
            (SourceLabel, Fr) => "Source",
            (SourceLabel, Es) => "Fuente",
            (SyntheticLabel, En) => "Synthetic demo data",
            (SyntheticLabel, Fr) => "Données de démonstration synthétiques",
            (SyntheticLabel, Es) => "Datos de demostración sintéticos",
            (UnitPeople, En) => "people",
            (UnitPeople, Fr) => "personnes",
            (UnitPeople, Es) => "personas",
            (CountriesNotPublished, En) => "Per-country figures: not published for this programme.",
            (CountriesNotPublished, Fr) => "Chiffres par pays : non publiés pour ce programme.",
            (CountriesNotPublished, Es) => "Cifras por país: no publicadas para este programa.",
            (YearsNotPublished, En) => "Per-year figures: not published for this programme.",
            (YearsNotPublished, Fr) => "Chiffres par année : non publiés pour ce programme.",
            (YearsNotPublished, Es) => "Cifras por año: no publicadas para este programa.",
            (CountriesNote, En) => "People reached in each country, with the women and girls and the children among them (the two can overlap); volunteers deployed beside each name.",
            (CountriesNote, Fr) => "Personnes atteintes dans chaque pays, dont les femmes et filles et les enfants (les deux peuvent se recouper) ; volontaires déployés à côté de chaque nom.",
            (CountriesNote, Es) => "Personas alcanzadas en cada país, con las mujeres y niñas y la niñez entre ellas (pueden solaparse); voluntarios desplegados junto a cada nombre.",
            (YearsNote, En) => "Volunteers deployed and people reached in each year of the programme.",
            (YearsNote, Fr) => "Volontaires déployés et personnes atteintes chaque année du programme.",
            (YearsNote, Es) => "Voluntarios desplegados y personas alcanzadas en cada año del programa.",
            (YearsFilterNote, En) => "Years outside the chosen range are greyed out. Other figures are published only for the whole programme, so the other views are not filtered by year.",
            (YearsFilterNote, Fr) => "Les années hors de la période choisie sont grisées. Les autres chiffres ne sont publiés que pour l'ensemble du programme : les autres vues ne sont donc pas filtrées par année.",
            (YearsFilterNote, Es) => "Los años fuera del periodo elegido aparecen en gris. Las demás cifras solo se publican para todo el programa, así que las otras vistas no se filtran por año.",
            (FewerThan, En) => "fewer than",
            (FewerThan, Fr) => "moins de",
            (FewerThan, Es) => "menos de",
            (UnitOther, En) => "Other results, on a separate scale",
            (UnitOther, Fr) => "Autres résultats, sur une échelle distincte",
            (UnitOther, Es) => "Otros resultados, en una escala aparte",
            (FundedBy, En) => "Funded by",
            (FundedBy, Fr) => "Financé par",
            (FundedBy, Es) => "Financiado por",
            (SourceWrites, En) => "the source writes",
            (SourceWrites, Fr) => "la source écrit",
            (SourceWrites, Es) => "la fuente escribe",
            (InCollaborationWith, En) => "In collaboration with",
            (InCollaborationWith, Fr) => "En collaboration avec",
            (InCollaborationWith, Es) => "En colaboración con",
            (PartsLegend, En) => "Published parts of it, each from zero; parts can overlap, so they do not add up",
            (PartsLegend, Fr) => "Ses parties publiées, chacune depuis zéro\u{202f}; elles peuvent se recouper et ne s'additionnent pas",
            (PartsLegend, Es) => "Sus partes publicadas, cada una desde cero; pueden solaparse y no se suman",
            (LegendWhole, En) => "Whole result",
            (LegendWhole, Fr) => "Résultat entier",
            (LegendWhole, Es) => "Resultado completo",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_puts_a_narrow_no_break_space_before_colons() {
        for m in Msg::ALL {
            let faults = crate::i18n::french_spacing_faults(m.text(Lang::Fr));
            assert!(faults.is_empty(), "{m:?}: {faults:?}");
        }
    }
}
