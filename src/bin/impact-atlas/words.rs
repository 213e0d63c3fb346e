//! The command's own words in English, French and Spanish: its help, the lines it
//! prints around the validator's messages, and its usage errors. The language is
//! `--lang` if given, else the terminal's (`LC_ALL`, `LC_MESSAGES`, `LANG`, as
//! gettext reads them), else English. The validator's messages themselves come
//! from `core::say` through `Problem::message_in`.

use impact_atlas::core::Lang;

/// The language of the command's words: the last `--lang L` among `args` (taken
/// out of them), else the environment's; and whether `--lang` was given (exported
/// images follow only a `--lang` given, so an export is the same on every machine).
pub fn take_lang(args: &mut Vec<std::ffi::OsString>) -> Result<(Lang, bool), String> {
    let mut lang = None;
    while let Some(i) = args.iter().position(|a| a == "--lang") {
        args.remove(i);
        if i >= args.len() {
            return Err("--lang needs a value: en, fr or es".to_owned());
        }
        let v = args.remove(i);
        let text = v.to_string_lossy().into_owned();
        lang = Some(
            Lang::from_tag(&text).ok_or_else(|| format!("--lang must be en, fr or es, not \"{text}\""))?,
        );
    }
    Ok((lang.unwrap_or_else(env_lang), lang.is_some()))
}

/// The terminal's language, if it is one the command speaks.
fn env_lang() -> Lang {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty())
        .and_then(|v| Lang::from_tag(&v))
        .unwrap_or_default()
}

macro_rules! words {
    ($($name:ident => [$en:literal, $fr:literal, $es:literal $(,)?],)*) => {
        /// One of the command's lines; `text(lang)` gives its words.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum W {
            $($name,)*
        }

        impl W {
            /// Every line, generated with the enum.
            #[cfg(test)]
            pub const ALL: &'static [W] = &[$(W::$name,)*];

            pub fn text(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((W::$name, Lang::En) => $en, (W::$name, Lang::Fr) => $fr, (W::$name, Lang::Es) => $es,)*
                }
            }
        }
    };
}

/// `{n}` and `{s}` (the plural ending) and other `{name}`s filled in.
pub fn fill(text: &str, pairs: &[(&str, &str)]) -> String {
    let mut out = text.to_owned();
    for (k, v) in pairs {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

/// "1 error, 2 warnings" in `lang`.
pub fn counts(errors: usize, warnings: usize, lang: Lang) -> String {
    format!("{}, {}", error_count(errors, lang), warning_count(warnings, lang))
}

/// "2 errors" in `lang`.
pub fn error_count(n: usize, lang: Lang) -> String {
    let words = match lang {
        Lang::En => ("error", "errors"),
        Lang::Fr => ("erreur", "erreurs"),
        Lang::Es => ("error", "errores"),
    };
    counted(n, words, lang)
}

fn warning_count(n: usize, lang: Lang) -> String {
    let words = match lang {
        Lang::En => ("warning", "warnings"),
        Lang::Fr => ("avertissement", "avertissements"),
        Lang::Es => ("advertencia", "advertencias"),
    };
    counted(n, words, lang)
}

/// `n` and its word, singular or plural (French counts 0 and 1 as one).
fn counted(n: usize, (one, many): (&str, &str), lang: Lang) -> String {
    let single = if lang == Lang::Fr { n <= 1 } else { n == 1 };
    format!("{n} {}", if single { one } else { many })
}

#[rustfmt::skip]
words! {
    Usage => [
"usage: impact-atlas <command> … [--lang en|fr|es]

commands:
  validate FILE…   check dataset files (and the tables they name) and list
                   every problem; exits 1 if any file has an error. Given a
                   table, checks the dataset file beside it that names it
  publish --out DIR [--data DIR]
                   check every dataset of DIR/index.json (data/ by default) as
                   validate does and, if none has an error, write the public
                   files the page reads into DIR: index.json, one
                   <id>-<hash>.json per dataset (protected counts already
                   fewer-than-N markers, no warnings) and geo/world.bin; exits 1
                   and writes nothing if any dataset has an error
  export --data FILE --out DIR [--width W] [--height H] [--scale S] [--geo FILE]
                   write each chart and the map as SVG and PNG into DIR
                   (width/height in CSS px, default 1200 wide; scale = pixel
                   ratio, default 2; the images' words in the --lang given, else
                   English; geo: the map data, found in the project by default,
                   or none for no map)
  new-dataset DIR [--id ID]
                   start a new programme's dataset in folder DIR: ID.json (the
                   programme, countries and totals; fill in every REPLACE) and
                   ID.xlsx (the per-country and per-year tables, with notes);
                   ID defaults to the folder's name
  cards --out DIR [--data-dir DIR]
                   write a 1200x630 share card per dataset of DIR/index.json
                   (default data/) and language, and print one JSON line each
  label-world FILE
                   search each country's label point in the map data FILE
                   and write them into it (scripts/make-geometry.mjs runs it)
  help             show this text

--lang: the language of what the command prints, by default the terminal's
(LANG), else English; and of exported images, by default English.

examples:
  cargo run -- new-dataset data/next
  cargo run -- validate data/datasets/demo.json
  cargo run -- validate --lang fr data/datasets/demo.json
  cargo run -- publish --out dist/data
  cargo run -- export --data data/datasets/prodef.json --out exports --lang fr",
"usage\u{202f}: impact-atlas <commande> … [--lang en|fr|es]

commandes\u{202f}:
  validate FICHIER…
                   vérifie des fichiers de données (et les tableaux qu'ils
                   nomment) et liste chaque problème\u{202f}; sort avec le code 1 si un
                   fichier a une erreur. Pour un tableau, vérifie le fichier de
                   données placé à côté qui le nomme
  publish --out DOSSIER [--data DOSSIER]
                   vérifie chaque jeu de données de DOSSIER/index.json (data/ par
                   défaut) comme validate et, si aucun n'a d'erreur, écrit dans
                   DOSSIER les fichiers publics que lit la page\u{202f}: index.json, un
                   <id>-<empreinte>.json par jeu de données (petits nombres déjà
                   remplacés par «\u{202f}moins de N\u{202f}», sans avertissements) et
                   geo/world.bin\u{202f}; sort avec le code 1 sans rien écrire si un
                   jeu de données a une erreur
  export --data FICHIER --out DOSSIER [--width L] [--height H] [--scale S] [--geo FICHIER]
                   écrit chaque graphique et la carte en SVG et en PNG dans
                   DOSSIER (largeur/hauteur en px CSS, 1200 de large par défaut\u{202f};
                   scale = densité de pixels, 2 par défaut\u{202f}; les mots des images
                   dans la langue de --lang\u{202f}; geo\u{202f}: les données de la carte,
                   trouvées dans le projet par défaut, ou none pour aucune carte)
  new-dataset DOSSIER [--id ID]
                   commence le jeu de données d'un nouveau programme dans
                   DOSSIER\u{202f}: ID.json (le programme, les pays et les totaux\u{202f};
                   remplacez chaque REPLACE) et ID.xlsx (les tableaux par pays et
                   par année, avec des notes)\u{202f}; ID est par défaut le nom du dossier
  cards --out DOSSIER [--data-dir DOSSIER]
                   écrit une image de partage 1200x630 par jeu de données de
                   DOSSIER/index.json (data/ par défaut) et par langue, et une
                   ligne JSON pour chacune
  label-world FICHIER
                   cherche le point d'étiquette de chaque pays des données de
                   carte FICHIER et les y écrit (scripts/make-geometry.mjs le lance)
  help             affiche ce texte

--lang\u{202f}: la langue de ce qu'affiche la commande (et des images exportées)\u{202f}; par
défaut celle du terminal (LANG), sinon l'anglais.

exemples\u{202f}:
  cargo run -- new-dataset data/suite
  cargo run -- validate data/datasets/demo.json
  cargo run -- validate --lang fr data/datasets/demo.json
  cargo run -- publish --out dist/data
  cargo run -- export --data data/datasets/prodef.json --out exports --lang fr",
"uso: impact-atlas <comando> … [--lang en|fr|es]

comandos:
  validate ARCHIVO…
                   comprueba archivos de datos (y las tablas que nombran) y
                   enumera cada problema; termina con el código 1 si algún
                   archivo tiene un error. Para una tabla, comprueba el archivo
                   de datos de al lado que la nombra
  publish --out CARPETA [--data CARPETA]
                   comprueba cada conjunto de datos de CARPETA/index.json (data/
                   por defecto) como validate y, si ninguno tiene errores,
                   escribe en CARPETA los archivos públicos que lee la página:
                   index.json, un <id>-<huella>.json por conjunto (las cifras
                   pequeñas ya como \"menos de N\", sin advertencias) y
                   geo/world.bin; termina con el código 1 sin escribir nada si
                   algún conjunto tiene un error
  export --data ARCHIVO --out CARPETA [--width A] [--height H] [--scale S] [--geo ARCHIVO]
                   escribe cada gráfico y el mapa en SVG y PNG en CARPETA
                   (ancho/alto en px CSS, 1200 de ancho por defecto; scale =
                   densidad de píxeles, 2 por defecto; las palabras de las
                   imágenes en el idioma de --lang si se indica, si no en inglés; geo: los datos del mapa,
                   que se buscan en el proyecto por defecto, o none para no
                   incluir el mapa)
  new-dataset CARPETA [--id ID]
                   empieza el conjunto de datos de un programa nuevo en CARPETA:
                   ID.json (el programa, los países y los totales; rellene cada
                   REPLACE) e ID.xlsx (las tablas por país y por año, con notas);
                   ID es por defecto el nombre de la carpeta
  cards --out CARPETA [--data-dir CARPETA]
                   escribe una imagen para compartir de 1200x630 por conjunto de
                   CARPETA/index.json (data/ por defecto) y por idioma, y una
                   línea JSON por cada una
  label-world ARCHIVO
                   busca el punto de etiqueta de cada país en los datos del mapa
                   ARCHIVO y los escribe en él (scripts/make-geometry.mjs lo usa)
  help             muestra este texto

--lang: el idioma de lo que muestra el comando, por defecto el del terminal
(LANG), si no el inglés; y de las imágenes exportadas, por defecto el inglés.

ejemplos:
  cargo run -- new-dataset data/siguiente
  cargo run -- validate data/datasets/demo.json
  cargo run -- validate --lang es data/datasets/demo.json
  cargo run -- publish --out dist/data
  cargo run -- export --data data/datasets/prodef.json --out exports --lang es",
    ],
    UnknownCommand => ["unknown command \"{what}\"", "commande inconnue «\u{202f}{what}\u{202f}»", "comando desconocido \"{what}\""],
    NoCommand => ["no command given", "aucune commande donnée", "no se indicó ningún comando"],
    NotText => ["the command is not valid text", "la commande n'est pas du texte valide", "el comando no es un texto válido"],
    UnknownOption => ["unknown option \"{what}\"", "option inconnue «\u{202f}{what}\u{202f}»", "opción desconocida \"{what}\""],
    NeedsValue => ["{what} needs a value", "{what} demande une valeur", "{what} necesita un valor"],
    OptionNotText => ["an option is not valid text", "une option n'est pas du texte valide", "una opción no es un texto válido"],
    ValueNotText => ["the value of {what} is not valid text", "la valeur de {what} n'est pas du texte valide", "el valor de {what} no es un texto válido"],
    PositiveNumber => ["{what} must be a positive number, not \"{value}\"", "{what} doit être un nombre positif, pas «\u{202f}{value}\u{202f}»", "{what} debe ser un número positivo, no \"{value}\""],
    Needs => ["{command} needs {what}", "{command} demande {what}", "{command} necesita {what}"],
    IdChars => ["--id needs letters, digits, - or _ only, such as next-programme", "--id ne prend que des lettres, des chiffres, - ou _, comme programme-suivant", "--id solo admite letras, cifras, - o _, como programa-siguiente"],
    OneFolder => ["new-dataset takes one folder", "new-dataset prend un seul dossier", "new-dataset admite una sola carpeta"],
    NeedsFolder => ["new-dataset needs a folder, such as data/next", "new-dataset demande un dossier, comme data/suite", "new-dataset necesita una carpeta, como data/siguiente"],
    NeedsFile => ["validate needs at least one dataset file", "validate demande au moins un fichier de données", "validate necesita al menos un archivo de datos"],
    Wrote => ["wrote {what}", "écrit\u{202f}: {what}", "escrito: {what}"],
    NextSteps => [
        "next: fill in every REPLACE in {id}.json, and your figures in the sheets of {id}.xlsx (delete the EXAMPLE rows); then check it with\n  impact-atlas validate {path}",
        "ensuite\u{202f}: remplacez chaque REPLACE dans {id}.json, et saisissez vos chiffres dans les feuilles de {id}.xlsx (supprimez les lignes EXAMPLE)\u{202f}; puis vérifiez-le avec\n  impact-atlas validate {path}",
        "después: rellene cada REPLACE en {id}.json y sus cifras en las hojas de {id}.xlsx (borre las filas EXAMPLE); luego compruébelo con\n  impact-atlas validate {path}",
    ],
    Published => ["published {what} ({n} bytes)", "publié\u{202f}: {what} ({n} octets)", "publicado: {what} ({n} bytes)"],
    NotPublished => [
        "NOT published: {n} error{s} (listed above); fix them and build again",
        "NON publié\u{202f}: {counts} (voir ci-dessus)\u{202f}; corrigez et relancez la construction",
        "NO publicado: {counts} (véase arriba); corrija y vuelva a construir",
    ],
    TableChecked => [
        "{table} is a table: tables are checked through the dataset file that names them, so {json} is checked",
        "{table} est un tableau\u{202f}: les tableaux sont vérifiés par le fichier de données qui les nomme, donc {json} est vérifié",
        "{table} es una tabla: las tablas se comprueban a través del archivo de datos que las nombra, así que se comprueba {json}",
    ],
    TableAlone => [
        "{table}: this is a table, and tables are checked through the dataset's .json file that names them; no .json file beside it names it (run validate on the dataset's .json file, or name the table in it, as in \"by_country\": \"{name}\")",
        "{table}\u{202f}: c'est un tableau, et les tableaux sont vérifiés par le fichier .json du jeu de données qui les nomme\u{202f}; aucun fichier .json à côté ne le nomme (lancez validate sur le fichier .json du jeu de données, ou nommez-y le tableau, comme dans \"by_country\": \"{name}\")",
        "{table}: es una tabla, y las tablas se comprueban a través del archivo .json del conjunto de datos que las nombra; ningún archivo .json a su lado la nombra (ejecute validate sobre el archivo .json del conjunto, o nombre la tabla en él, como en \"by_country\": \"{name}\")",
    ],
    FilesChecked => ["{n} files checked, {failed} with errors", "{n} fichiers vérifiés, {failed} avec des erreurs", "{n} archivos comprobados, {failed} con errores"],
    Valid => ["valid ({counts})", "valide ({counts})", "válido ({counts})"],
    ValidDefault => [
        "valid ({counts}); per-country and per-year counts below {t} show as \"fewer than {t}\" (the default, as small_number_threshold is not set)",
        "valide ({counts})\u{202f}; les nombres par pays et par année inférieurs à {t} s'affichent «\u{202f}moins de {t}\u{202f}» (par défaut, car small_number_threshold n'est pas indiqué)",
        "válido ({counts}); las cifras por país y por año menores que {t} se muestran como \"menos de {t}\" (por defecto, ya que small_number_threshold no está indicado)",
    ],
    NotValid => [
        "NOT valid ({counts}); the page will not show it until the errors are fixed",
        "NON valide ({counts})\u{202f}; la page ne l'affichera pas tant que les erreurs ne seront pas corrigées",
        "NO válido ({counts}); la página no lo mostrará hasta que se corrijan los errores",
    ],
    NoFont => [
        "warning: the character {c} ({code}) in \"{text}\" has no font on this machine, so the exported images would show an empty box (replace it with words, or install a font that has it)",
        "avertissement\u{202f}: le caractère {c} ({code}) dans «\u{202f}{text}\u{202f}» n'a pas de police sur cet ordinateur, les images exportées montreraient donc une case vide (remplacez-le par des mots, ou installez une police qui l'a)",
        "advertencia: el carácter {c} ({code}) en \"{text}\" no tiene fuente en este equipo, así que las imágenes exportadas mostrarían un recuadro vacío (sustitúyalo por palabras o instale una fuente que lo tenga)",
    ],
    AlreadyExists => [
        "{what} already exists; choose another folder, or move it away first",
        "{what} existe déjà\u{202f}; choisissez un autre dossier, ou déplacez d'abord ce fichier",
        "{what} ya existe; elija otra carpeta o mueva antes ese archivo",
    ],
    LabelsWritten => ["{what}: label points written ({n} bytes)", "{what}\u{202f}: points d'étiquette écrits ({n} octets)", "{what}: puntos de etiqueta escritos ({n} bytes)"],
    LabelNeedsFile => ["label-world needs one FILE", "label-world demande un FICHIER", "label-world necesita un ARCHIVO"],
    CannotRead => ["cannot read {what}: {why}", "impossible de lire {what}\u{202f}: {why}", "no se puede leer {what}: {why}"],
    NoWorld => [
        "the map data ({world}) was not found; looked in: {places}. Run the command inside the project folder, give the file with --geo FILE, or export without the map with --geo none",
        "les données de la carte ({world}) sont introuvables\u{202f}; cherchées dans\u{202f}: {places}. Lancez la commande dans le dossier du projet, donnez le fichier avec --geo FICHIER, ou exportez sans la carte avec --geo none",
        "no se encontraron los datos del mapa ({world}); se buscaron en: {places}. Ejecute el comando dentro de la carpeta del proyecto, indique el archivo con --geo ARCHIVO o exporte sin el mapa con --geo none",
    ],
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_has_three_languages_with_the_same_placeholders_and_french_spacing() {
        use impact_atlas::i18n::placeholders as holes;
        for w in W::ALL {
            let [en, fr, es] = [Lang::En, Lang::Fr, Lang::Es].map(|l| w.text(l));
            assert!(!en.is_empty() && !fr.is_empty() && !es.is_empty(), "{w:?}");
            assert_ne!(en, fr, "{w:?} in French");
            assert_ne!(en, es, "{w:?} in Spanish");
            // The English NotPublished keeps its own counting words ({n} error{s}).
            if *w != W::NotPublished {
                assert_eq!(holes(en), holes(fr), "{w:?}");
                assert_eq!(holes(en), holes(es), "{w:?}");
            }
            // A JSON example keeps JSON's colon.
            let faults = impact_atlas::i18n::french_spacing_faults(&fr.replace("\"by_country\": ", ""));
            assert!(faults.is_empty(), "{w:?}: {faults:?}");
        }
    }

    #[test]
    fn counts_follow_each_languages_plural() {
        assert_eq!(counts(1, 0, Lang::En), "1 error, 0 warnings");
        assert_eq!(counts(0, 1, Lang::Fr), "0 erreur, 1 avertissement");
        assert_eq!(counts(2, 3, Lang::Fr), "2 erreurs, 3 avertissements");
        assert_eq!(counts(1, 2, Lang::Es), "1 error, 2 advertencias");
    }

    #[test]
    fn lang_is_taken_from_the_arguments_else_the_terminal() {
        let mut a: Vec<std::ffi::OsString> = ["validate", "--lang", "fr", "x.json"].map(Into::into).to_vec();
        assert_eq!(take_lang(&mut a), Ok((Lang::Fr, true)));
        assert_eq!(a, ["validate", "x.json"].map(std::ffi::OsString::from).to_vec());
        let mut bad: Vec<std::ffi::OsString> = ["validate", "--lang", "de"].map(Into::into).to_vec();
        assert!(take_lang(&mut bad).is_err());
        let mut missing: Vec<std::ffi::OsString> = ["validate", "--lang"].map(Into::into).to_vec();
        assert!(take_lang(&mut missing).is_err());
    }
}
