//! The evaluation rate limit of `sajag-index serve`: who a client is, and a token bucket per client
//! in a table of fixed capacity.
//!
//! A client is an IPv4 address or an IPv6 /64 (one home or phone network usually receives a whole
//! /64, so counting its addresses one by one would give an attacker 2⁶⁴ budgets). Behind a reverse
//! proxy named with `--trust-proxy`, the client is the right-most `X-Forwarded-For` hop that is not
//! itself a trusted proxy; from any other peer the header is ignored, since anyone can write it.
//!
//! The table holds at most `capacity` clients. Every operation is O(1) under a short lock (a hash
//! map into a doubly linked recency list), so nothing ever scans the table on a runtime thread. When
//! it is full, the client idle the longest is forgotten; forgetting a client whose bucket had not
//! yet refilled gives it a fresh budget, which is counted ([`Limiter::stats`]) and happens only when
//! more distinct clients than the capacity arrive within one refill time (burst ÷ rate).

use std::collections::HashMap;
use std::net::IpAddr;
use std::str::FromStr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::http::HeaderMap;

/// Whom a budget belongs to: an IPv4 address or the first 64 bits of an IPv6 address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ClientKey {
    V4([u8; 4]),
    V6([u8; 8]),
}

impl ClientKey {
    pub fn of(ip: IpAddr) -> Self {
        match ip.to_canonical() {
            IpAddr::V4(a) => ClientKey::V4(a.octets()),
            IpAddr::V6(a) => {
                let mut net = [0u8; 8];
                net.copy_from_slice(&a.octets()[..8]);
                ClientKey::V6(net)
            }
        }
    }
}

/// An address block such as `10.0.0.0/8`, `2001:db8::/32` or a single address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cidr {
    net: IpAddr,
    bits: u8,
}

#[derive(Debug, thiserror::Error)]
#[error("{0:?} is not an address or address block such as 10.0.0.0/8 or 2001:db8::/32")]
pub struct BadCidr(String);

impl FromStr for Cidr {
    type Err = BadCidr;

    fn from_str(s: &str) -> Result<Self, BadCidr> {
        let bad = || BadCidr(s.to_owned());
        let (addr, bits) = match s.split_once('/') {
            Some((a, b)) => (a, Some(b)),
            None => (s, None),
        };
        let net = addr.parse::<IpAddr>().map_err(|_| bad())?.to_canonical();
        let max = if net.is_ipv4() { 32 } else { 128 };
        let bits = match bits {
            None => max,
            Some(b) if !b.is_empty() && b.bytes().all(|c| c.is_ascii_digit()) && b.len() <= 3 => {
                b.parse::<u8>().map_err(|_| bad())?
            }
            Some(_) => return Err(bad()),
        };
        if bits > max {
            return Err(bad());
        }
        Ok(Cidr { net, bits })
    }
}

impl Cidr {
    pub fn contains(&self, ip: IpAddr) -> bool {
        match (self.net, ip.to_canonical()) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => {
                let mask = u32::MAX.checked_shl(32 - u32::from(self.bits)).unwrap_or(0);
                u32::from(net) & mask == u32::from(ip) & mask
            }
            (IpAddr::V6(net), IpAddr::V6(ip)) => {
                let mask = u128::MAX
                    .checked_shl(128 - u32::from(self.bits))
                    .unwrap_or(0);
                u128::from(net) & mask == u128::from(ip) & mask
            }
            _ => false,
        }
    }
}

/// The most `X-Forwarded-For` hops examined; a longer chain is cut at this many from the right.
const MAX_HOPS: usize = 32;

/// The client's address: `peer`, or, when `peer` is a trusted proxy, the right-most
/// `X-Forwarded-For` hop that is not trusted. A hop that is not an address stops the walk at the
/// nearest trusted hop (so such requests share that proxy's budget rather than escape it).
pub fn client_address(peer: IpAddr, headers: &HeaderMap, trusted: &[Cidr]) -> IpAddr {
    let is_trusted = |ip: IpAddr| trusted.iter().any(|c| c.contains(ip));
    let mut nearest = peer.to_canonical();
    if !is_trusted(nearest) {
        return nearest;
    }
    let values: Vec<&[u8]> = headers
        .get_all("x-forwarded-for")
        .iter()
        .map(axum::http::HeaderValue::as_bytes)
        .collect();
    let hops = values
        .iter()
        .rev()
        .flat_map(|v| v.rsplit(|&b| b == b','))
        .take(MAX_HOPS);
    for hop in hops {
        let Some(ip) = std::str::from_utf8(hop.trim_ascii())
            .ok()
            .and_then(parse_hop)
        else {
            return nearest;
        };
        if !is_trusted(ip) {
            return ip;
        }
        nearest = ip;
    }
    nearest
}

/// An address as proxies write it: bare, or with a port (`1.2.3.4:5`, `[2001:db8::1]:5`).
fn parse_hop(s: &str) -> Option<IpAddr> {
    s.parse::<IpAddr>()
        .ok()
        .or_else(|| s.parse::<std::net::SocketAddr>().ok().map(|a| a.ip()))
        .map(|ip| ip.to_canonical())
}

/// Token buckets for at most `capacity` clients.
pub struct Limiter {
    per_second: f64,
    burst: f64,
    table: Mutex<Table>,
}

const NONE: u32 = u32::MAX;

struct Slot {
    key: ClientKey,
    tokens: f64,
    at: Instant,
    /// Neighbours in recency order (`prev` was used more recently).
    prev: u32,
    next: u32,
}

struct Table {
    index: HashMap<ClientKey, u32>,
    slots: Vec<Slot>,
    capacity: usize,
    /// The most recently and the least recently used slot.
    head: u32,
    tail: u32,
    /// Clients forgotten before their bucket had refilled.
    evicted_early: u64,
}

/// What the limiter has seen, for the operator's log (counts only).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LimiterStats {
    pub tracked: usize,
    pub evicted_early: u64,
}

impl Limiter {
    pub fn new(per_minute: u32, burst: u32, capacity: usize) -> Self {
        let capacity = capacity.clamp(1, NONE as usize - 1);
        Limiter {
            per_second: f64::from(per_minute) / 60.0,
            burst: f64::from(burst),
            table: Mutex::new(Table {
                // Reserved once, so that the map never rehashes (an O(n) pause) while serving.
                // Untouched pages cost no memory until clients arrive.
                index: HashMap::with_capacity(capacity),
                slots: Vec::with_capacity(capacity),
                capacity,
                head: NONE,
                tail: NONE,
                evicted_early: 0,
            }),
        }
    }

    /// Takes `n` tokens from `client`'s bucket, all or none; when there are too few, says how long
    /// until there are enough.
    pub fn take(&self, client: ClientKey, n: u32, now: Instant) -> Result<(), Duration> {
        let need = f64::from(n);
        let mut table = self
            .table
            .lock()
            .expect("the limiter lock is never poisoned");
        let i = table.slot_for(client, now, self.burst, |tokens, at| {
            self.refilled(tokens, at, now) >= self.burst
        });
        let slot = &mut table.slots[i as usize];
        slot.tokens = self.refilled(slot.tokens, slot.at, now);
        slot.at = now;
        if slot.tokens >= need {
            slot.tokens -= need;
            Ok(())
        } else {
            Err(Duration::from_secs_f64(
                (need - slot.tokens) / self.per_second,
            ))
        }
    }

    fn refilled(&self, tokens: f64, at: Instant, now: Instant) -> f64 {
        (tokens + now.saturating_duration_since(at).as_secs_f64() * self.per_second).min(self.burst)
    }

    pub fn stats(&self) -> LimiterStats {
        let table = self
            .table
            .lock()
            .expect("the limiter lock is never poisoned");
        LimiterStats {
            tracked: table.index.len(),
            evicted_early: table.evicted_early,
        }
    }
}

impl Table {
    /// The slot of `key`, now the most recently used; a new client takes a free slot or the least
    /// recently used one.
    fn slot_for(
        &mut self,
        key: ClientKey,
        now: Instant,
        burst: f64,
        is_full: impl Fn(f64, Instant) -> bool,
    ) -> u32 {
        if let Some(&i) = self.index.get(&key) {
            self.unlink(i);
            self.push_front(i);
            return i;
        }
        let fresh = Slot {
            key,
            tokens: burst,
            at: now,
            prev: NONE,
            next: NONE,
        };
        let i = if self.slots.len() < self.capacity {
            self.slots.push(fresh);
            u32::try_from(self.slots.len() - 1).expect("capacity < u32::MAX")
        } else {
            let i = self.tail;
            let old = &self.slots[i as usize];
            if !is_full(old.tokens, old.at) {
                self.evicted_early += 1;
            }
            self.index.remove(&old.key);
            self.unlink(i);
            self.slots[i as usize] = fresh;
            i
        };
        self.index.insert(key, i);
        self.push_front(i);
        i
    }

    fn unlink(&mut self, i: u32) {
        let (prev, next) = {
            let s = &self.slots[i as usize];
            (s.prev, s.next)
        };
        if prev == NONE {
            self.head = next;
        } else {
            self.slots[prev as usize].next = next;
        }
        if next == NONE {
            self.tail = prev;
        } else {
            self.slots[next as usize].prev = prev;
        }
    }

    fn push_front(&mut self, i: u32) {
        let old_head = self.head;
        {
            let s = &mut self.slots[i as usize];
            s.prev = NONE;
            s.next = old_head;
        }
        if old_head == NONE {
            self.tail = i;
        } else {
            self.slots[old_head as usize].prev = i;
        }
        self.head = i;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn clients_are_ipv4_addresses_or_ipv6_64s() {
        assert_eq!(
            ClientKey::of(ip("2001:db8:1:2::1")),
            ClientKey::of(ip("2001:db8:1:2:ffff:ffff:ffff:ffff"))
        );
        assert_ne!(
            ClientKey::of(ip("2001:db8:1:2::1")),
            ClientKey::of(ip("2001:db8:1:3::1"))
        );
        assert_ne!(ClientKey::of(ip("10.0.0.1")), ClientKey::of(ip("10.0.0.2")));
        // An IPv4 peer on a dual-stack socket is the same client as over IPv4.
        assert_eq!(
            ClientKey::of(ip("::ffff:10.0.0.1")),
            ClientKey::of(ip("10.0.0.1"))
        );
    }

    #[test]
    fn cidrs_parse_and_match() {
        let c: Cidr = "10.1.0.0/16".parse().unwrap();
        assert!(c.contains(ip("10.1.255.3")));
        assert!(c.contains(ip("::ffff:10.1.0.9")));
        assert!(!c.contains(ip("10.2.0.1")));
        assert!(!c.contains(ip("::1")));
        let one: Cidr = "127.0.0.1".parse().unwrap();
        assert!(one.contains(ip("127.0.0.1")) && !one.contains(ip("127.0.0.2")));
        let all: Cidr = "0.0.0.0/0".parse().unwrap();
        assert!(all.contains(ip("8.8.8.8")));
        let v6: Cidr = "2001:db8::/32".parse().unwrap();
        assert!(v6.contains(ip("2001:db8:ffff::1")) && !v6.contains(ip("2001:db9::1")));
        for bad in [
            "",
            "10.0.0.0/33",
            "::/129",
            "10.0.0.0/",
            "10.0.0.0/+8",
            "x/8",
            "10.0.0/8",
        ] {
            assert!(bad.parse::<Cidr>().is_err(), "{bad:?}");
        }
    }

    fn xff(values: &[&str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for v in values {
            h.append("x-forwarded-for", HeaderValue::from_str(v).unwrap());
        }
        h
    }

    #[test]
    fn forwarded_for_is_read_only_from_trusted_proxies() {
        let trusted: Vec<Cidr> = vec![
            "127.0.0.1/32".parse().unwrap(),
            "10.0.0.0/8".parse().unwrap(),
        ];
        let h = xff(&["203.0.113.9, 198.51.100.7"]);
        // Not from a trusted proxy: the header is anyone's writing.
        assert_eq!(
            client_address(ip("192.0.2.1"), &h, &trusted),
            ip("192.0.2.1")
        );
        assert_eq!(client_address(ip("127.0.0.1"), &h, &[]), ip("127.0.0.1"));
        // From one: the right-most hop, which our proxy appended.
        assert_eq!(
            client_address(ip("127.0.0.1"), &h, &trusted),
            ip("198.51.100.7")
        );
        // Trusted hops are skipped; what the client wrote to the left is ignored.
        let h = xff(&["1.1.1.1, 198.51.100.7, 10.0.0.5", "10.9.9.9"]);
        assert_eq!(
            client_address(ip("127.0.0.1"), &h, &trusted),
            ip("198.51.100.7")
        );
        // Ports and brackets as some proxies write them.
        let h = xff(&["[2001:db8::5]:443"]);
        assert_eq!(
            client_address(ip("127.0.0.1"), &h, &trusted),
            ip("2001:db8::5")
        );
        // Garbage stops the walk at the nearest trusted hop; no header means the proxy itself.
        let h = xff(&["198.51.100.7, nonsense, 10.0.0.5"]);
        assert_eq!(
            client_address(ip("127.0.0.1"), &h, &trusted),
            ip("10.0.0.5")
        );
        assert_eq!(
            client_address(ip("127.0.0.1"), &HeaderMap::new(), &trusted),
            ip("127.0.0.1")
        );
    }

    #[test]
    fn buckets_count_elements_and_refill() {
        let l = Limiter::new(60, 10, 100);
        let t0 = Instant::now();
        let a = ClientKey::of(ip("192.0.2.1"));
        for _ in 0..5 {
            assert!(l.take(a, 2, t0).is_ok());
        }
        let wait = l.take(a, 2, t0).unwrap_err();
        assert!((1.9..=2.1).contains(&wait.as_secs_f64()), "{wait:?}");
        // All or none: a failed take leaves the tokens there.
        assert!(l.take(a, 1, t0 + Duration::from_secs(1)).is_ok());
        assert!(l.take(a, 2, t0 + Duration::from_secs(3)).is_ok());
        assert!(l.take(ClientKey::of(ip("192.0.2.2")), 2, t0).is_ok());
    }

    #[test]
    fn a_full_table_forgets_the_longest_idle_client_first() {
        let l = Limiter::new(60, 2, 3);
        let t0 = Instant::now();
        let key = |n: u8| ClientKey::V4([192, 0, 2, n]);
        for n in 1..=3 {
            l.take(key(n), 2, t0).unwrap();
        }
        // Client 1 is used again, so client 2 is now the longest idle.
        assert!(l.take(key(1), 1, t0).is_err());
        l.take(key(4), 2, t0).unwrap();
        assert_eq!(
            l.stats(),
            LimiterStats {
                tracked: 3,
                evicted_early: 1
            }
        );
        assert!(l.take(key(1), 1, t0).is_err(), "client 1 was kept");
        assert!(l.take(key(3), 1, t0).is_err(), "client 3 was kept");
        l.take(key(2), 2, t0).expect("client 2 was forgotten");
        // Forgetting a client whose bucket had refilled costs nothing and is not counted.
        let later = t0 + Duration::from_secs(10);
        l.take(key(5), 2, later).unwrap();
        l.take(key(6), 2, later).unwrap();
        l.take(key(7), 2, later).unwrap();
        assert_eq!(l.stats().evicted_early, 2, "{:?}", l.stats());
        // However many clients come, the table stays at its capacity.
        for n in 0..=255 {
            let _ = l.take(key(n), 1, later);
        }
        assert_eq!(l.stats().tracked, 3);
    }
}
