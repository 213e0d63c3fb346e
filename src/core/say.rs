//! The validator's messages in English, French and Spanish: what is wrong and how to
//! fix it. Each message is declared once below with its parameters and its six
//! texts (what and hint, in three languages), so a message cannot be added in one
//! language only; the macro also gives one example of each message, which the tests
//! render in every language. English is what `impact-atlas validate` prints and what
//! tests assert word for word; the staff preview shows the page's language.
//!
//! It lives in `core` because a [`Problem`](super::Problem) carries its message. Only
//! the validator (the command and the staff preview's worker) links it: the visitor's
//! page never downloads these words.

use super::lang::Lang;

/// A parameter as it reads in a language: file strings and numbers as they are,
/// the validator's own words (a JSON kind, a place, a meaning) translated.
pub trait Words {
    fn words(&self, lang: Lang) -> String;
}

impl Words for String {
    fn words(&self, _: Lang) -> String {
        self.clone()
    }
}

impl Words for u64 {
    fn words(&self, _: Lang) -> String {
        self.to_string()
    }
}

impl Words for usize {
    fn words(&self, _: Lang) -> String {
        self.to_string()
    }
}

/// What kind of JSON value was found (`Node::kind`'s English words).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kind(pub &'static str);

impl Words for Kind {
    fn words(&self, lang: Lang) -> String {
        let [en, fr, es] = match self.0 {
            "null" => ["null", "null", "null"],
            "true/false" => ["true/false", "une valeur true/false", "un valor true/false"],
            "a number" => ["a number", "un nombre", "un número"],
            "text" => ["text", "du texte", "texto"],
            "a list" => ["a list", "une liste", "una lista"],
            "an object" => ["an object", "un objet", "un objeto"],
            other => [other, other, other],
        };
        pick(lang, en, fr, es).to_owned()
    }
}

/// What kind of JSON value a field needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Object,
    Text,
    WholeNumber,
    TextOrTranslations,
    List,
}

impl Words for Expected {
    fn words(&self, lang: Lang) -> String {
        let [en, fr, es] = match self {
            Expected::Object => ["an object { … }", "un objet { … }", "un objeto { … }"],
            Expected::Text => ["text in quotes", "du texte entre guillemets", "texto entre comillas"],
            Expected::WholeNumber => ["a whole number", "un nombre entier", "un número entero"],
            Expected::TextOrTranslations => [
                "text, or an object of translations {\"en\": …}",
                "du texte, ou un objet de traductions {\"en\": …}",
                "texto, o un objeto de traducciones {\"en\": …}",
            ],
            Expected::List => ["a list [ … ]", "une liste [ … ]", "una lista [ … ]"],
        };
        pick(lang, en, fr, es).to_owned()
    }
}

/// A place in a file, in the validator's words (`line 3`, `sheet countries, cell C2
/// (people)`, `line 14, column 15, the 4th country › iso3`), translated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct At(pub String);

impl Words for At {
    fn words(&self, lang: Lang) -> String {
        place_in(&self.0, lang)
    }
}

/// What an encoded character means: a character (quoted) or words (`a space`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Means(pub String);

impl Words for Means {
    fn words(&self, lang: Lang) -> String {
        let m = &self.0;
        if m == "a space" {
            return pick(lang, "a space", "une espace", "un espacio").to_owned();
        }
        if m.starts_with("a ") && m.chars().count() > 1 {
            return m.clone();
        }
        match lang {
            Lang::En | Lang::Es => format!("\"{m}\""),
            Lang::Fr => format!("«\u{202f}{m}\u{202f}»"),
        }
    }
}

/// An encoding's name (`text_checks::Encoded::kind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Encoding(pub &'static str);

impl Words for Encoding {
    fn words(&self, lang: Lang) -> String {
        let [en, fr, es] = match self.0 {
            "HTML code" => ["HTML code", "code HTML", "código HTML"],
            "web address code" => ["web address code", "code d'adresse web", "código de dirección web"],
            other => [other, other, other],
        };
        pick(lang, en, fr, es).to_owned()
    }
}

/// The other table a total is compared with: `countries` or `years`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Table(pub &'static str);

impl Words for Table {
    fn words(&self, lang: Lang) -> String {
        let [en, fr, es] = match self.0 {
            "country" => ["country", "pays", "país"],
            "year" => ["year", "année", "año"],
            other => [other, other, other],
        };
        pick(lang, en, fr, es).to_owned()
    }
}

/// Each of a list, joined as a sentence does (`a, b and c`).
fn and_list(items: &[String], lang: Lang) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {} {last}", rest.join(", "), pick(lang, "and", "et", "y")),
    }
}

/// Names, listed as a sentence does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct List(pub Vec<String>);

impl Words for List {
    fn words(&self, lang: Lang) -> String {
        and_list(&self.0, lang)
    }
}

/// The rows of a table, in the plural: `countries` or `years`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rows(pub &'static str);

impl Words for Rows {
    fn words(&self, lang: Lang) -> String {
        let [en, fr, es] = match self.0 {
            "countries" => ["countries", "pays", "países"],
            "years" => ["years", "années", "años"],
            other => [other, other, other],
        };
        pick(lang, en, fr, es).to_owned()
    }
}

/// The programme total a table's column adds up to, by its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Total {
    Headline(String),
    Result(String),
    /// A part (first) of a result (second).
    Part(String, String),
}

impl Words for Total {
    fn words(&self, lang: Lang) -> String {
        match (self, lang) {
            (Total::Headline(k), Lang::En) => format!("headline \"{k}\""),
            (Total::Headline(k), Lang::Fr) => format!("le chiffre clé «\u{202f}{k}\u{202f}»"),
            (Total::Headline(k), Lang::Es) => format!("la cifra destacada \"{k}\""),
            (Total::Result(k), Lang::En) => format!("result \"{k}\""),
            (Total::Result(k), Lang::Fr) => format!("le résultat «\u{202f}{k}\u{202f}»"),
            (Total::Result(k), Lang::Es) => format!("el resultado \"{k}\""),
            (Total::Part(k, of), Lang::En) => format!("part \"{k}\" of result \"{of}\""),
            (Total::Part(k, of), Lang::Fr) => {
                format!("la partie «\u{202f}{k}\u{202f}» du résultat «\u{202f}{of}\u{202f}»")
            }
            (Total::Part(k, of), Lang::Es) => format!("la parte \"{k}\" del resultado \"{of}\""),
        }
    }
}

/// How a published total is qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum About {
    Exact,
    Approximately,
    MoreThan,
}

/// A number, or what is known of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Amount {
    Just(u64),
    Exactly(u64),
    Or(u64, u64),
    Between(u64, u64),
    To(u64, u64),
    AtLeast(u64),
}

impl Words for Amount {
    fn words(&self, lang: Lang) -> String {
        match (*self, lang) {
            (Amount::Just(n), _) => n.to_string(),
            (Amount::Exactly(n), _) => format!("{} {n}", pick(lang, "exactly", "exactement", "exactamente")),
            (Amount::Or(a, b), _) => format!("{a} {} {b}", pick(lang, "or", "ou", "o")),
            (Amount::Between(a, b), Lang::En) => format!("between {a} and {b}"),
            (Amount::Between(a, b), Lang::Fr) => format!("entre {a} et {b}"),
            (Amount::Between(a, b), Lang::Es) => format!("entre {a} y {b}"),
            (Amount::To(a, b), Lang::En) => format!("{a} to {b}"),
            (Amount::To(a, b), Lang::Fr) => format!("de {a} à {b}"),
            (Amount::To(a, b), Lang::Es) => format!("de {a} a {b}"),
            (Amount::AtLeast(n), _) => format!("{} {n}", pick(lang, "at least", "au moins", "al menos")),
        }
    }
}

/// What a hidden figure can be worked out from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A published total: `headline "people" (approximately 1808)`.
    Total { name: Total, about: About, value: u64 },
    /// The other table's column: `the per-year people figures (which add up to 90)`.
    OtherTable { table: Table, column: String, sum: Amount },
}

impl Words for Source {
    fn words(&self, lang: Lang) -> String {
        match self {
            Source::Total { name, about, value } => {
                let about = match about {
                    About::Exact => "",
                    About::Approximately => pick(lang, "approximately ", "environ ", "aproximadamente "),
                    About::MoreThan => pick(lang, "more than ", "plus de ", "más de "),
                };
                format!("{} ({about}{value})", name.words(lang))
            }
            Source::OtherTable { table, column, sum } => {
                let (table, sum) = (table.words(lang), sum.words(lang));
                match lang {
                    Lang::En => format!("the per-{table} {column} figures (which add up to {sum})"),
                    Lang::Fr => format!("les chiffres {column} par {table} (qui totalisent {sum})"),
                    Lang::Es => format!("las cifras {column} por {table} (que suman {sum})"),
                }
            }
        }
    }
}

/// Sources, listed as a sentence does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sources(pub Vec<Source>);

impl Words for Sources {
    fn words(&self, lang: Lang) -> String {
        and_list(&self.0.iter().map(|x| x.words(lang)).collect::<Vec<_>>(), lang)
    }
}

/// One change that would stop a hidden figure from being worked out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fix {
    Approximately { name: Total, json_file: String },
    OtherTableCell { column: String, table: Table },
    AnotherCell { column: String },
}

/// The changes that would each stop it, or general advice when none alone would.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fixes(pub Vec<Fix>);

impl Words for Fixes {
    fn words(&self, lang: Lang) -> String {
        if self.0.is_empty() {
            return pick(
                lang,
                "the totals add these figures up: publish fewer of this column's figures, or its total as approximately",
                "les totaux additionnent ces chiffres\u{202f}: publiez moins de chiffres de cette colonne, ou son total avec le qualifier approximately",
                "los totales suman estas cifras: publique menos cifras de esta columna, o su total con el qualifier approximately",
            )
            .to_owned();
        }
        let each: Vec<String> = self
            .0
            .iter()
            .map(|f| match (f, lang) {
                (Fix::Approximately { name, json_file }, _) => {
                    let name = name.words(lang);
                    match lang {
                        Lang::En => format!("publish {name} as approximately (its qualifier in {json_file})"),
                        Lang::Fr => format!("publiez {name} avec le qualifier approximately (dans {json_file})"),
                        Lang::Es => format!("publique {name} con el qualifier approximately (en {json_file})"),
                    }
                }
                (Fix::OtherTableCell { column, table }, _) => {
                    let table = table.words(lang);
                    match lang {
                        Lang::En => {
                            format!("leave a {column} figure of the per-{table} table unpublished (an empty cell)")
                        }
                        Lang::Fr => {
                            format!("laissez un chiffre {column} du tableau par {table} non publié (une cellule vide)")
                        }
                        Lang::Es => {
                            format!("deje sin publicar una cifra {column} de la tabla por {table} (una celda vacía)")
                        }
                    }
                }
                (Fix::AnotherCell { column }, Lang::En) => {
                    format!("leave another {column} figure of this table unpublished (an empty cell)")
                }
                (Fix::AnotherCell { column }, Lang::Fr) => {
                    format!("laissez un autre chiffre {column} de ce tableau non publié (une cellule vide)")
                }
                (Fix::AnotherCell { column }, Lang::Es) => {
                    format!("deje sin publicar otra cifra {column} de esta tabla (una celda vacía)")
                }
            })
            .collect();
        each.join(pick(lang, ", or ", ", ou ", ", o "))
    }
}

fn pick<T>(lang: Lang, en: T, fr: T, es: T) -> T {
    match lang {
        Lang::En => en,
        Lang::Fr => fr,
        Lang::Es => es,
    }
}

macro_rules! messages {
    ($(
        $(#[$doc:meta])*
        $name:ident { $($p:ident: $t:ty = $ex:expr),* $(,)? }
            what [$we:literal, $wf:literal, $ws:literal $(,)?]
            hint [$he:literal, $hf:literal, $hs:literal $(,)?]
    )*) => {
        /// One validator message with its parameters; `what` and `hint` in a language.
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub enum Say {
            $($(#[$doc])* $name { $($p: $t),* },)*
        }

        impl Say {
            /// What is wrong, and how to fix it, in `lang`.
            pub fn words(&self, lang: Lang) -> [String; 2] {
                match self {
                    $(Say::$name { $($p),* } => {
                        $(let $p = Words::words($p, lang);)*
                        match lang {
                            Lang::En => [format!($we), format!($he)],
                            Lang::Fr => [format!($wf), format!($hf)],
                            Lang::Es => [format!($ws), format!($hs)],
                        }
                    })*
                }
            }

            /// The parameters as they read in `lang` (for the tests: each must show).
            #[cfg(test)]
            fn parameters(&self, lang: Lang) -> Vec<String> {
                match self {
                    $(Say::$name { $($p),* } => vec![$(Words::words($p, lang)),*],)*
                }
            }

            /// One example of every message.
            #[cfg(test)]
            fn examples() -> Vec<Say> {
                vec![$(Say::$name { $($p: $ex),* },)*]
            }
        }
    };
}

/// `x.to_owned()`, shorter in the examples.
#[cfg(test)]
fn s(x: &str) -> String {
    x.to_owned()
}

messages! {
    // The reader (src/model/reader.rs): fields, values and their types.
    TooManyProblems { max: usize = 200 }
        what ["more than {max} problems; the rest are not listed",
              "plus de {max} problèmes\u{202f}; les autres ne sont pas listés",
              "más de {max} problemas; los demás no se enumeran"]
        hint ["fix these first, or check that this is the right file",
              "corrigez d'abord ceux-ci, ou vérifiez que c'est le bon fichier",
              "corrija primero estos, o compruebe que es el archivo correcto"]
    WrongType { expected: Expected = Expected::List, found: Kind = Kind("a number") }
        what ["expected {expected}, found {found}",
              "attendu\u{202f}: {expected}, trouvé\u{202f}: {found}",
              "se esperaba {expected} y se encontró {found}"]
        hint ["check the value's type against data/README.md",
              "vérifiez le type de la valeur dans data/README.md",
              "compruebe el tipo del valor en data/README.md"]
    UnknownField { key: String = s("nmae"), allowed: String = s("name, iso3") }
        what ["unknown field \"{key}\"",
              "champ inconnu «\u{202f}{key}\u{202f}»",
              "campo desconocido \"{key}\""]
        hint ["allowed fields here: {allowed}",
              "champs acceptés ici\u{202f}: {allowed}",
              "campos admitidos aquí: {allowed}"]
    FieldTwice { key: String = s("name") }
        what ["field \"{key}\" appears more than once",
              "le champ «\u{202f}{key}\u{202f}» apparaît plus d'une fois",
              "el campo \"{key}\" aparece más de una vez"]
        hint ["keep one of them", "gardez-en un seul", "conserve solo uno"]
    MissingField { key: String = s("iso3") }
        what ["missing field \"{key}\"",
              "champ «\u{202f}{key}\u{202f}» manquant",
              "falta el campo \"{key}\""]
        hint ["add it; data/README.md lists every field",
              "ajoutez-le\u{202f}; data/README.md décrit tous les champs",
              "agréguelo; data/README.md describe todos los campos"]
    TextToFill { value: String = s("REPLACE with the name") }
        what ["still to fill in: \"{value}\"",
              "encore à remplir\u{202f}: «\u{202f}{value}\u{202f}»",
              "falta completar: \"{value}\""]
        hint ["write the text in its place, inside the quotes",
              "écrivez le texte à sa place, entre les guillemets",
              "escriba el texto en su lugar, entre las comillas"]
    NumberToFill { value: String = s("REPLACE with a number") }
        what ["still to fill in: \"{value}\"",
              "encore à remplir\u{202f}: «\u{202f}{value}\u{202f}»",
              "falta completar: \"{value}\""]
        hint ["write the number in its place, without quotes",
              "écrivez le nombre à sa place, sans guillemets",
              "escriba el número en su lugar, sin comillas"]
    TextEmpty {}
        what ["text is empty", "le texte est vide", "el texto está vacío"]
        hint ["fill it in or remove the field",
              "remplissez-le ou retirez le champ",
              "complételo o quite el campo"]
    InvisibleCharacter { text: String = s("Hai\u{200b}ti"), code: String = s("200B") }
        what ["text \"{text}\" holds the invisible character U+{code}",
              "le texte «\u{202f}{text}\u{202f}» contient le caractère invisible U+{code}",
              "el texto \"{text}\" contiene el carácter invisible U+{code}"]
        hint ["retype the text, or paste it as plain text; invisible control and direction characters are not allowed",
              "retapez le texte, ou collez-le en texte brut\u{202f}; les caractères invisibles de contrôle et de direction ne sont pas acceptés",
              "vuelva a escribir el texto, o péguelo como texto sin formato; no se admiten caracteres invisibles de control ni de dirección"]
    QuotedNumber { value: String = s("1808"), digits: String = s("1808") }
        what ["number \"{value}\" is in quotes",
              "le nombre «\u{202f}{value}\u{202f}» est entre guillemets",
              "el número \"{value}\" está entre comillas"]
        hint ["remove the quotes: write {digits}",
              "retirez les guillemets\u{202f}: écrivez {digits}",
              "quite las comillas: escriba {digits}"]
    QuotedNumberWithSeparators { value: String = s("24,906"), digits: String = s("24906") }
        what ["number \"{value}\" is in quotes",
              "le nombre «\u{202f}{value}\u{202f}» est entre guillemets",
              "el número \"{value}\" está entre comillas"]
        hint ["remove the quotes and separators: write {digits}",
              "retirez les guillemets et les séparateurs\u{202f}: écrivez {digits}",
              "quite las comillas y los separadores: escriba {digits}"]
    CountNegative { count: String = s("-3") }
        what ["count {count} is negative",
              "le nombre {count} est négatif",
              "la cifra {count} es negativa"]
        hint ["counts are 0 or more",
              "les nombres valent 0 ou plus",
              "las cifras son 0 o más"]
    CountNotWhole { count: String = s("12.5") }
        what ["count {count} is not a whole number",
              "le nombre {count} n'est pas un nombre entier",
              "la cifra {count} no es un número entero"]
        hint ["write a whole number such as 1808; put \"approximately\" in the qualifier",
              "écrivez un nombre entier comme 1808\u{202f}; mettez \"approximately\" dans le champ qualifier",
              "escriba un número entero como 1808; ponga \"approximately\" en el campo qualifier"]
    CellNotWholeCount { count: String = s("12.5") }
        what ["count {count} is not a whole number",
              "le nombre {count} n'est pas un nombre entier",
              "la cifra {count} no es un número entero"]
        hint ["write a whole number such as 1808",
              "écrivez un nombre entier comme 1808",
              "escriba un número entero como 1808"]
    CountTooLarge { count: String = s("10000000000000") }
        what ["count {count} is too large",
              "le nombre {count} est trop grand",
              "la cifra {count} es demasiado grande"]
        hint ["check for extra digits",
              "vérifiez qu'il n'y a pas de chiffres en trop",
              "compruebe que no sobren dígitos"]
    ImplausibleYear { year: u64 = 20150 }
        what ["year {year} is not a plausible year",
              "{year} n'est pas une année plausible",
              "{year} no es un año plausible"]
        hint ["write a four-digit year such as 2015",
              "écrivez une année à quatre chiffres comme 2015",
              "escriba un año de cuatro cifras como 2015"]
    Encoded { kind: Encoding = Encoding("HTML code"), found: String = s("&eacute;"), means: Means = Means(s("é")) }
        what ["the text contains the {kind} \"{found}\", which the page would show as it is",
              "le texte contient le {kind} «\u{202f}{found}\u{202f}», que la page afficherait tel quel",
              "el texto contiene el {kind} \"{found}\", que la página mostraría tal cual"]
        hint ["write {means} instead",
              "écrivez plutôt {means}",
              "escriba {means} en su lugar"]
    EncodedUnknown { kind: Encoding = Encoding("HTML code"), found: String = s("&#0;") }
        what ["the text contains the {kind} \"{found}\", which the page would show as it is",
              "le texte contient le {kind} «\u{202f}{found}\u{202f}», que la page afficherait tel quel",
              "el texto contiene el {kind} \"{found}\", que la página mostraría tal cual"]
        hint ["write the character itself",
              "écrivez le caractère lui-même",
              "escriba el carácter mismo"]
    UnknownQualifier { value: String = s("about") }
        what ["unknown qualifier \"{value}\"",
              "valeur de qualifier inconnue «\u{202f}{value}\u{202f}»",
              "valor de qualifier desconocido \"{value}\""]
        hint ["use exact, more_than or approximately",
              "utilisez exact, more_than ou approximately",
              "use exact, more_than o approximately"]

    // The dataset file as a whole (src/model/parse.rs).
    FormatUnsupported { found: String = s("impact-atlas/0"), wanted: String = s("impact-atlas/1") }
        what ["format \"{found}\" is not supported",
              "le format «\u{202f}{found}\u{202f}» n'est pas pris en charge",
              "el formato \"{found}\" no es compatible"]
        hint ["this page reads \"{wanted}\"",
              "cette page lit «\u{202f}{wanted}\u{202f}»",
              "esta página lee \"{wanted}\""]
    NotTrueOrFalse { found: Kind = Kind("text") }
        what ["expected true or false, found {found}",
              "attendu\u{202f}: true ou false, trouvé\u{202f}: {found}",
              "se esperaba true o false y se encontró {found}"]
        hint ["write true for made-up demo data",
              "écrivez true pour des données de démonstration inventées",
              "escriba true para datos de demostración inventados"]
    ThresholdZero {}
        what ["a threshold of 0 protects no count",
              "un seuil de 0 ne protège aucun nombre",
              "un umbral de 0 no protege ninguna cifra"]
        hint ["use the smallest count that may be shown, such as 5, or remove the field to protect counts below 5",
              "indiquez le plus petit nombre qui peut être affiché, comme 5, ou retirez le champ pour protéger les nombres inférieurs à 5",
              "indique la cifra más pequeña que se puede mostrar, como 5, o quite el campo para proteger las cifras menores que 5"]
    NotMapEncoding { value: String = s("dots") }
        what ["\"{value}\" is not a map encoding",
              "«\u{202f}{value}\u{202f}» n'est pas une représentation de carte",
              "\"{value}\" no es una representación de mapa"]
        hint ["write \"choropleth\" (shaded countries) or \"symbols\" (circles sized by the figure)",
              "écrivez \"choropleth\" (pays colorés) ou \"symbols\" (cercles selon le chiffre)",
              "escriba \"choropleth\" (países coloreados) o \"symbols\" (círculos según la cifra)"]
    NotTableName { name: String = s("../x.csv") }
        what ["\"{name}\" is not a table file name",
              "«\u{202f}{name}\u{202f}» n'est pas un nom de fichier de tableau",
              "\"{name}\" no es un nombre de archivo de tabla"]
        hint ["write the name of a .csv, .xlsx or .ods file beside the dataset file, without folders, such as demo-by-country.csv",
              "écrivez le nom d'un fichier .csv, .xlsx ou .ods placé à côté du fichier de données, sans dossier, comme demo-by-country.csv",
              "escriba el nombre de un archivo .csv, .xlsx u .ods junto al archivo de datos, sin carpetas, como demo-by-country.csv"]
    TableMissing { name: String = s("x-by-country.csv"), json_file: String = s("x.json") }
        what ["table file \"{name}\" is missing or could not be loaded",
              "le fichier de tableau «\u{202f}{name}\u{202f}» manque ou n'a pas pu être chargé",
              "el archivo de tabla \"{name}\" falta o no se pudo cargar"]
        hint ["put {name} beside {json_file}, or correct the name",
              "placez {name} à côté de {json_file}, ou corrigez le nom",
              "ponga {name} junto a {json_file}, o corrija el nombre"]
    IdNotToken { id: String = s("my data") }
        what ["id \"{id}\" is not a short token",
              "l'id «\u{202f}{id}\u{202f}» n'est pas un identifiant court",
              "el id \"{id}\" no es un identificador corto"]
        hint ["use 1 to 64 letters (a-z, A-Z), digits, - or _, such as prodef or demo-2024",
              "utilisez de 1 à 64 lettres (a-z, A-Z), chiffres, - ou _, comme prodef ou demo-2024",
              "use de 1 a 64 letras (a-z, A-Z), dígitos, - o _, como prodef o demo-2024"]
    WorkbookNotInBrowser {}
        what ["a workbook (.xlsx, .ods) is read by the impact-atlas command, not in the browser",
              "un classeur (.xlsx, .ods) est lu par la commande impact-atlas, pas dans le navigateur",
              "un libro (.xlsx, .ods) lo lee el comando impact-atlas, no el navegador"]
        hint ["check it with the command (impact-atlas validate), which also publishes it; or save the sheet as CSV UTF-8 to preview it here",
              "vérifiez-le avec la commande (impact-atlas validate), qui le publie aussi\u{202f}; ou enregistrez la feuille en CSV UTF-8 pour la prévisualiser ici",
              "compruébelo con el comando (impact-atlas validate), que también lo publica; o guarde la hoja como CSV UTF-8 para previsualizarla aquí"]
    NotHttpsAddress { url: String = s("http://x") }
        what ["\"{url}\" is not a full https:// address",
              "«\u{202f}{url}\u{202f}» n'est pas une adresse https:// complète",
              "\"{url}\" no es una dirección https:// completa"]
        hint ["write the page's public address, starting with https://, without spaces",
              "écrivez l'adresse publique de la page, qui commence par https://, sans espace",
              "escriba la dirección pública de la página, que empieza por https://, sin espacios"]
    EndBeforeStart { end: u64 = 2015, start: u64 = 2020 }
        what ["end year {end} is before start year {start}",
              "l'année de fin {end} précède l'année de début {start}",
              "el año de fin {end} es anterior al año de inicio {start}"]
        hint ["swap them or correct one",
              "inversez-les ou corrigez l'une d'elles",
              "inviértalos o corrija uno"]

    // Checks across the dataset's lists (src/model/validate.rs).
    CountryTwice { iso3: String = s("HTI") }
        what ["country {iso3} is listed twice",
              "le pays {iso3} est listé deux fois",
              "el país {iso3} figura dos veces"]
        hint ["keep one entry per country",
              "gardez une seule entrée par pays",
              "conserve una sola entrada por país"]
    PartLargerThanWhole { part: String = s("women"), value: u64 = 12, whole: String = s("people"), total: u64 = 10 }
        what ["part \"{part}\" ({value}) is larger than its whole \"{whole}\" ({total})",
              "la partie «\u{202f}{part}\u{202f}» ({value}) dépasse son tout «\u{202f}{whole}\u{202f}» ({total})",
              "la parte \"{part}\" ({value}) es mayor que su total \"{whole}\" ({total})"]
        hint ["a part counts some of the whole; check both figures",
              "une partie compte une portion du tout\u{202f}; vérifiez les deux chiffres",
              "una parte cuenta una porción del total; compruebe ambas cifras"]
    HeadlineCountries { says: u64 = 8, listed: u64 = 9 }
        what ["the headline says {says} countries but {listed} are listed in \"countries\"",
              "le chiffre clé indique {says} pays, mais {listed} sont listés dans \"countries\"",
              "la cifra destacada indica {says} países, pero hay {listed} en \"countries\""]
        hint ["correct the headline figure or the list of countries",
              "corrigez le chiffre clé ou la liste des pays",
              "corrija la cifra destacada o la lista de países"]
    NoCountries {}
        what ["no countries are listed", "aucun pays n'est listé", "no figura ningún país"]
        hint ["list the programme's countries",
              "listez les pays du programme",
              "enumere los países del programa"]
    UnknownCountry { code: String = s("XYZ") }
        what ["country \"{code}\" is not one of the programme's countries",
              "le pays «\u{202f}{code}\u{202f}» ne fait pas partie des pays du programme",
              "el país \"{code}\" no es uno de los países del programa"]
        hint ["add it to \"countries\" or correct the code",
              "ajoutez-le à \"countries\" ou corrigez le code",
              "agréguelo a \"countries\" o corrija el código"]
    IdTwice { id: String = s("people") }
        what ["id \"{id}\" is used twice",
              "l'id «\u{202f}{id}\u{202f}» est utilisé deux fois",
              "el id \"{id}\" se usa dos veces"]
        hint ["give each entry its own id",
              "donnez à chaque entrée son propre id",
              "dé a cada entrada su propio id"]
    NotIso3 { code: String = s("Haiti") }
        what ["\"{code}\" is not an ISO 3166-1 alpha-3 code",
              "«\u{202f}{code}\u{202f}» n'est pas un code ISO 3166-1 alpha-3",
              "\"{code}\" no es un código ISO 3166-1 alfa-3"]
        hint ["use three capital letters, such as HTI for Haiti",
              "utilisez trois lettres majuscules, comme HTI pour Haïti",
              "use tres letras mayúsculas, como HTI para Haití"]
    Iso3Unassigned { code: String = s("HAI") }
        what ["\"{code}\" is not an assigned ISO 3166-1 alpha-3 code",
              "«\u{202f}{code}\u{202f}» n'est pas un code ISO 3166-1 alpha-3 attribué",
              "\"{code}\" no es un código ISO 3166-1 alfa-3 asignado"]
        hint ["check the code; Haiti is HTI, Honduras HND",
              "vérifiez le code\u{202f}; Haïti est HTI, le Honduras HND",
              "compruebe el código; Haití es HTI, Honduras HND"]

    // The tables (src/model/tables.rs, validate_tables.rs).
    CsvUnreadable {}
        what ["the table could not be read as CSV",
              "le tableau n'a pas pu être lu comme CSV",
              "la tabla no se pudo leer como CSV"]
        hint ["save the table again as CSV",
              "enregistrez de nouveau le tableau en CSV",
              "vuelva a guardar la tabla como CSV"]
    HeaderWithoutRows {}
        what ["the table has a header but no rows",
              "le tableau a une ligne d'en-tête mais aucune ligne de données",
              "la tabla tiene encabezado pero ninguna fila"]
        hint ["add one row per country or year, or remove the table",
              "ajoutez une ligne par pays ou par année, ou retirez le tableau",
              "agregue una fila por país o por año, o quite la tabla"]
    NotCommaSeparated { example: String = s("iso3,volunteers,people") }
        what ["columns are not separated by commas",
              "les colonnes ne sont pas séparées par des virgules",
              "las columnas no están separadas por comas"]
        hint ["save as comma-separated CSV; the header should read {example}",
              "enregistrez en CSV séparé par des virgules\u{202f}; l'en-tête devrait être {example}",
              "guarde como CSV separado por comas; el encabezado debería ser {example}"]
    FirstLineNotHeader { allowed: String = s("iso3, volunteers, people") }
        what ["the first line is not a header: it names none of the columns",
              "la première ligne n'est pas un en-tête\u{202f}: elle ne nomme aucune des colonnes",
              "la primera línea no es un encabezado: no nombra ninguna de las columnas"]
        hint ["add a first line naming the columns: {allowed}",
              "ajoutez une première ligne qui nomme les colonnes\u{202f}: {allowed}",
              "agregue una primera línea que nombre las columnas: {allowed}"]
    FirstRowNotHeader { allowed: String = s("iso3, volunteers, people") }
        what ["the first row is not a header: it names none of the columns",
              "la première ligne n'est pas un en-tête\u{202f}: elle ne nomme aucune des colonnes",
              "la primera fila no es un encabezado: no nombra ninguna de las columnas"]
        hint ["add a first row naming the columns: {allowed}",
              "ajoutez une première ligne qui nomme les colonnes\u{202f}: {allowed}",
              "agregue una primera fila que nombre las columnas: {allowed}"]
    ColumnWithoutName { column: String = s("C"), allowed: String = s("iso3, volunteers, people") }
        what ["column {column} has no name",
              "la colonne {column} n'a pas de nom",
              "la columna {column} no tiene nombre"]
        hint ["name every column; allowed columns: {allowed}",
              "nommez chaque colonne\u{202f}; colonnes acceptées\u{202f}: {allowed}",
              "ponga nombre a cada columna; columnas admitidas: {allowed}"]
    UnknownColumn { name: String = s("peple"), allowed: String = s("iso3, volunteers, people") }
        what ["unknown column \"{name}\"",
              "colonne inconnue «\u{202f}{name}\u{202f}»",
              "columna desconocida \"{name}\""]
        hint ["allowed columns: {allowed}, and note for your own notes",
              "colonnes acceptées\u{202f}: {allowed}, et note pour vos propres notes",
              "columnas admitidas: {allowed}, y note para sus propias notas"]
    ColumnTwice { name: String = s("people") }
        what ["column \"{name}\" appears more than once",
              "la colonne «\u{202f}{name}\u{202f}» apparaît plus d'une fois",
              "la columna \"{name}\" aparece más de una vez"]
        hint ["keep one of them", "gardez-en une seule", "conserve solo una"]
    NoKeyColumn { key: String = s("iso3"), example: String = s("iso3,volunteers,people") }
        what ["the header has no \"{key}\" column",
              "l'en-tête n'a pas de colonne «\u{202f}{key}\u{202f}»",
              "el encabezado no tiene la columna \"{key}\""]
        hint ["add it: each row needs its {key}, as in {example}",
              "ajoutez-la\u{202f}: chaque ligne a besoin de sa valeur {key}, comme dans {example}",
              "agréguela: cada fila necesita su {key}, como en {example}"]
    InUnnamedColumn { value: String = s("12") }
        what ["\"{value}\" is in a column without a name",
              "«\u{202f}{value}\u{202f}» est dans une colonne sans nom",
              "\"{value}\" está en una columna sin nombre"]
        hint ["name the column in the first row, or clear the cell",
              "nommez la colonne dans la première ligne, ou videz la cellule",
              "ponga nombre a la columna en la primera fila, o vacíe la celda"]
    RowWidth { fields: usize = 4, header: usize = 3 }
        what ["the row has {fields} fields but the header has {header}",
              "la ligne a {fields} champs, mais l'en-tête en a {header}",
              "la fila tiene {fields} campos, pero el encabezado tiene {header}"]
        hint ["give each row one cell per column; leave a cell empty when a figure is not published",
              "donnez à chaque ligne une cellule par colonne\u{202f}; laissez une cellule vide quand un chiffre n'est pas publié",
              "dé a cada fila una celda por columna; deje una celda vacía cuando una cifra no se publica"]
    ExampleRow {}
        what ["this row is an example from the template",
              "cette ligne est un exemple du modèle",
              "esta fila es un ejemplo de la plantilla"]
        hint ["replace it with the programme's figures, or delete the row",
              "remplacez-la par les chiffres du programme, ou supprimez la ligne",
              "reemplácela por las cifras del programa, o elimine la fila"]
    RowWithoutKey { key: String = s("iso3") }
        what ["the row has no {key}",
              "la ligne n'a pas de valeur {key}",
              "la fila no tiene {key}"]
        hint ["fill it in, or delete the row",
              "remplissez la cellule, ou supprimez la ligne",
              "complete la celda, o elimine la fila"]
    ThousandsSeparator { cell: String = s("1,200"), digits: String = s("1200") }
        what ["\"{cell}\" has a thousands separator",
              "«\u{202f}{cell}\u{202f}» a un séparateur de milliers",
              "\"{cell}\" tiene un separador de miles"]
        hint ["write digits only: {digits}",
              "écrivez seulement des chiffres\u{202f}: {digits}",
              "escriba solo dígitos: {digits}"]
    CellNotWhole { cell: String = s("about 5") }
        what ["\"{cell}\" is not a whole number",
              "«\u{202f}{cell}\u{202f}» n'est pas un nombre entier",
              "\"{cell}\" no es un número entero"]
        hint ["write digits only, without separators or words; leave the cell empty when the figure is not published",
              "écrivez seulement des chiffres, sans séparateur ni mot\u{202f}; laissez la cellule vide quand le chiffre n'est pas publié",
              "escriba solo dígitos, sin separadores ni palabras; deje la celda vacía cuando la cifra no se publica"]
    NotAYear { cell: String = s("2015/16") }
        what ["\"{cell}\" is not a year",
              "«\u{202f}{cell}\u{202f}» n'est pas une année",
              "\"{cell}\" no es un año"]
        hint ["write a four-digit year such as 2015",
              "écrivez une année à quatre chiffres comme 2015",
              "escriba un año de cuatro cifras como 2015"]
    CountryRowTwice { iso3: String = s("HTI"), first: At = At(s("line 2")) }
        what ["country {iso3} is listed twice (first on {first})",
              "le pays {iso3} est listé deux fois (d'abord à la {first})",
              "el país {iso3} figura dos veces (primero en la {first})"]
        hint ["keep one row per country",
              "gardez une seule ligne par pays",
              "conserve una sola fila por país"]
    TableCountryUnknown { iso3: String = s("XYZ"), json_file: String = s("x.json") }
        what ["country {iso3} is not one of the programme's countries",
              "le pays {iso3} ne fait pas partie des pays du programme",
              "el país {iso3} no es uno de los países del programa"]
        hint ["add it to \"countries\" in {json_file} or remove the row",
              "ajoutez-le à \"countries\" dans {json_file} ou supprimez la ligne",
              "agréguelo a \"countries\" en {json_file} o elimine la fila"]
    PartOverPeople { part: String = s("women"), value: u64 = 12, whole: u64 = 10 }
        what ["{part} ({value}) is larger than people ({whole})",
              "{part} ({value}) dépasse people ({whole})",
              "{part} ({value}) es mayor que people ({whole})"]
        hint ["{part} are counted among the people reached; check both figures",
              "la colonne {part} compte une partie des personnes atteintes (people)\u{202f}; vérifiez les deux chiffres",
              "la columna {part} cuenta una parte de las personas alcanzadas (people); compruebe ambas cifras"]
    YearRowTwice { year: u64 = 2016, first: At = At(s("line 2")) }
        what ["year {year} is listed twice (first on {first})",
              "l'année {year} est listée deux fois (d'abord à la {first})",
              "el año {year} figura dos veces (primero en la {first})"]
        hint ["keep one row per year",
              "gardez une seule ligne par année",
              "conserve una sola fila por año"]
    YearOutside { year: u64 = 2030, start: u64 = 2015, end: u64 = 2020, json_file: String = s("x.json") }
        what ["year {year} is outside the programme's years {start}–{end}",
              "l'année {year} est hors des années du programme {start}–{end}",
              "el año {year} está fuera de los años del programa {start}–{end}"]
        hint ["correct the year, or start_year/end_year in {json_file}",
              "corrigez l'année, ou start_year/end_year dans {json_file}",
              "corrija el año, o start_year/end_year en {json_file}"]
    AllZero {}
        what ["every figure in this row is 0",
              "tous les chiffres de cette ligne valent 0",
              "todas las cifras de esta fila son 0"]
        hint ["0 means none were counted; if the figures are not known or not published, leave the cells empty",
              "0 signifie que personne n'a été compté\u{202f}; si les chiffres ne sont pas connus ou pas publiés, laissez les cellules vides",
              "0 significa que no se contó a nadie; si las cifras no se conocen o no se publican, deje las celdas vacías"]
    LoneZero { column: String = s("people"), other: Table = Table("country"), low: u64 = 40 }
        what ["0 {column} where every other {other} has {low} or more",
              "0 dans {column}, alors que chaque autre {other} en a {low} ou plus",
              "0 en {column}, cuando cualquier otro {other} tiene {low} o más"]
        hint ["if this figure is not known or not published, leave the cell empty; 0 means none",
              "si ce chiffre n'est pas connu ou pas publié, laissez la cellule vide\u{202f}; 0 signifie aucun",
              "si esta cifra no se conoce o no se publica, deje la celda vacía; 0 significa ninguno"]

    // The file's bytes (src/model/file_text.rs) and workbooks (src/model/workbook.rs).
    FileTooLarge { kb: u64 = 4096, max_kb: u64 = 2048 }
        what ["file is {kb} KB, more than the {max_kb} KB allowed",
              "le fichier fait {kb}\u{a0}Ko, plus que les {max_kb}\u{a0}Ko permis",
              "el archivo pesa {kb} KB, más que los {max_kb} KB permitidos"]
        hint ["is this the right file? A dataset is usually under 100 KB",
              "est-ce le bon fichier\u{202f}? Un jeu de données fait d'habitude moins de 100\u{a0}Ko",
              "¿es el archivo correcto? Un conjunto de datos suele pesar menos de 100 KB"]
    ByteOrderMark {}
        what ["file starts with a byte-order mark (BOM)",
              "le fichier commence par une marque d'ordre des octets (BOM)",
              "el archivo empieza con una marca de orden de bytes (BOM)"]
        hint ["save it as UTF-8 without BOM",
              "enregistrez-le en UTF-8 sans BOM",
              "guárdelo como UTF-8 sin BOM"]
    JsonEmpty {}
        what ["file is empty", "le fichier est vide", "el archivo está vacío"]
        hint ["export the dataset again",
              "exportez de nouveau le jeu de données",
              "vuelva a exportar el conjunto de datos"]
    TableEmpty {}
        what ["file is empty", "le fichier est vide", "el archivo está vacío"]
        hint ["a table needs at least its header line, such as iso3,volunteers,people",
              "un tableau a besoin au moins de sa ligne d'en-tête, comme iso3,volunteers,people",
              "una tabla necesita al menos su línea de encabezado, como iso3,volunteers,people"]
    JsonUtf16 {}
        what ["the file is saved as UTF-16 (\"Unicode text\"), not UTF-8",
              "le fichier est enregistré en UTF-16 (\"texte Unicode\"), pas en UTF-8",
              "el archivo está guardado como UTF-16 (\"texto Unicode\"), no como UTF-8"]
        hint ["save it as UTF-8: in the text editor choose Save as, then the encoding UTF-8",
              "enregistrez-le en UTF-8\u{202f}: dans l'éditeur de texte, choisissez Enregistrer sous, puis l'encodage UTF-8",
              "guárdelo como UTF-8: en el editor de texto elija Guardar como y luego la codificación UTF-8"]
    TableUtf16 {}
        what ["the file is saved as UTF-16 (\"Unicode text\"), not UTF-8",
              "le fichier est enregistré en UTF-16 (\"texte Unicode\"), pas en UTF-8",
              "el archivo está guardado como UTF-16 (\"texto Unicode\"), no como UTF-8"]
        hint ["save it as CSV UTF-8: in the spreadsheet choose Save as, then the type \"CSV UTF-8 (comma delimited)\"",
              "enregistrez-le en CSV UTF-8\u{202f}: dans le tableur, choisissez Enregistrer sous, puis le type \"CSV UTF-8 (délimité par des virgules)\"",
              "guárdelo como CSV UTF-8: en la hoja de cálculo elija Guardar como y luego el tipo \"CSV UTF-8 (delimitado por comas)\""]
    JsonLatin1 { byte: String = s("E9"), character: String = s("é") }
        what ["the file is not UTF-8: it seems saved as Latin-1 (Windows \"ANSI\"), where byte 0x{byte} is \"{character}\"",
              "le fichier n'est pas en UTF-8\u{202f}: il semble enregistré en Latin-1 (\"ANSI\" de Windows), où l'octet 0x{byte} est «\u{202f}{character}\u{202f}»",
              "el archivo no está en UTF-8: parece guardado como Latin-1 (\"ANSI\" de Windows), donde el byte 0x{byte} es \"{character}\""]
        hint ["save it as UTF-8: in the text editor choose Save as, then the encoding UTF-8",
              "enregistrez-le en UTF-8\u{202f}: dans l'éditeur de texte, choisissez Enregistrer sous, puis l'encodage UTF-8",
              "guárdelo como UTF-8: en el editor de texto elija Guardar como y luego la codificación UTF-8"]
    TableLatin1 { byte: String = s("E9"), character: String = s("é") }
        what ["the file is not UTF-8: it seems saved as Latin-1 (Windows \"ANSI\"), where byte 0x{byte} is \"{character}\"",
              "le fichier n'est pas en UTF-8\u{202f}: il semble enregistré en Latin-1 (\"ANSI\" de Windows), où l'octet 0x{byte} est «\u{202f}{character}\u{202f}»",
              "el archivo no está en UTF-8: parece guardado como Latin-1 (\"ANSI\" de Windows), donde el byte 0x{byte} es \"{character}\""]
        hint ["save it as CSV UTF-8: in the spreadsheet choose Save as, then the type \"CSV UTF-8 (comma delimited)\"",
              "enregistrez-le en CSV UTF-8\u{202f}: dans le tableur, choisissez Enregistrer sous, puis le type \"CSV UTF-8 (délimité par des virgules)\"",
              "guárdelo como CSV UTF-8: en la hoja de cálculo elija Guardar como y luego el tipo \"CSV UTF-8 (delimitado por comas)\""]
    NotAWorkbook {}
        what ["the file cannot be read as a workbook",
              "le fichier ne peut pas être lu comme un classeur",
              "el archivo no se puede leer como un libro"]
        hint ["save it again from the spreadsheet as .xlsx (Excel) or .ods (LibreOffice), or as CSV UTF-8",
              "enregistrez-le de nouveau depuis le tableur en .xlsx (Excel) ou .ods (LibreOffice), ou en CSV UTF-8",
              "vuelva a guardarlo desde la hoja de cálculo como .xlsx (Excel) u .ods (LibreOffice), o como CSV UTF-8"]
    NoSuchSheet { name: String = s("countries"), sheets: String = s("Sheet1") }
        what ["the workbook has no sheet with this name",
              "le classeur n'a pas de feuille de ce nom",
              "el libro no tiene ninguna hoja con este nombre"]
        hint ["name the sheet {name}; the workbook's sheets are: {sheets}",
              "nommez la feuille {name}\u{202f}; les feuilles du classeur sont\u{202f}: {sheets}",
              "llame a la hoja {name}; las hojas del libro son: {sheets}"]
    FarCell { rows: u64 = 10000, columns: u64 = 100 }
        what ["this cell holds a value far outside the table (a table sheet can use at most {rows} rows and {columns} columns)",
              "cette cellule contient une valeur loin en dehors du tableau (une feuille de tableau peut utiliser au plus {rows} lignes et {columns} colonnes)",
              "esta celda contiene un valor muy fuera de la tabla (una hoja de tabla puede usar como máximo {rows} filas y {columns} columnas)"]
        hint ["delete what is in that cell (Ctrl+End goes to the last cell used), then save the workbook again",
              "effacez le contenu de cette cellule (Ctrl+Fin mène à la dernière cellule utilisée), puis enregistrez de nouveau le classeur",
              "borre lo que hay en esa celda (Ctrl+Fin lleva a la última celda usada) y vuelva a guardar el libro"]
    SheetUnreadable {}
        what ["the sheet cannot be read",
              "la feuille ne peut pas être lue",
              "la hoja no se puede leer"]
        hint ["save the workbook again from the spreadsheet, as .xlsx or .ods",
              "enregistrez de nouveau le classeur depuis le tableur, en .xlsx ou .ods",
              "vuelva a guardar el libro desde la hoja de cálculo, como .xlsx u .ods"]

    // JSON syntax (src/model/json_syntax.rs).
    EndsInsideText {}
        what ["the file ends inside text in quotes: a closing \" is missing",
              "le fichier se termine dans un texte entre guillemets\u{202f}: il manque le \" fermant",
              "el archivo termina dentro de un texto entre comillas: falta la \" de cierre"]
        hint ["add the \" that ends the text",
              "ajoutez le \" qui termine le texte",
              "agregue la \" que cierra el texto"]
    EndsEarly {}
        what ["the file ends before the dataset does: a closing }} or ] is missing",
              "le fichier se termine avant le jeu de données\u{202f}: il manque un }} ou un ] fermant",
              "el archivo termina antes que el conjunto de datos: falta una }} o un ] de cierre"]
        hint ["every {{ needs its }} and every [ its ]; check the end of the file",
              "chaque {{ a besoin de son }} et chaque [ de son ]\u{202f}; vérifiez la fin du fichier",
              "cada {{ necesita su }} y cada [ su ]; revise el final del archivo"]
    TrailingComma {}
        what ["comma after the last item",
              "virgule après le dernier élément",
              "coma después del último elemento"]
        hint ["remove this comma: no comma may come just before }} or ]",
              "retirez cette virgule\u{202f}: aucune virgule ne peut précéder directement }} ou ]",
              "quite esta coma: ninguna coma puede ir justo antes de }} o ]"]
    LineBreakInText {}
        what ["line break inside text in quotes",
              "retour à la ligne dans un texte entre guillemets",
              "salto de línea dentro de un texto entre comillas"]
        hint ["join the lines; for a new paragraph write \\n\\n inside the text, as in \"First.\\n\\nSecond.\"",
              "rejoignez les lignes\u{202f}; pour un nouveau paragraphe, écrivez \\n\\n dans le texte, comme dans \"Premier.\\n\\nSecond.\"",
              "una las líneas; para un párrafo nuevo escriba \\n\\n dentro del texto, como en \"Primero.\\n\\nSegundo.\""]
    TabInText {}
        what ["tab character inside text in quotes",
              "caractère de tabulation dans un texte entre guillemets",
              "carácter de tabulación dentro de un texto entre comillas"]
        hint ["replace it with a space", "remplacez-le par une espace", "reemplácelo por un espacio"]
    ControlInText {}
        what ["invisible control character inside text in quotes",
              "caractère de contrôle invisible dans un texte entre guillemets",
              "carácter de control invisible dentro de un texto entre comillas"]
        hint ["delete it; it often comes from copying out of a PDF or a word processor",
              "supprimez-le\u{202f}; il vient souvent d'un copier-coller depuis un PDF ou un traitement de texte",
              "elimínelo; suele venir de copiar desde un PDF o un procesador de textos"]
    Comment {}
        what ["comment: a JSON file cannot contain comments",
              "commentaire\u{202f}: un fichier JSON ne peut pas contenir de commentaires",
              "comentario: un archivo JSON no puede contener comentarios"]
        hint ["delete the comment; keep notes in a separate document",
              "supprimez le commentaire\u{202f}; gardez vos notes dans un document séparé",
              "elimine el comentario; guarde las notas en un documento aparte"]
    CurlyQuote { quote: String = s("“") }
        what ["curly quote {quote} where a straight quote \" is needed",
              "guillemet typographique {quote} là où il faut un guillemet droit \"",
              "comilla tipográfica {quote} donde se necesita una comilla recta \""]
        hint ["type straight quotes \" around text and field names; word processors turn them into “ ”, so edit the file in a plain text editor",
              "tapez des guillemets droits \" autour des textes et des noms de champs\u{202f}; les traitements de texte les changent en “ ”, alors modifiez le fichier dans un éditeur de texte brut",
              "escriba comillas rectas \" alrededor de los textos y los nombres de campo; los procesadores de texto las cambian por “ ”, así que edite el archivo en un editor de texto plano"]
    SingleQuote { quote: String = s("'") }
        what ["single quote {quote} where a double quote \" is needed",
              "apostrophe {quote} là où il faut un guillemet double \"",
              "comilla simple {quote} donde se necesita una comilla doble \""]
        hint ["put text in double quotes: \"like this\"",
              "mettez le texte entre guillemets doubles\u{202f}: \"comme ceci\"",
              "ponga el texto entre comillas dobles: \"así\""]
    SeparatedNumber { number: String = s("24,906"), digits: String = s("24906") }
        what ["number {number} has a thousands separator",
              "le nombre {number} a un séparateur de milliers",
              "el número {number} tiene un separador de miles"]
        hint ["write numbers with digits only: {digits}",
              "écrivez les nombres seulement avec des chiffres\u{202f}: {digits}",
              "escriba los números solo con dígitos: {digits}"]
    CommaMissingAtEnd {}
        what ["comma missing at the end of this line",
              "virgule manquante à la fin de cette ligne",
              "falta una coma al final de esta línea"]
        hint ["put a comma after each item except the last",
              "mettez une virgule après chaque élément sauf le dernier",
              "ponga una coma después de cada elemento excepto el último"]
    CommaMissing {}
        what ["comma missing before this",
              "virgule manquante avant ceci",
              "falta una coma antes de esto"]
        hint ["put a comma between items",
              "mettez une virgule entre les éléments",
              "ponga una coma entre los elementos"]
    UnquotedFieldName {}
        what ["field name without quotes",
              "nom de champ sans guillemets",
              "nombre de campo sin comillas"]
        hint ["put field names in double quotes: \"name\"",
              "mettez les noms de champs entre guillemets doubles\u{202f}: \"name\"",
              "ponga los nombres de campo entre comillas dobles: \"name\""]
    UnquotedText {}
        what ["text without quotes", "texte sans guillemets", "texto sin comillas"]
        hint ["put text in double quotes: \"like this\"; numbers and true/false go without",
              "mettez le texte entre guillemets doubles\u{202f}: \"comme ceci\"\u{202f}; les nombres et true/false s'écrivent sans",
              "ponga el texto entre comillas dobles: \"así\"; los números y true/false van sin ellas"]
    BadBackslash {}
        what ["a backslash \\ that JSON does not understand",
              "une barre oblique inverse \\ que JSON ne comprend pas",
              "una barra invertida \\ que JSON no entiende"]
        hint ["write \\\\ for a backslash; for a new paragraph write \\n\\n",
              "écrivez \\\\ pour une barre oblique inverse\u{202f}; pour un nouveau paragraphe, écrivez \\n\\n",
              "escriba \\\\ para una barra invertida; para un párrafo nuevo escriba \\n\\n"]
    MoreAfterEnd {}
        what ["more after the end of the dataset",
              "du contenu après la fin du jeu de données",
              "hay contenido después del final del conjunto de datos"]
        hint ["the dataset is one {{ … }}: remove what follows, or the }} that closes it too early",
              "le jeu de données est un seul {{ … }}\u{202f}: retirez ce qui suit, ou le }} qui le ferme trop tôt",
              "el conjunto de datos es un solo {{ … }}: quite lo que sigue, o la }} que lo cierra demasiado pronto"]
    BadNumber {}
        what ["number not written as JSON expects",
              "nombre qui n'est pas écrit comme JSON l'attend",
              "número no escrito como JSON espera"]
        hint ["write digits only: no leading zero, plus sign or separator",
              "écrivez seulement des chiffres\u{202f}: ni zéro en tête, ni signe plus, ni séparateur",
              "escriba solo dígitos: sin cero inicial, signo más ni separador"]
    NotJson { message: String = s("EOF while parsing") }
        what ["not valid JSON: {message}",
              "JSON non valide\u{202f}: {message}",
              "JSON no válido: {message}"]
        hint ["look for a missing comma, quote or bracket just before this place",
              "cherchez une virgule, un guillemet ou un crochet manquant juste avant cet endroit",
              "busque una coma, comilla o corchete que falte justo antes de este lugar"]
    // Figures a page would give away, and sums above their total (src/model/disclosure.rs,
    // validate_tables.rs).
    LeakOne {
        key: String = s("HTI"),
        column: String = s("children"),
        threshold: u64 = 5,
        sources: Sources = Sources(vec![
            Source::Total { name: Total::Headline(s("children")), about: About::Approximately, value: 40 },
            Source::OtherTable { table: Table("year"), column: s("children"), sum: Amount::Between(30, 35) },
        ]),
        others: Rows = Rows("countries"),
        visible: u64 = 36,
        left: Amount = Amount::To(3, 4),
        value: Amount = Amount::Or(3, 4),
        fixes: Fixes = Fixes(vec![
            Fix::Approximately { name: Total::Part(s("children"), s("people")), json_file: s("x.json") },
            Fix::OtherTableCell { column: s("children"), table: Table("year") },
            Fix::AnotherCell { column: s("children") },
        ]),
    }
        what ["{key}'s {column} figure is hidden as below {threshold}, but {sources} minus the other {others} ({visible}) leaves {left} for it, so it is {value}: the page would give it away",
              "le chiffre {column} de {key} est masqué car inférieur à {threshold}, mais {sources} moins les autres {others} ({visible}) laisse {left} pour lui\u{202f}: il vaut donc {value}, et la page le révélerait",
              "la cifra {column} de {key} está oculta por ser menor que {threshold}, pero {sources} menos los demás {others} ({visible}) deja {left} para ella: vale {value}, así que la página la revelaría"]
        hint ["{fixes}", "{fixes}", "{fixes}"]
    LeakMany {
        keys: List = List(vec![s("HTI"), s("HND"), s("COL")]),
        column: String = s("women"),
        threshold: u64 = 5,
        sources: Sources = Sources(vec![Source::Total { name: Total::Result(s("women")), about: About::Exact, value: 100 }]),
        others: Rows = Rows("years"),
        visible: u64 = 90,
        left: Amount = Amount::Just(10),
        value: Amount = Amount::Exactly(3),
        fixes: Fixes = Fixes(vec![]),
    }
        what ["the {column} figures of {keys} are hidden as below {threshold}, but {sources} minus the other {others} ({visible}) leaves {left} for them, so each is {value}: the page would give them away",
              "les chiffres {column} de {keys} sont masqués car inférieurs à {threshold}, mais {sources} moins les autres {others} ({visible}) laisse {left} pour eux\u{202f}: chacun vaut donc {value}, et la page les révélerait",
              "las cifras {column} de {keys} están ocultas por ser menores que {threshold}, pero {sources} menos los demás {others} ({visible}) deja {left} para ellas: cada una vale {value}, así que la página las revelaría"]
        hint ["{fixes}", "{fixes}", "{fixes}"]
    SumAboveTotal { column: String = s("people"), sum: u64 = 2000, total: u64 = 1808, name: Total = Total::Headline(s("people")), json_file: String = s("x.json") }
        what ["sums do not add up: the countries' {column} add up to {sum}, more than the total of {total} in {name} of {json_file}",
              "les sommes ne concordent pas\u{202f}: la colonne {column} des pays totalise {sum}, plus que le total de {total} dans {name} de {json_file}",
              "las sumas no cuadran: la columna {column} de los países suma {sum}, más que el total de {total} en {name} de {json_file}"]
        hint ["check the table and the total; this is expected only if some are counted in two countries",
              "vérifiez le tableau et le total\u{202f}; ce n'est normal que si certaines personnes sont comptées dans deux pays",
              "compruebe la tabla y el total; solo es normal si algunas personas se cuentan en dos países"]
    SumAboveApproximateTotal { column: String = s("people"), sum: u64 = 2100, total: u64 = 1808, name: Total = Total::Part(s("women"), s("people")), json_file: String = s("x.json") }
        what ["sums do not add up: the countries' {column} add up to {sum}, more than the total of approximately {total} in {name} of {json_file}, even allowing 10%",
              "les sommes ne concordent pas\u{202f}: la colonne {column} des pays totalise {sum}, plus que le total d'environ {total} dans {name} de {json_file}, même avec une marge de 10\u{202f}%",
              "las sumas no cuadran: la columna {column} de los países suma {sum}, más que el total de aproximadamente {total} en {name} de {json_file}, incluso con un margen del 10 %"]
        hint ["check the table and the total; this is expected only if some are counted in two countries",
              "vérifiez le tableau et le total\u{202f}; ce n'est normal que si certaines personnes sont comptées dans deux pays",
              "compruebe la tabla y el total; solo es normal si algunas personas se cuentan en dos países"]

    // Reading files from disk and the catalogue data/index.json (the command only).
    CannotOpen { error: String = s("No such file or directory (os error 2)") }
        what ["cannot open the file: {error}",
              "impossible d'ouvrir le fichier\u{202f}: {error}",
              "no se puede abrir el archivo: {error}"]
        hint ["check the path", "vérifiez le chemin", "compruebe la ruta"]
    CannotRead { error: String = s("Is a directory (os error 21)") }
        what ["cannot read the file: {error}",
              "impossible de lire le fichier\u{202f}: {error}",
              "no se puede leer el archivo: {error}"]
        hint ["check the file's permissions",
              "vérifiez les permissions du fichier",
              "compruebe los permisos del archivo"]
    CatalogueNotJson { message: String = s("EOF while parsing") }
        what ["not valid JSON: {message}",
              "JSON non valide\u{202f}: {message}",
              "JSON no válido: {message}"]
        hint ["fix the syntax", "corrigez la syntaxe", "corrija la sintaxis"]
    NotHostName { host: String = s("https://ibcr.org/") }
        what ["\"{host}\" is not a host name",
              "«\u{202f}{host}\u{202f}» n'est pas un nom d'hôte",
              "\"{host}\" no es un nombre de host"]
        hint ["write the host only, such as ibcr.org",
              "écrivez seulement l'hôte, comme ibcr.org",
              "escriba solo el host, como ibcr.org"]
    DefaultNotListed { id: String = s("prodef") }
        what ["default dataset \"{id}\" is not listed",
              "le jeu de données par défaut «\u{202f}{id}\u{202f}» n'est pas listé",
              "el conjunto de datos predeterminado \"{id}\" no figura en la lista"]
        hint ["add it to \"datasets\"", "ajoutez-le à \"datasets\"", "agréguelo a \"datasets\""]
}

/// `line 14, column 15, the 4th country › iso3` (the validator's places) in `lang`.
/// Places are built from a few words (line, column, row, sheet, cell, the Nth
/// item of a list); anything else (a field path, a sheet's name) stays as it is.
pub fn place_in(place: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return place.to_owned();
    }
    place.split(", ").map(|part| part_in(part, lang)).collect::<Vec<_>>().join(", ")
}

fn part_in(part: &str, lang: Lang) -> String {
    for (en, fr, es) in [
        ("line ", "ligne ", "línea "),
        ("column ", "colonne ", "columna "),
        ("row ", "ligne ", "fila "),
        ("sheet ", "feuille ", "hoja "),
        ("cell ", "cellule ", "celda "),
    ] {
        if let Some(rest) = part.strip_prefix(en) {
            return format!("{}{rest}", pick(lang, en, fr, es));
        }
    }
    if part == "top level" || part == "(top level)" {
        return pick(lang, "top level", "niveau principal", "nivel principal").to_owned();
    }
    part.split(" › ").map(|step| step_in(step, lang)).collect::<Vec<_>>().join(" › ")
}

/// `the 4th country` in `lang`; other steps (field names) as they are.
fn step_in(step: &str, lang: Lang) -> String {
    let Some(rest) = step.strip_prefix("the ") else { return step.to_owned() };
    let Some((nth, word)) = rest.split_once(' ') else { return step.to_owned() };
    let digits = nth.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let Ok(n) = digits.parse::<usize>() else { return step.to_owned() };
    // (French word, feminine), (Spanish word, feminine)
    let ((fr, fr_f), (es, es_f)) = match word {
        "country" => (("pays", false), ("país", false)),
        "headline figure" => (("chiffre clé", false), ("cifra destacada", true)),
        "result" => (("résultat", false), ("resultado", false)),
        "part" => (("partie", true), ("parte", true)),
        "area of expertise" => (("domaine d'expertise", false), ("área de especialidad", true)),
        "partner" => (("partenaire", false), ("socio", false)),
        "story" => (("récit", false), ("historia", true)),
        "testimony" => (("témoignage", false), ("testimonio", false)),
        "organisation" => (("organisation", true), ("organización", true)),
        "collaborator" => (("collaborateur", false), ("colaborador", false)),
        other => match other.strip_prefix("item of ") {
            Some(list) => {
                return match lang {
                    Lang::Fr => format!("{} élément de {list}", french_nth(n, false)),
                    _ => format!("el {n}.º elemento de {list}"),
                }
            }
            None => return step.to_owned(),
        },
    };
    match lang {
        Lang::Fr => format!("{} {fr}", french_nth(n, fr_f)),
        _ => format!("{} {n}.{} {es}", if es_f { "la" } else { "el" }, if es_f { "ª" } else { "º" }),
    }
}

/// `le 1er`, `la 1re`, `le 4e`, `la 4e`.
fn french_nth(n: usize, feminine: bool) -> String {
    let article = if feminine { "la" } else { "le" };
    let suffix = match (n, feminine) {
        (1, false) => "er",
        (1, true) => "re",
        _ => "e",
    };
    format!("{article} {n}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::french_spacing_faults;

    #[test]
    fn every_message_reads_in_english_french_and_spanish_with_its_parameters() {
        let examples = Say::examples();
        assert!(examples.len() >= 70, "only {} messages", examples.len());
        for say in &examples {
            let en = say.words(Lang::En);
            for lang in Lang::ALL {
                let words = say.words(lang);
                for (i, text) in words.iter().enumerate() {
                    assert!(!text.trim().is_empty(), "{say:?} has no {lang:?} text ({i})");
                    assert!(!text.contains(['{', '}']) || say_keeps_braces(say), "{say:?}: {text}");
                }
                if lang != Lang::En {
                    assert_ne!(words, en, "{say:?} is not translated into {lang:?}");
                }
                let all = words.join(" ");
                for p in say.parameters(lang) {
                    assert!(all.contains(&p), "{say:?} in {lang:?} leaves out {p:?}: {all}");
                }
            }
            // The message's own words, without the file's strings in it (an HTML code
            // such as &eacute; is not French punctuation).
            for mut text in say.words(Lang::Fr) {
                for p in say.parameters(Lang::Fr) {
                    text = text.replace(&p, "");
                }
                let faults = french_spacing_faults(&text);
                assert!(faults.is_empty(), "{say:?}: {faults:?}");
            }
        }
    }

    /// Messages about JSON's braces name them.
    fn say_keeps_braces(say: &Say) -> bool {
        matches!(
            say,
            Say::EndsEarly {} | Say::TrailingComma {} | Say::MoreAfterEnd {} | Say::WrongType { .. }
        )
    }

    #[test]
    fn english_reads_as_the_validator_always_printed_it() {
        let [what, hint] = Say::MissingField { key: "iso3".into() }.words(Lang::En);
        assert_eq!(what, "missing field \"iso3\"");
        assert_eq!(hint, "add it; data/README.md lists every field");
        let [what, _] = Say::EndsEarly {}.words(Lang::En);
        assert_eq!(what, "the file ends before the dataset does: a closing } or ] is missing");
    }

    #[test]
    fn places_are_translated_word_by_word() {
        let p = "line 14, column 15, the 4th country › iso3";
        assert_eq!(place_in(p, Lang::En), p);
        assert_eq!(place_in(p, Lang::Fr), "ligne 14, colonne 15, le 4e pays › iso3");
        assert_eq!(place_in(p, Lang::Es), "línea 14, columna 15, el 4.º país › iso3");
        assert_eq!(
            place_in("sheet countries, cell C2 (people)", Lang::Fr),
            "feuille countries, cellule C2 (people)"
        );
        assert_eq!(place_in("the 1st part › value", Lang::Fr), "la 1re partie › value");
        assert_eq!(place_in("the 2nd story", Lang::Es), "la 2.ª historia");
        assert_eq!(place_in("results[2].value", Lang::Fr), "results[2].value");
    }
}
