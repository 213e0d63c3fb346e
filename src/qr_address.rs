//! Which address a kiosk's QR code may carry. A QR code on a public screen under the
//! organisation's name is trusted by whoever scans it, so `?qr=` may only name the
//! dataset's own `share_url` or an `https://` address on a host the organisation
//! listed in the catalogue (`qr_hosts` in data/index.json). Anything else is
//! refused, staff are told on screen, and the default is shown.

/// Longest address put in a QR code (characters): longer ones make codes too dense
/// to scan from a step away.
pub const MAX_QR_CHARS: usize = 300;

/// What the kiosk shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrChoice {
    /// The address encoded and printed under the code; None shows no code.
    pub url: Option<String>,
    /// The `?qr=` value that was refused, for the staff message.
    pub refused: Option<String>,
}

/// Picks the address for the kiosk's QR code from `?qr=` (`asked`), the dataset's
/// `share_url` and the catalogue's `qr_hosts`.
pub fn choose_qr(asked: Option<&str>, share_url: Option<&str>, qr_hosts: &[String]) -> QrChoice {
    let default = share_url.map(str::to_owned);
    let Some(asked) = asked else {
        return QrChoice { url: default, refused: None };
    };
    let listed = https_host(asked).is_some_and(|h| qr_hosts.iter().any(|l| l.eq_ignore_ascii_case(h)));
    if listed || Some(asked) == share_url {
        QrChoice { url: Some(asked.to_owned()), refused: None }
    } else {
        QrChoice { url: default, refused: Some(asked.to_owned()) }
    }
}

/// The host of a plain `https://host[:port]/…` address, or None for anything else:
/// other schemes (`javascript:`, `data:`, `http:`), user info (`https://org@evil`),
/// backslashes, spaces, control characters and non-ASCII letters (look-alike hosts
/// must be written in punycode, as `xn--…`, to be listed).
pub fn https_host(url: &str) -> Option<&str> {
    if url.len() > MAX_QR_CHARS || !url.bytes().all(|b| (0x21..=0x7e).contains(&b)) || url.contains('\\') {
        return None;
    }
    let rest = url.strip_prefix("https://")?;
    let authority = &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())];
    if authority.contains('@') {
        return None;
    }
    let host = match authority.rsplit_once(':') {
        Some((h, port))
            if port.parse::<u16>().is_ok_and(|p| p > 0) && port.bytes().all(|b| b.is_ascii_digit()) =>
        {
            h
        }
        Some(_) => return None,
        None => authority,
    };
    is_host_name(host).then_some(host)
}

/// A DNS name: dot-separated labels of ASCII letters, digits and inner hyphens.
pub fn is_host_name(h: &str) -> bool {
    !h.is_empty()
        && h.len() <= 253
        && h.split('.').all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHARE: &str = "https://example.org/impact-atlas/?data=demo";

    fn hosts() -> Vec<String> {
        vec!["example.org".into(), "ibcr.org".into()]
    }

    #[test]
    fn listed_https_hosts_and_the_share_url_are_encoded() {
        for ok in [
            "https://example.org/",
            "https://example.org",
            "https://EXAMPLE.org/events/2026?x=1#top",
            "https://ibcr.org:443/fr/",
            SHARE,
        ] {
            assert_eq!(
                choose_qr(Some(ok), Some(SHARE), &hosts()),
                QrChoice { url: Some(ok.into()), refused: None }
            );
        }
        assert_eq!(choose_qr(None, Some(SHARE), &hosts()).url.as_deref(), Some(SHARE));
        assert_eq!(choose_qr(None, None, &hosts()), QrChoice { url: None, refused: None });
    }

    /// Hostile `?qr=` values: each is refused and the share_url shown instead.
    #[test]
    fn anything_else_is_refused_and_the_default_shown() {
        for bad in [
            "https://phishing.example/",
            "https://example.org.phishing.example/",
            "https://phishing.example/example.org",
            "https://example.org@phishing.example/",
            "https://example.org:pass@phishing.example/",
            "https://phishing.example\\@example.org/",
            "https://example.org\\.phishing.example/",
            "http://example.org/",
            "HTTPS://phishing.example/",
            "javascript:alert(1)",
            "javascript://example.org/%0aalert(1)",
            "data:text/html,<script>alert(1)</script>",
            "//example.org/",
            "example.org",
            "https://exаmple.org/",
            "https://example.org /",
            "https://example.org/\u{202e}gro.elpmaxe",
            "https://example.org/\n",
            "https://[::1]/",
            "https://example.org:99999/",
            "https://example.org.:443/",
            "https://-example.org/",
            "",
            &format!("https://example.org/{}", "a".repeat(400)),
        ] {
            let c = choose_qr(Some(bad), Some(SHARE), &hosts());
            assert_eq!(c.url.as_deref(), Some(SHARE), "{bad:?} encoded");
            assert_eq!(c.refused.as_deref(), Some(bad), "{bad:?} not reported");
        }
        // No share_url: a refused address shows no code at all.
        let c = choose_qr(Some("https://phishing.example/"), None, &hosts());
        assert_eq!(c.url, None);
        assert!(c.refused.is_some());
        // No listed host: only the share_url itself is accepted.
        assert!(choose_qr(Some("https://example.org/"), Some(SHARE), &[]).refused.is_some());
    }

    #[test]
    fn host_names() {
        assert!(is_host_name("xn--bcher-kva.example"));
        assert!(!is_host_name("a..b"));
        assert!(!is_host_name("a_b.org"));
        assert!(!is_host_name("exämple.org"));
    }
}
