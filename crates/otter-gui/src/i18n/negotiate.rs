//! Which catalogues to use, from the environment, as gettext (and so GTK) would choose.
//!
//! Precedence, first match wins:
//! 1. the locale passed to [`super::init`] (a command-line option or a preference);
//! 2. `LANGUAGE`, a colon-separated list in order of preference, **unless** the locale
//!    below is unset, `C` or `POSIX`: glibc ignores `LANGUAGE` then, and so does GTK's
//!    own catalogue, so the window and GTK's dialogs never disagree;
//! 3. the locale of messages: the first non-empty of `LC_ALL`, `LC_MESSAGES`, `LANG`;
//! 4. en-US.
//!
//! Each name is cleaned the gettext way: `pt_BR.UTF-8@euro` → `pt-BR` (the encoding and
//! modifier go, except `@latin`, which names a script: `sr@latin` → `sr-Latn`).
//!
//! Matching a wanted locale against the catalogues, best first: the exact locale; the same
//! language with the region a bare language usually means (`pt` → `pt-BR`, `zh` → `zh-CN`);
//! any other region of the language, but never across scripts (`zh-TW`, Traditional, does not
//! fall back to `zh-CN`, Simplified). Every wanted locale adds its matches in turn, and en-US
//! closes the chain.
//!
//! The direction follows the user's first wanted language even when Otter has no catalogue for
//! it: an Arabic desktop gets a mirrored window (as GTK's own Arabic catalogue would make it),
//! with English words until a translation exists.

use unic_langid::LanguageIdentifier;

/// The layout direction of the user's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Direction {
    /// English, French, Russian, Chinese, …
    LeftToRight,
    /// Arabic, Persian, Hebrew, Urdu, …
    RightToLeft,
}

/// The variables negotiation reads; a struct so tests need not change the process's.
#[derive(Debug, Default, Clone)]
pub(crate) struct Environment {
    pub(crate) language: Option<String>,
    pub(crate) lc_all: Option<String>,
    pub(crate) lc_messages: Option<String>,
    pub(crate) lang: Option<String>,
}

impl Environment {
    pub(crate) fn from_process() -> Self {
        let var = |name| std::env::var(name).ok();
        Self {
            language: var("LANGUAGE"),
            lc_all: var("LC_ALL"),
            lc_messages: var("LC_MESSAGES"),
            lang: var("LANG"),
        }
    }

    /// The locale gettext uses for messages.
    fn messages_locale(&self) -> Option<&str> {
        [&self.lc_all, &self.lc_messages, &self.lang]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .find(|v| !v.is_empty())
    }

    /// The wanted locales, best first, before matching.
    fn wanted(&self) -> Vec<String> {
        let messages = self.messages_locale();
        let posix = messages.is_none_or(|m| m == "C" || m == "POSIX");
        let mut wanted = Vec::new();
        if !posix && let Some(language) = &self.language {
            wanted.extend(language.split(':').map(str::to_owned));
        }
        wanted.extend(messages.map(str::to_owned));
        wanted
    }
}

/// What negotiation decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Negotiated {
    /// Available locales to ask, best first; always ends with the source locale.
    pub(crate) chain: Vec<String>,
    /// From the first wanted locale that is a language (not `C`).
    pub(crate) direction: Direction,
}

/// Chooses among `available` (names like `pt-BR`) for `preferred` and the environment.
pub(crate) fn negotiate(
    preferred: Option<&str>,
    environment: &Environment,
    available: &[&str],
    source: &str,
) -> Negotiated {
    let wanted: Vec<LanguageIdentifier> = preferred
        .map(str::to_owned)
        .into_iter()
        .chain(environment.wanted())
        .filter_map(|name| clean(&name))
        .collect();
    let available: Vec<(LanguageIdentifier, &str)> = available
        .iter()
        .filter_map(|name| name.parse().ok().map(|id| (id, *name)))
        .collect();
    let mut chain: Vec<String> = Vec::new();
    let mut add = |name: &str| {
        if !chain.iter().any(|c| c == name) {
            chain.push(name.to_owned());
        }
    };
    for want in &wanted {
        for name in matches(want, &available) {
            add(name);
        }
    }
    add(source);
    let direction = wanted.first().map_or(Direction::LeftToRight, Direction::of);
    Negotiated { chain, direction }
}

/// `pt_BR.UTF-8@euro` → `pt-BR`; `sr_RS@latin` → `sr-Latn-RS`; `C`, `POSIX` and nonsense →
/// `None`.
pub(crate) fn clean(name: &str) -> Option<LanguageIdentifier> {
    let (base, modifier) = match name.split_once('@') {
        Some((base, modifier)) => (base, Some(modifier)),
        None => (name, None),
    };
    let base = base.split_once('.').map_or(base, |(base, _encoding)| base);
    if base.is_empty() || base == "C" || base == "POSIX" {
        return None;
    }
    let mut id: LanguageIdentifier = base.replace('_', "-").parse().ok()?;
    if id.language.as_str() == "und" {
        return None;
    }
    if modifier == Some("latin") {
        id.script = "Latn".parse().ok();
    }
    Some(id)
}

/// The script a locale is written in, where a language has more than one and the choice
/// matters for falling back.
fn script_of(id: &LanguageIdentifier) -> Option<&'static str> {
    if let Some(script) = id.script {
        return match script.as_str() {
            "Hant" => Some("Hant"),
            "Hans" => Some("Hans"),
            "Latn" => Some("Latn"),
            "Cyrl" => Some("Cyrl"),
            _ => None,
        };
    }
    let region = id.region.as_ref().map(|r| r.as_str());
    match id.language.as_str() {
        "zh" if matches!(region, Some("TW" | "HK" | "MO")) => Some("Hant"),
        "zh" => Some("Hans"),
        "sr" => Some("Cyrl"),
        _ => None,
    }
}

/// The region a bare language code means, where the catalogues are per region.
fn usual_region(language: &str) -> Option<&'static str> {
    match language {
        "en" => Some("US"),
        "pt" => Some("BR"),
        "zh" => Some("CN"),
        "es" => Some("ES"),
        "fr" => Some("FR"),
        "de" => Some("DE"),
        _ => None,
    }
}

fn matches<'a>(
    want: &LanguageIdentifier,
    available: &[(LanguageIdentifier, &'a str)],
) -> Vec<&'a str> {
    let same_language: Vec<&(LanguageIdentifier, &str)> = available
        .iter()
        .filter(|(id, _)| id.language == want.language && script_of(id) == script_of(want))
        .collect();
    let mut found: Vec<&str> = Vec::new();
    let exact = same_language.iter().find(|(id, _)| {
        id.region == want.region && (want.script.is_none() || id.script == want.script)
    });
    found.extend(exact.map(|(_, name)| *name));
    if let Some(region) = usual_region(want.language.as_str()) {
        found.extend(
            same_language
                .iter()
                .filter(|(id, _)| id.region.is_some_and(|r| r.as_str() == region))
                .map(|(_, name)| *name),
        );
    }
    // The bare language, then other regions in a stable order.
    found.extend(
        same_language
            .iter()
            .filter(|(id, _)| id.region.is_none())
            .map(|(_, name)| *name),
    );
    let mut others: Vec<&str> = same_language.iter().map(|(_, name)| *name).collect();
    others.sort_unstable();
    found.extend(others);
    let mut unique = Vec::new();
    for name in found {
        if !unique.contains(&name) {
            unique.push(name);
        }
    }
    unique
}

#[cfg(test)]
mod tests {
    use super::*;

    const AVAILABLE: &[&str] = &["en-US", "en-XA", "pt-BR", "pt-PT", "zh-CN", "de", "ar"];

    fn env(language: &str, lc_all: &str, lc_messages: &str, lang: &str) -> Environment {
        let some = |v: &str| (!v.is_empty()).then(|| v.to_owned());
        Environment {
            language: some(language),
            lc_all: some(lc_all),
            lc_messages: some(lc_messages),
            lang: some(lang),
        }
    }

    fn chain(preferred: Option<&str>, environment: &Environment) -> Vec<String> {
        negotiate(preferred, environment, AVAILABLE, "en-US").chain
    }

    #[test]
    fn encodings_and_modifiers_are_stripped() {
        // Another Portuguese is better than English when pt-BR lacks a message.
        assert_eq!(
            chain(None, &env("", "", "", "pt_BR.UTF-8@x")),
            ["pt-BR", "pt-PT", "en-US"]
        );
        assert_eq!(
            clean("sr_RS@latin").map(|l| l.to_string()).as_deref(),
            Some("sr-Latn-RS")
        );
        assert_eq!(clean("C.UTF-8"), None);
        assert_eq!(clean("POSIX"), None);
    }

    #[test]
    fn a_bare_language_takes_its_usual_region_first() {
        assert_eq!(
            chain(None, &env("", "", "", "pt")),
            ["pt-BR", "pt-PT", "en-US"]
        );
        assert_eq!(chain(None, &env("", "", "", "zh")), ["zh-CN", "en-US"]);
    }

    #[test]
    fn traditional_chinese_does_not_fall_back_to_simplified() {
        assert_eq!(chain(None, &env("", "", "", "zh_TW.UTF-8")), ["en-US"]);
    }

    #[test]
    fn anything_unknown_is_english() {
        assert_eq!(chain(None, &env("", "", "", "xx_YY")), ["en-US"]);
        assert_eq!(chain(None, &env("", "", "", "")), ["en-US"]);
        assert_eq!(chain(None, &env("", "", "", "C")), ["en-US"]);
    }

    #[test]
    fn language_list_wins_over_the_locale_unless_the_locale_is_c() {
        let e = env("de:pt_PT", "", "", "zh_CN.UTF-8");
        assert_eq!(chain(None, &e), ["de", "pt-PT", "pt-BR", "zh-CN", "en-US"]);
        assert_eq!(chain(None, &env("de", "", "", "C")), ["en-US"]);
        assert_eq!(chain(None, &env("de", "", "", "")), ["en-US"]);
        assert_eq!(
            chain(None, &env("en_XA", "", "", "C.UTF-8")),
            ["en-XA", "en-US"]
        );
    }

    #[test]
    fn lc_all_beats_lc_messages_beats_lang() {
        assert_eq!(
            chain(None, &env("", "de_DE", "pt_BR", "zh_CN")),
            ["de", "en-US"]
        );
        assert_eq!(
            chain(None, &env("", "", "pt_BR", "zh_CN")),
            ["pt-BR", "pt-PT", "en-US"]
        );
    }

    #[test]
    fn an_explicit_choice_beats_the_environment() {
        assert_eq!(
            chain(Some("zh_CN"), &env("de", "", "", "de_DE")),
            ["zh-CN", "de", "en-US"]
        );
    }

    #[test]
    fn direction_follows_the_wanted_language_even_without_a_catalogue() {
        let direction = |lang: &str| negotiate(None, &env("", "", "", lang), &["en-US"], "en-US");
        assert_eq!(direction("ar_EG.UTF-8").direction, Direction::RightToLeft);
        assert_eq!(direction("ar_EG.UTF-8").chain, ["en-US"]);
        assert_eq!(direction("fa_IR").direction, Direction::RightToLeft);
        assert_eq!(direction("he").direction, Direction::RightToLeft);
        assert_eq!(direction("de_DE").direction, Direction::LeftToRight);
        assert_eq!(direction("C").direction, Direction::LeftToRight);
    }
}
