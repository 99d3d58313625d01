//! The log canary catches what it is meant to catch.

#[test]
fn a_logged_secret_is_found_and_an_unlogged_one_is_not() -> anyhow::Result<()> {
    let logs = otter_testkit::log_canary::capture()?;
    tracing::debug!(detail = "canary-9c2f", "a deliberately careless log line");
    assert_eq!(
        logs.leaked(&["canary-9c2f", "never-logged"]),
        vec!["canary-9c2f"]
    );
    Ok(())
}
