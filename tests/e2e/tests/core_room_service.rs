//! The account's room service, found by service discovery after login, on both servers.

use otter_core::{Command, Event};
use otter_e2e::{XmppServer, add_xmpp_account_at, connect_online, start_core, until};

async fn the_room_service_is_found_after_login(server: XmppServer) -> anyhow::Result<()> {
    let net = server.start(&[])?;
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let account = add_xmpp_account_at(
        &core,
        &mut events,
        &net,
        "alice",
        server.starttls_port_key(),
    )
    .await?;
    connect_online(&core, &mut events, account, server.password(&net, "alice")?).await?;
    let service = until(&mut events, |e| match e {
        Event::RoomService {
            account: reported,
            service,
        } if reported == account => Some(service),
        _ => None,
    })
    .await?;
    let expected = match server {
        XmppServer::Prosody => net.get("XMPP_MUC_DOMAIN")?,
        XmppServer::Ejabberd => net.get("EJABBERD_MUC_DOMAIN")?,
    };
    assert_eq!(service.as_deref(), Some(expected), "{}", server.service());
    core.send(Command::Shutdown)?;
    Ok(())
}

#[tokio::test]
async fn prosody_s_room_service_is_found_after_login() -> anyhow::Result<()> {
    the_room_service_is_found_after_login(XmppServer::Prosody).await
}

#[tokio::test]
async fn ejabberd_s_room_service_is_found_after_login() -> anyhow::Result<()> {
    the_room_service_is_found_after_login(XmppServer::Ejabberd).await
}
