#![doc = include_str!("../README.md")]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context as _, bail};

pub mod leak_audit;
pub mod log_canary;

/// The repository's top directory.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A plaintext one-to-one body as the OTR gate releases it under the "never" policy: the only
/// way to get an `otter_otr::WireBody` outside otter-otr, for tests of the transports.
pub fn released_plaintext(text: &str) -> anyhow::Result<otter_otr::WireBody> {
    struct NoEngine;
    impl otter_otr::Encryptor for NoEngine {
        type Error = ();
        fn encrypt(
            &mut self,
            _: &otter_types::MessageText,
        ) -> Result<Vec<otter_otr::Ciphertext>, ()> {
            Err(())
        }
    }
    match otter_otr::Gate::<()>::new().submit(
        &(),
        otter_otr::OtrPolicy::Never,
        otter_otr::Privacy::NotPrivate,
        otter_types::LocalId(0),
        otter_types::MessageText::new(text),
        &mut NoEngine,
    ) {
        otter_otr::Submission::Send(bodies) => bodies
            .into_iter()
            .next()
            .context("the gate released no body"),
        other => bail!("the gate did not release plaintext: {other:?}"),
    }
}

/// A TCP port on 127.0.0.1 where nothing listens right now.
pub fn free_port() -> anyhow::Result<u16> {
    let output = Command::new(workspace_root().join("tests/servers/freeport")).output()?;
    anyhow::ensure!(output.status.success(), "tests/servers/freeport failed");
    Ok(String::from_utf8(output.stdout)?.trim().parse()?)
}

/// A set of running test servers. Dropping it stops them.
#[derive(Debug)]
pub struct Network {
    dir: tempfile::TempDir,
    env: BTreeMap<String, String>,
}

impl Network {
    /// Starts the test PKI and `services` (names of scripts in `tests/servers/`), in order.
    pub fn start(services: &[&str]) -> anyhow::Result<Self> {
        Self::start_with_env(services, &[])
    }

    /// As `start`, with settings the service scripts read from their environment (such as
    /// `PROSODY_SCRAM=sha256`), given to them alone rather than to the whole test process.
    pub fn start_with_env(services: &[&str], env: &[(&str, &str)]) -> anyhow::Result<Self> {
        let dir = tempfile::Builder::new().prefix("otter-net-").tempdir()?;
        let script = workspace_root().join("tests/servers/network");
        let output = Command::new(&script)
            .envs(env.iter().copied())
            .arg("up")
            .arg(dir.path())
            .args(services)
            .output()
            .with_context(|| format!("running {}", script.display()))?;
        // Built before checking the outcome, so that Drop stops whatever did start.
        let mut network = Self {
            env: BTreeMap::new(),
            dir,
        };
        if !output.status.success() {
            bail!(
                "test servers {services:?} did not start: {}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
        let env_text = std::fs::read_to_string(network.dir.path().join("env"))?;
        network.env = parse_env(&env_text);
        Ok(network)
    }

    /// The throwaway directory holding configs, data and logs.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// A value the services wrote to `DIR/env`.
    pub fn get(&self, key: &str) -> anyhow::Result<&str> {
        self.env
            .get(key)
            .map(String::as_str)
            .with_context(|| format!("the test servers set no {key}"))
    }

    /// A port the services wrote to `DIR/env`.
    pub fn port(&self, key: &str) -> anyhow::Result<u16> {
        self.get(key)?
            .parse()
            .with_context(|| format!("{key} is not a port"))
    }

    /// The test CA certificate (PEM).
    pub fn ca_pem(&self) -> anyhow::Result<Vec<u8>> {
        Ok(std::fs::read(self.get("CA_CERT")?)?)
    }

    /// The SOCKS proxy's address.
    pub fn socks_addr(&self) -> anyhow::Result<std::net::SocketAddr> {
        Ok(std::net::SocketAddr::from((
            std::net::Ipv4Addr::LOCALHOST,
            self.port("SOCKS_PORT")?,
        )))
    }

    /// Every SOCKS request the proxy saw so far.
    pub fn socks_requests(&self) -> anyhow::Result<Vec<SocksRequest>> {
        let trace = std::fs::read_to_string(self.get("SOCKS_TRACE")?)?;
        Ok(parse_socks_trace(&trace))
    }
}

impl Drop for Network {
    fn drop(&mut self) {
        let _ = Command::new(workspace_root().join("tests/servers/network"))
            .arg("down")
            .arg(self.dir.path())
            .status();
    }
}

/// Reads a `DIR/env` file the test servers wrote.
pub fn read_env(path: &Path) -> anyhow::Result<BTreeMap<String, String>> {
    Ok(parse_env(&std::fs::read_to_string(path)?))
}

fn parse_env(text: &str) -> BTreeMap<String, String> {
    text.lines()
        .filter_map(|line| line.split_once('='))
        .map(|(key, value)| {
            let value = value.trim();
            let unquoted = value
                .strip_prefix('"')
                .and_then(|v| v.strip_suffix('"'))
                .or_else(|| value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
                .unwrap_or(value);
            (key.trim().to_owned(), unquoted.to_owned())
        })
        .collect()
}

/// One SOCKS5 exchange as the proxy read it (from its system-call trace).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SocksRequest {
    /// Authentication methods the client offered.
    pub methods: Vec<u8>,
    /// The username, if the client sent RFC 1929 credentials.
    pub username: Option<String>,
    /// The address type of the CONNECT (1 IPv4, 3 name, 4 IPv6).
    pub address_type: Option<u8>,
    /// The name, if the address type was 3.
    pub host: Option<String>,
}

/// Reads the `recvfrom` lines of `strace -f -e trace=recvfrom,connect` on microsocks: each
/// client connection is handled by one thread (pid), which receives, in order, the greeting,
/// perhaps the credentials, and the CONNECT request.
pub fn parse_socks_trace(trace: &str) -> Vec<SocksRequest> {
    let mut by_thread: BTreeMap<String, SocksRequest> = BTreeMap::new();
    let mut done = Vec::new();
    for line in trace.lines() {
        let Some((pid, rest)) = line.split_once(' ') else {
            continue;
        };
        let Some(args) = rest.trim_start().strip_prefix("recvfrom(") else {
            continue;
        };
        let Some(bytes) = args.split_once(", \"").and_then(|(_, r)| r.split_once('"')) else {
            continue;
        };
        let data = unescape_strace(bytes.0);
        let request = by_thread.entry(pid.to_owned()).or_default();
        match data.as_slice() {
            [5, count, methods @ ..]
                if request.methods.is_empty() && methods.len() == usize::from(*count) =>
            {
                request.methods = methods.to_vec();
            }
            [1, user_len, rest @ ..] if request.username.is_none() => {
                let user = rest.get(..usize::from(*user_len)).unwrap_or_default();
                request.username = Some(String::from_utf8_lossy(user).into_owned());
            }
            [5, 1, 0, address_type, rest @ ..] => {
                request.address_type = Some(*address_type);
                if *address_type == 3
                    && let Some((len, name)) = rest.split_first()
                {
                    let name = name.get(..usize::from(*len)).unwrap_or_default();
                    request.host = Some(String::from_utf8_lossy(name).into_owned());
                }
                if let Some(finished) = by_thread.remove(pid) {
                    done.push(finished);
                }
            }
            _ => {}
        }
    }
    done
}

fn unescape_strace(text: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let mut chars = text.bytes().peekable();
    while let Some(byte) = chars.next() {
        if byte != b'\\' {
            out.push(byte);
            continue;
        }
        match chars.next() {
            Some(b'x') => {
                let hi = chars.next().and_then(|c| (c as char).to_digit(16));
                let lo = chars.next().and_then(|c| (c as char).to_digit(16));
                if let (Some(hi), Some(lo)) = (hi, lo) {
                    out.extend(u8::try_from(hi * 16 + lo).ok());
                }
            }
            Some(b'n') => out.push(b'\n'),
            Some(b'r') => out.push(b'\r'),
            Some(b't') => out.push(b'\t'),
            Some(b'0') => out.push(0),
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn env_values_lose_their_quotes() {
        let env = parse_env("A=1\nIRC_USERS=\"alice bob\"\n");
        assert_eq!(env.get("IRC_USERS").map(String::as_str), Some("alice bob"));
        assert_eq!(env.get("A").map(String::as_str), Some("1"));
    }

    #[test]
    fn trace_yields_methods_username_and_name() {
        let trace = r#"812 recvfrom(3, "\x05\x02\x00\x02", 1024, 0, NULL, NULL) = 4
812 recvfrom(3, "\x01\x04user\x04pass", 1024, 0, NULL, NULL) = 10
812 recvfrom(3, "\x05\x01\x00\x03\x0aotter.test\x14f", 1024, 0, NULL, NULL) = 17
"#;
        let requests = parse_socks_trace(trace);
        assert_eq!(
            requests,
            vec![SocksRequest {
                methods: vec![0, 2],
                username: Some("user".into()),
                address_type: Some(3),
                host: Some("otter.test".into()),
            }]
        );
    }
}
