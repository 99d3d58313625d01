//! Command-line options.

use anyhow::{Context as _, bail};

/// What the command line asked for.
#[derive(Debug, Default)]
pub(crate) struct Options {
    /// Tor's SOCKS port (`--proxy 127.0.0.1:9050`).
    pub(crate) proxy: otter_core::SocksProxy,
}

impl Options {
    pub(crate) fn parse(mut args: impl Iterator<Item = String>) -> anyhow::Result<Self> {
        let mut options = Self::default();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--proxy" => {
                    let value = args.next().context("--proxy needs an address")?;
                    options.proxy = value
                        .parse()
                        .context("--proxy takes an IP address and port, such as 127.0.0.1:9050")?;
                }
                other => bail!("unknown option {other}"),
            }
        }
        Ok(options)
    }
}
