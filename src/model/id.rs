//! Dataset ids: one rule for `?data=`, the catalogue, the dataset file's `id` and
//! the file names the exporter writes, because an id ends up in URLs and paths.

/// Longest id accepted (bytes).
pub const MAX_ID_LEN: usize = 64;

/// A short token: 1 to 64 ASCII letters, digits, `-` or `_`. Nothing else, so an
/// id can never be a path (`../x`, `a/b`, `C:`), a hidden file or a URL trick.
pub fn is_token(v: &str) -> bool {
    !v.is_empty()
        && v.len() <= MAX_ID_LEN
        && v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        && !v.starts_with('-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_ids_are_not_tokens() {
        for bad in [
            "",
            "../../x",
            "..",
            ".",
            "a/b",
            "a\\b",
            "C:x",
            "-rf",
            "prodef\\0",
            "prodef\u{0}",
            "pro def",
            "prodef\u{202e}",
            "prod\u{200b}ef",
            "ргоdef",
            "%2e%2e",
            &"a".repeat(65),
        ] {
            assert!(!is_token(bad), "{bad:?} accepted");
        }
        for good in ["prodef", "demo", "PRODEF_2015-2020", &"a".repeat(64)] {
            assert!(is_token(good), "{good:?} refused");
        }
    }
}
