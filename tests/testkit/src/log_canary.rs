//! Captures everything Otter logs, at every level and from every thread, so a test can assert
//! that no message text, password or address literal reached the logs (the log canary).

use std::io::Write;
use std::sync::{Arc, Mutex, PoisonError};

/// Everything logged since [`capture`] was called.
#[derive(Debug, Clone, Default)]
pub struct CapturedLogs(Arc<Mutex<Vec<u8>>>);

impl CapturedLogs {
    /// The log text so far.
    pub fn text(&self) -> String {
        let bytes = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        String::from_utf8_lossy(&bytes).into_owned()
    }

    /// The secrets (or canary texts) found in the logs.
    pub fn leaked<'a>(&self, secrets: &[&'a str]) -> Vec<&'a str> {
        let text = self.text();
        secrets
            .iter()
            .copied()
            .filter(|secret| text.contains(secret))
            .collect()
    }
}

struct Sink(CapturedLogs);

impl Write for Sink {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        let mut buffer = (self.0).0.lock().unwrap_or_else(PoisonError::into_inner);
        buffer.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Installs a process-wide subscriber at TRACE level that records every event with all its
/// fields. Call it once, first thing in a test binary.
pub fn capture() -> anyhow::Result<CapturedLogs> {
    let logs = CapturedLogs::default();
    let writer_logs = logs.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing_subscriber::filter::LevelFilter::TRACE)
        .with_ansi(false)
        .with_writer(move || Sink(writer_logs.clone()))
        .finish();
    tracing::subscriber::set_global_default(subscriber)
        .map_err(|e| anyhow::anyhow!("a log subscriber is already installed: {e}"))?;
    Ok(logs)
}
