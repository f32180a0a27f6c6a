//! Dates and times, in one place: the `YYYY-MM-DD` dates of catalogues and content, and the
//! RFC 3339 UTC times of manifests (build time, expiry).

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Whether `s` is a real calendar date written `YYYY-MM-DD`.
pub fn is_iso_date(s: &str) -> bool {
    let bytes = s.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        bytes[r].iter().try_fold(0u32, |acc, &c| {
            c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
        })
    };
    let (Some(year), Some(month), Some(day)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// RFC 3339 (UTC, seconds) of a unix time. Callers keep times below the year 10,000 (the index
/// header refuses later ones), which humantime can print.
pub fn timestamp(unix: u64) -> String {
    humantime::format_rfc3339_seconds(UNIX_EPOCH + Duration::from_secs(unix)).to_string()
}

/// `YYYY-MM-DD` (UTC) of a unix time.
pub fn date_of(unix: u64) -> String {
    timestamp(unix)[..10].to_string()
}

/// Unix seconds of an RFC 3339 time (`None` if it is not one, or before 1970).
pub fn parse_rfc3339(text: &str) -> Option<u64> {
    humantime::parse_rfc3339(text)
        .ok()?
        .duration_since(UNIX_EPOCH)
        .ok()
        .map(|d| d.as_secs())
}

/// The current unix time (0 if the clock is before 1970).
pub fn now_unix() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_dates() {
        for good in ["2021-05-31", "2024-02-29", "2000-02-29", "2026-11-27"] {
            assert!(is_iso_date(good), "{good}");
        }
        for bad in [
            "2023-02-29",
            "1900-02-29",
            "2021-13-01",
            "2021-04-31",
            "2021-00-10",
            "2021-01-00",
            "2026-1-01",
            "21-05-31",
            "27-11-2026",
            "2021/05/31",
            "",
        ] {
            assert!(!is_iso_date(bad), "{bad}");
        }
    }

    #[test]
    fn times_round_trip() {
        let t = parse_rfc3339("2026-01-01T00:00:00Z").unwrap();
        assert_eq!(t, 1_767_225_600);
        assert_eq!(timestamp(t), "2026-01-01T00:00:00Z");
        assert_eq!(date_of(t), "2026-01-01");
        assert_eq!(parse_rfc3339("2026-01-01"), None);
        assert_eq!(parse_rfc3339("yesterday"), None);
        assert_eq!(
            timestamp(crate::index::format::MAX_BUILT_AT),
            "9999-12-31T23:59:59Z"
        );
    }
}
