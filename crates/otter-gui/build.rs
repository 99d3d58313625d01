//! Embeds the Fluent catalogues and turns every en-US message into one Rust function.
//!
//! - `locales.rs`: `LOCALES`, every `po/<locale>/otter.ftl` as `(locale, include_str!(…))`, so a
//!   new language needs a file and no code.
//! - `messages.rs`: for each message of `po/en-US/otter.ftl`, a function named after its id
//!   (`conversation-title` → `conversation_title`) taking exactly the message's variables.
//!   Code can only ask for a message that exists in en-US, with the variables it takes: a
//!   wrong id or a missing variable is a compile error, and a message nobody uses is a
//!   dead-code warning (an error under `-D warnings`).

use std::collections::BTreeSet;
use std::error::Error;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

fn main() -> Result<(), Box<dyn Error>> {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR")?);
    let po = manifest.join("../../po");
    let out = PathBuf::from(std::env::var("OUT_DIR")?);
    println!("cargo:rerun-if-changed={}", po.display());

    let mut locales = Vec::new();
    for entry in std::fs::read_dir(&po)? {
        let dir = entry?.path();
        let file = dir.join("otter.ftl");
        if file.is_file() {
            let name = dir
                .file_name()
                .and_then(|n| n.to_str())
                .ok_or_else(|| format!("{}: locale directory name is not UTF-8", dir.display()))?
                .to_owned();
            println!("cargo:rerun-if-changed={}", file.display());
            locales.push((name, std::fs::canonicalize(&file)?));
        }
    }
    // Sorted, so the build is reproducible whatever order the file system lists.
    locales.sort();
    let mut table = String::from("/// Every `po/<locale>/otter.ftl`, embedded.\n");
    table.push_str("pub(crate) static LOCALES: &[(&str, &str)] = &[\n");
    for (name, file) in &locales {
        writeln!(
            table,
            "    ({name:?}, include_str!({:?})),",
            path_str(file)?
        )?;
    }
    table.push_str("];\n");
    std::fs::write(out.join("locales.rs"), table)?;

    let source = std::fs::read_to_string(po.join("en-US/otter.ftl"))?;
    let resource = fluent_syntax::parser::parse(source.as_str())
        .map_err(|(_, errors)| format!("po/en-US/otter.ftl does not parse: {errors:?}"))?;
    let mut code = String::new();
    for entry in &resource.body {
        let ast::Entry::Message(message) = entry else {
            continue;
        };
        let Some(pattern) = &message.value else {
            continue;
        };
        let id = message.id.name;
        let mut variables = Vec::new();
        pattern_variables(pattern, &mut variables);
        let mut seen = BTreeSet::new();
        variables.retain(|v| seen.insert(*v));
        write_accessor(&mut code, id, &source_text(pattern), &variables)?;
    }
    std::fs::write(out.join("messages.rs"), code)?;
    Ok(())
}

fn path_str(path: &Path) -> Result<&str, String> {
    path.to_str()
        .ok_or_else(|| format!("{}: path is not UTF-8", path.display()))
}

/// The en-US text of a pattern, for the accessor's documentation.
fn source_text(pattern: &ast::Pattern<&str>) -> String {
    let mut text = String::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => text.push_str(value),
            ast::PatternElement::Placeable { expression } => {
                text.push_str(&placeable_text(expression));
            }
        }
    }
    text
}

fn placeable_text(expression: &ast::Expression<&str>) -> String {
    match expression {
        ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
            format!("{{ ${} }}", id.name)
        }
        ast::Expression::Inline(ast::InlineExpression::TermReference { id, .. }) => {
            format!("{{ -{} }}", id.name)
        }
        ast::Expression::Inline(_) => "{ … }".to_owned(),
        ast::Expression::Select { .. } => "{ … -> … }".to_owned(),
    }
}

fn pattern_variables<'s>(pattern: &ast::Pattern<&'s str>, out: &mut Vec<&'s str>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables<'s>(expression: &ast::Expression<&'s str>, out: &mut Vec<&'s str>) {
    match expression {
        ast::Expression::Inline(inline) => inline_variables(inline, out),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
    }
}

fn inline_variables<'s>(inline: &ast::InlineExpression<&'s str>, out: &mut Vec<&'s str>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => out.push(id.name),
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
            for named in &arguments.named {
                inline_variables(&named.value, out);
            }
        }
        _ => {}
    }
}

fn rust_name(fluent: &str) -> String {
    fluent.replace('-', "_")
}

fn write_accessor(
    code: &mut String,
    id: &str,
    text: &str,
    variables: &[&str],
) -> Result<(), std::fmt::Error> {
    for line in text.lines() {
        writeln!(code, "#[doc = {:?}]", format!(" en-US: {line}"))?;
    }
    if variables.is_empty() {
        writeln!(code, "pub(crate) fn {}() -> String {{", rust_name(id))?;
        writeln!(code, "    super::format({id:?}, None)")?;
    } else {
        let params: Vec<String> = variables
            .iter()
            .map(|v| format!("{}: impl Into<FluentValue<'a>>", rust_name(v)))
            .collect();
        writeln!(
            code,
            "pub(crate) fn {}<'a>({}) -> String {{",
            rust_name(id),
            params.join(", ")
        )?;
        writeln!(code, "    let mut args = FluentArgs::new();")?;
        for v in variables {
            writeln!(code, "    args.set({v:?}, {});", rust_name(v))?;
        }
        writeln!(code, "    super::format({id:?}, Some(&args))")?;
    }
    writeln!(code, "}}")?;
    Ok(())
}
