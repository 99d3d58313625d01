//! A room created with its configuration form through the core API, against the real Prosody
//! MUC service: alice names the room and gives it a password while it is still locked, and
//! bob, a second account, finds it closed until then and needing the password after; alice
//! asks for the form again and sees her settings; a room made members-only keeps bob out; a
//! room whose form she cancels is gone.

use otter_core::types::{AccountId, Password};
use otter_core::{
    Command, CoreHandle, Event, EventStream, RoomErrorKind, RoomForm, RoomFormAnswer,
    RoomFormFieldKind, RoomLeftReason, RoomRequestKind,
};
use otter_e2e::{add_xmpp_account, connect_online, start_core, until};
use otter_testkit::Network;

const SECRET: &str = "s3cret-form-41c7";
const NAME: &str = "Otter den";

/// Prosody and the proxy, and a core with alice's and bob's accounts online.
async fn alice_and_bob_online()
-> anyhow::Result<(Network, CoreHandle, EventStream, AccountId, AccountId)> {
    let net = Network::start(&["prosody", "socks"])?;
    let (core, mut events) = start_core(&net, "SOCKS_PORT")?;
    let alice = add_xmpp_account(&core, &mut events, &net, "alice").await?;
    connect_online(&core, &mut events, alice, net.get("XMPP_PASSWORD_alice")?).await?;
    let bob = add_xmpp_account(&core, &mut events, &net, "bob").await?;
    connect_online(&core, &mut events, bob, net.get("XMPP_PASSWORD_bob")?).await?;
    Ok((net, core, events, alice, bob))
}

async fn shut_down(core: &CoreHandle, events: &mut EventStream) -> anyhow::Result<()> {
    core.send(Command::Shutdown)?;
    until(events, |e| matches!(e, Event::Stopped).then_some(())).await
}

/// The configuration form `room` sends next, with whether the room is new; a refusal fails.
async fn form_of(events: &mut EventStream, room: &str) -> anyhow::Result<(RoomForm, bool)> {
    until(events, |e| match e {
        Event::RoomConfigurationForm {
            room: r,
            form,
            new_room,
            ..
        } if r == room => Some(Ok((form, new_room))),
        Event::CommandFailed { explanation, .. } => Some(Err(anyhow::anyhow!(explanation))),
        _ => None,
    })
    .await?
}

/// Bob's next join of `room`: `Ok(created)` or the room's refusal.
async fn bob_joins(
    core: &CoreHandle,
    events: &mut EventStream,
    bob: AccountId,
    room: &str,
    password: Option<&str>,
) -> anyhow::Result<Result<bool, RoomErrorKind>> {
    core.send(Command::JoinRoom {
        account: bob,
        room: room.to_owned(),
        nick: "bob".to_owned(),
        password: password.map(Password::new),
        history: Some(0),
    })?;
    until(events, |e| match e {
        Event::RoomJoined {
            account,
            room: r,
            facts,
            ..
        } if account == bob && r == room => Some(Ok(facts.created)),
        Event::RoomError {
            account,
            room: r,
            error,
        } if account == bob && r == room => Some(Err(error)),
        _ => None,
    })
    .await
}

fn answer(var: &str, value: &str) -> RoomFormAnswer {
    RoomFormAnswer {
        var: var.to_owned(),
        values: vec![value.to_owned()],
    }
}

/// The values of the field `var`.
fn values<'a>(form: &'a RoomForm, var: &str) -> anyhow::Result<&'a [String]> {
    form.fields
        .iter()
        .find(|f| f.var.as_deref() == Some(var))
        .map(|f| f.values.as_slice())
        .ok_or_else(|| anyhow::anyhow!("no {var} in {form:?}"))
}

#[tokio::test]
async fn a_room_configured_with_its_form_is_named_and_needs_its_password() -> anyhow::Result<()> {
    let logs = otter_testkit::log_canary::capture().map_err(|e| anyhow::anyhow!("{e}"))?;
    let (_net, core, mut events, alice, bob) = alice_and_bob_online().await?;

    let room = "den@conference.otter.test";
    core.send(Command::CreateRoom {
        account: alice,
        room: room.to_owned(),
        nick: "alice".to_owned(),
    })?;
    let created = until(&mut events, |e| match e {
        Event::RoomJoined { room: r, facts, .. } if r == room => Some(facts.created),
        _ => None,
    })
    .await?;
    assert!(created, "the join created the room");
    let (form, new_room) = form_of(&mut events, room).await?;
    assert!(new_room);
    for (var, kind) in [
        ("muc#roomconfig_roomname", RoomFormFieldKind::TextSingle),
        ("muc#roomconfig_roomsecret", RoomFormFieldKind::TextPrivate),
        ("muc#roomconfig_membersonly", RoomFormFieldKind::Boolean),
        ("muc#roomconfig_whois", RoomFormFieldKind::ListSingle),
    ] {
        assert!(
            form.fields
                .iter()
                .any(|f| f.var.as_deref() == Some(var) && f.kind == kind),
            "{var} is a {kind:?} in {form:?}"
        );
    }

    // Until alice answers, the room is locked: for bob it does not exist yet.
    assert_eq!(
        bob_joins(&core, &mut events, bob, room, None).await?,
        Err(RoomErrorKind::RoomNotFound)
    );

    let mut answers = vec![
        answer("muc#roomconfig_roomname", NAME),
        answer("muc#roomconfig_roomsecret", SECRET),
    ];
    // Prosody protects a room by its password alone; other services also have a switch.
    if values(&form, "muc#roomconfig_passwordprotectedroom").is_ok() {
        answers.push(answer("muc#roomconfig_passwordprotectedroom", "1"));
    }
    core.send(Command::SubmitRoomConfiguration {
        account: alice,
        room: room.to_owned(),
        answers,
    })?;
    until(&mut events, |e| match e {
        Event::RoomConfigured { room: r, .. } if r == room => Some(Ok(())),
        Event::CommandFailed { explanation, .. } => Some(Err(anyhow::anyhow!(explanation))),
        _ => None,
    })
    .await??;

    // Now open, but only with the password.
    assert_eq!(
        bob_joins(&core, &mut events, bob, room, None).await?,
        Err(RoomErrorKind::PasswordRequired)
    );
    assert_eq!(
        bob_joins(&core, &mut events, bob, room, Some(SECRET)).await?,
        Ok(false),
        "the room alice made, not a new one"
    );

    // Asked again, the form carries what alice set.
    core.send(Command::ConfigureRoom {
        account: alice,
        room: room.to_owned(),
    })?;
    let (form, new_room) = form_of(&mut events, room).await?;
    assert!(!new_room);
    assert_eq!(values(&form, "muc#roomconfig_roomname")?, [NAME]);
    assert_eq!(values(&form, "muc#roomconfig_roomsecret")?, [SECRET]);
    core.send(Command::CancelRoomConfiguration {
        account: alice,
        room: room.to_owned(),
    })?;

    // Bob is not the owner: the room refuses him its form.
    core.send(Command::ConfigureRoom {
        account: bob,
        room: room.to_owned(),
    })?;
    let refused = until(&mut events, |e| match e {
        Event::RoomError {
            error:
                RoomErrorKind::Refused {
                    request: RoomRequestKind::ConfigurationForm,
                    condition,
                },
            ..
        } => Some(Ok(condition)),
        Event::RoomConfigurationForm { .. } => Some(Err(anyhow::anyhow!("bob got the form"))),
        _ => None,
    })
    .await??;
    assert_eq!(refused, "forbidden");

    shut_down(&core, &mut events).await?;
    assert_eq!(
        logs.leaked(&[SECRET]),
        Vec::<&str>::new(),
        "the room's password is never logged"
    );
    Ok(())
}

#[tokio::test]
async fn a_new_room_whose_form_is_cancelled_is_destroyed() -> anyhow::Result<()> {
    let (_net, core, mut events, alice, bob) = alice_and_bob_online().await?;

    let room = "cancelled@conference.otter.test";
    core.send(Command::CreateRoom {
        account: alice,
        room: room.to_owned(),
        nick: "alice".to_owned(),
    })?;
    let (_, new_room) = form_of(&mut events, room).await?;
    assert!(new_room);
    core.send(Command::CancelRoomConfiguration {
        account: alice,
        room: room.to_owned(),
    })?;
    let reason = until(&mut events, |e| match e {
        Event::RoomLeft {
            account,
            room: r,
            reason,
        } if account == alice && r == room => Some(Ok(reason)),
        Event::CommandFailed { explanation, .. } => Some(Err(anyhow::anyhow!(explanation))),
        _ => None,
    })
    .await??;
    assert!(
        matches!(reason, RoomLeftReason::Destroyed { .. }),
        "{reason:?}"
    );
    // Gone, not locked: bob's join makes a new room.
    assert_eq!(
        bob_joins(&core, &mut events, bob, room, None).await?,
        Ok(true)
    );
    shut_down(&core, &mut events).await?;
    Ok(())
}

#[tokio::test]
async fn a_room_made_members_only_with_its_form_keeps_others_out() -> anyhow::Result<()> {
    let (_net, core, mut events, alice, bob) = alice_and_bob_online().await?;

    let room = "members@conference.otter.test";
    core.send(Command::CreateRoom {
        account: alice,
        room: room.to_owned(),
        nick: "alice".to_owned(),
    })?;
    let (form, _) = form_of(&mut events, room).await?;
    // Open at first (Prosody sends no value for a false boolean).
    assert!(
        values(&form, "muc#roomconfig_membersonly")?
            .iter()
            .all(|v| v == "0" || v == "false"),
        "{form:?}"
    );
    core.send(Command::SubmitRoomConfiguration {
        account: alice,
        room: room.to_owned(),
        answers: vec![answer("muc#roomconfig_membersonly", "1")],
    })?;
    until(&mut events, |e| match e {
        Event::RoomConfigured { room: r, .. } if r == room => Some(Ok(())),
        Event::CommandFailed { explanation, .. } => Some(Err(anyhow::anyhow!(explanation))),
        _ => None,
    })
    .await??;
    assert_eq!(
        bob_joins(&core, &mut events, bob, room, None).await?,
        Err(RoomErrorKind::MembersOnly)
    );
    shut_down(&core, &mut events).await?;
    Ok(())
}
