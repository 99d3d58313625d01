//! How each language writes numbers, times and dates: digits, the 12- or 24-hour clock and its
//! markers, the order of day, month and year, and the calendar (Persian's is Solar Hijri). One table row per shipped language, from CLDR
//! 44 (the default numbering system and grouping, the short time format, the numeric `yMd`
//! date and the short date-time glue; before a day-period marker always a no-break space); a
//! language not in the table writes like en-US.
//!
//! Small on purpose: Otter shows counts (in Fluent messages), message times and dates, and
//! nothing else that needs a locale. Fingerprints are not numbers here: they stay Latin hex
//! in every language (see `i18n::fingerprint`).

use unic_langid::LanguageIdentifier;

use self::Clock::{Hours12, Hours24};
use self::Digits::{ArabicIndic, Latin, Persian};
use self::Order::{DayMonthYear, MonthDayYear, YearMonthDay};

/// The digits a language writes by default (CLDR's default numbering system).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Digits {
    /// 0-9 (`latn`).
    Latin,
    /// ٠-٩, Arabic-Indic (`arab`).
    ArabicIndic,
    /// ۰-۹, Extended Arabic-Indic (`arabext`), Persian's.
    Persian,
}

impl Digits {
    fn zero(self) -> char {
        match self {
            Self::Latin => '0',
            Self::ArabicIndic => '\u{660}',
            Self::Persian => '\u{6F0}',
        }
    }
}

/// The clock a language reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Clock {
    /// 0-23; `pad` writes 09:05 rather than 9:05.
    Hours24 { pad: bool },
    /// 1-12 followed by the morning or afternoon marker.
    Hours12 { am: &'static str, pm: &'static str },
}

/// The order of a numeric date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Order {
    MonthDayYear,
    DayMonthYear,
    YearMonthDay,
}

/// One language's conventions.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Conventions {
    pub(crate) digits: Digits,
    /// Between groups of three digits (of two in India after the first three).
    group: &'static str,
    /// The fewest digits a number has before it is grouped (CLDR's minimum grouping digits
    /// plus three: 4 groups 1,234; 5 writes 1234 and 12 345).
    group_from: usize,
    /// Lakh and crore grouping: 12,34,567.
    indian: bool,
    pub(crate) clock: Clock,
    /// Between hours and minutes.
    time_separator: &'static str,
    order: Order,
    /// Between the parts of a date (Arabic's carries a right-to-left mark).
    date_separator: &'static str,
    /// Day and month on two digits (30/01/2026).
    pad_date: bool,
    /// Between a date and a time.
    date_time: &'static str,
    /// The calendar of dates (CLDR's default for the language).
    calendar: Calendar,
}

/// The calendar a language counts days in by default.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Calendar {
    Gregorian,
    /// The Solar Hijri calendar (CLDR's `persian`), Iran's and Afghanistan's.
    Persian,
}

#[expect(
    clippy::too_many_arguments,
    reason = "one table row, read in the table's order"
)]
const fn row(
    digits: Digits,
    group: &'static str,
    group_from: usize,
    clock: Clock,
    time_separator: &'static str,
    order: Order,
    date_separator: &'static str,
    pad_date: bool,
    date_time: &'static str,
) -> Conventions {
    Conventions {
        digits,
        group,
        group_from,
        indian: false,
        clock,
        time_separator,
        order,
        date_separator,
        pad_date,
        date_time,
        calendar: Calendar::Gregorian,
    }
}

const H23: Clock = Hours24 { pad: true };
const H23_UNPADDED: Clock = Hours24 { pad: false };

const EN_US: Conventions = row(
    Latin,
    ",",
    4,
    Hours12 { am: "AM", pm: "PM" },
    ":",
    MonthDayYear,
    "/",
    false,
    ", ",
);

/// `(language tag, conventions)`; a tag matches a locale with the same language and, if the
/// tag has one, the same region.
static TABLE: &[(&str, Conventions)] = &[
    ("en-US", EN_US),
    (
        "ar",
        row(
            ArabicIndic,
            "\u{66C}",
            4,
            Hours12 { am: "ص", pm: "م" },
            ":",
            DayMonthYear,
            "\u{200F}/",
            false,
            "، ",
        ),
    ),
    (
        "de",
        row(Latin, ".", 4, H23, ":", DayMonthYear, ".", false, ", "),
    ),
    (
        "es",
        row(
            Latin,
            ".",
            5,
            H23_UNPADDED,
            ":",
            DayMonthYear,
            "/",
            false,
            ", ",
        ),
    ),
    (
        "fa",
        Conventions {
            calendar: Calendar::Persian,
            ..row(
                Persian,
                "\u{66C}",
                4,
                H23_UNPADDED,
                ":",
                YearMonthDay,
                "/",
                false,
                "،\u{200F} ",
            )
        },
    ),
    (
        "fr",
        row(Latin, "\u{202F}", 4, H23, ":", DayMonthYear, "/", true, " "),
    ),
    (
        "hi",
        Conventions {
            indian: true,
            ..row(
                Latin,
                ",",
                4,
                Hours12 { am: "am", pm: "pm" },
                ":",
                DayMonthYear,
                "/",
                false,
                ", ",
            )
        },
    ),
    (
        "id",
        row(Latin, ".", 4, H23, ".", DayMonthYear, "/", false, ", "),
    ),
    (
        "it",
        row(Latin, ".", 4, H23, ":", DayMonthYear, "/", false, ", "),
    ),
    (
        "pt-BR",
        row(Latin, ".", 4, H23, ":", DayMonthYear, "/", true, " "),
    ),
    (
        "pt-PT",
        row(Latin, "\u{A0}", 5, H23, ":", DayMonthYear, "/", true, ", "),
    ),
    (
        "ru",
        row(Latin, "\u{A0}", 4, H23, ":", DayMonthYear, ".", true, ", "),
    ),
    (
        "tr",
        row(Latin, ".", 4, H23, ":", DayMonthYear, ".", true, " "),
    ),
    (
        "zh-CN",
        row(Latin, ",", 4, H23, ":", YearMonthDay, "/", false, " "),
    ),
];

/// The conventions of `locale` (en-US for a language not in the table; the pseudo-locale
/// en-XA is English).
pub(crate) fn of(locale: &LanguageIdentifier) -> &'static Conventions {
    let language = locale.language.as_str();
    let region = locale.region.as_ref().map(|r| r.as_str());
    TABLE
        .iter()
        .find(|(tag, _)| {
            let (tag_language, tag_region) = tag.split_once('-').unwrap_or((tag, ""));
            tag_language == language && (tag_region.is_empty() || Some(tag_region) == region)
        })
        .or_else(|| {
            // A language with a region the table does not name (pt-AO): its first row.
            TABLE
                .iter()
                .find(|(tag, _)| tag.split('-').next() == Some(language))
        })
        .map_or(&EN_US, |(_, conventions)| conventions)
}

impl Conventions {
    /// `text`'s ASCII digits in this language's digits.
    fn digits_of(&self, text: &str) -> String {
        let zero = self.digits.zero() as u32;
        text.chars()
            .map(|c| match c.to_digit(10) {
                Some(d) => char::from_u32(zero + d).unwrap_or(c),
                None => c,
            })
            .collect()
    }

    /// A whole number, grouped and in this language's digits.
    pub(crate) fn integer(&self, n: i64) -> String {
        let plain = n.unsigned_abs().to_string();
        let mut grouped = String::new();
        if plain.len() < self.group_from {
            grouped.push_str(&plain);
        } else {
            // From the right: a separator after 3 digits, then every 3 (every 2 in India).
            let mut reversed: Vec<String> = Vec::new();
            let mut next_group = 3;
            for (count, digit) in plain.chars().rev().enumerate() {
                if count == next_group {
                    reversed.push(self.group.to_owned());
                    next_group += if self.indian { 2 } else { 3 };
                }
                reversed.push(digit.to_string());
            }
            grouped = reversed.into_iter().rev().collect();
        }
        let sign = if n < 0 { "-" } else { "" };
        self.digits_of(&format!("{sign}{grouped}"))
    }

    /// A time of day, hours 0-23 and minutes.
    pub(crate) fn time(&self, hour: u32, minute: u32) -> String {
        let sep = self.time_separator;
        let text = match self.clock {
            Hours24 { pad: true } => format!("{hour:02}{sep}{minute:02}"),
            Hours24 { pad: false } => format!("{hour}{sep}{minute:02}"),
            Hours12 { am, pm } => {
                let marker = if hour < 12 { am } else { pm };
                let twelve = match hour % 12 {
                    0 => 12,
                    h => h,
                };
                format!("{twelve}{sep}{minute:02}\u{A0}{marker}")
            }
        };
        self.digits_of(&text)
    }

    /// A date given in the Gregorian calendar, numeric, in the language's calendar.
    pub(crate) fn date(&self, year: i32, month: u32, day: u32) -> String {
        let (year, month, day) = match self.calendar {
            Calendar::Gregorian => (year, month, day),
            Calendar::Persian => persian_date(year, month, day),
        };
        let (month, day) = if self.pad_date {
            (format!("{month:02}"), format!("{day:02}"))
        } else {
            (month.to_string(), day.to_string())
        };
        let year = year.to_string();
        let parts = match self.order {
            MonthDayYear => [month, day, year],
            DayMonthYear => [day, month, year],
            YearMonthDay => [year, month, day],
        };
        self.digits_of(&parts.join(self.date_separator))
    }

    /// A date and a time, as [`Self::date`] and [`Self::time`] write them.
    pub(crate) fn date_time(&self, date: (i32, u32, u32), time: (u32, u32)) -> String {
        format!(
            "{}{}{}",
            self.date(date.0, date.1, date.2),
            self.date_time,
            self.time(time.0, time.1)
        )
    }
}

/// A Gregorian date in the Solar Hijri calendar, as Iran's calendar authority fixes it for
/// the years people live in: the 2820-year arithmetic of Borkowski's leap-year breaks (the
/// algorithm of the jalaali libraries). Integer division truncates, as there.
fn persian_date(year: i32, month: u32, day: u32) -> (i32, u32, u32) {
    let (gy, gm, gd) = (i64::from(year), i64::from(month), i64::from(day));
    let day_number = gregorian_day_number(gy, gm, gd);
    let mut jy = gy - 621;
    let (leap, march) = persian_year(jy);
    let mut k = day_number - gregorian_day_number(gy, 3, march);
    let (jm, jd);
    if (0..=185).contains(&k) {
        jm = 1 + k / 31;
        jd = k % 31 + 1;
    } else {
        if k >= 0 {
            k -= 186;
        } else {
            jy -= 1;
            k += 179;
            if leap == 1 {
                k += 1;
            }
        }
        jm = 7 + k / 30;
        jd = k % 30 + 1;
    }
    let narrow = |n: i64| u32::try_from(n).unwrap_or(0);
    (i32::try_from(jy).unwrap_or(0), narrow(jm), narrow(jd))
}

/// Julian day number of a Gregorian date.
fn gregorian_day_number(gy: i64, gm: i64, gd: i64) -> i64 {
    let d = (gy + (gm - 8) / 6 + 100_100) * 1461 / 4 + (153 * ((gm + 9) % 12) + 2) / 5 + gd
        - 34_840_408;
    d - (gy + 100_100 + (gm - 8) / 6) / 100 * 3 / 4 + 752
}

/// For Solar Hijri year `jy`: (years since the last leap year, 0 for a leap year; the day of
/// March on which it starts, in the Gregorian year it starts in).
fn persian_year(jy: i64) -> (i64, i64) {
    const BREAKS: [i64; 20] = [
        -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324,
        2394, 2456, 3178,
    ];
    let gy = jy + 621;
    let mut leap_j = -14;
    let mut jp = BREAKS[0];
    let mut jump = 0;
    for &jm in &BREAKS[1..] {
        jump = jm - jp;
        if jy < jm {
            break;
        }
        leap_j += jump / 33 * 8 + jump % 33 / 4;
        jp = jm;
    }
    let mut n = jy - jp;
    leap_j += n / 33 * 8 + (n % 33 + 3) / 4;
    if jump % 33 == 4 && jump - n == 4 {
        leap_j += 1;
    }
    let leap_g = gy / 4 - (gy / 100 + 1) * 3 / 4 - 150;
    let march = 20 + leap_j - leap_g;
    if jump - n < 6 {
        n = n - jump + (jump + 4) / 33 * 33;
    }
    let mut leap = ((n + 1) % 33 - 1) % 4;
    if leap == -1 {
        leap = 4;
    }
    (leap, march)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conventions(tag: &str) -> &'static Conventions {
        of(&tag.parse().unwrap())
    }

    /// `(locale, 1234567, 9:05, 21:30, 30 January 2026 at 21:30)` as each language writes them.
    #[test]
    fn each_shipped_language_writes_numbers_times_and_dates_its_own_way() {
        let cases: &[(&str, &str, &str, &str, &str)] = &[
            (
                "en-US",
                "1,234,567",
                "9:05\u{A0}AM",
                "9:30\u{A0}PM",
                "1/30/2026, 9:30\u{A0}PM",
            ),
            (
                "ar",
                "١٬٢٣٤٬٥٦٧",
                "٩:٠٥\u{A0}ص",
                "٩:٣٠\u{A0}م",
                "٣٠\u{200F}/١\u{200F}/٢٠٢٦، ٩:٣٠\u{A0}م",
            ),
            ("de", "1.234.567", "09:05", "21:30", "30.1.2026, 21:30"),
            ("es", "1.234.567", "9:05", "21:30", "30/1/2026, 21:30"),
            (
                "fa",
                "۱٬۲۳۴٬۵۶۷",
                "۹:۰۵",
                "۲۱:۳۰",
                // 30 January 2026 is 10 Bahman 1404.
                "۱۴۰۴/۱۱/۱۰،\u{200F} ۲۱:۳۰",
            ),
            (
                "fr",
                "1\u{202F}234\u{202F}567",
                "09:05",
                "21:30",
                "30/01/2026 21:30",
            ),
            (
                "hi",
                "12,34,567",
                "9:05\u{A0}am",
                "9:30\u{A0}pm",
                "30/1/2026, 9:30\u{A0}pm",
            ),
            ("id", "1.234.567", "09.05", "21.30", "30/1/2026, 21.30"),
            ("it", "1.234.567", "09:05", "21:30", "30/1/2026, 21:30"),
            ("pt-BR", "1.234.567", "09:05", "21:30", "30/01/2026 21:30"),
            (
                "pt-PT",
                "1\u{A0}234\u{A0}567",
                "09:05",
                "21:30",
                "30/01/2026, 21:30",
            ),
            (
                "ru",
                "1\u{A0}234\u{A0}567",
                "09:05",
                "21:30",
                "30.01.2026, 21:30",
            ),
            ("tr", "1.234.567", "09:05", "21:30", "30.01.2026 21:30"),
            ("zh-CN", "1,234,567", "09:05", "21:30", "2026/1/30 21:30"),
        ];
        assert_eq!(cases.len(), TABLE.len(), "a shipped language has no case");
        for (locale, number, morning, evening, date_time) in cases {
            let c = conventions(locale);
            assert_eq!(c.integer(1_234_567), *number, "{locale}");
            assert_eq!(c.time(9, 5), *morning, "{locale}");
            assert_eq!(c.time(21, 30), *evening, "{locale}");
            assert_eq!(c.date_time((2026, 1, 30), (21, 30)), *date_time, "{locale}");
        }
    }

    /// Nowruz and the ends of years, leap (1403) and not (1404), against Iran's calendar.
    #[test]
    fn persian_dates_follow_the_solar_hijri_calendar() {
        let cases = [
            ((2024, 3, 19), (1402, 12, 29)),
            ((2024, 3, 20), (1403, 1, 1)),
            ((2024, 9, 21), (1403, 6, 31)),
            ((2024, 9, 22), (1403, 7, 1)),
            ((2025, 3, 20), (1403, 12, 30)),
            ((2025, 3, 21), (1404, 1, 1)),
            ((2026, 1, 30), (1404, 11, 10)),
            ((2026, 3, 20), (1404, 12, 29)),
            ((2026, 3, 21), (1405, 1, 1)),
        ];
        for ((gy, gm, gd), persian) in cases {
            assert_eq!(persian_date(gy, gm, gd), persian, "{gy}-{gm}-{gd}");
        }
        assert_eq!(conventions("fa").date(2025, 3, 21), "۱۴۰۴/۱/۱");
    }

    #[test]
    fn midnight_and_noon_on_a_twelve_hour_clock() {
        let en = conventions("en-US");
        assert_eq!(en.time(0, 0), "12:00\u{A0}AM");
        assert_eq!(en.time(12, 0), "12:00\u{A0}PM");
    }

    #[test]
    fn small_numbers_are_not_grouped_and_minimum_grouping_holds() {
        assert_eq!(conventions("en-US").integer(0), "0");
        assert_eq!(conventions("en-US").integer(999), "999");
        assert_eq!(conventions("en-US").integer(1000), "1,000");
        // Spanish and Portuguese (Portugal) group only from five digits.
        assert_eq!(conventions("es").integer(1234), "1234");
        assert_eq!(conventions("es").integer(12_345), "12.345");
        assert_eq!(conventions("pt-PT").integer(1234), "1234");
        assert_eq!(conventions("ru").integer(1234), "1\u{A0}234");
        assert_eq!(conventions("hi").integer(1_000), "1,000");
        assert_eq!(conventions("hi").integer(100_000), "1,00,000");
        assert_eq!(conventions("fa").integer(-42), "-۴۲");
    }

    #[test]
    fn unknown_languages_and_the_pseudo_locale_write_like_en_us() {
        assert_eq!(conventions("sw"), &EN_US);
        assert_eq!(conventions("en-XA"), &EN_US);
        assert_eq!(conventions("en"), &EN_US);
        // A region the table does not name takes the language's first row.
        assert_eq!(conventions("pt-AO"), conventions("pt-BR"));
        assert_eq!(conventions("ar-EG"), conventions("ar"));
        assert_eq!(conventions("de-AT"), conventions("de"));
    }
}
