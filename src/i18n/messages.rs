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
}

impl Msg {
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
            (ResultsSummary, Fr) => "La longueur des barres compare les résultats comptés en personnes ; les autres résultats sont sur une échelle distincte.",
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
            (UnitOther, En) => "Other results, on a separate scale",
            (UnitOther, Fr) => "Autres résultats, sur une échelle distincte",
            (UnitOther, Es) => "Otros resultados, en una escala aparte",
        }
    }
}
