//! Away state: sent when set online, remembered and sent after registering when set before,
//! cleaned so that it can neither inject a command nor reorder text.

use std::time::Instant;

use otter_irc::{Action, Client, ClientConfig, IrcError, MAX_AWAY_BYTES, Nick};

fn sent_lines(client: &mut Client) -> Vec<String> {
    let mut lines = Vec::new();
    while let Some(action) = client.poll_action() {
        if let Action::Send(bytes) = action {
            lines.push(String::from_utf8_lossy(&bytes).into_owned());
        }
    }
    lines
}

fn register(client: &mut Client) -> Result<(), IrcError> {
    client.handle_bytes(
        Instant::now(),
        b"CAP * LS :\r\n:s 001 otter :Welcome otter!o@host.test\r\n",
    )
}

#[test]
fn away_and_back_while_online() -> Result<(), IrcError> {
    let mut client = Client::new(ClientConfig::new(Nick::parse("otter")?, None));
    client.start()?;
    register(&mut client)?;
    sent_lines(&mut client);

    client.set_away(Some("at lunch\r\nQUIT :bye \u{202E}"));
    client.set_away(None);
    let lines = sent_lines(&mut client);
    assert_eq!(lines, ["AWAY :at lunch  QUIT :bye\r\n", "AWAY\r\n"]);
    Ok(())
}

#[test]
fn away_set_before_registering_is_sent_once_registered() -> Result<(), IrcError> {
    let mut client = Client::new(ClientConfig::new(Nick::parse("otter")?, None));
    client.set_away(Some(""));
    client.start()?;
    let before: Vec<String> = sent_lines(&mut client);
    assert!(before.iter().all(|line| !line.starts_with("AWAY")));
    register(&mut client)?;
    let after = sent_lines(&mut client);
    assert!(after.contains(&"AWAY :Away\r\n".to_owned()), "{after:?}");
    Ok(())
}

#[test]
fn a_long_away_message_is_cut_at_a_character() -> Result<(), IrcError> {
    let mut client = Client::new(ClientConfig::new(Nick::parse("otter")?, None));
    client.start()?;
    register(&mut client)?;
    sent_lines(&mut client);
    client.set_away(Some(&"ж".repeat(MAX_AWAY_BYTES)));
    let lines = sent_lines(&mut client);
    let message = lines[0]
        .trim_start_matches("AWAY :")
        .trim_end_matches("\r\n");
    assert_eq!(message.len(), MAX_AWAY_BYTES);
    assert!(message.chars().all(|c| c == 'ж'));
    Ok(())
}
