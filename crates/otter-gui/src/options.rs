//! Command-line options.
//!
//! One clap definition serves `--help` and the manual page: `data/otter-chat.1` is generated
//! from it, and a test fails when the committed page no longer matches (see `tests` below).

use std::path::PathBuf;

use anyhow::Context as _;
use clap::{CommandFactory as _, FromArgMatches as _, Parser};

/// What the command line asked for.
#[derive(Debug)]
pub(crate) struct Options {
    /// The profile directory (`--profile DIR`).
    pub(crate) profile: PathBuf,
    /// Tor's SOCKS port for this run (`--proxy 127.0.0.1:9050`); `None`: the preferences'.
    pub(crate) proxy: Option<otter_core::SocksProxy>,
    /// A CA to trust in addition to the system's (`--extra-ca FILE`), for test and demo
    /// networks only.
    pub(crate) extra_ca: Option<PathBuf>,
    /// The language of the window (`--lang LOCALE`), instead of the one from the environment.
    pub(crate) lang: Option<String>,
}

/// The command line as clap sees it; [`Options`] is what the rest of the program reads.
#[derive(Debug, Parser)]
#[command(
    name = "otter-chat",
    version,
    about = "Instant messaging over Tor, with private conversations (OTR)",
    long_about = "Otter is an instant-messaging client for XMPP and IRC. Every connection goes \
                  through Tor's SOCKS port and is encrypted with TLS; conversations can be made \
                  private with OTR. Nothing identifies the user or the computer, and no \
                  conversation is written to disk unless logging is turned on for it.\n\n\
                  Accounts, contacts, trusted fingerprints and settings live in one profile \
                  folder, so that keeping that folder (for example in Tails' Persistent \
                  Storage) keeps everything."
)]
struct Cli {
    /// Keep accounts, keys and settings in DIR [default: $XDG_DATA_HOME/otter-chat, or
    /// ~/.local/share/otter-chat]
    #[arg(long, value_name = "DIR")]
    profile: Option<PathBuf>,

    /// Reach the network through the SOCKS5 proxy at HOST:PORT, an IP address and port
    /// (names are never resolved), for this run [default: the one chosen in the preferences,
    /// or 127.0.0.1:9050]
    #[arg(long, value_name = "HOST:PORT", value_parser = parse_proxy)]
    proxy: Option<otter_core::SocksProxy>,

    /// Show the window in LOCALE (such as de or pt-BR) instead of the language of the session
    #[arg(long, value_name = "LOCALE")]
    lang: Option<String>,

    /// For test and demo networks only: also trust the certificate authority in the PEM FILE
    #[arg(long, value_name = "FILE", help_heading = "Testing options")]
    extra_ca: Option<PathBuf>,
}

/// What `--help` says after the options, and the manual page in sections of its own: heading,
/// then (term, explanation) pairs.
const MORE: &[(&str, &[(&str, &str)])] = &[
    (
        "Files",
        &[(
            "$XDG_DATA_HOME/otter-chat, or ~/.local/share/otter-chat",
            "The profile folder used without --profile.",
        )],
    ),
    (
        "Environment",
        &[(
            "XDG_DATA_HOME, HOME",
            "Where the default profile folder is.",
        )],
    ),
    (
        "Exit status",
        &[
            ("0", "The window was closed."),
            (
                "1",
                "Otter could not start, for example because the profile folder cannot be opened.",
            ),
            ("2", "The command line is wrong."),
        ],
    ),
];

/// The clap command, with [`MORE`] after the options of `--help`.
fn command() -> clap::Command {
    let mut more = String::new();
    for (heading, entries) in MORE {
        more.push_str(heading);
        more.push_str(":\n");
        for (term, text) in *entries {
            more.push_str(&format!("  {term}\n          {text}\n"));
        }
        more.push('\n');
    }
    Cli::command().after_long_help(more.trim_end().to_owned())
}

fn parse_proxy(value: &str) -> Result<otter_core::SocksProxy, String> {
    value
        .parse()
        .map_err(|_| "takes an IP address and port, such as 127.0.0.1:9050".to_owned())
}

impl Options {
    /// Reads the process's command line; prints help, the version or a usage error and exits
    /// when that is what it asks for.
    pub(crate) fn from_command_line() -> anyhow::Result<Self> {
        let matches = command().get_matches();
        let cli = Cli::from_arg_matches(&matches).map_err(|e| e.exit())?;
        Self::from_cli(cli)
    }

    fn from_cli(cli: Cli) -> anyhow::Result<Self> {
        let profile = match cli.profile {
            Some(profile) => profile,
            None => default_profile()?,
        };
        Ok(Self {
            profile,
            proxy: cli.proxy,
            extra_ca: cli.extra_ca,
            lang: cli.lang,
        })
    }
}

/// `$XDG_DATA_HOME/otter-chat`, or `~/.local/share/otter-chat`.
fn default_profile() -> anyhow::Result<PathBuf> {
    if let Some(data) = std::env::var_os("XDG_DATA_HOME").filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(data).join("otter-chat"));
    }
    let home = std::env::var_os("HOME").context("neither XDG_DATA_HOME nor HOME is set")?;
    Ok(PathBuf::from(home).join(".local/share/otter-chat"))
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use clap::FromArgMatches as _;
    use clap_mangen::roff::{Roff, bold, roman};

    use super::{Cli, MORE, Options, command};

    fn parse(args: &[&str]) -> Result<Options, String> {
        let matches = command()
            .try_get_matches_from(std::iter::once("otter-chat").chain(args.iter().copied()))
            .map_err(|e| e.to_string())?;
        let cli = Cli::from_arg_matches(&matches).map_err(|e| e.to_string())?;
        Options::from_cli(cli).map_err(|e| e.to_string())
    }

    #[test]
    fn definition_is_consistent() {
        command().debug_assert();
    }

    #[test]
    fn reads_every_option() {
        let options = parse(&[
            "--profile",
            "/tmp/p",
            "--proxy",
            "[::1]:9150",
            "--extra-ca",
            "ca.pem",
            "--lang",
            "fa",
        ])
        .unwrap();
        assert_eq!(options.profile, Path::new("/tmp/p"));
        assert_eq!(
            options
                .proxy
                .map(|proxy| proxy.addr().to_string())
                .as_deref(),
            Some("[::1]:9150")
        );
        assert_eq!(options.extra_ca.as_deref(), Some(Path::new("ca.pem")));
        assert_eq!(options.lang.as_deref(), Some("fa"));
    }

    #[test]
    fn without_a_proxy_leaves_the_choice_to_the_preferences() {
        let options = parse(&["--profile", "p"]).unwrap();
        assert_eq!(options.proxy, None);
        assert_eq!(options.extra_ca, None);
        assert_eq!(options.lang, None);
    }

    #[test]
    fn refuses_a_proxy_name_and_unknown_options() {
        let error = parse(&["--proxy", "localhost:9050"]).unwrap_err();
        assert!(error.contains("such as 127.0.0.1:9050"), "{error}");
        assert!(parse(&["--proxy"]).is_err());
        assert!(parse(&["--profile"]).is_err());
        assert!(parse(&["--frobnicate"]).is_err());
        assert!(parse(&["stray"]).is_err());
    }

    /// The manual page as generated from the clap definition.
    fn manual_page() -> Vec<u8> {
        let man = clap_mangen::Man::new(command())
            .title("OTTER-CHAT")
            .section("1")
            .source(concat!("Otter ", env!("CARGO_PKG_VERSION")))
            .manual("User Commands");
        // Each piece starts with the same preamble (how to print apostrophes); the page needs one.
        let preamble = Roff::new().render();
        let mut page = preamble.clone();
        let mut add = |render: &dyn Fn(&mut Vec<u8>) -> std::io::Result<()>| {
            let mut piece = Vec::new();
            render(&mut piece).unwrap();
            let piece = String::from_utf8(piece).unwrap();
            page.push_str(piece.strip_prefix(&preamble).unwrap());
        };
        add(&|w| man.render_title(w));
        add(&|w| man.render_name_section(w));
        add(&|w| man.render_synopsis_section(w));
        add(&|w| man.render_description_section(w));
        add(&|w| man.render_options_section(w));
        let mut more = Roff::new();
        for (heading, entries) in MORE {
            more.control("SH", [heading.to_uppercase().as_str()]);
            for (term, text) in *entries {
                more.control("TP", []);
                more.text([bold(*term)]);
                more.text([roman(*text)]);
            }
        }
        more.control("SH", ["SEE ALSO"]);
        more.text([bold("tor"), roman("(1)")]);
        add(&|w| more.to_writer(w));
        page.into_bytes()
    }

    /// `--help` and `man otter-chat` say the same because both come from [`Cli`]; this keeps the
    /// committed page from drifting. `OTTER_UPDATE_MANPAGE=1` rewrites it.
    #[test]
    fn manual_page_is_up_to_date() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/otter-chat.1");
        let generated = manual_page();
        if std::env::var_os("OTTER_UPDATE_MANPAGE").is_some() {
            std::fs::write(&path, &generated).unwrap();
            return;
        }
        let committed = std::fs::read(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "data/otter-chat.1 does not match the command line in crates/otter-gui/src/options.rs.\n\
             Regenerate it with:\n    \
             OTTER_UPDATE_MANPAGE=1 cargo test -p otter-gui --bin otter-chat manual_page\n\
             and commit the result."
        );
    }
}
