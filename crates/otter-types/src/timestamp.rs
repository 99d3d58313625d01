//! Date-times as servers stamp them (XEP-0082 in XMPP, IRCv3 `server-time`), read into Unix
//! seconds without a date library: the grammar is small and every field is range-checked.

/// `stamp` in Unix seconds (XEP-0082 §3.2 `CCYY-MM-DDThh:mm:ss[.sss]TZD`, `TZD` being `Z` or
/// `±hh:mm`, the RFC 3339 profile IRCv3 `server-time` uses too); fractions of a second are
/// dropped. `None` when the stamp is not a real date-time: it comes from the network.
pub fn unix_seconds(stamp: &str) -> Option<i64> {
    let (date, rest) = stamp.split_once('T')?;
    let mut date = date.splitn(3, '-');
    let year: i64 = digits(date.next()?, 4)?;
    let month: i64 = digits(date.next()?, 2)?;
    let day: i64 = digits(date.next()?, 2)?;
    // The zone: `Z`, or the last `+`/`-` (the time itself has neither).
    let (time, offset) = if let Some(time) = rest.strip_suffix('Z') {
        (time, 0)
    } else {
        let at = rest.rfind(['+', '-'])?;
        let (time, zone) = rest.split_at(at);
        let sign = if zone.starts_with('-') { -1 } else { 1 };
        let (hours, minutes) = zone.get(1..)?.split_once(':')?;
        let (hours, minutes): (i64, i64) = (digits(hours, 2)?, digits(minutes, 2)?);
        if hours > 23 || minutes > 59 {
            return None;
        }
        (time, sign * (hours * 3600 + minutes * 60))
    };
    let time = time.split_once('.').map_or(time, |(whole, fraction)| {
        if fraction.is_empty() || !fraction.bytes().all(|b| b.is_ascii_digit()) {
            ""
        } else {
            whole
        }
    });
    let mut time = time.splitn(3, ':');
    let hour: i64 = digits(time.next()?, 2)?;
    let minute: i64 = digits(time.next()?, 2)?;
    let second: i64 = digits(time.next()?, 2)?;
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => return None,
    };
    // 60: a leap second.
    if !(1..=days_in_month).contains(&day) || hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let local = days_from_civil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second;
    Some(local - offset)
}

/// Exactly `len` ASCII digits, as a number.
fn digits(text: &str, len: usize) -> Option<i64> {
    (text.len() == len && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's `days_from_civil`).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year.rem_euclid(400);
    let month_from_march = (month + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

#[cfg(test)]
mod tests {
    use super::unix_seconds;

    #[test]
    fn real_date_times_are_read_in_any_zone() {
        assert_eq!(unix_seconds("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(
            unix_seconds("2024-05-01T10:00:00.000Z"),
            Some(1_714_557_600)
        );
        assert_eq!(
            unix_seconds("2024-05-01T12:00:00+02:00"),
            Some(1_714_557_600)
        );
        assert_eq!(
            unix_seconds("2024-02-29T00:00:00.123456Z"),
            Some(1_709_164_800)
        );
        assert_eq!(unix_seconds("2016-12-31T23:59:60Z"), Some(1_483_228_800));
    }

    #[test]
    fn anything_else_is_no_time_at_all() {
        for stamp in [
            "",
            "T",
            "2024-05-01",
            "2024-05-01T10:00:00",
            "2023-02-29T00:00:00Z",
            "2024-13-01T00:00:00Z",
            "2024-05-01T24:00:00Z",
            "2024-05-01T10:60:00Z",
            "2024-05-01T10:00:00.Z",
            "2024-05-01T10:00:00.1x2Z",
            "2024-05-01T10:00:00+24:00",
            "+024-05-01T10:00:00Z",
            "２０２４-05-01T10:00:00Z",
            "2024-05-01T10:00:00Zé",
        ] {
            assert_eq!(unix_seconds(stamp), None, "{stamp}");
        }
    }
}
