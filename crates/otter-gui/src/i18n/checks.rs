//! The translation checks `cargo test` runs on every `po/<locale>/otter.ftl` (po/README.md
//! states the rules for translators). Each rule is a function fed a Fluent source, and each
//! has a test showing it rejects a broken file.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::{LOCALES, SOURCE_LOCALE};

/// What a catalogue defines.
#[derive(Debug, Default)]
struct Catalogue {
    /// Message id → the variables its value and attributes use.
    messages: BTreeMap<String, BTreeSet<String>>,
    /// Messages with attributes (`.tooltip = …`), which Otter never asks for.
    with_attributes: BTreeSet<String>,
    /// Terms (`-app-name`) defined here.
    terms: BTreeSet<String>,
    /// Terms referred to anywhere.
    term_references: BTreeSet<String>,
    /// Text that looks like markup, per message or term.
    markup: Vec<(String, String)>,
    /// Embedding, override and isolate controls typed into text, per message or term.
    direction_controls: Vec<(String, char)>,
    /// Ids defined twice.
    duplicates: Vec<String>,
    /// Ids listed on `# fallback:` lines.
    fallback: BTreeSet<String>,
}

/// Reads `source`, or says every syntax error with its line.
fn read(source: &str) -> Result<Catalogue, Vec<String>> {
    let resource = fluent_syntax::parser::parse(source).map_err(|(_, errors)| {
        errors
            .iter()
            .map(|e| format!("line {}: {:?}", line_of(source, e.pos.start), e.kind))
            .collect::<Vec<_>>()
    })?;
    let mut catalogue = Catalogue::default();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let id = message.id.name.to_owned();
                let mut found = Found::default();
                if let Some(value) = &message.value {
                    found.pattern(value);
                }
                for attribute in &message.attributes {
                    found.pattern(&attribute.value);
                }
                if !message.attributes.is_empty() || message.value.is_none() {
                    catalogue.with_attributes.insert(id.clone());
                }
                catalogue.absorb(id, found, false);
            }
            ast::Entry::Term(term) => {
                let mut found = Found::default();
                found.pattern(&term.value);
                catalogue.absorb(term.id.name.to_owned(), found, true);
            }
            ast::Entry::Comment(_)
            | ast::Entry::GroupComment(_)
            | ast::Entry::ResourceComment(_)
            | ast::Entry::Junk { .. } => {}
        }
    }
    // Read from the raw lines: the parser attaches a comment to the message below it, and the
    // rule should not depend on blank lines.
    for line in source.lines() {
        if let Some(list) = line.trim_start().strip_prefix("# fallback:") {
            catalogue.fallback.extend(
                list.split([',', ' ', '\t'])
                    .filter(|id| !id.is_empty())
                    .map(str::to_owned),
            );
        }
    }
    Ok(catalogue)
}

impl Catalogue {
    fn absorb(&mut self, id: String, found: Found, term: bool) {
        let defined = if term {
            !self.terms.insert(id.clone())
        } else {
            self.messages.insert(id.clone(), found.variables).is_some()
        };
        if defined {
            self.duplicates.push(id.clone());
        }
        self.term_references.extend(found.terms);
        self.markup
            .extend(found.markup.into_iter().map(|text| (id.clone(), text)));
        self.direction_controls.extend(
            found
                .direction_controls
                .into_iter()
                .map(|control| (id.clone(), control)),
        );
    }
}

/// What one message's patterns contain.
#[derive(Default)]
struct Found {
    variables: BTreeSet<String>,
    terms: BTreeSet<String>,
    markup: Vec<String>,
    direction_controls: Vec<char>,
}

impl Found {
    fn pattern(&mut self, pattern: &ast::Pattern<&str>) {
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => self.text(value),
                ast::PatternElement::Placeable { expression } => self.expression(expression),
            }
        }
    }

    fn text(&mut self, text: &str) {
        if let Some(tag) = markup(text) {
            self.markup.push(tag);
        }
        self.direction_controls
            .extend(text.chars().filter(|c| is_direction_control(*c)));
    }

    fn expression(&mut self, expression: &ast::Expression<&str>) {
        match expression {
            ast::Expression::Inline(inline) => self.inline(inline),
            ast::Expression::Select { selector, variants } => {
                self.inline(selector);
                for variant in variants {
                    self.pattern(&variant.value);
                }
            }
        }
    }

    fn inline(&mut self, inline: &ast::InlineExpression<&str>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                self.variables.insert(id.name.to_owned());
            }
            ast::InlineExpression::TermReference { id, arguments, .. } => {
                self.terms.insert(id.name.to_owned());
                if let Some(arguments) = arguments {
                    self.arguments(arguments);
                }
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                self.arguments(arguments);
            }
            ast::InlineExpression::Placeable { expression } => self.expression(expression),
            ast::InlineExpression::StringLiteral { value } => self.text(value),
            ast::InlineExpression::NumberLiteral { .. }
            | ast::InlineExpression::MessageReference { .. } => {}
        }
    }

    fn arguments(&mut self, arguments: &ast::CallArguments<&str>) {
        for argument in &arguments.positional {
            self.inline(argument);
        }
        for named in &arguments.named {
            self.inline(&named.value);
        }
    }
}

/// The first `<tag>`, `</tag>` or `<!…>` in `text`. A lone `<` (as in "3 < 4") is not markup.
fn markup(text: &str) -> Option<String> {
    let mut rest = text;
    while let Some(start) = rest.find('<') {
        let after = rest.get(start + 1..)?;
        let opens_tag = after
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!');
        if opens_tag && let Some(end) = after.find('>') {
            return after.get(..end).map(|tag| format!("<{tag}>"));
        }
        rest = after;
    }
    None
}

/// LRE, RLE, PDF, LRO, RLO and LRI, RLI, FSI, PDI. Otter isolates every variable itself, and
/// one of these left unbalanced in a translation reorders whatever follows it. The marks
/// (LRM, RLM, ALM) stay allowed: they change no embedding level, and a right-to-left sentence
/// may need one next to Latin text or punctuation.
fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn line_of(source: &str, offset: usize) -> usize {
    source
        .get(..offset)
        .map_or(0, |before| before.matches('\n').count())
        + 1
}

/// How one translation compares with en-US.
#[derive(Debug, Default)]
struct Report {
    /// Rule violations: any one fails the test.
    errors: Vec<String>,
    /// en-US messages this file does not translate, allowed by `# fallback:`.
    fallback: Vec<String>,
}

/// Checks `translation` against the source catalogue `source`.
fn check(source: &Catalogue, translation: &str) -> Report {
    let mut report = Report::default();
    let catalogue = match read(translation) {
        Ok(catalogue) => catalogue,
        Err(errors) => {
            report.errors = errors
                .into_iter()
                .map(|e| format!("does not parse: {e}"))
                .collect();
            return report;
        }
    };
    for id in &catalogue.duplicates {
        report.errors.push(format!("{id}: defined twice"));
    }
    for id in &catalogue.with_attributes {
        report.errors.push(format!(
            "{id}: attributes or a missing value (Otter shows only the value)"
        ));
    }
    for (id, tag) in &catalogue.markup {
        report.errors.push(format!(
            "{id}: markup {tag} (shown as typed, never interpreted)"
        ));
    }
    for (id, control) in &catalogue.direction_controls {
        report.errors.push(format!(
            "{id}: direction control U+{:04X} typed in (Otter isolates variables itself; \
             use U+200E or U+200F if a mark is really needed)",
            u32::from(*control)
        ));
    }
    for term in catalogue.term_references.difference(&catalogue.terms) {
        report
            .errors
            .push(format!("-{term}: used but not defined in this file"));
    }
    for (id, variables) in &catalogue.messages {
        let Some(wanted) = source.messages.get(id) else {
            report.errors.push(format!("{id}: not an en-US message"));
            continue;
        };
        for missing in wanted.difference(variables) {
            report
                .errors
                .push(format!("{id}: variable ${missing} is missing"));
        }
        for unknown in variables.difference(wanted) {
            report
                .errors
                .push(format!("{id}: variable ${unknown} is not one en-US passes"));
        }
    }
    for id in &catalogue.fallback {
        if !source.messages.contains_key(id) {
            report.errors.push(format!(
                "{id}: listed on a # fallback: line but not an en-US message"
            ));
        }
    }
    for id in source.messages.keys() {
        if catalogue.messages.contains_key(id) {
            continue;
        }
        if catalogue.fallback.contains(id) {
            report.fallback.push(id.clone());
        } else {
            report.errors.push(format!(
                "{id}: not translated (translate it, or list it on a `# fallback:` line)"
            ));
        }
    }
    report
}

/// The en-US source, which must itself pass every rule.
fn source_catalogue() -> Catalogue {
    let source = LOCALES
        .iter()
        .find(|(name, _)| *name == SOURCE_LOCALE)
        .map(|(_, source)| *source)
        .unwrap_or_default();
    let catalogue = read(source).unwrap_or_else(|errors| panic!("en-US: {errors:#?}"));
    assert!(
        !catalogue.messages.is_empty(),
        "po/en-US/otter.ftl is missing or empty"
    );
    catalogue
}

#[test]
#[expect(
    clippy::print_stderr,
    reason = "the completeness table is for the person running the checks"
)]
fn every_catalogue_follows_the_rules() {
    let source = source_catalogue();
    let en = LOCALES
        .iter()
        .find(|(name, _)| *name == SOURCE_LOCALE)
        .map_or("", |(_, s)| *s);
    let own = check(&source, en);
    assert!(own.errors.is_empty(), "en-US: {:#?}", own.errors);

    let total = source.messages.len();
    let mut failures = Vec::new();
    eprintln!("{:<8} {:>9} {:>8}  status", "locale", "messages", "missing");
    eprintln!("{:<8} {total:>9} {:>8}  source", SOURCE_LOCALE, 0);
    eprintln!(
        "{:<8} {total:>9} {:>8}  pseudo-locale, made from en-US",
        super::pseudo::LOCALE,
        0
    );
    for (locale, text) in LOCALES.iter().filter(|(name, _)| *name != SOURCE_LOCALE) {
        let report = check(&source, text);
        let missing = report.fallback.len();
        let status = if !report.errors.is_empty() {
            "ERRORS"
        } else if missing == 0 {
            "complete"
        } else {
            "falls back to en-US for the missing"
        };
        eprintln!(
            "{locale:<8} {:>9} {missing:>8}  {status}",
            total.saturating_sub(missing)
        );
        failures.extend(
            report
                .errors
                .iter()
                .map(|e| format!("po/{locale}/otter.ftl: {e}")),
        );
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// Belt and braces for the generated accessors: every `tr::name(` in the GUI's sources names
/// an en-US message (the compiler already refuses any other).
#[test]
fn every_message_used_in_code_exists_in_en_us() {
    let source = source_catalogue();
    let known: BTreeSet<String> = source
        .messages
        .keys()
        .map(|id| id.replace('-', "_"))
        .collect();
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut used = BTreeSet::new();
    for entry in std::fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            for piece in text.split("tr::").skip(1) {
                let name: String = piece
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if piece.get(name.len()..).is_some_and(|r| r.starts_with('(')) {
                    used.insert(name);
                }
            }
        }
    }
    assert!(
        used.len() > 20,
        "expected the GUI to use its messages: {used:?}"
    );
    let unknown: Vec<_> = used.difference(&known).collect();
    assert!(unknown.is_empty(), "not in po/en-US/otter.ftl: {unknown:?}");
}

fn errors_of(translation: &str) -> Vec<String> {
    let source = read(
        "-app-name = Otter\nhello = Hello { $name }\nbye = Bye\nabout = About { -app-name }\n",
    )
    .unwrap();
    check(&source, translation).errors
}

const GOOD: &str =
    "-app-name = Otter\nhello = Hallo { $name }\nbye = Tschüss\nabout = Über { -app-name }\n";

#[test]
fn a_complete_translation_passes() {
    assert_eq!(errors_of(GOOD), Vec::<String>::new());
}

#[test]
fn a_syntax_error_fails() {
    let errors = errors_of("hello = Hallo { $name\n");
    assert!(
        errors.iter().any(|e| e.contains("does not parse")),
        "{errors:?}"
    );
}

#[test]
fn an_id_unknown_to_en_us_fails() {
    let errors = errors_of(&format!("{GOOD}extra = Extra\n"));
    assert!(
        errors
            .iter()
            .any(|e| e.contains("extra: not an en-US message")),
        "{errors:?}"
    );
}

#[test]
fn a_missing_or_extra_variable_fails() {
    let missing = errors_of(&GOOD.replace("Hallo { $name }", "Hallo"));
    assert!(
        missing.iter().any(|e| e.contains("$name is missing")),
        "{missing:?}"
    );
    let extra = errors_of(&GOOD.replace("Hallo { $name }", "Hallo { $name } { $nick }"));
    assert!(
        extra.iter().any(|e| e.contains("$nick is not one")),
        "{extra:?}"
    );
    let renamed = errors_of(&GOOD.replace("$name", "$nom"));
    assert_eq!(renamed.len(), 2, "{renamed:?}");
}

#[test]
fn a_variable_used_only_in_a_plural_variant_counts() {
    let plural = GOOD.replace(
        "Hallo { $name }",
        "{ $name ->\n    [one] Hallo\n   *[other] Hallo alle\n}",
    );
    assert_eq!(errors_of(&plural), Vec::<String>::new());
}

#[test]
fn markup_fails() {
    let errors = errors_of(&GOOD.replace("Tschüss", "<b>Tschüss</b>"));
    assert!(
        errors.iter().any(|e| e.contains("markup <b>")),
        "{errors:?}"
    );
    let link = errors_of(&GOOD.replace("Tschüss", "<a href=\"https://example.org\">x</a>"));
    assert!(
        link.iter().any(|e| e.contains("markup <a href")),
        "{link:?}"
    );
    assert_eq!(
        errors_of(&GOOD.replace("Tschüss", "3 < 4 > 2")),
        Vec::<String>::new()
    );
}

#[test]
fn typed_isolation_or_embedding_controls_fail_but_marks_pass() {
    let isolated = errors_of(&GOOD.replace("{ $name }", "\u{2068}{ $name }\u{2069}"));
    assert!(
        isolated.iter().any(|e| e.contains("U+2068"))
            && isolated.iter().any(|e| e.contains("U+2069")),
        "{isolated:?}"
    );
    let embedded = errors_of(&GOOD.replace("Tschüss", "\u{202B}Tschüss"));
    assert!(
        embedded.iter().any(|e| e.contains("U+202B")),
        "{embedded:?}"
    );
    assert_eq!(
        errors_of(&GOOD.replace("Tschüss", "Tschüss\u{200F}")),
        Vec::<String>::new()
    );
}

#[test]
fn a_missing_message_fails_unless_listed_as_fallback() {
    let without = GOOD.replace("bye = Tschüss\n", "");
    let errors = errors_of(&without);
    assert!(
        errors.iter().any(|e| e.contains("bye: not translated")),
        "{errors:?}"
    );
    assert_eq!(
        errors_of(&format!("# fallback: bye\n{without}")),
        Vec::<String>::new()
    );
    let stale = errors_of(&format!("# fallback: gone\n{GOOD}"));
    assert!(
        stale.iter().any(|e| e.contains("gone: listed")),
        "{stale:?}"
    );
}

#[test]
fn an_undefined_term_and_a_duplicate_fail() {
    let errors = errors_of(&GOOD.replace("-app-name = Otter\n", ""));
    assert!(
        errors
            .iter()
            .any(|e| e.contains("-app-name: used but not defined")),
        "{errors:?}"
    );
    let twice = errors_of(&format!("{GOOD}bye = Ciao\n"));
    assert!(
        twice.iter().any(|e| e.contains("bye: defined twice")),
        "{twice:?}"
    );
}

#[test]
fn attributes_fail() {
    let errors = errors_of(&GOOD.replace(
        "bye = Tschüss",
        "bye = Tschüss\n    .tooltip = Auf Wiedersehen",
    ));
    assert!(
        errors.iter().any(|e| e.contains("bye: attributes")),
        "{errors:?}"
    );
}
