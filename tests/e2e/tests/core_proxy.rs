//! The proxy chosen in the preferences (`SetProxy`): used at once, kept for the next start,
//! and second to a proxy given for the run. Through the real test SOCKS proxy and Prosody.

use otter_core::{Command, CoreConfig, CoreHandle, Event, EventStream, SocksProxy, TorStatus};
use otter_e2e::{add_xmpp_account, connect_online, until};
use otter_testkit::Network;

/// A loopback port nothing listens on: "Tor is not running".
fn nowhere() -> anyhow::Result<SocksProxy> {
    Ok(SocksProxy::new(std::net::SocketAddr::from((
        std::net::Ipv4Addr::LOCALHOST,
        otter_testkit::free_port()?,
    ))))
}

fn start(net: &Network, proxy: Option<SocksProxy>) -> anyhow::Result<(CoreHandle, EventStream)> {
    Ok(otter_core::start(CoreConfig {
        profile: net.dir().join("profile"),
        proxy,
        extra_trust_anchors: Some(net.ca_pem()?),
    })?)
}

async fn proxy_event(
    events: &mut EventStream,
) -> anyhow::Result<(SocksProxy, Option<SocksProxy>, bool)> {
    until(events, |e| match e {
        Event::Proxy {
            in_use,
            saved,
            fixed_for_this_run,
        } => Some((in_use, saved, fixed_for_this_run)),
        _ => None,
    })
    .await
}

async fn tor_status(events: &mut EventStream) -> anyhow::Result<TorStatus> {
    until(events, |e| match e {
        Event::TorStatus(status) => Some(status),
        _ => None,
    })
    .await
}

async fn stop(core: &CoreHandle, events: &mut EventStream) -> anyhow::Result<()> {
    core.send(Command::Shutdown)?;
    until(events, |e| matches!(e, Event::Stopped).then_some(())).await
}

#[tokio::test]
async fn a_chosen_proxy_is_used_at_once_and_at_the_next_start() -> anyhow::Result<()> {
    let net = Network::start(&["prosody", "socks"])?;
    let socks = SocksProxy::new(net.socks_addr()?);
    let dead = nowhere()?;

    // Started without a proxy for the run: the choice applies at once.
    let (core, mut events) = start(&net, None)?;
    core.send(Command::SetProxy { proxy: Some(dead) })?;
    assert_eq!(
        proxy_event(&mut events).await?.1,
        None,
        "the start's report"
    );
    assert_eq!(proxy_event(&mut events).await?, (dead, Some(dead), false));
    assert!(matches!(
        tor_status(&mut events).await?,
        TorStatus::Unreachable { .. }
    ));
    core.send(Command::SetProxy { proxy: Some(socks) })?;
    assert_eq!(proxy_event(&mut events).await?, (socks, Some(socks), false));
    assert!(matches!(
        tor_status(&mut events).await?,
        TorStatus::Ready { .. }
    ));
    let account = add_xmpp_account(&core, &mut events, &net, "alice").await?;
    let before = net.socks_requests()?.len();
    connect_online(&core, &mut events, account, net.get("XMPP_PASSWORD_alice")?).await?;
    assert!(
        net.socks_requests()?.len() > before,
        "the login went through the chosen proxy"
    );
    stop(&core, &mut events).await?;

    // The next start without a proxy for the run uses the kept one.
    let (core, mut events) = start(&net, None)?;
    assert_eq!(proxy_event(&mut events).await?, (socks, Some(socks), false));
    connect_online(&core, &mut events, account, net.get("XMPP_PASSWORD_alice")?).await?;
    stop(&core, &mut events).await?;

    // A proxy given for the run wins; a choice made meanwhile is kept for later starts.
    let (core, mut events) = start(&net, Some(dead))?;
    assert_eq!(proxy_event(&mut events).await?, (dead, Some(socks), true));
    core.send(Command::SetProxy { proxy: None })?;
    assert_eq!(proxy_event(&mut events).await?, (dead, None, true));
    assert!(matches!(
        tor_status(&mut events).await?,
        TorStatus::Unreachable { .. }
    ));
    stop(&core, &mut events).await?;

    // Forgotten: Tor's default (not probed here: the test touches no port it did not open).
    let (core, mut events) = start(&net, None)?;
    assert_eq!(
        proxy_event(&mut events).await?,
        (SocksProxy::default(), None, false)
    );
    stop(&core, &mut events).await?;
    Ok(())
}
