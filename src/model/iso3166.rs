//! ISO 3166-1 alpha-3 codes that are officially assigned, so that a typo such as
//! "HIT" for Haiti is caught even though it has the right shape.
//!
//! The list is 249 codes (Debian iso-codes 4.15, which follows the ISO 3166
//! Maintenance Agency). Kept as packed text rather than a crate: a country crate brings
//! names and other fields into the wasm file, while this costs under a kilobyte.
//! User-assigned codes such as XKX (Kosovo, used by some agencies) are not assigned by
//! ISO and are rejected; a dataset that needs one must wait for a format change.

/// Assigned codes in alphabetical order, three letters each with no separators, so a
/// binary search over 3-byte chunks finds a code without building any table.
const PACKED: &[u8] = concat!(
    "ABWAFGAGOAIAALAALBANDAREARGARMASMATAATFATGAUSAUTAZEBDIBELBEN",
    "BESBFABGDBGRBHRBHSBIHBLMBLRBLZBMUBOLBRABRBBRNBTNBVTBWACAFCAN",
    "CCKCHECHLCHNCIVCMRCODCOGCOKCOLCOMCPVCRICUBCUWCXRCYMCYPCZEDEU",
    "DJIDMADNKDOMDZAECUEGYERIESHESPESTETHFINFJIFLKFRAFROFSMGABGBR",
    "GEOGGYGHAGIBGINGLPGMBGNBGNQGRCGRDGRLGTMGUFGUMGUYHKGHMDHNDHRV",
    "HTIHUNIDNIMNINDIOTIRLIRNIRQISLISRITAJAMJEYJORJPNKAZKENKGZKHM",
    "KIRKNAKORKWTLAOLBNLBRLBYLCALIELKALSOLTULUXLVAMACMAFMARMCOMDA",
    "MDGMDVMEXMHLMKDMLIMLTMMRMNEMNGMNPMOZMRTMSRMTQMUSMWIMYSMYTNAM",
    "NCLNERNFKNGANICNIUNLDNORNPLNRUNZLOMNPAKPANPCNPERPHLPLWPNGPOL",
    "PRIPRKPRTPRYPSEPYFQATREUROURUSRWASAUSDNSENSGPSGSSHNSJMSLBSLE",
    "SLVSMRSOMSPMSRBSSDSTPSURSVKSVNSWESWZSXMSYCSYRTCATCDTGOTHATJK",
    "TKLTKMTLSTONTTOTUNTURTUVTWNTZAUGAUKRUMIURYUSAUZBVATVCTVENVGB",
    "VIRVNMVUTWLFWSMYEMZAFZMBZWE",
)
.as_bytes();

/// Number of assigned codes.
const COUNT: usize = PACKED.len() / 3;

/// The `i`-th assigned code.
fn code_at(i: usize) -> &'static [u8] {
    &PACKED[i * 3..i * 3 + 3]
}

/// Whether `code` is an assigned ISO 3166-1 alpha-3 code (exact, capital letters).
pub fn is_assigned(code: &str) -> bool {
    let want = code.as_bytes();
    if want.len() != 3 {
        return false;
    }
    let (mut lo, mut hi) = (0, COUNT);
    while lo < hi {
        let mid = (lo + hi) / 2;
        match code_at(mid).cmp(want) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_list_is_complete_sorted_and_unique() {
        assert_eq!(PACKED.len(), 249 * 3, "249 assigned codes, whole codes only");
        for i in 1..COUNT {
            assert!(code_at(i - 1) < code_at(i), "not sorted or duplicated at {i}");
        }
        assert!(PACKED.iter().all(u8::is_ascii_uppercase));
    }

    #[test]
    fn knows_programme_countries_and_edges_of_the_list() {
        for c in ["COL", "CRI", "CIV", "GTM", "HTI", "HND", "MAR", "PER", "TUN", "ABW", "ZWE", "SSD"] {
            assert!(is_assigned(c), "{c}");
        }
    }

    #[test]
    fn rejects_unassigned_and_malformed_codes() {
        for c in ["HIT", "XKX", "AAA", "ZZZ", "hti", "HT", "HTIX", "", "ÉÉÉ"] {
            assert!(!is_assigned(c), "{c}");
        }
    }
}
