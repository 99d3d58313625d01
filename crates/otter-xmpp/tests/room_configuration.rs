//! A room's configuration form (XEP-0045 §10.1.3, §10.2; XEP-0004), fed as Prosody 0.12 sends
//! it: asked for instead of the defaults when our join creates the room, submitted with the
//! user's answers (the rest as the room had it), cancelled (a new room is then destroyed), and
//! asked for again by the owner of an existing room.

use otter_xmpp::{
    Client, FieldAnswer, FieldKind, History, Jid, LeftReason, RoomRequest, XmppError, XmppEvent,
};

mod common;

use common::run;

const ROOM: &str = "otter@conference.otter.test";
const OWNER_NS: &str = "http://jabber.org/protocol/muc#owner";

fn room() -> anyhow::Result<Jid> {
    Ok(Jid::parse(ROOM)?)
}

/// Our own presence in the room: `created` adds status 201 (the join created it).
fn own_presence(created: bool) -> String {
    let created = if created { "<status code='201'/>" } else { "" };
    format!(
        "<presence from='{ROOM}/alice'><x xmlns='http://jabber.org/protocol/muc#user'>\
         <item affiliation='owner' role='moderator'/><status code='110'/>{created}</x>\
         </presence>"
    )
}

/// The id of the request in `sent` that contains `marker`.
fn id_of(sent: &str, marker: &str) -> anyhow::Result<String> {
    let at = sent
        .find(marker)
        .ok_or_else(|| anyhow::anyhow!("no {marker} in {sent}"))?;
    let start = sent
        .get(..at)
        .and_then(|before| before.rfind("<iq"))
        .ok_or_else(|| anyhow::anyhow!("no request around {marker} in {sent}"))?;
    sent.get(start..)
        .and_then(|iq| iq.split_once("id='"))
        .and_then(|(_, rest)| rest.split_once('\''))
        .map(|(id, _)| id.to_owned())
        .ok_or_else(|| anyhow::anyhow!("no id in {sent}"))
}

/// Prosody 0.12's form (mod_muc), shortened to one field of each kind it uses. A false
/// boolean comes without a value.
fn prosody_form(id: &str) -> String {
    format!(
        "<iq type='result' from='{ROOM}' id='{id}'><query xmlns='{OWNER_NS}'>\
         <x xmlns='jabber:x:data' type='form'><title>Configuration for {ROOM}</title>\
         <instructions>Complete and submit this form to configure the room.</instructions>\
         <field var='FORM_TYPE' type='hidden'>\
         <value>http://jabber.org/protocol/muc#roomconfig</value></field>\
         <field type='fixed'><value>Room information</value></field>\
         <field var='muc#roomconfig_roomname' type='text-single' label='Title'/>\
         <field var='muc#roomconfig_roomdesc' type='text-single' label='Description'>\
         <desc>A brief description of the room</desc><value/></field>\
         <field var='muc#roomconfig_persistentroom' type='boolean' label='Persistent (room \
         should remain even when it is unoccupied)'/>\
         <field var='muc#roomconfig_membersonly' type='boolean' label='Only allow members to \
         join'/>\
         <field var='muc#roomconfig_whois' type='list-single' label='Addresses (JIDs) of room \
         occupants may be viewed by:'><value>moderators</value>\
         <option label='Moderators only'><value>moderators</value></option>\
         <option label='Anyone'><value>anyone</value></option></field>\
         <field var='muc#roomconfig_roomsecret' type='text-private' label='Password'>\
         <value/></field>\
         <field var='muc#roomconfig_historylength' type='text-single' label='Maximum number \
         of history messages returned by room'><value>20</value></field>\
         </x></query></iq>"
    )
}

/// Online, creating the room with its form asked for; returns the form's request id.
fn created_with_form() -> anyhow::Result<(Client, String)> {
    let (mut client, _) = common::online(false)?;
    client.create_room(&room()?, "alice", None, History::MaxStanzas(0))?;
    run(&mut client, "")?;
    let (sent, events) = run(&mut client, &own_presence(true))?;
    assert!(
        matches!(&events[..], [XmppEvent::RoomJoined { facts, .. }] if facts.created),
        "{events:?}"
    );
    assert!(
        !sent.contains("type='submit'"),
        "the defaults are not accepted when the form was asked for: {sent}"
    );
    let id = id_of(&sent, &format!("<query xmlns='{OWNER_NS}'/>"))?;
    assert!(
        sent.contains(&format!("<iq type='get' to='{ROOM}' id='{id}'>")),
        "{sent}"
    );
    Ok((client, id))
}

fn answer(var: &str, values: &[&str]) -> FieldAnswer {
    FieldAnswer {
        var: var.to_owned(),
        values: values.iter().map(|v| (*v).to_owned()).collect(),
    }
}

#[test]
fn a_new_room_is_configured_with_the_users_answers() -> anyhow::Result<()> {
    let (mut client, id) = created_with_form()?;
    let (_, events) = run(&mut client, &prosody_form(&id))?;
    let [
        XmppEvent::RoomConfigurationForm {
            room: asking,
            form,
            new_room,
        },
    ] = &events[..]
    else {
        anyhow::bail!("{events:?}");
    };
    assert_eq!(asking.to_string(), ROOM);
    assert!(new_room);
    assert_eq!(
        form.instructions.as_deref(),
        Some("Complete and submit this form to configure the room.")
    );
    let kinds: Vec<(Option<&str>, FieldKind)> = form
        .fields
        .iter()
        .map(|f| (f.var.as_deref(), f.kind))
        .collect();
    assert_eq!(kinds.len(), 9, "{kinds:?}");
    assert!(kinds.contains(&(Some("muc#roomconfig_roomsecret"), FieldKind::TextPrivate)));
    assert!(kinds.contains(&(None, FieldKind::Fixed)));
    let whois = form
        .fields
        .iter()
        .find(|f| f.kind == FieldKind::ListSingle)
        .ok_or_else(|| anyhow::anyhow!("no list"))?;
    assert_eq!(whois.values, ["moderators"]);
    assert_eq!(whois.options.len(), 2);

    client.submit_room_configuration(
        &room()?,
        &[
            answer("muc#roomconfig_roomname", &["Otter & friends"]),
            answer("muc#roomconfig_membersonly", &["1"]),
            answer("muc#roomconfig_roomsecret", &["s3cret"]),
        ],
    )?;
    let (sent, _) = run(&mut client, "")?;
    let id = id_of(&sent, "type='submit'")?;
    assert_eq!(
        sent,
        format!(
            "<iq type='set' to='{ROOM}' id='{id}'><query xmlns='{OWNER_NS}'>\
             <x xmlns='jabber:x:data' type='submit'>\
             <field var='FORM_TYPE'><value>http://jabber.org/protocol/muc#roomconfig</value></field>\
             <field var='muc#roomconfig_roomname'><value>Otter &amp; friends</value></field>\
             <field var='muc#roomconfig_roomdesc'><value></value></field>\
             <field var='muc#roomconfig_persistentroom'></field>\
             <field var='muc#roomconfig_membersonly'><value>1</value></field>\
             <field var='muc#roomconfig_whois'><value>moderators</value></field>\
             <field var='muc#roomconfig_roomsecret'><value>s3cret</value></field>\
             <field var='muc#roomconfig_historylength'><value>20</value></field>\
             </x></query></iq>"
        )
    );
    let (_, events) = run(
        &mut client,
        &format!("<iq type='result' from='{ROOM}' id='{id}'/>"),
    )?;
    assert!(
        matches!(&events[..], [XmppEvent::RoomConfigured { room }] if room.to_string() == ROOM),
        "{events:?}"
    );
    // Answered: there is no form left to answer again.
    assert!(matches!(
        client.submit_room_configuration(&room()?, &[]),
        Err(XmppError::InvalidForm { .. })
    ));
    Ok(())
}

#[test]
fn answers_that_do_not_fit_the_form_are_refused_before_anything_is_sent() -> anyhow::Result<()> {
    let (mut client, id) = created_with_form()?;
    run(&mut client, &prosody_form(&id))?;
    for wrong in [
        answer("muc#roomconfig_membersonly", &["yes"]),
        answer("muc#roomconfig_whois", &["everyone"]),
        answer("FORM_TYPE", &["urn:other"]),
        answer("muc#roomconfig_unknown", &["1"]),
        answer("muc#roomconfig_roomname", &["one", "two"]),
    ] {
        assert!(
            matches!(
                client.submit_room_configuration(&room()?, std::slice::from_ref(&wrong)),
                Err(XmppError::InvalidForm { .. })
            ),
            "{wrong:?}"
        );
    }
    let (sent, _) = run(&mut client, "")?;
    assert!(sent.is_empty(), "{sent}");
    // The form is still open: a correct answer goes through.
    client.submit_room_configuration(&room()?, &[answer("muc#roomconfig_whois", &["anyone"])])?;
    let (sent, _) = run(&mut client, "")?;
    assert!(
        sent.contains("<field var='muc#roomconfig_whois'><value>anyone</value></field>"),
        "{sent}"
    );
    Ok(())
}

#[test]
fn cancelling_a_new_rooms_form_destroys_the_room() -> anyhow::Result<()> {
    let (mut client, id) = created_with_form()?;
    run(&mut client, &prosody_form(&id))?;
    client.cancel_room_configuration(&room()?)?;
    let (sent, _) = run(&mut client, "")?;
    let cancel = id_of(&sent, "type='cancel'")?;
    let destroy = id_of(&sent, "<destroy>")?;
    assert!(
        sent.contains(&format!(
            "<iq type='set' to='{ROOM}' id='{cancel}'><query xmlns='{OWNER_NS}'>\
             <x xmlns='jabber:x:data' type='cancel'/></query></iq>"
        )),
        "{sent}"
    );
    // Prosody acknowledges the cancellation, then destroys the room when asked.
    let (_, events) = run(
        &mut client,
        &format!(
            "<iq type='result' from='{ROOM}' id='{cancel}'/>\
             <presence from='{ROOM}/alice' type='unavailable'><x \
             xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' role='none'/>\
             <destroy/><status code='110'/></x></presence>\
             <iq type='result' from='{ROOM}' id='{destroy}'/>"
        ),
    )?;
    assert!(
        matches!(
            &events[..],
            [XmppEvent::RoomLeft {
                reason: LeftReason::Destroyed { .. },
                ..
            }]
        ),
        "{events:?}"
    );

    // A service that destroys the room on the cancellation itself, as XEP-0045 asks, says
    // it knows no such room to the destruction: not a failure.
    let (mut client, id) = created_with_form()?;
    run(&mut client, &prosody_form(&id))?;
    client.cancel_room_configuration(&room()?)?;
    let (sent, _) = run(&mut client, "")?;
    let destroy = id_of(&sent, "<destroy>")?;
    let (_, events) = run(
        &mut client,
        &format!(
            "<iq type='error' from='{ROOM}' id='{destroy}'><error type='cancel'>\
             <item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"
        ),
    )?;
    assert!(events.is_empty(), "{events:?}");
    Ok(())
}

#[test]
fn an_owner_reconfigures_an_existing_room_and_a_cancel_changes_nothing() -> anyhow::Result<()> {
    let (mut client, _) = common::online(false)?;
    // Not in the room: nothing to ask.
    assert!(matches!(
        client.request_room_configuration(&room()?),
        Err(XmppError::NotInRoom)
    ));
    client.create_room(&room()?, "alice", None, History::MaxStanzas(0))?;
    run(&mut client, "")?;
    // The room existed (no 201): joined, and no form asked for.
    let (sent, _) = run(&mut client, &own_presence(false))?;
    assert!(sent.is_empty(), "{sent}");

    client.request_room_configuration(&room()?)?;
    let (sent, _) = run(&mut client, "")?;
    let id = id_of(&sent, &format!("<query xmlns='{OWNER_NS}'/>"))?;
    let (_, events) = run(&mut client, &prosody_form(&id))?;
    assert!(
        matches!(
            &events[..],
            [XmppEvent::RoomConfigurationForm {
                new_room: false,
                ..
            }]
        ),
        "{events:?}"
    );
    client.cancel_room_configuration(&room()?)?;
    let (sent, _) = run(&mut client, "")?;
    assert!(sent.contains("type='cancel'"), "{sent}");
    assert!(!sent.contains("<destroy"), "an existing room stays: {sent}");

    // A non-owner is refused by the room.
    client.request_room_configuration(&room()?)?;
    let (sent, _) = run(&mut client, "")?;
    let id = id_of(&sent, &format!("<query xmlns='{OWNER_NS}'/>"))?;
    let (_, events) = run(
        &mut client,
        &format!(
            "<iq type='error' from='{ROOM}' id='{id}'><error type='auth'>\
             <forbidden xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"
        ),
    )?;
    assert!(
        matches!(
            &events[..],
            [XmppEvent::RoomRequestFailed {
                request: RoomRequest::FetchConfiguration,
                condition,
                ..
            }] if condition == "forbidden"
        ),
        "{events:?}"
    );
    Ok(())
}
