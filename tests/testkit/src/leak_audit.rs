//! The leak audit: reads `strace -f -e trace=network` output of a program and lists every
//! network action that did not go to the SOCKS proxy: a TCP or UDP connect elsewhere, a UDP
//! socket, a datagram to port 53, or a query to the name service cache daemon.

use std::net::SocketAddr;

/// Every network action in `trace` that breaks the rule "only TCP to `proxy`".
pub fn violations(trace: &str, proxy: SocketAddr) -> Vec<String> {
    let mut found = Vec::new();
    for line in trace.lines() {
        let call = line
            .split_once(' ')
            .map_or(line, |(_, rest)| rest)
            .trim_start();
        if call.starts_with("socket(") && (call.contains("AF_INET") && call.contains("SOCK_DGRAM"))
        {
            found.push(format!("UDP socket: {call}"));
        } else if call.starts_with("connect(") {
            if call.contains("AF_UNIX") {
                if call.contains("nscd") {
                    found.push(format!("name-service look-up: {call}"));
                }
            } else if let Some(target) = inet_address(call) {
                if target != proxy {
                    found.push(format!("connect to {target}, not the proxy: {call}"));
                }
            } else if call.contains("AF_INET") {
                found.push(format!("unreadable connect: {call}"));
            }
        } else if (call.starts_with("sendto(") || call.starts_with("sendmsg("))
            && (call.contains("htons(53)"))
        {
            found.push(format!("DNS datagram: {call}"));
        }
    }
    found
}

/// The address of an `AF_INET`/`AF_INET6` sockaddr as strace prints it.
fn inet_address(call: &str) -> Option<SocketAddr> {
    let port: u16 = between(call, "port=htons(", ")")?.parse().ok()?;
    let ip = if call.contains("AF_INET6") {
        between(call, "AF_INET6, \"", "\"")?.parse().ok()?
    } else {
        between(call, "inet_addr(\"", "\"")?.parse().ok()?
    };
    Some(SocketAddr::new(ip, port))
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let (_, rest) = text.split_once(start)?;
    rest.split_once(end).map(|(inside, _)| inside)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROXY: &str = "127.0.0.1:9050";

    #[test]
    fn connects_to_the_proxy_are_clean() {
        let trace = r#"77 socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC|SOCK_NONBLOCK, IPPROTO_IP) = 9
77 connect(9, {sa_family=AF_INET, sin_port=htons(9050), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 EINPROGRESS (Operation now in progress)
77 connect(4, {sa_family=AF_UNIX, sun_path="/run/user/0/bus"}, 110) = 0
"#;
        assert_eq!(
            violations(trace, PROXY.parse().unwrap()),
            Vec::<String>::new()
        );
    }

    #[test]
    fn direct_connects_udp_and_dns_are_caught() {
        let trace = r#"77 connect(9, {sa_family=AF_INET, sin_port=htons(5222), sin_addr=inet_addr("127.0.0.1")}, 16) = 0
77 socket(AF_INET, SOCK_DGRAM|SOCK_CLOEXEC|SOCK_NONBLOCK, IPPROTO_IP) = 3
77 connect(3, {sa_family=AF_INET6, sin6_port=htons(53), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, 28) = 0
77 sendto(3, "\x12\x34", 2, MSG_NOSIGNAL, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("192.0.2.53")}, 16) = 2
77 connect(5, {sa_family=AF_UNIX, sun_path="/var/run/nscd/socket"}, 110) = -1 ENOENT
"#;
        let found = violations(trace, PROXY.parse().unwrap());
        assert_eq!(found.len(), 5, "{found:#?}");
    }
}
