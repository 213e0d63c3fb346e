//! Names of the per-country and per-year measures.

use crate::core::Lang;

use crate::model::Metric;

/// "volunteers deployed", "personnes atteintes" …
pub fn metric_label(m: Metric, lang: Lang) -> &'static str {
    use Lang::*;
    use Metric::*;
    match (m, lang) {
        (Volunteers, En) => "volunteers deployed",
        (Volunteers, Fr) => "volontaires déployés",
        (Volunteers, Es) => "voluntarios desplegados",
        (People, En) => "people reached",
        (People, Fr) => "personnes atteintes",
        (People, Es) => "personas alcanzadas",
        (Women, En) => "women and girls reached",
        (Women, Fr) => "femmes et filles atteintes",
        (Women, Es) => "mujeres y niñas alcanzadas",
        (Children, En) => "children reached",
        (Children, Fr) => "enfants atteints",
        (Children, Es) => "niñas y niños alcanzados",
    }
}
