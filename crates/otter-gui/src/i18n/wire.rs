//! Wire text stays English in every locale.
//!
//! What the contact's software sees (the OTR query message, protocol commands, stanzas) is
//! written by otter-core, the protocol crates and libotr, never by the window. The interface
//! language could only leak into it along one of three paths, and each test closes one:
//!
//! 1. a catalogue holding wire text, so that a translation would change it:
//!    [`no_catalogue_can_produce_wire_text`] formats every message in every locale and finds
//!    none of the wire sentences;
//! 2. a crate that builds wire bytes knowing the language: [`only_the_window_knows_the_language`]
//!    finds Fluent and the locale variables in otter-gui alone;
//! 3. libotr, which writes the query message in C inside this process, translating it after
//!    GTK has called `setlocale`: [`libotr_cannot_translate_its_query`] finds no gettext in it.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use fluent_bundle::FluentArgs;
use fluent_syntax::ast;

use super::{Catalogue, LOCALES, SOURCE_LOCALE, catalogue, format_in, pseudo};

/// The workspace's `crates/` directory.
fn crates_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// `otter_otr::QUERY_EXPLANATION`, read from its source: otter-gui may not depend on otter-otr,
/// and a copy here could drift from the constant that is really sent.
fn query_explanation() -> String {
    let lib = crates_dir().join("otter-otr/src/lib.rs");
    let source = std::fs::read_to_string(&lib).unwrap();
    let start = "pub const QUERY_EXPLANATION: &str = \"";
    let rest = source
        .split_once(start)
        .map(|(_, rest)| rest)
        .unwrap_or_else(|| panic!("{} no longer defines QUERY_EXPLANATION", lib.display()));
    let end = rest.find("\";").unwrap();
    rest.get(..end).unwrap().to_owned()
}

/// Text the peer's software shows or parses: the query constant, libotr's own query message
/// (its distinctive sentences) and the OTR tags.
fn wire_sentences() -> Vec<String> {
    let explanation = query_explanation();
    assert!(explanation.len() > 40, "{explanation:?}");
    vec![
        explanation,
        "has requested an".to_owned(),
        "Off-the-Record private conversation".to_owned(),
        "plugin to support that".to_owned(),
        "otr.cypherpunks.ca".to_owned(),
        "?OTR".to_owned(),
    ]
}

/// Every en-US message id with the variables it takes.
fn source_messages() -> Vec<(String, Vec<String>)> {
    let source = LOCALES
        .iter()
        .find(|(name, _)| *name == SOURCE_LOCALE)
        .map(|(_, text)| *text)
        .unwrap();
    let resource = fluent_syntax::parser::parse(source).unwrap();
    let mut messages = Vec::new();
    for entry in &resource.body {
        if let ast::Entry::Message(message) = entry {
            let mut variables = BTreeSet::new();
            if let Some(value) = &message.value {
                variables_of(value, &mut variables);
            }
            messages.push((message.id.name.to_owned(), variables.into_iter().collect()));
        }
    }
    messages
}

fn variables_of(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    let selector = match expression {
        ast::Expression::Inline(inline) => inline,
        ast::Expression::Select { selector, variants } => {
            for variant in variants {
                variables_of(&variant.value, out);
            }
            selector
        }
    };
    if let ast::InlineExpression::VariableReference { id } = selector {
        out.insert(id.name.to_owned());
    }
}

#[test]
#[expect(
    clippy::print_stderr,
    reason = "the per-locale result is for the person running the checks"
)]
fn no_catalogue_can_produce_wire_text() {
    let wire = wire_sentences();
    let messages = source_messages();
    let locales: Vec<&str> = LOCALES
        .iter()
        .map(|(name, _)| *name)
        .chain([pseudo::LOCALE])
        .collect();
    assert!(
        locales.len() >= 15,
        "expected 14 locales and en-XA: {locales:?}"
    );
    let mut found = Vec::new();
    eprintln!("{:<8} {:>9}  wire text", "locale", "messages");
    for locale in locales {
        // The chain a user of `locale` gets: the language, then en-US for anything missing.
        let chain: Vec<Catalogue> = [catalogue(locale), catalogue(SOURCE_LOCALE)]
            .into_iter()
            .flatten()
            .collect();
        assert_eq!(chain.len(), 2, "{locale}: catalogue does not load");
        for (id, variables) in &messages {
            let mut args = FluentArgs::new();
            for (n, variable) in variables.iter().enumerate() {
                // Counts exercise every plural variant a translator wrote for small numbers.
                args.set(variable.as_str(), n);
            }
            let text = format_in(&chain, id, Some(&args));
            found.extend(
                wire.iter()
                    .filter(|sentence| text.contains(sentence.as_str()))
                    .map(|sentence| format!("{locale} {id}: {sentence:?}")),
            );
        }
        eprintln!("{locale:<8} {:>9}  none", messages.len());
    }
    assert!(found.is_empty(), "wire text in a catalogue: {found:#?}");
}

/// Files under `dir` (recursively) whose name ends with `suffix`.
fn files(dir: &Path, suffix: &str, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, suffix, out);
        } else if path.to_string_lossy().ends_with(suffix) {
            out.push(path);
        }
    }
}

#[test]
fn only_the_window_knows_the_language() {
    let mut crates: Vec<PathBuf> = std::fs::read_dir(crates_dir())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.join("Cargo.toml").is_file())
        .collect();
    crates.sort();
    assert!(
        crates.iter().any(|c| c.ends_with("otter-core")),
        "{crates:?}"
    );
    let manifest_words = ["fluent", "unic-langid", "gettext", "locale"];
    // How a program learns the user's language: the variables glibc reads, or asking libc.
    let source_words = [
        "\"LANGUAGE\"",
        "\"LC_ALL\"",
        "\"LC_MESSAGES\"",
        "\"LANG\"",
        "setlocale",
        "fluent",
        "unic_langid",
    ];
    let mut found = Vec::new();
    for krate in crates.iter().filter(|c| !c.ends_with("otter-gui")) {
        let manifest = std::fs::read_to_string(krate.join("Cargo.toml")).unwrap();
        found.extend(
            manifest_words
                .iter()
                .filter(|word| manifest.contains(*word))
                .map(|word| format!("{}/Cargo.toml: {word}", krate.display())),
        );
        let mut sources = Vec::new();
        files(&krate.join("src"), ".rs", &mut sources);
        assert!(!sources.is_empty(), "{}: no sources", krate.display());
        for file in sources {
            let text = std::fs::read_to_string(&file).unwrap();
            found.extend(
                source_words
                    .iter()
                    .filter(|word| text.contains(*word))
                    .map(|word| format!("{}: {word}", file.display())),
            );
        }
    }
    assert!(
        found.is_empty(),
        "a crate other than otter-gui can see the interface language: {found:#?}"
    );
}

#[test]
fn libotr_cannot_translate_its_query() {
    // Debian's multiarch directories, then the plain ones.
    let mut candidates = Vec::new();
    for dir in ["/usr/lib", "/usr/lib64", "/lib"] {
        let Ok(entries) = std::fs::read_dir(dir) else {
            continue;
        };
        candidates.push(PathBuf::from(dir).join("libotr.so.5"));
        for entry in entries.flatten() {
            candidates.push(entry.path().join("libotr.so.5"));
        }
    }
    let library = candidates
        .into_iter()
        .find(|path| path.is_file())
        .expect("libotr.so.5, which otter-chat links, is installed");
    let bytes = std::fs::read(&library).unwrap();
    let contains = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    // libotr builds the query from a fixed English format string; a translated one would need
    // gettext (or one of its variants, all named *gettext) among its imported symbols.
    assert!(
        contains(b"has requested an"),
        "{}: the English query text is not in it",
        library.display()
    );
    assert!(
        !contains(b"gettext") && !contains(b"textdomain"),
        "{}: imports gettext, so the query could follow the locale",
        library.display()
    );
}
