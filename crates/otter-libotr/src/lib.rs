#![doc = include_str!("../README.md")]

mod ffi;

/// libotr could not be used.
#[derive(Debug, thiserror::Error)]
pub enum LibotrError {
    /// The installed library is not the 4.1 series this crate was written against.
    #[error("the installed libotr is not version 4.1 (it reported error {0})")]
    VersionMismatch(u32),
}

/// Initialises libotr, checking that the installed library is 4.1.x, and returns its version
/// string (for example "4.1.1").
pub fn init() -> Result<String, LibotrError> {
    ffi::init(4, 1, 1).map_err(LibotrError::VersionMismatch)?;
    Ok(ffi::version())
}

#[cfg(test)]
mod tests {
    #[test]
    fn installed_libotr_is_version_4_1() {
        let version = super::init().unwrap();
        assert!(version.starts_with("4.1."), "{version}");
    }
}
