//! IRCv3 `server-time` through the whole core, from a scripted server (`openssl s_server`
//! behind the test proxy, answering as a bouncer replaying history would): lines stamped long
//! ago arrive as past ones, at their time (a private message, and a channel message shown as
//! history), and a line stamped with a broken time is live. No packaged IRC server replays
//! history; InspIRCd stamps live lines only (see `core_irc`).

use std::process::Command;

use otter_core::types::{AccountId, Password};
use otter_core::{AccountSettings, CoreHandle, Event, EventStream, Protocol};
use otter_e2e::line_program::Helper;
use otter_e2e::{add_account, start_core, until};
use otter_testkit::{Network, free_port};

/// 2020-01-01T00:00:00Z.
const LONG_AGO: i64 = 1_577_836_800;

/// The test certificate's leaf and the rest of its chain, as separate files: `s_server
/// -cert` reads only a file's first certificate.
fn split_chain(net: &Network) -> anyhow::Result<(std::path::PathBuf, std::path::PathBuf)> {
    let chain = std::fs::read_to_string(net.get("SERVER_CERT")?)?;
    let marker = "-----BEGIN CERTIFICATE-----";
    let second = chain
        .get(marker.len()..)
        .and_then(|rest| rest.find(marker))
        .map(|at| at + marker.len())
        .ok_or_else(|| anyhow::anyhow!("SERVER_CERT is not a chain"))?;
    let (leaf, rest) = chain.split_at(second);
    let leaf_path = net.dir().join("st-leaf.pem");
    let rest_path = net.dir().join("st-chain.pem");
    std::fs::write(&leaf_path, leaf)?;
    std::fs::write(&rest_path, rest)?;
    Ok((leaf_path, rest_path))
}

/// Waits for the client's line starting with `start`.
fn client_says(server: &mut Helper, start: &str) -> anyhow::Result<()> {
    server
        .until(|line| line.trim_end().starts_with(start).then_some(()))?
        .ok_or_else(|| anyhow::anyhow!("no {start:?} from the client: {:?}", server.seen))
}

/// The scripted server, started; and alice's account on it, connected without SASL.
async fn alice_on_script(
    net: &Network,
) -> anyhow::Result<(Helper, CoreHandle, EventStream, AccountId)> {
    let (leaf, rest) = split_chain(net)?;
    let port = free_port()?;
    // `-crlf`: what the test writes goes out as IRC lines.
    let mut server = Helper::spawn(
        Command::new("openssl")
            .args(["s_server", "-accept"])
            .arg(format!("127.0.0.1:{port}"))
            .arg("-cert")
            .arg(&leaf)
            .arg("-cert_chain")
            .arg(&rest)
            .arg("-key")
            .arg(net.get("SERVER_KEY")?)
            .args(["-naccept", "1", "-crlf"]),
    )?;
    server
        .until(|line| (line == "ACCEPT").then_some(()))?
        .ok_or_else(|| anyhow::anyhow!("s_server did not start: {:?}", server.seen))?;
    let (core, mut events) = start_core(net, "SOCKS_PORT")?;
    let account = add_account(
        &core,
        &mut events,
        AccountSettings {
            protocol: Protocol::Irc,
            address: "alice@irc.otter.test".into(),
            server_host: String::new(),
            server_port: port,
            direct_tls: true,
            nickserv_fallback: false,
            onion_plaintext: false,
            remembered_password: None,
        },
    )
    .await?;
    core.send(otter_core::Command::Connect {
        account,
        password: Some(Password::new("")),
    })?;
    client_says(&mut server, "CAP LS")?;
    server.write_line(":irc.otter.test CAP * LS :server-time")?;
    client_says(&mut server, "CAP REQ :server-time")?;
    server.write_line(":irc.otter.test CAP * ACK :server-time")?;
    client_says(&mut server, "CAP END")?;
    server.write_line(":irc.otter.test 001 alice :Welcome alice!a@otter.test")?;
    until(&mut events, |e| match e {
        Event::AccountStatus {
            status: otter_core::ConnectionStatus::Online,
            ..
        } => Some(()),
        _ => None,
    })
    .await?;
    Ok((server, core, events, account))
}

#[tokio::test]
async fn replayed_lines_keep_their_server_time_and_a_broken_stamp_is_no_time() -> anyhow::Result<()>
{
    let net = Network::start(&["socks"])?;
    let (mut server, core, mut events, account) = alice_on_script(&net).await?;

    server.write_line("@time=2020-01-01T00:00:00.000Z :eve!e@h PRIVMSG alice :kept for you")?;
    server.write_line("@time=2020-13-01T00:00:00.000Z :eve!e@h PRIVMSG alice :no such month")?;
    let mut received = Vec::new();
    while received.len() < 2 {
        received.push(
            until(&mut events, |e| match e {
                Event::MessageReceived { text, at, .. } => Some((text.reveal().to_owned(), at)),
                _ => None,
            })
            .await?,
        );
    }
    assert_eq!(
        received,
        [
            ("kept for you".to_owned(), Some(LONG_AGO)),
            ("no such month".to_owned(), None),
        ]
    );

    core.send(otter_core::Command::JoinRoom {
        account,
        room: "#otter".into(),
        nick: String::new(),
        password: None,
        history: None,
    })?;
    client_says(&mut server, "JOIN #otter")?;
    server.write_line(":alice!a@otter.test JOIN #otter")?;
    server.write_line(":irc.otter.test 353 alice = #otter :alice eve")?;
    server.write_line(":irc.otter.test 366 alice #otter :End of /NAMES list.")?;
    let people = until(&mut events, |e| match e {
        Event::RoomOccupants { changes, .. } => Some(changes.len()),
        _ => None,
    })
    .await?;
    assert_eq!(people, 2);
    server.write_line("@time=2020-01-01T00:00:00.000Z :eve!e@h PRIVMSG #otter :from the log")?;
    let (delayed, at) = until(&mut events, |e| match e {
        Event::RoomMessage {
            text, delayed, at, ..
        } if text.reveal() == "from the log" => Some((delayed, at)),
        _ => None,
    })
    .await?;
    assert_eq!(
        (delayed, at),
        (true, Some(LONG_AGO)),
        "history, at its time"
    );
    core.send(otter_core::Command::Shutdown)?;
    Ok(())
}
