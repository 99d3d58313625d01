//! Server bytes from the first stream header on, to a client that has just connected: the
//! stream parser, STARTTLS, SASL, stream restarts and binding. Flags bit 1 picks STARTTLS (the
//! client starts in plaintext and the fuzzer may make it upgrade) over direct TLS.

#![no_main]

use libfuzzer_sys::fuzz_target;
use otter_fuzz::Input;
use otter_fuzz::xmpp::drain;
use otter_types::Password;
use otter_xmpp::{ChannelBindingData, Client, ClientConfig, Jid, TlsMode};

const FLAG_STARTTLS: u8 = 2;

fuzz_target!(|data: &[u8]| {
    let Some(mut input) = Input::parse(data) else {
        return;
    };
    let starttls = input.flags & FLAG_STARTTLS != 0;
    let account = Jid::parse("alice@otter.test").expect("a valid address");
    let mode = if starttls {
        TlsMode::StartTls
    } else {
        TlsMode::DirectTls
    };
    let config = ClientConfig::new(&account, Password::new("pw"), "r1".into(), mode, [3; 16])
        .expect("a valid configuration");
    let mut client = Client::new(config);
    client.start().expect("starts");
    let mut tls_pending = false;
    drain(&mut client, 0, &mut tls_pending);
    // Direct TLS asks for the handshake at once; STARTTLS only when the server agrees.
    assert_eq!(tls_pending, !starttls);
    if tls_pending {
        tls_pending = false;
        client
            .handle_tls_established(ChannelBindingData::None)
            .expect("TLS was asked for");
        drain(&mut client, 0, &mut tls_pending);
    }

    otter_fuzz::xmpp::feed(&mut client, &mut input, tls_pending);
});
