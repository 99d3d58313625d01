//! Every word the window shows, in the user's language: Fluent catalogues from `po/`, embedded
//! at build time (Tails needs no lookup at run time).
//!
//! - [`init`] picks the languages once, before any window exists, and tells GTK the text
//!   direction. Code asks for text through [`tr`], one generated function per en-US message,
//!   so an unknown id or a missing variable does not compile.
//! - A message missing from the user's catalogue falls back along the negotiated chain, which
//!   always ends with en-US.
//! - Fluent's Unicode isolation stays on: every variable is wrapped in FSI…PDI, so an Arabic
//!   nick cannot reorder an English sentence (or the reverse). Text shown outside a message
//!   goes through [`isolate`]; fingerprints through [`fingerprint`].
//! - `en-XA` is a pseudo-locale made from en-US ([`pseudo`]): accented, longer, bracketed.
//!   It shows untranslated strings and cramped layouts without waiting for a translator.

mod conventions;
mod negotiate;
mod pseudo;

#[cfg(test)]
mod checks;
#[cfg(test)]
mod wire;

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::{CharacterDirection, LanguageIdentifier};

pub(crate) use negotiate::Direction;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The source language: always present, always last in the chain.
const SOURCE_LOCALE: &str = "en-US";

/// One generated function per en-US message; see `build.rs`.
pub(crate) mod tr {
    use fluent_bundle::{FluentArgs, FluentValue};

    include!(concat!(env!("OUT_DIR"), "/messages.rs"));
}

/// The catalogues in the order they are asked for a message.
struct Localizer {
    /// Best first; the last one is en-US.
    chain: Vec<Catalogue>,
    /// The direction of the user's language (see [`negotiate::Negotiated::direction`]).
    direction: Direction,
    /// How the user's language writes numbers, times and dates.
    conventions: &'static conventions::Conventions,
}

struct Catalogue {
    bundle: FluentBundle<FluentResource>,
    /// The en-XA pseudo-locale: wrap whole messages in brackets.
    pseudo: bool,
}

static LOCALIZER: OnceLock<Localizer> = OnceLock::new();

/// Chooses the languages, once, before any window is built.
///
/// `preferred` is a locale the user asked for explicitly (a command-line option or a
/// preference); it comes before the environment. Without it the environment decides, in the
/// order glibc's gettext uses (see [`negotiate`]). Calling it again has no effect: the
/// language of a running window does not change.
pub(crate) fn init(preferred: Option<&str>) -> Direction {
    localizer_with(preferred).direction
}

/// The negotiated direction, for `gtk::Widget::set_default_direction`.
pub(crate) fn direction() -> Direction {
    localizer().direction
}

fn localizer() -> &'static Localizer {
    localizer_with(None)
}

fn localizer_with(preferred: Option<&str>) -> &'static Localizer {
    LOCALIZER.get_or_init(|| {
        let available: Vec<&str> = LOCALES
            .iter()
            .map(|(name, _)| *name)
            .chain([pseudo::LOCALE])
            .collect();
        let negotiated = negotiate::negotiate(
            preferred,
            &negotiate::Environment::from_process(),
            &available,
            SOURCE_LOCALE,
        );
        tracing::info!(locales = ?negotiated.chain, direction = ?negotiated.direction, "interface languages");
        let first: LanguageIdentifier = negotiated
            .chain
            .first()
            .and_then(|locale| locale.parse().ok())
            .unwrap_or_default();
        Localizer {
            conventions: conventions::of(&first),
            chain: negotiated
                .chain
                .iter()
                .filter_map(|locale| catalogue(locale))
                .collect(),
            direction: negotiated.direction,
        }
    })
}

/// The bundle for one available locale; `None` (logged) if its file does not parse, which
/// the i18n tests rule out for every shipped file.
fn catalogue(locale: &str) -> Option<Catalogue> {
    let pseudo = locale == pseudo::LOCALE;
    let file = if pseudo { SOURCE_LOCALE } else { locale };
    let source = LOCALES
        .iter()
        .find(|(name, _)| *name == file)
        .map(|(_, source)| *source)?;
    catalogue_from(locale, source, pseudo)
}

fn catalogue_from(locale: &str, source: &str, pseudo: bool) -> Option<Catalogue> {
    let id: LanguageIdentifier = locale.parse().ok()?;
    let resource = match FluentResource::try_new(source.to_owned()) {
        Ok(resource) => resource,
        Err((_, errors)) => {
            tracing::warn!(locale, errors = errors.len(), "catalogue does not parse");
            return None;
        }
    };
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks stay on (the default), as the module doc explains.
    bundle.set_use_isolating(true);
    bundle.set_formatter(Some(format_value));
    if pseudo {
        bundle.set_transform(Some(pseudo::transform));
    }
    if let Err(errors) = bundle.add_resource(resource) {
        tracing::warn!(locale, errors = errors.len(), "catalogue has duplicate ids");
    }
    Some(Catalogue { bundle, pseudo })
}

/// A catalogue's language's conventions, as fluent-bundle's memoizer keeps them per bundle.
struct BundleConventions(&'static conventions::Conventions);

impl intl_memoizer::Memoizable for BundleConventions {
    type Args = ();
    type Error = std::convert::Infallible;

    fn construct(lang: LanguageIdentifier, (): ()) -> Result<Self, Self::Error> {
        Ok(Self(conventions::of(&lang)))
    }
}

/// Whole numbers in a message (counts) in the digits and grouping of the message's language;
/// anything else as Fluent writes it. Plural selection still reads the number itself.
fn format_value(
    value: &FluentValue<'_>,
    memoizer: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let whole = number.value.fract() == 0.0 && number.value.abs() < 1e15;
    let plain = number.options.minimum_fraction_digits.is_none()
        && number.options.minimum_integer_digits.is_none()
        && number.options.minimum_significant_digits.is_none();
    if !whole || !plain {
        return None;
    }
    // Exact: a whole number below 10^15 fits an i64.
    #[expect(clippy::cast_possible_truncation, reason = "whole and below 10^15")]
    let shown = number.value as i64;
    let integer = SHOWN_INSTEAD.with(|map| {
        map.borrow()
            .iter()
            .find(|(stand_in, _)| *stand_in == shown)
            .map_or(shown, |(_, real)| *real)
    });
    memoizer
        .with_try_get::<BundleConventions, _, _>((), |conventions| {
            let text = conventions.0.integer(integer);
            if number.options.use_grouping {
                text
            } else {
                text.replace(|c: char| !c.is_numeric() && c != '-', "")
            }
        })
        .ok()
}

std::thread_local! {
    /// Stand-in count → the count it stands for, while one Arabic message is formatted (see
    /// [`arabic_plural_stand_ins`]).
    static SHOWN_INSTEAD: std::cell::RefCell<Vec<(i64, i64)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Works around intl_pluralrules 7.0.2 (CLDR 37), which reads Arabic's "n % 100 = 3..10"
/// (few) and "n % 100 = 11..99" (many) as "n = 3..10" and "n = 11..99": 103 came out
/// "other" instead of "few", 111 "other" instead of "many".
///
/// For an Arabic catalogue, each whole count that library would misfile is replaced, for the
/// selection only, by a small stand-in of the right category that no other argument has;
/// [`format_value`] writes the real count where the stand-in is shown. `None` when nothing
/// needs replacing (every language but Arabic, and Arabic below 103).
fn arabic_plural_stand_ins(
    catalogue: &Catalogue,
    args: &FluentArgs<'_>,
) -> Option<(FluentArgs<'static>, Vec<(i64, i64)>)> {
    if catalogue.bundle.locales.first()?.language.as_str() != "ar" {
        return None;
    }
    let whole = |value: &FluentValue<'_>| match value {
        FluentValue::Number(number) if number.value.fract() == 0.0 && number.value.abs() < 1e15 =>
        {
            #[expect(clippy::cast_possible_truncation, reason = "whole and below 10^15")]
            Some(number.value as i64)
        }
        _ => None,
    };
    let taken: Vec<i64> = args.iter().filter_map(|(_, value)| whole(value)).collect();
    let mut shown = Vec::new();
    let mut replaced = FluentArgs::new();
    for (name, value) in args.iter() {
        let stand_in = whole(value).and_then(|n| {
            let range = match n.unsigned_abs() {
                n if n < 100 => return None,
                n if (3..=10).contains(&(n % 100)) => 3..=10,
                n if (11..=99).contains(&(n % 100)) => 11..=99,
                _ => return None,
            };
            let free = range.into_iter().find(|candidate| {
                !taken.contains(candidate) && !shown.iter().any(|(s, _)| s == candidate)
            })?;
            Some((free, n))
        });
        match stand_in {
            Some((free, n)) => {
                shown.push((free, n));
                replaced.set(name.to_owned(), free);
            }
            None => replaced.set(name.to_owned(), value.into_owned()),
        }
    }
    (!shown.is_empty()).then_some((replaced, shown))
}

/// A time of day (hours 0-23) as the user's language writes it.
pub(crate) fn time_of_day(hour: u32, minute: u32) -> String {
    localizer().conventions.time(hour, minute)
}

/// A Gregorian date as the user's language writes it: the day above a conversation's
/// messages.
pub(crate) fn date((year, month, day): (i32, u32, u32)) -> String {
    localizer().conventions.date(year, month, day)
}

/// A Gregorian date and a time of day as the user's language writes them.
pub(crate) fn date_and_time(date: (i32, u32, u32), time: (u32, u32)) -> String {
    localizer().conventions.date_time(date, time)
}

/// The text of message `id` in the best language that has it.
///
/// Private to this module: the rest of the GUI asks through [`tr`], which only knows ids
/// that exist in en-US.
fn format(id: &str, args: Option<&FluentArgs<'_>>) -> String {
    format_in(&localizer().chain, id, args)
}

fn format_in(chain: &[Catalogue], id: &str, args: Option<&FluentArgs<'_>>) -> String {
    for catalogue in chain {
        let Some(pattern) = catalogue
            .bundle
            .get_message(id)
            .and_then(|message| message.value())
        else {
            continue;
        };
        let substituted;
        let args = match args.and_then(|args| arabic_plural_stand_ins(catalogue, args)) {
            Some((stand_in_args, shown)) => {
                substituted = stand_in_args;
                SHOWN_INSTEAD.with(|map| *map.borrow_mut() = shown);
                Some(&substituted)
            }
            None => args,
        };
        let mut errors = Vec::new();
        let text = catalogue.bundle.format_pattern(pattern, args, &mut errors);
        SHOWN_INSTEAD.with(|map| map.borrow_mut().clear());
        if !errors.is_empty() {
            // Names the message and the kind of problem only: never the arguments, which
            // may be message text.
            tracing::warn!(id, errors = errors.len(), "message formatted with errors");
        }
        return if catalogue.pseudo {
            pseudo::wrap(&text)
        } else {
            text.into_owned()
        };
    }
    // Unreachable with a parsing en-US catalogue (the accessors come from it); the id is
    // better than an empty label.
    id.to_owned()
}

/// Each shipped language's name in itself, as the language chooser lists it: a reader looks
/// for their own language in their own script, whatever the window speaks now. Not in the
/// catalogues, because no translation changes them.
const AUTONYMS: &[(&str, &str)] = &[
    ("en-US", "English (United States)"),
    ("ar", "العربية"),
    ("de", "Deutsch"),
    ("es", "Español"),
    ("fa", "فارسی"),
    ("fr", "Français"),
    ("hi", "हिन्दी"),
    ("id", "Bahasa Indonesia"),
    ("it", "Italiano"),
    ("pt-BR", "Português (Brasil)"),
    ("pt-PT", "Português (Portugal)"),
    ("ru", "Русский"),
    ("tr", "Türkçe"),
    ("zh-CN", "简体中文"),
];

/// The languages a user can choose: `(tag, name in itself)`, one per `po/<locale>/`, in the
/// order of [`AUTONYMS`]; a catalogue without an autonym is listed by its tag (a test rules
/// that out for shipped ones).
pub(crate) fn choosable_languages() -> Vec<(&'static str, &'static str)> {
    let mut languages: Vec<(&str, &str)> = AUTONYMS
        .iter()
        .filter(|(tag, _)| LOCALES.iter().any(|(locale, _)| locale == tag))
        .copied()
        .collect();
    for (locale, _) in LOCALES {
        if !languages.iter().any(|(tag, _)| tag == locale) {
            languages.push((locale, locale));
        }
    }
    languages
}

/// FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE: the text takes its direction from its own
/// first strong character and cannot reorder what surrounds it.
pub(crate) fn isolate(text: &str) -> String {
    format!("\u{2068}{text}\u{2069}")
}

/// LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE: for text that reads left to right in
/// every language (an OTR fingerprint's groups of hex digits).
pub(crate) fn left_to_right(text: &str) -> String {
    format!("\u{2066}{text}\u{2069}")
}

/// A fingerprint (`AB:CD:…`) as two lines of 16 bytes, each LEFT-TO-RIGHT ISOLATEd: hex digits
/// read left to right in every language, and line breaks fall between groups.
pub(crate) fn fingerprint(hex: &str) -> String {
    let bytes: Vec<&str> = hex.split(':').collect();
    bytes
        .chunks(16)
        .map(|line| format!("\u{2066}{}\u{2069}", line.join(":")))
        .collect::<Vec<_>>()
        .join("\n")
}

impl Direction {
    fn of(locale: &LanguageIdentifier) -> Self {
        match locale.character_direction() {
            CharacterDirection::RTL => Self::RightToLeft,
            CharacterDirection::LTR | CharacterDirection::TTB => Self::LeftToRight,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_language_has_its_own_name() {
        let languages = choosable_languages();
        assert_eq!(languages.len(), LOCALES.len());
        for (tag, name) in languages {
            assert_ne!(tag, name, "po/{tag}/ has no autonym in AUTONYMS");
        }
    }

    #[test]
    fn isolation_marks_surround_variables() {
        init(Some("en-US"));
        let text = tr::conversation_title("سارة@example.org");
        assert_eq!(text, "Conversation with \u{2068}سارة@example.org\u{2069}");
    }

    #[test]
    fn plurals_follow_cldr_categories() {
        init(Some("en-US"));
        let text = tr::pidgin_imported(1_usize, 0_usize, 2_usize, 1_usize);
        assert!(text.contains("1\u{2069} account\u{2069} ("), "{text}");
        assert!(text.contains("2\u{2069} contacts\u{2069},"), "{text}");
        assert!(text.contains("1\u{2069} chat\u{2069}."), "{text}");
    }

    /// `pidgin-imported` in `locale` with `accounts` accounts (and nothing else).
    fn imported_in(locale: &str, accounts: usize) -> String {
        let chain: Vec<Catalogue> = catalogue(locale).into_iter().collect();
        assert_eq!(chain.len(), 1, "no catalogue for {locale}");
        let mut args = FluentArgs::new();
        args.set("accounts", accounts);
        args.set("skipped", 0_usize);
        args.set("contacts", 0_usize);
        args.set("rooms", 0_usize);
        format_in(&chain, "pidgin-imported", Some(&args))
    }

    /// Each language's catalogue picks the form CLDR (as fluent-bundle's plural rules know
    /// it) gives a count: Russian has three forms for whole numbers, Arabic six, Chinese one.
    #[test]
    fn plurals_follow_each_languages_categories() {
        let form =
            |count: usize, words: &str| format!("\u{2068}\u{2068}{count}\u{2069} {words}\u{2069}");
        let cases = [
            ("ru", 1, form(1, "учётная запись")),
            ("ru", 3, form(3, "учётные записи")),
            ("ru", 5, form(5, "учётных записей")),
            ("ru", 21, form(21, "учётная запись")),
            ("ru", 12, form(12, "учётных записей")),
            ("ar", 0, "\u{2068}لا حسابات\u{2069}".to_owned()),
            ("ar", 1, "\u{2068}حساب واحد\u{2069}".to_owned()),
            ("ar", 2, "\u{2068}حسابان\u{2069}".to_owned()),
            // Arabic writes its counts in Arabic-Indic digits (see `conventions`).
            (
                "ar",
                3,
                "\u{2068}\u{2068}٣\u{2069} حسابات\u{2069}".to_owned(),
            ),
            (
                "ar",
                11,
                "\u{2068}\u{2068}١١\u{2069} حسابًا\u{2069}".to_owned(),
            ),
            ("fr", 0, form(0, "compte")),
            ("fr", 2, form(2, "comptes")),
            ("de", 1, form(1, "Konto")),
            ("de", 2, form(2, "Konten")),
            ("pt-BR", 0, form(0, "conta")),
            ("pt-PT", 0, form(0, "contas")),
            ("zh-CN", 1, form(1, "个账户")),
        ];
        for (locale, count, expected) in cases {
            let text = imported_in(locale, count);
            assert!(
                text.contains(&expected),
                "{locale}, {count}: {text:?} lacks {expected:?}"
            );
        }
    }

    /// Counts in messages are written in each language's digits (Persian's, Arabic's) and
    /// grouping, while the plural form still follows the number.
    #[test]
    fn counts_in_messages_use_the_languages_digits() {
        let room_count = |locale: &str, count: usize| {
            let chain: Vec<Catalogue> = catalogue(locale).into_iter().collect();
            let mut args = FluentArgs::new();
            args.set("count", count);
            format_in(&chain, "room-occupants-count", Some(&args))
        };
        assert!(
            room_count("fa", 3).contains("\u{2068}۳\u{2069}"),
            "{}",
            room_count("fa", 3)
        );
        assert!(
            room_count("ar", 12).contains("\u{2068}١٢\u{2069}"),
            "{}",
            room_count("ar", 12)
        );
        assert!(room_count("en-US", 1).contains("\u{2068}1\u{2069} person"));
        assert!(room_count("en-US", 1200).contains("\u{2068}1,200\u{2069} people"));
        assert!(room_count("de", 1200).contains("\u{2068}1.200\u{2069}"));
        assert!(room_count(pseudo::LOCALE, 2).contains("\u{2068}2\u{2069}"));
    }

    /// The plural category Otter's Fluent gives `n` in `locale`, read through a select
    /// expression as the catalogues use them.
    fn category(locale: &str, n: usize) -> String {
        let source = "category = { $n ->\n    [zero] zero\n    [one] one\n    [two] two\n    \
                      [few] few\n    [many] many\n   *[other] other\n}\n";
        let chain: Vec<Catalogue> = catalogue_from(locale, source, false).into_iter().collect();
        let mut args = FluentArgs::new();
        args.set("n", n);
        format_in(&chain, "category", Some(&args))
    }

    /// CLDR's Arabic rules go by n mod 100 (103 is "few", 111 "many", 100 to 102 "other"):
    /// the categories Otter's messages pick for them. Without `arabic_plural_stand_ins`,
    /// intl_pluralrules 7.0.2 gave 103, 111 and 1003 "other".
    #[test]
    fn arabic_plural_categories_follow_cldr_beyond_a_hundred() {
        let expected = [
            (0, "zero"),
            (1, "one"),
            (2, "two"),
            (3, "few"),
            (10, "few"),
            (11, "many"),
            (99, "many"),
            (100, "other"),
            (101, "other"),
            (102, "other"),
            (103, "few"),
            (111, "many"),
            (1000, "other"),
            (1003, "few"),
        ];
        // Russian's rules (i % 10, i % 100) come through as CLDR has them.
        assert_eq!(category("ru", 104), "few");
        assert_eq!(category("ru", 111), "many");
        assert_eq!(category("ru", 121), "one");
        let got: Vec<(usize, String)> = expected
            .iter()
            .map(|(n, _)| (*n, category("ar", *n)))
            .collect();
        let want: Vec<(usize, String)> = expected
            .iter()
            .map(|(n, c)| (*n, (*c).to_owned()))
            .collect();
        assert_eq!(got, want);
    }

    /// The stand-ins choose the form and never show: 103 and 111 people, 103 accounts next
    /// to 3 contacts.
    #[test]
    fn arabic_counts_past_a_hundred_take_their_cldr_form_and_show_their_own_digits() {
        let chain: Vec<Catalogue> = catalogue("ar").into_iter().collect();
        let people = |count: usize| {
            let mut args = FluentArgs::new();
            args.set("count", count);
            format_in(&chain, "room-occupants-count", Some(&args))
        };
        assert_eq!(people(103), people(3).replace('٣', "١٠٣"));
        assert_eq!(people(111), people(11).replace("١١", "١١١"));
        assert_eq!(people(1003), people(3).replace('٣', "١٬٠٠٣"));
        let mut args = FluentArgs::new();
        args.set("accounts", 103_usize);
        args.set("skipped", 0_usize);
        args.set("contacts", 3_usize);
        args.set("rooms", 0_usize);
        let text = format_in(&chain, "pidgin-imported", Some(&args));
        assert!(text.contains("\u{2068}١٠٣\u{2069} حسابات"), "{text}");
        assert!(text.contains("\u{2068}٣\u{2069}"), "{text}");
        assert!(
            !text.contains("\u{2068}٤\u{2069}"),
            "a stand-in shows: {text}"
        );
        SHOWN_INSTEAD.with(|map| assert!(map.borrow().is_empty()));
    }

    #[test]
    fn a_message_missing_from_a_translation_comes_from_the_next_language() {
        let chain: Vec<Catalogue> = [
            catalogue_from("de", "account-status-online = Verbunden\n", false),
            catalogue("en-US"),
        ]
        .into_iter()
        .flatten()
        .collect();
        assert_eq!(chain.len(), 2);
        assert_eq!(
            format_in(&chain, "account-status-online", None),
            "Verbunden"
        );
        assert_eq!(format_in(&chain, "account-status-offline", None), "Offline");
    }

    #[test]
    fn the_pseudo_locale_accents_text_but_not_variables() {
        let chain: Vec<Catalogue> = catalogue(pseudo::LOCALE).into_iter().collect();
        let mut args = FluentArgs::new();
        args.set("peer", "bob@example.org");
        assert_eq!(
            format_in(&chain, "conversation-title", Some(&args)),
            "[Çööñṽééŕšááţííööñ ŵííţĥ \u{2068}bob@example.org\u{2069}]"
        );
    }

    #[test]
    fn fingerprints_read_left_to_right_in_two_groups() {
        let hex = (0..32)
            .map(|b| format!("{b:02X}"))
            .collect::<Vec<_>>()
            .join(":");
        let shown = fingerprint(&hex);
        let lines: Vec<&str> = shown.lines().collect();
        assert_eq!(lines.len(), 2);
        for line in lines {
            assert!(line.starts_with('\u{2066}') && line.ends_with('\u{2069}'));
        }
    }
}
