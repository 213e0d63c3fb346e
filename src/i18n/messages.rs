//! The page's own words (not the dataset's) in English, French and Spanish: one
//! catalogue for the page, the kiosk, the charts and the exporter. Each message is
//! declared once, with the key index.html's `data-i18n` attributes use and its three
//! texts; the macro makes the `Msg` enum, so a call site names a variant the compiler
//! checks, and a message with fewer than three texts does not compile.
//! The validator's problem messages, which take parameters, are in `model::say`.

use crate::core::Lang;

macro_rules! catalogue {
    ($($name:ident $key:literal => [$en:literal, $fr:literal, $es:literal $(,)?],)*) => {
        /// One of the page's messages; `text(lang)` gives its words.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Msg {
            $($name,)*
        }

        impl Msg {
            /// Every message, generated with the enum, so checks over it miss none.
            pub const ALL: &'static [Msg] = &[$(Msg::$name,)*];
        }

        /// Each message's `data-i18n` key, in the enum's order. (Tables rather than
        /// a `match`: one static array is smaller in the page's wasm than code.)
        const KEYS: &[&str] = &[$($key,)*];

        /// Each message's English, French and Spanish, in the enum's order.
        const TEXTS: &[[&str; 3]] = &[$([$en, $fr, $es],)*];
    };
}

impl Msg {
    /// The message's words in `lang`.
    pub fn text(self, lang: Lang) -> &'static str {
        let i = match lang {
            Lang::En => 0,
            Lang::Fr => 1,
            Lang::Es => 2,
        };
        TEXTS.get(self as usize).map_or("", |t| t[i])
    }

    /// The key index.html's `data-i18n` / `data-i18n-label` attributes use.
    pub fn key(self) -> &'static str {
        KEYS.get(self as usize).copied().unwrap_or_default()
    }

    /// The message an element of the HTML skeleton names by its `data-i18n` key.
    pub fn from_data_key(key: &str) -> Option<Msg> {
        KEYS.iter().position(|k| *k == key).and_then(|i| Msg::ALL.get(i).copied())
    }
}

#[rustfmt::skip]
catalogue! {
    // Words drawn by Rust (charts, notes, captions, exports).
    Loading "loading" => [
        "Loading the programme's results…",
        "Chargement des résultats du programme…",
        "Cargando los resultados del programa…",
    ],
    ResultsTitle "results-title" => [
        "Results by category",
        "Résultats par catégorie",
        "Resultados por categoría",
    ],
    ResultsSummary "results-summary" => [
        "Bar lengths compare results counted in people; other results are on a separate scale.",
        "La longueur des barres compare les résultats comptés en personnes ; les autres résultats sont sur une échelle distincte.",
        "La longitud de las barras compara resultados contados en personas; los demás resultados están en una escala aparte.",
    ],
    Including "including" => [
        "including",
        "dont",
        "entre ellas",
    ],
    NotPublished "not-published" => [
        "not published",
        "non publié",
        "no publicado",
    ],
    ErrorTitle "error-title" => [
        "The results could not be shown",
        "Les résultats n'ont pas pu être affichés",
        "No se pudieron mostrar los resultados",
    ],
    ErrorHint "error-hint" => [
        "Please reload the page. If this keeps happening, send this message to the site's team.",
        "Rechargez la page. Si le problème persiste, envoyez ce message à l'équipe du site.",
        "Vuelva a cargar la página. Si el problema continúa, envíe este mensaje al equipo del sitio.",
    ],
    SourceLabel "source-label" => [
        "Source",
        "Source",
        "Fuente",
    ],
    SyntheticLabel "synthetic-label" => [
        "Synthetic demo data",
        "Données de démonstration synthétiques",
        "Datos de demostración sintéticos",
    ],
    UnitPeople "unit-people" => [
        "people",
        "personnes",
        "personas",
    ],
    UnitOther "unit-other" => [
        "Other results, on a separate scale",
        "Autres résultats, sur une échelle distincte",
        "Otros resultados, en una escala aparte",
    ],
    CountriesNotPublished "countries-not-published" => [
        "Per-country figures: not published for this programme.",
        "Chiffres par pays : non publiés pour ce programme.",
        "Cifras por país: no publicadas para este programa.",
    ],
    YearsNotPublished "years-not-published" => [
        "Per-year figures: not published for this programme.",
        "Chiffres par année : non publiés pour ce programme.",
        "Cifras por año: no publicadas para este programa.",
    ],
    CountriesNote "countries-note" => [
        "People reached in each country, with the women and girls and the children among them (the two can overlap); volunteers deployed beside each name.",
        "Personnes atteintes dans chaque pays, dont les femmes et filles et les enfants (les deux peuvent se recouper) ; volontaires déployés à côté de chaque nom.",
        "Personas alcanzadas en cada país, con las mujeres y niñas y la niñez entre ellas (pueden solaparse); voluntarios desplegados junto a cada nombre.",
    ],
    YearsNote "years-note" => [
        "Volunteers deployed and people reached in each year of the programme.",
        "Volontaires déployés et personnes atteintes chaque année du programme.",
        "Voluntarios desplegados y personas alcanzadas en cada año del programa.",
    ],
    FewerThan "fewer-than" => [
        "fewer than",
        "moins de",
        "menos de",
    ],
    YearsFilterNote "years-filter-note" => [
        "Years outside the chosen range are greyed out. Other figures are published only for the whole programme, so the other views are not filtered by year.",
        "Les années hors de la période choisie sont grisées. Les autres chiffres ne sont publiés que pour l'ensemble du programme : les autres vues ne sont donc pas filtrées par année.",
        "Los años fuera del periodo elegido aparecen en gris. Las demás cifras solo se publican para todo el programa, así que las otras vistas no se filtran por año.",
    ],
    FundedBy "funded-by" => [
        "Funded by",
        "Financé par",
        "Financiado por",
    ],
    SourceWrites "source-writes" => [
        "the source writes",
        "la source écrit",
        "la fuente escribe",
    ],
    InCollaborationWith "in-collaboration-with" => [
        "In collaboration with",
        "En collaboration avec",
        "En colaboración con",
    ],
    PartsLegend "parts-legend" => [
        "Published parts of it, each from zero; parts can overlap, so they do not add up",
        "Ses parties publiées, chacune depuis zéro\u{202f}; elles peuvent se recouper et ne s'additionnent pas",
        "Sus partes publicadas, cada una desde cero; pueden solaparse y no se suman",
    ],
    LegendWhole "legend-whole" => [
        "Whole result",
        "Résultat entier",
        "Resultado completo",
    ],
    MoreCountries "more-countries" => [
        "and {n} more countries, listed in the table under the map",
        "et {n} autres pays, listés dans le tableau sous la carte",
        "y {n} países más, en la tabla bajo el mapa",
    ],
    InternalError "internal-error" => ["Internal error", "Erreur interne", "Error interno"],
    // A shared link naming a dataset the site does not have (`?data=`).
    NoDataset "no-dataset" => [
        "There is no dataset \"{id}\". Available: {list}.",
        "Il n'y a pas de jeu de données «\u{202f}{id}\u{202f}». Disponibles\u{202f}: {list}.",
        "No existe el conjunto de datos \"{id}\". Disponibles: {list}.",
    ],
    MapUnavailable "map-unavailable" => [
        "The map could not be loaded; every figure is in the sections below.",
        "La carte n'a pas pu être chargée\u{202f}; tous les chiffres sont dans les sections ci-dessous.",
        "No se pudo cargar el mapa; todas las cifras están en las secciones de abajo.",
    ],
    // The columns and sections of the figures' CSV download.
    CsvSection "csv-section" => ["section", "section", "sección"],
    CsvItem "csv-item" => ["item", "élément", "elemento"],
    CsvPart "csv-part" => ["part", "partie", "parte"],
    CsvQualifier "csv-qualifier" => ["qualifier", "qualificatif", "calificador"],
    CsvValue "csv-value" => ["value", "valeur", "valor"],
    CsvResults "csv-results" => ["results", "résultats", "resultados"],
    CsvByCountry "csv-by-country" => ["by country", "par pays", "por país"],
    CsvByYear "csv-by-year" => ["by year", "par année", "por año"],
    // Words of the HTML skeleton (index.html `data-i18n`) and of the page's widgets.
    Skip "skip" => [
        "Skip to the results",
        "Aller aux résultats",
        "Ir a los resultados",
    ],
    Language "language" => [
        "Language",
        "Langue",
        "Idioma",
    ],
    Share "share" => [
        "Copy link",
        "Copier le lien",
        "Copiar enlace",
    ],
    Copied "copied" => [
        "Link copied",
        "Lien copié",
        "Enlace copiado",
    ],
    Problems "problems" => [
        "Problems in the dataset",
        "Problèmes dans le jeu de données",
        "Problemas en el conjunto de datos",
    ],
    KeyFigures "key-figures" => [
        "Key figures",
        "Chiffres clés",
        "Cifras clave",
    ],
    MapTitle "map-title" => [
        "Where the volunteers went",
        "Où sont allés les volontaires",
        "Adónde fueron los voluntarios",
    ],
    Metric "metric" => [
        "Show",
        "Afficher",
        "Mostrar",
    ],
    WorldView "world-view" => [
        "World view",
        "Vue du monde",
        "Vista mundial",
    ],
    MapKeys "map-keys" => [
        "Use Tab to reach the map, arrow keys to move between countries, Enter to select, Escape to clear.",
        "Tab pour atteindre la carte, flèches pour passer d'un pays à l'autre, Entrée pour choisir, Échap pour annuler.",
        "Tab para llegar al mapa, flechas para pasar de un país a otro, Intro para elegir, Escape para borrar.",
    ],
    TableView "table-view" => [
        "Show the figures as a table",
        "Afficher les chiffres en tableau",
        "Mostrar las cifras en una tabla",
    ],
    TextView "text-view" => [
        "Show the results as text",
        "Afficher les résultats en texte",
        "Mostrar los resultados como texto",
    ],
    DetailTitle "detail-title" => [
        "The whole programme",
        "L'ensemble du programme",
        "El programa completo",
    ],
    Clear "clear" => [
        "Show the whole programme",
        "Afficher tout le programme",
        "Mostrar todo el programa",
    ],
    CountriesTitle "countries-title" => [
        "By country",
        "Par pays",
        "Por país",
    ],
    YearsTitle "years-title" => [
        "By year",
        "Par année",
        "Por año",
    ],
    ExpertiseTitle "expertise-title" => [
        "What the volunteers brought",
        "Ce que les volontaires ont apporté",
        "Lo que aportaron los voluntarios",
    ],
    NextTitle "next-title" => [
        "What comes next",
        "Et maintenant",
        "Lo que viene",
    ],
    VoicesTitle "voices-title" => [
        "In their words",
        "Dans leurs mots",
        "En sus palabras",
    ],
    Embed "embed" => [
        "Copy embed code",
        "Copier le code d'intégration",
        "Copiar código para insertar",
    ],
    EmbedCopied "embed-copied" => [
        "Embed code copied",
        "Code d'intégration copié",
        "Código copiado",
    ],
    Preview "preview" => [
        "For staff: preview a dataset file",
        "Pour l'équipe : prévisualiser un fichier de données",
        "Para el equipo: previsualizar un archivo de datos",
    ],
    PreviewHelp "preview-help" => [
        "Drop a dataset's .json file (and its tables: .csv files or a .xlsx or .ods workbook) on the page, or pick them here. They are checked and shown in this browser only; nothing is uploaded.",
        "Déposez le fichier .json d'un jeu de données (et ses tableaux : fichiers .csv ou classeur .xlsx ou .ods) sur la page, ou choisissez-les ici. Ils sont vérifiés et affichés dans ce navigateur seulement ; rien n'est envoyé.",
        "Suelte el archivo .json de un conjunto de datos (y sus tablas: archivos .csv o un libro .xlsx u .ods) en la página, o elíjalos aquí. Se comprueban y se muestran solo en este navegador; no se envía nada.",
    ],
    PreviewTitle "preview-title" => [
        "Preview of {name}",
        "Aperçu de {name}",
        "Vista previa de {name}",
    ],
    PreviewLocal "preview-local" => [
        "In this browser only: nothing is published or uploaded.",
        "Dans ce navigateur seulement\u{202f}: rien n'est publié ni envoyé.",
        "Solo en este navegador: no se publica ni se envía nada.",
    ],
    PreviewNeeds "preview-needs" => [
        "{name} uses these tables. Pick them too (several files can be picked at once):",
        "{name} utilise ces tableaux. Choisissez-les aussi (plusieurs fichiers peuvent être choisis à la fois)\u{202f}:",
        "{name} usa estas tablas. Elíjalas también (se pueden elegir varios archivos a la vez):",
    ],
    PreviewMissing "preview-missing" => [
        "not picked yet",
        "pas encore choisi",
        "aún no elegido",
    ],
    PreviewPicked "preview-picked" => [
        "picked",
        "choisi",
        "elegido",
    ],
    PreviewOk "preview-ok" => [
        "No errors: below is the page as it would show this dataset.",
        "Aucune erreur\u{202f}: voici la page telle qu'elle afficherait ce jeu de données.",
        "Sin errores: abajo está la página tal como mostraría este conjunto de datos.",
    ],
    PreviewErrorsToFix "preview-errors-to-fix" => [
        "Errors to fix: {n}. Correct the file, then pick it again. The published programme is hidden during the preview.",
        "Erreurs à corriger\u{202f}: {n}. Corrigez le fichier, puis choisissez-le à nouveau. Le programme publié est masqué pendant l'aperçu.",
        "Errores por corregir: {n}. Corrija el archivo y vuelva a elegirlo. El programa publicado se oculta durante la vista previa.",
    ],
    PreviewWarnings "preview-warnings" => [
        "Warnings: {n}.",
        "Avertissements\u{202f}: {n}.",
        "Advertencias: {n}.",
    ],
    PreviewChecking "preview-checking" => [
        "Checking {name}…",
        "Vérification de {name}…",
        "Comprobando {name}…",
    ],
    PreviewNotStarted "preview-not-started" => [
        "The preview's checker could not start, so {name} was not checked. Reload the page and pick it again; if that fails, check it with the command (impact-atlas validate).",
        "Le vérificateur de l'aperçu n'a pas pu démarrer : {name} n'a pas été vérifié. Rechargez la page et choisissez-le de nouveau ; si cela échoue, vérifiez-le avec la commande (impact-atlas validate).",
        "El verificador de la vista previa no pudo iniciarse, así que {name} no se comprobó. Vuelva a cargar la página y elíjalo de nuevo; si falla, compruébelo con el comando (impact-atlas validate).",
    ],
    PreviewStopped "preview-stopped" => [
        "The preview's checker stopped while checking {name} (a file too large or damaged for the browser). Check it with the command (impact-atlas validate), which says where the problem is.",
        "Le vérificateur de l'aperçu s'est arrêté en vérifiant {name} (un fichier trop grand ou abîmé pour le navigateur). Vérifiez-le avec la commande (impact-atlas validate), qui indique où est le problème.",
        "El verificador de la vista previa se detuvo al comprobar {name} (un archivo demasiado grande o dañado para el navegador). Compruébelo con el comando (impact-atlas validate), que indica dónde está el problema.",
    ],
    PreviewFailed "preview-failed" => [
        "The preview could not check the files: {name}. Reload the page and pick them again.",
        "L'aperçu n'a pas pu vérifier les fichiers : {name}. Rechargez la page et choisissez-les de nouveau.",
        "La vista previa no pudo comprobar los archivos: {name}. Vuelva a cargar la página y elíjalos de nuevo.",
    ],
    PreviewAdd "preview-add" => [
        "Add or replace files",
        "Ajouter ou remplacer des fichiers",
        "Añadir o reemplazar archivos",
    ],
    PreviewClose "preview-close" => [
        "Close the preview",
        "Fermer l'aperçu",
        "Cerrar la vista previa",
    ],
    Png "png" => [
        "Download the chart (PNG)",
        "Télécharger le graphique (PNG)",
        "Descargar el gráfico (PNG)",
    ],
    PngMap "png-map" => [
        "Download the map (PNG)",
        "Télécharger la carte (PNG)",
        "Descargar el mapa (PNG)",
    ],
    PartnersHeading "partners-heading" => [
        "Partner organisations",
        "Organisations partenaires",
        "Organizaciones socias",
    ],
    StoriesHeading "stories-heading" => [
        "Stories",
        "Récits",
        "Historias",
    ],
    CountryCol "country-col" => [
        "Country",
        "Pays",
        "País",
    ],
    YearCol "year-col" => [
        "Year",
        "Année",
        "Año",
    ],
    YearsWord "years-word" => [
        "years",
        "ans",
        "años",
    ],
    PartnersWord "partners-word" => [
        "partners",
        "partenaires",
        "socios",
    ],
    CountriesWord "countries-word" => [
        "countries",
        "pays",
        "países",
    ],
    ProgrammeCountry "programme-country" => [
        "programme country",
        "pays du programme",
        "país del programa",
    ],
    ProgrammeCountries "programme-countries" => [
        "programme countries",
        "pays du programme",
        "países del programa",
    ],
    PerCountryNotPublished "per-country-not-published" => [
        "Figures per country: not published",
        "Chiffres par pays : non publiés",
        "Cifras por país: no publicadas",
    ],
    Csv "csv" => [
        "Download the figures (CSV)",
        "Télécharger les chiffres (CSV)",
        "Descargar las cifras (CSV)",
    ],
    QrRefused "qr-refused" => [
        "For staff: the QR address in this link was refused, so the default is shown. Allowed: the dataset's share_url, or an https:// address on a host listed in qr_hosts in data/index.json. Refused:",
        "Pour l'équipe\u{202f}: l'adresse du code QR de ce lien a été refusée, l'adresse par défaut est affichée. Acceptées\u{202f}: le share_url du jeu de données, ou une adresse https:// d'un hôte listé dans qr_hosts de data/index.json. Refusée\u{202f}:",
        "Para el equipo: la dirección del código QR de este enlace se rechazó; se muestra la predeterminada. Se aceptan: el share_url del conjunto de datos o una dirección https:// de un host incluido en qr_hosts de data/index.json. Rechazada:",
    ],
    PreviewBanner "preview-banner" => [
        "Preview, only in this browser: this file is not published. Reload the page to return to the published data.",
        "Aperçu, dans ce navigateur seulement\u{202f}: ce fichier n'est pas publié. Rechargez la page pour revenir aux données publiées.",
        "Vista previa, solo en este navegador: este archivo no está publicado. Recargue la página para volver a los datos publicados.",
    ],
    PreviewPick "preview-pick" => [
        "Drop or pick the dataset's .json file (with its .csv tables, if any).",
        "Déposez ou choisissez le fichier .json du jeu de données (avec ses tableaux .csv, s'il y en a).",
        "Suelte o elija el archivo .json del conjunto de datos (con sus tablas .csv, si las hay).",
    ],
    PreviewOneJson "preview-one-json" => [
        "Drop one .json dataset file at a time (with its .csv tables).",
        "Déposez un seul fichier .json à la fois (avec ses tableaux .csv).",
        "Suelte un solo archivo .json a la vez (con sus tablas .csv).",
    ],
    PreviewTooBig "preview-too-big" => [
        "{name} was not read: it is larger than 2 MB, too large for a dataset file.",
        "{name} n'a pas été lu\u{202f}: il dépasse 2\u{a0}Mo, trop pour un fichier de données.",
        "{name} no se ha leído: supera los 2 MB, demasiado para un archivo de datos.",
    ],
    PreviewWrongType "preview-wrong-type" => [
        "{name} was not read: only .json, .csv, .xlsx and .ods files can be previewed.",
        "{name} n'a pas été lu\u{202f}: seuls les fichiers .json, .csv, .xlsx et .ods peuvent être prévisualisés.",
        "{name} no se ha leído: solo se pueden previsualizar archivos .json, .csv, .xlsx y .ods.",
    ],
    PreviewShown "preview-shown" => [
        "Previewing {name} in this browser only (not published). Reload to return.",
        "Aperçu de {name} dans ce navigateur seulement (non publié). Rechargez la page pour revenir.",
        "Vista previa de {name} solo en este navegador (no publicada). Recargue la página para volver.",
    ],
    PreviewErrors "preview-errors" => [
        "{name} has errors ({n}), listed at the top of the page.",
        "{name} contient des erreurs ({n}), listées en haut de la page.",
        "{name} tiene errores ({n}), indicados arriba de la página.",
    ],
    PageTools "page-tools" => [
        "Page tools",
        "Outils de la page",
        "Herramientas de la página",
    ],
    MetaDescription "meta-description" => [
        "Where a programme's volunteers went and whom they helped: published results, country by country.",
        "Où sont allés les volontaires d'un programme et qui ils ont aidé\u{202f}: résultats publiés, pays par pays.",
        "Adónde fueron los voluntarios de un programa y a quién ayudaron: resultados publicados, país por país.",
    ],
    CountryTableCaption "country-table-caption" => [
        "Figures per country",
        "Chiffres par pays",
        "Cifras por país",
    ],
    YearTableCaption "year-table-caption" => [
        "Figures per year",
        "Chiffres par année",
        "Cifras por año",
    ],
    YearPick "year-pick" => [
        "Year",
        "Année",
        "Año",
    ],
    AllYears "all-years" => [
        "All years",
        "Toutes les années",
        "Todos los años",
    ],
    YearShown "year-shown" => [
        "Year shown",
        "Année affichée",
        "Año mostrado",
    ],
    YearsShown "years-shown" => [
        "Years shown",
        "Années affichées",
        "Años mostrados",
    ],
    AllYearsShown "all-years-shown" => [
        "All years are shown.",
        "Toutes les années sont affichées.",
        "Se muestran todos los años.",
    ],
    Selected "selected" => [
        "Selected",
        "Sélection",
        "Selección",
    ],
    SelectedState "selected-state" => [
        "selected",
        "sélectionné",
        "seleccionado",
    ],
    WholeShown "whole-shown" => [
        "Showing the whole programme",
        "Tout le programme est affiché",
        "Se muestra todo el programa",
    ],
    FiguresNotPublished "figures-not-published" => [
        "figures not published",
        "chiffres non publiés",
        "cifras no publicadas",
    ],
    CopyFailed "copy-failed" => [
        "Could not copy to the clipboard",
        "Impossible de copier dans le presse-papiers",
        "No se pudo copiar al portapapeles",
    ],
    KioskHint "kiosk-hint" => [
        "Touch the screen to explore",
        "Touchez l'écran pour explorer",
        "Toque la pantalla para explorar",
    ],
    KioskPaused "kiosk-paused" => [
        "Paused: the tour goes on after a minute without a touch",
        "En pause\u{202f}: la visite reprend après une minute sans contact",
        "En pausa: el recorrido sigue tras un minuto sin tocar",
    ],
    KioskResume "kiosk-resume" => [
        "Back to the tour",
        "Retour à la visite",
        "Volver al recorrido",
    ],
    KioskPick "kiosk-pick" => [
        "Choose a country",
        "Choisir un pays",
        "Elegir un país",
    ],
    KioskNext "kiosk-next" => [
        "Next",
        "Ensuite",
        "Después",
    ],
    KioskMore "kiosk-more" => [
        "More",
        "Suite",
        "Más",
    ],
    KioskCountryOf "kiosk-country-of" => [
        "Programme country {n} of {total}",
        "Pays du programme {n} sur {total}",
        "País del programa {n} de {total}",
    ],
    KioskTour "kiosk-tour" => [
        "Tour",
        "Visite",
        "Recorrido",
    ],
    Encoding "encoding" => [
        "Draw as",
        "Représenter par",
        "Representar con",
    ],
    EncChoropleth "enc-choropleth" => [
        "Shaded countries",
        "Pays colorés",
        "Países coloreados",
    ],
    EncSymbols "enc-symbols" => [
        "Circles sized by the figure",
        "Cercles selon le chiffre",
        "Círculos según la cifra",
    ],
    FullPage "full-page" => [
        "See all the results",
        "Voir tous les résultats",
        "Ver todos los resultados",
    ],
    EmbedHelp "embed-help" => [
        "Pick what to show and in which language, check the preview, then copy the code into your page.",
        "Choisissez quoi montrer et dans quelle langue, vérifiez l'aperçu, puis copiez le code dans votre page.",
        "Elija qué mostrar y en qué idioma, revise la vista previa y copie el código en su página.",
    ],
    EmbedChoose "embed-choose" => [
        "Embed one visual: choose and preview",
        "Intégrer un seul visuel\u{202f}: choisir et prévisualiser",
        "Insertar un solo elemento: elegir y previsualizar",
    ],
    EmbedView "embed-view" => [
        "What to show",
        "Quoi montrer",
        "Qué mostrar",
    ],
    EmbedLang "embed-lang" => [
        "Language",
        "Langue",
        "Idioma",
    ],
    EmbedCode "embed-code" => [
        "Code to paste",
        "Code à coller",
        "Código para pegar",
    ],
    EmbedCopy "embed-copy" => [
        "Copy the code",
        "Copier le code",
        "Copiar el código",
    ],
    EmbedPreview "embed-preview" => [
        "Preview",
        "Aperçu",
        "Vista previa",
    ],
    LangHost "lang-host" => [
        "The host page's",
        "Celle de la page hôte",
        "El de la página anfitriona",
    ],
    ViewAll "view-all" => [
        "The whole page",
        "Toute la page",
        "Toda la página",
    ],
    ViewMap "view-map" => [
        "The map",
        "La carte",
        "El mapa",
    ],
    ViewResults "view-results" => [
        "Results by category",
        "Résultats par catégorie",
        "Resultados por categoría",
    ],
    ViewCounters "view-counters" => [
        "Key figures",
        "Chiffres clés",
        "Cifras clave",
    ],
    ViewCountries "view-countries" => [
        "By country",
        "Par pays",
        "Por país",
    ],
    ViewYears "view-years" => [
        "By year",
        "Par année",
        "Por año",
    ],
    ViewStories "view-stories" => [
        "In their words",
        "Dans leurs mots",
        "En sus palabras",
    ],
    PagerLabel "pager" => [
        "Pages",
        "Pages",
        "Páginas",
    ],
    PagerPrev "pager-prev" => [
        "Previous",
        "Précédents",
        "Anteriores",
    ],
    PagerNext "pager-next" => [
        "Next",
        "Suivants",
        "Siguientes",
    ],
    PagerResults "pager-results" => [
        "Results {a}–{b} of {n}",
        "Résultats {a} à {b} sur {n}",
        "Resultados {a} a {b} de {n}",
    ],
    PagerCountries "pager-countries" => [
        "Countries {a}–{b} of {n}",
        "Pays {a} à {b} sur {n}",
        "Países {a} a {b} de {n}",
    ],
    PagerStories "pager-stories" => [
        "Testimonies {a}–{b} of {n}",
        "Témoignages {a} à {b} sur {n}",
        "Testimonios {a} a {b} de {n}",
    ],
    PagerResult "pager-result" => [
        "Result {a} of {n}",
        "Résultat {a} sur {n}",
        "Resultado {a} de {n}",
    ],
    PagerCountry "pager-country" => [
        "Country {a} of {n}",
        "Pays {a} sur {n}",
        "País {a} de {n}",
    ],
    PagerStory "pager-story" => [
        "Testimony {a} of {n}",
        "Témoignage {a} sur {n}",
        "Testimonio {a} de {n}",
    ],
}

/// The `{name}`-style placeholders of a text, each once, sorted: what the three
/// languages of a message must share (tests here and of the command's words).
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut found: Vec<&str> = Vec::new();
    for part in text.split('{').skip(1) {
        if let Some(name) = part.split('}').next() {
            if !found.contains(&name) {
                found.push(name);
            }
        }
    }
    found.sort_unstable();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_has_english_french_and_spanish() {
        assert!(Msg::ALL.len() >= 120, "only {} messages", Msg::ALL.len());
        for m in Msg::ALL {
            for lang in Lang::ALL {
                assert!(!m.text(lang).trim().is_empty(), "{m:?} has no {lang:?} text");
            }
            let en = placeholders(m.text(Lang::En));
            assert_eq!(placeholders(m.text(Lang::Fr)), en, "{m:?}: French placeholders differ");
            assert_eq!(placeholders(m.text(Lang::Es)), en, "{m:?}: Spanish placeholders differ");
        }
    }

    #[test]
    fn french_puts_a_narrow_no_break_space_before_colons() {
        for m in Msg::ALL {
            let faults = crate::i18n::french_spacing_faults(m.text(Lang::Fr));
            assert!(faults.is_empty(), "{m:?}: {faults:?}");
        }
    }

    #[test]
    fn keys_are_unique_and_found_again() {
        for m in Msg::ALL {
            assert_eq!(Msg::from_data_key(m.key()), Some(*m), "{} names two messages", m.key());
        }
        assert_eq!(Msg::from_data_key("nope"), None);
    }

    #[test]
    fn every_key_in_the_html_skeleton_is_a_message() {
        let html = include_str!("../../index.html");
        let mut keys = 0;
        for attr in ["data-i18n=\"", "data-i18n-label=\""] {
            for part in html.split(attr).skip(1) {
                let key = part.split('"').next().unwrap_or_default();
                assert!(Msg::from_data_key(key).is_some(), "index.html's {key} is not in the catalogue");
                keys += 1;
            }
        }
        assert!(keys >= 15, "found only {keys} keys");
    }

    #[test]
    fn translations_differ_from_english() {
        assert_eq!(Msg::Share.text(Lang::Fr), "Copier le lien");
        assert_ne!(Msg::MapTitle.text(Lang::Es), Msg::MapTitle.text(Lang::En));
    }
}
