//! One thread that owns an [`Engine`] and all its libotr state, reached through a channel.

use std::sync::mpsc;
use std::thread::{self, JoinHandle};

use crate::{Engine, LibotrError, OtrFiles};

type Job = Box<dyn FnOnce(&mut Engine) + Send>;

/// An [`Engine`] on its own thread (named `otter-libotr`): every libotr call happens there,
/// in the order the jobs were sent. Dropping it ends the thread after the queued jobs.
#[derive(Debug)]
pub struct EngineThread {
    // Unbounded: only the local core sends jobs, one per user action or received message,
    // and each `call` waits for its answer.
    jobs: Option<mpsc::Sender<Job>>,
    handle: Option<JoinHandle<()>>,
}

impl EngineThread {
    /// Starts the thread and creates the engine on it (see [`Engine::new`]).
    pub fn spawn(files: OtrFiles, account: &str, protocol: &str) -> Result<Self, LibotrError> {
        let (jobs, queue) = mpsc::channel::<Job>();
        let (ready, started) = mpsc::channel();
        let (account, protocol) = (account.to_owned(), protocol.to_owned());
        let handle = thread::Builder::new()
            .name("otter-libotr".to_owned())
            .spawn(move || match Engine::new(files, &account, &protocol) {
                Ok(mut engine) => {
                    let _sent = ready.send(Ok(()));
                    for job in queue {
                        job(&mut engine);
                    }
                }
                Err(error) => {
                    let _sent = ready.send(Err(error));
                }
            })
            .map_err(|_| LibotrError::EngineStopped)?;
        started.recv().map_err(|_| LibotrError::EngineStopped)??;
        Ok(Self {
            jobs: Some(jobs),
            handle: Some(handle),
        })
    }

    /// Runs `job` on the engine thread and waits for its result.
    pub fn call<R: Send + 'static>(
        &self,
        job: impl FnOnce(&mut Engine) -> R + Send + 'static,
    ) -> Result<R, LibotrError> {
        let (reply, answer) = mpsc::sync_channel(1);
        self.submit(move |engine| {
            let _sent = reply.send(job(engine));
        })?;
        answer.recv().map_err(|_| LibotrError::EngineStopped)
    }

    /// Queues `job` on the engine thread without waiting.
    pub fn submit(
        &self,
        job: impl FnOnce(&mut Engine) + Send + 'static,
    ) -> Result<(), LibotrError> {
        self.jobs
            .as_ref()
            .ok_or(LibotrError::EngineStopped)?
            .send(Box::new(job))
            .map_err(|_| LibotrError::EngineStopped)
    }
}

impl Drop for EngineThread {
    fn drop(&mut self) {
        drop(self.jobs.take());
        if let Some(handle) = self.handle.take() {
            let _joined = handle.join();
        }
    }
}
