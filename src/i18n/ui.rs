//! Strings of the HTML skeleton, looked up by the `data-i18n` key an element
//! carries in index.html (a host test checks every key there has an entry here).

use crate::model::Lang;

/// key → [English, French, Spanish].
const UI: &[(&str, [&str; 3])] = &[
    ("skip", ["Skip to the results", "Aller aux résultats", "Ir a los resultados"]),
    ("language", ["Language", "Langue", "Idioma"]),
    ("share", ["Copy link", "Copier le lien", "Copiar enlace"]),
    ("copied", ["Link copied", "Lien copié", "Enlace copiado"]),
    ("problems", ["Problems in the dataset", "Problèmes dans le jeu de données", "Problemas en el conjunto de datos"]),
    ("key-figures", ["Key figures", "Chiffres clés", "Cifras clave"]),
    ("map-title", ["Where the volunteers went", "Où sont allés les volontaires", "Adónde fueron los voluntarios"]),
    ("metric", ["Show", "Afficher", "Mostrar"]),
    ("world-view", ["World view", "Vue du monde", "Vista mundial"]),
    (
        "map-keys",
        [
            "Use Tab to reach the map, arrow keys to move between countries, Enter to select, Escape to clear.",
            "Tab pour atteindre la carte, flèches pour passer d'un pays à l'autre, Entrée pour choisir, Échap pour annuler.",
            "Tab para llegar al mapa, flechas para pasar de un país a otro, Intro para elegir, Escape para borrar.",
        ],
    ),
    ("table-view", ["Show the figures as a table", "Afficher les chiffres en tableau", "Mostrar las cifras en una tabla"]),
    ("text-view", ["Show the results as text", "Afficher les résultats en texte", "Mostrar los resultados como texto"]),
    ("detail-title", ["The whole programme", "L'ensemble du programme", "El programa completo"]),
    ("clear", ["Show the whole programme", "Afficher tout le programme", "Mostrar todo el programa"]),
    ("countries-title", ["By country", "Par pays", "Por país"]),
    ("years-title", ["By year", "Par année", "Por año"]),
    ("expertise-title", ["What the volunteers brought", "Ce que les volontaires ont apporté", "Lo que aportaron los voluntarios"]),
    ("next-title", ["What comes next", "Et maintenant", "Lo que viene"]),
    ("voices-title", ["In their words", "Dans leurs mots", "En sus palabras"]),
    ("embed", ["Copy embed code", "Copier le code d'intégration", "Copiar código para insertar"]),
    ("embed-copied", ["Embed code copied", "Code d'intégration copié", "Código copiado"]),
    ("preview", ["For staff: preview a dataset file", "Pour l'équipe : prévisualiser un fichier de données", "Para el equipo: previsualizar un archivo de datos"]),
    (
        "preview-help",
        [
            "Drop a dataset's .json file (and its tables: .csv files or a .xlsx or .ods workbook) on the page, or pick them here. They are checked and shown in this browser only; nothing is uploaded.",
            "Déposez le fichier .json d'un jeu de données (et ses tableaux : fichiers .csv ou classeur .xlsx ou .ods) sur la page, ou choisissez-les ici. Ils sont vérifiés et affichés dans ce navigateur seulement ; rien n'est envoyé.",
            "Suelte el archivo .json de un conjunto de datos (y sus tablas: archivos .csv o un libro .xlsx u .ods) en la página, o elíjalos aquí. Se comprueban y se muestran solo en este navegador; no se envía nada.",
        ],
    ),
    ("preview-title", ["Preview of {name}", "Aperçu de {name}", "Vista previa de {name}"]),
    (
        "preview-local",
        [
            "In this browser only: nothing is published or uploaded.",
            "Dans ce navigateur seulement\u{202f}: rien n'est publié ni envoyé.",
            "Solo en este navegador: no se publica ni se envía nada.",
        ],
    ),
    (
        "preview-needs",
        [
            "{name} uses these tables. Pick them too (several files can be picked at once):",
            "{name} utilise ces tableaux. Choisissez-les aussi (plusieurs fichiers peuvent être choisis à la fois)\u{202f}:",
            "{name} usa estas tablas. Elíjalas también (se pueden elegir varios archivos a la vez):",
        ],
    ),
    ("preview-missing", ["not picked yet", "pas encore choisi", "aún no elegido"]),
    ("preview-picked", ["picked", "choisi", "elegido"]),
    (
        "preview-ok",
        [
            "No errors: below is the page as it would show this dataset.",
            "Aucune erreur\u{202f}: voici la page telle qu'elle afficherait ce jeu de données.",
            "Sin errores: abajo está la página tal como mostraría este conjunto de datos.",
        ],
    ),
    (
        "preview-errors-to-fix",
        [
            "Errors to fix: {n}. Correct the file, then pick it again. The published programme is hidden during the preview.",
            "Erreurs à corriger\u{202f}: {n}. Corrigez le fichier, puis choisissez-le à nouveau. Le programme publié est masqué pendant l'aperçu.",
            "Errores por corregir: {n}. Corrija el archivo y vuelva a elegirlo. El programa publicado se oculta durante la vista previa.",
        ],
    ),
    ("preview-warnings", ["Warnings: {n}.", "Avertissements\u{202f}: {n}.", "Advertencias: {n}."]),
    ("preview-checking", ["Checking {name}…", "Vérification de {name}…", "Comprobando {name}…"]),
    (
        "preview-not-started",
        [
            "The preview's checker could not start, so {name} was not checked. Reload the page and pick it again; if that fails, check it with the command (impact-atlas validate).",
            "Le vérificateur de l'aperçu n'a pas pu démarrer : {name} n'a pas été vérifié. Rechargez la page et choisissez-le de nouveau ; si cela échoue, vérifiez-le avec la commande (impact-atlas validate).",
            "El verificador de la vista previa no pudo iniciarse, así que {name} no se comprobó. Vuelva a cargar la página y elíjalo de nuevo; si falla, compruébelo con el comando (impact-atlas validate).",
        ],
    ),
    (
        "preview-stopped",
        [
            "The preview's checker stopped while checking {name} (a file too large or damaged for the browser). Check it with the command (impact-atlas validate), which says where the problem is.",
            "Le vérificateur de l'aperçu s'est arrêté en vérifiant {name} (un fichier trop grand ou abîmé pour le navigateur). Vérifiez-le avec la commande (impact-atlas validate), qui indique où est le problème.",
            "El verificador de la vista previa se detuvo al comprobar {name} (un archivo demasiado grande o dañado para el navegador). Compruébelo con el comando (impact-atlas validate), que indica dónde está el problema.",
        ],
    ),
    (
        "preview-failed",
        [
            "The preview could not check the files: {name}. Reload the page and pick them again.",
            "L'aperçu n'a pas pu vérifier les fichiers : {name}. Rechargez la page et choisissez-les de nouveau.",
            "La vista previa no pudo comprobar los archivos: {name}. Vuelva a cargar la página y elíjalos de nuevo.",
        ],
    ),
    ("preview-add", ["Add or replace files", "Ajouter ou remplacer des fichiers", "Añadir o reemplazar archivos"]),
    ("preview-close", ["Close the preview", "Fermer l'aperçu", "Cerrar la vista previa"]),
    ("png", ["Download the chart (PNG)", "Télécharger le graphique (PNG)", "Descargar el gráfico (PNG)"]),
    ("png-map", ["Download the map (PNG)", "Télécharger la carte (PNG)", "Descargar el mapa (PNG)"]),
    ("partners-heading", ["Partner organisations", "Organisations partenaires", "Organizaciones socias"]),
    ("stories-heading", ["Stories", "Récits", "Historias"]),
    ("country-col", ["Country", "Pays", "País"]),
    ("year-col", ["Year", "Année", "Año"]),
    ("years-word", ["years", "ans", "años"]),
    ("partners-word", ["partners", "partenaires", "socios"]),
    ("countries-word", ["countries", "pays", "países"]),
    ("programme-country", ["programme country", "pays du programme", "país del programa"]),
    ("programme-countries", ["programme countries", "pays du programme", "países del programa"]),
    (
        "per-country-not-published",
        ["Figures per country: not published", "Chiffres par pays : non publiés", "Cifras por país: no publicadas"],
    ),
    ("csv", ["Download the figures (CSV)", "Télécharger les chiffres (CSV)", "Descargar las cifras (CSV)"]),
    (
        "qr-refused",
        [
            "For staff: the QR address in this link was refused, so the default is shown. Allowed: the dataset's share_url, or an https:// address on a host listed in qr_hosts in data/index.json. Refused:",
            "Pour l'équipe\u{202f}: l'adresse du code QR de ce lien a été refusée, l'adresse par défaut est affichée. Acceptées\u{202f}: le share_url du jeu de données, ou une adresse https:// d'un hôte listé dans qr_hosts de data/index.json. Refusée\u{202f}:",
            "Para el equipo: la dirección del código QR de este enlace se rechazó; se muestra la predeterminada. Se aceptan: el share_url del conjunto de datos o una dirección https:// de un host incluido en qr_hosts de data/index.json. Rechazada:",
        ],
    ),
    (
        "preview-banner",
        [
            "Preview, only in this browser: this file is not published. Reload the page to return to the published data.",
            "Aperçu, dans ce navigateur seulement\u{202f}: ce fichier n'est pas publié. Rechargez la page pour revenir aux données publiées.",
            "Vista previa, solo en este navegador: este archivo no está publicado. Recargue la página para volver a los datos publicados.",
        ],
    ),
    (
        "preview-pick",
        [
            "Drop or pick the dataset's .json file (with its .csv tables, if any).",
            "Déposez ou choisissez le fichier .json du jeu de données (avec ses tableaux .csv, s'il y en a).",
            "Suelte o elija el archivo .json del conjunto de datos (con sus tablas .csv, si las hay).",
        ],
    ),
    (
        "preview-one-json",
        [
            "Drop one .json dataset file at a time (with its .csv tables).",
            "Déposez un seul fichier .json à la fois (avec ses tableaux .csv).",
            "Suelte un solo archivo .json a la vez (con sus tablas .csv).",
        ],
    ),
    (
        "preview-too-big",
        [
            "{name} was not read: it is larger than 2 MB, too large for a dataset file.",
            "{name} n'a pas été lu\u{202f}: il dépasse 2\u{a0}Mo, trop pour un fichier de données.",
            "{name} no se ha leído: supera los 2 MB, demasiado para un archivo de datos.",
        ],
    ),
    (
        "preview-wrong-type",
        [
            "{name} was not read: only .json, .csv, .xlsx and .ods files can be previewed.",
            "{name} n'a pas été lu\u{202f}: seuls les fichiers .json, .csv, .xlsx et .ods peuvent être prévisualisés.",
            "{name} no se ha leído: solo se pueden previsualizar archivos .json, .csv, .xlsx y .ods.",
        ],
    ),
    (
        "preview-shown",
        [
            "Previewing {name} in this browser only (not published). Reload to return.",
            "Aperçu de {name} dans ce navigateur seulement (non publié). Rechargez la page pour revenir.",
            "Vista previa de {name} solo en este navegador (no publicada). Recargue la página para volver.",
        ],
    ),
    (
        "preview-errors",
        [
            "{name} has errors ({n}), listed at the top of the page.",
            "{name} contient des erreurs ({n}), listées en haut de la page.",
            "{name} tiene errores ({n}), indicados arriba de la página.",
        ],
    ),
    ("page-tools", ["Page tools", "Outils de la page", "Herramientas de la página"]),
    (
        "meta-description",
        [
            "Where a programme's volunteers went and whom they helped: published results, country by country.",
            "Où sont allés les volontaires d'un programme et qui ils ont aidé\u{202f}: résultats publiés, pays par pays.",
            "Adónde fueron los voluntarios de un programa y a quién ayudaron: resultados publicados, país por país.",
        ],
    ),
    ("country-table-caption", ["Figures per country", "Chiffres par pays", "Cifras por país"]),
    ("year-table-caption", ["Figures per year", "Chiffres par année", "Cifras por año"]),
    ("year-pick", ["Year", "Année", "Año"]),
    ("all-years", ["All years", "Toutes les années", "Todos los años"]),
    ("year-shown", ["Year shown", "Année affichée", "Año mostrado"]),
    ("years-shown", ["Years shown", "Années affichées", "Años mostrados"]),
    ("all-years-shown", ["All years are shown.", "Toutes les années sont affichées.", "Se muestran todos los años."]),
    ("selected", ["Selected", "Sélection", "Selección"]),
    ("selected-state", ["selected", "sélectionné", "seleccionado"]),
    ("whole-shown", ["Showing the whole programme", "Tout le programme est affiché", "Se muestra todo el programa"]),
    ("figures-not-published", ["figures not published", "chiffres non publiés", "cifras no publicadas"]),
    (
        "copy-failed",
        [
            "Could not copy to the clipboard",
            "Impossible de copier dans le presse-papiers",
            "No se pudo copiar al portapapeles",
        ],
    ),
    ("kiosk-hint", ["Touch the screen to explore", "Touchez l'écran pour explorer", "Toque la pantalla para explorar"]),
    (
        "kiosk-paused",
        [
            "Paused: the tour goes on after a minute without a touch",
            "En pause\u{202f}: la visite reprend après une minute sans contact",
            "En pausa: el recorrido sigue tras un minuto sin tocar",
        ],
    ),
    ("kiosk-resume", ["Back to the tour", "Retour à la visite", "Volver al recorrido"]),
    ("kiosk-pick", ["Choose a country", "Choisir un pays", "Elegir un país"]),
    ("kiosk-next", ["Next", "Ensuite", "Después"]),
    ("kiosk-more", ["More", "Suite", "Más"]),
    ("kiosk-country-of", ["Programme country {n} of {total}", "Pays du programme {n} sur {total}", "País del programa {n} de {total}"]),
    ("kiosk-tour", ["Tour", "Visite", "Recorrido"]),
    ("encoding", ["Draw as", "Représenter par", "Representar con"]),
    ("enc-choropleth", ["Shaded countries", "Pays colorés", "Países coloreados"]),
    ("enc-symbols", ["Circles sized by the figure", "Cercles selon le chiffre", "Círculos según la cifra"]),
    ("full-page", ["See all the results", "Voir tous les résultats", "Ver todos los resultados"]),
    (
        "embed-help",
        [
            "Pick what to show and in which language, check the preview, then copy the code into your page.",
            "Choisissez quoi montrer et dans quelle langue, vérifiez l'aperçu, puis copiez le code dans votre page.",
            "Elija qué mostrar y en qué idioma, revise la vista previa y copie el código en su página.",
        ],
    ),
    (
        "embed-choose",
        [
            "Embed one visual: choose and preview",
            "Intégrer un seul visuel\u{202f}: choisir et prévisualiser",
            "Insertar un solo elemento: elegir y previsualizar",
        ],
    ),
    ("embed-view", ["What to show", "Quoi montrer", "Qué mostrar"]),
    ("embed-lang", ["Language", "Langue", "Idioma"]),
    ("embed-code", ["Code to paste", "Code à coller", "Código para pegar"]),
    ("embed-copy", ["Copy the code", "Copier le code", "Copiar el código"]),
    ("embed-preview", ["Preview", "Aperçu", "Vista previa"]),
    ("lang-host", ["The host page's", "Celle de la page hôte", "El de la página anfitriona"]),
    ("view-all", ["The whole page", "Toute la page", "Toda la página"]),
    ("view-map", ["The map", "La carte", "El mapa"]),
    ("view-results", ["Results by category", "Résultats par catégorie", "Resultados por categoría"]),
    ("view-counters", ["Key figures", "Chiffres clés", "Cifras clave"]),
    ("view-countries", ["By country", "Par pays", "Por país"]),
    ("view-years", ["By year", "Par année", "Por año"]),
    ("view-stories", ["In their words", "Dans leurs mots", "En sus palabras"]),
];

/// The UI string for `key` in `lang`; "" for an unknown key (a host test checks
/// that every key the page uses exists).
pub fn t(key: &str, lang: Lang) -> &'static str {
    ui(key, lang).unwrap_or_default()
}

/// The UI string for `key` in `lang`, or None for an unknown key.
pub fn ui(key: &str, lang: Lang) -> Option<&'static str> {
    let i = match lang {
        Lang::En => 0,
        Lang::Fr => 1,
        Lang::Es => 2,
    };
    UI.iter().find(|(k, _)| *k == key).map(|(_, t)| t[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_in_the_html_skeleton_is_translated() {
        let html = include_str!("../../index.html");
        let mut keys = 0;
        for attr in ["data-i18n=\"", "data-i18n-label=\""] {
            for part in html.split(attr).skip(1) {
                let key = part.split('"').next().unwrap_or_default();
                for lang in Lang::ALL {
                    let t = ui(key, lang);
                    assert!(t.is_some_and(|t| !t.is_empty()), "{key} has no {lang:?} text");
                }
                keys += 1;
            }
        }
        assert!(keys >= 15, "found only {keys} keys");
    }

    #[test]
    fn every_key_the_rust_code_uses_is_translated() {
        let sources = [
            include_str!("../web/detail.rs"),
            include_str!("../web/text.rs"),
            include_str!("../web/map.rs"),
            include_str!("../web/app.rs"),
            include_str!("../web/events.rs"),
            include_str!("../web/preview.rs"),
            include_str!("../web/kiosk.rs"),
            include_str!("../web/kiosk_scene.rs"),
            include_str!("../render/describe.rs"),
        ];
        let mut keys = 0;
        for src in sources {
            // Calls of `t("key", …)`: a `t(` not preceded by part of a longer name.
            let calls = src
                .match_indices("t(\"")
                .filter(|(i, _)| !src[..*i].ends_with(|c: char| c.is_alphanumeric() || c == '_'));
            for (i, _) in calls {
                let key = src[i + 3..].split('"').next().unwrap_or_default();
                for lang in Lang::ALL {
                    assert!(!t(key, lang).is_empty(), "{key} has no {lang:?} text");
                }
                keys += 1;
            }
        }
        assert!(keys >= 7, "found only {keys} keys");
    }

    #[test]
    fn french_puts_a_narrow_no_break_space_before_colons() {
        for (key, texts) in UI {
            let faults = crate::i18n::french_spacing_faults(texts[1]);
            assert!(faults.is_empty(), "{key}: {faults:?}");
        }
    }

    #[test]
    fn translations_differ_from_english() {
        assert_eq!(ui("share", Lang::Fr), Some("Copier le lien"));
        assert_ne!(ui("map-title", Lang::Es), ui("map-title", Lang::En));
        assert_eq!(ui("nope", Lang::En), None);
    }
}
