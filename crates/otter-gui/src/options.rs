//! Command-line options.

use std::path::PathBuf;

use anyhow::{Context as _, bail};

/// What the command line asked for.
#[derive(Debug)]
pub(crate) struct Options {
    /// The profile directory (`--profile DIR`).
    pub(crate) profile: PathBuf,
    /// Tor's SOCKS port (`--proxy 127.0.0.1:9050`).
    pub(crate) proxy: otter_core::SocksProxy,
    /// A CA to trust in addition to the system's (`--extra-ca FILE`), for test and demo
    /// networks only.
    pub(crate) extra_ca: Option<PathBuf>,
}

impl Options {
    pub(crate) fn parse(mut args: impl Iterator<Item = String>) -> anyhow::Result<Self> {
        let mut profile = None;
        let mut proxy = otter_core::SocksProxy::default();
        let mut extra_ca = None;
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--proxy" => {
                    let value = args.next().context("--proxy needs an address")?;
                    proxy = value
                        .parse()
                        .context("--proxy takes an IP address and port, such as 127.0.0.1:9050")?;
                }
                "--profile" => {
                    profile = Some(PathBuf::from(
                        args.next().context("--profile needs a directory")?,
                    ));
                }
                "--extra-ca" => {
                    extra_ca = Some(PathBuf::from(
                        args.next().context("--extra-ca needs a PEM file")?,
                    ));
                }
                other => bail!("unknown option {other}"),
            }
        }
        let profile = match profile {
            Some(profile) => profile,
            None => default_profile()?,
        };
        Ok(Self {
            profile,
            proxy,
            extra_ca,
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
