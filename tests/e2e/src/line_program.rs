//! Programs a test talks to line by line (such as GNU SASL's `gsasl --server`), with every
//! wait bounded and the program killed however the test ends.

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;

/// How long a test waits for one line from a helper program.
const LINE_WAIT: Duration = Duration::from_secs(20);

/// A helper program, killed when the test ends however it ends; its output lines arrive
/// through a channel so that every wait is bounded.
pub struct Helper {
    child: Child,
    stdin: Option<ChildStdin>,
    lines: mpsc::Receiver<String>,
    /// Every line read so far, for failure messages.
    pub seen: Vec<String>,
}

impl Helper {
    /// Starts `command` with its input and both outputs piped.
    pub fn spawn(command: &mut Command) -> anyhow::Result<Self> {
        let mut child = command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()?;
        let (sender, lines) = mpsc::channel();
        for output in [
            child
                .stdout
                .take()
                .map(|o| Box::new(o) as Box<dyn std::io::Read + Send>),
            child
                .stderr
                .take()
                .map(|o| Box::new(o) as Box<dyn std::io::Read + Send>),
        ]
        .into_iter()
        .flatten()
        {
            let sender = sender.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(output).lines() {
                    let Ok(line) = line else { break };
                    if sender.send(line).is_err() {
                        break;
                    }
                }
            });
        }
        let stdin = child.stdin.take();
        Ok(Self {
            child,
            stdin,
            lines,
            seen: Vec::new(),
        })
    }

    /// The first line `pick` accepts; `None` once the program's output has ended.
    pub fn until<T>(
        &mut self,
        mut pick: impl FnMut(&str) -> Option<T>,
    ) -> anyhow::Result<Option<T>> {
        let deadline = Instant::now() + LINE_WAIT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    let found = pick(&line);
                    self.seen.push(line);
                    if found.is_some() {
                        return Ok(found);
                    }
                }
                Err(mpsc::RecvTimeoutError::Disconnected) => return Ok(None),
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    anyhow::bail!("no line in time; output so far: {:?}", self.seen)
                }
            }
        }
    }

    /// Writes `line` and a newline to the program's input.
    pub fn write_line(&mut self, line: &str) -> anyhow::Result<()> {
        let stdin = self
            .stdin
            .as_mut()
            .ok_or_else(|| anyhow::anyhow!("stdin closed"))?;
        stdin.write_all(format!("{line}\n").as_bytes())?;
        stdin.flush()?;
        Ok(())
    }
}

impl Helper {
    /// Ends the program's input, as end of file.
    pub fn close_input(&mut self) {
        self.stdin = None;
    }

    /// Waits for the program to end.
    pub fn wait(&mut self) -> std::io::Result<std::process::ExitStatus> {
        self.child.wait()
    }
}

impl Drop for Helper {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The last space-separated word of `line` if it is base64 of a SCRAM message starting with
/// `prefix` (gsasl prints its prompts and its output on the same lines).
pub fn scram_message(line: &str, prefix: &str) -> Option<String> {
    let word = line.split_whitespace().last()?;
    let decoded = String::from_utf8(BASE64.decode(word).ok()?).ok()?;
    decoded.starts_with(prefix).then(|| word.to_owned())
}
