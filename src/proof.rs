//! Bucket proofs: a Merkle tree over the 2²⁰ padded range bodies of an index (ARCHITECTURE.md,
//! "Trust").
//!
//! The root is in the (signed) manifest; every range response carries the 20 sibling hashes from
//! its bucket up to the root. A client recomputes the root from the body it received, so a line
//! that was added, dropped or changed — by the server, a static export, a CDN or a proxy — or a body
//! of another bucket or another index, is an error rather than a wrong answer.
//!
//! Leaves and inner nodes are hashed with different first bytes (0 and 1), and a leaf commits to its
//! prefix, so no body can pass for a node or for another bucket. A server keeps the tree from level
//! [`KEPT_LEVEL`] up (2¹⁶ + … + 1 hashes, 4 MiB) and rehashes the 16 bodies below one of those nodes
//! per request; an export hashes everything once.

use rayon::prelude::*;
use sha2::{Digest, Sha256};

use crate::hashing::{BUCKETS, PREFIX_BITS, Prefix};

/// Levels between a leaf and the root.
pub const DEPTH: usize = PREFIX_BITS as usize;
/// The lowest level a [`BucketTree`] stores (0 = leaves).
pub const KEPT_LEVEL: usize = 4;

/// A SHA-256 value.
pub type Hash = [u8; 32];

/// The leaf of bucket `prefix`: SHA-256(0x00, `sajag-bucket`, prefix as 4 LE bytes, body).
pub fn leaf(prefix: Prefix, body: &[u8]) -> Hash {
    let mut h = Sha256::new();
    h.update([0u8]);
    h.update(b"sajag-bucket");
    h.update(prefix.value().to_le_bytes());
    h.update(body);
    h.finalize().into()
}

/// An inner node: SHA-256(0x01, left, right).
pub fn node(left: &Hash, right: &Hash) -> Hash {
    let mut h = Sha256::new();
    h.update([1u8]);
    h.update(left);
    h.update(right);
    h.finalize().into()
}

/// The sibling hashes from a leaf up to the root.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proof(pub [Hash; DEPTH]);

impl Proof {
    /// 20 × 64 lowercase hex digits, leaf level first.
    pub fn to_hex(&self) -> String {
        self.0.iter().map(|h| crate::hashing::hex(h)).collect()
    }

    pub fn from_hex(s: &str) -> Option<Self> {
        if s.len() != DEPTH * 64 || !s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
            return None;
        }
        let bytes = crate::oprf::unhex(s)?;
        let mut out = [[0u8; 32]; DEPTH];
        for (slot, chunk) in out.iter_mut().zip(bytes.chunks_exact(32)) {
            slot.copy_from_slice(chunk);
        }
        Some(Proof(out))
    }

    /// The root this proof and `body` lead to for bucket `prefix`.
    pub fn root_for(&self, prefix: Prefix, body: &[u8]) -> Hash {
        let mut at = leaf(prefix, body);
        let mut position = prefix.value();
        for sibling in &self.0 {
            at = if position & 1 == 0 {
                node(&at, sibling)
            } else {
                node(sibling, &at)
            };
            position >>= 1;
        }
        at
    }
}

/// The upper part of the tree over every bucket of an index.
pub struct BucketTree {
    /// `levels[0]` is level [`KEPT_LEVEL`] (2¹⁶ nodes); the last holds the root alone.
    levels: Vec<Vec<Hash>>,
}

const GROUP: usize = 1 << KEPT_LEVEL;

/// The bodies of the 16 buckets under one kept node, and every level of their subtree (leaves
/// first, the kept node last).
struct Subtree {
    bodies: Vec<String>,
    levels: Vec<Vec<Hash>>,
}

fn subtree<E>(
    group: usize,
    body_of: &(impl Fn(Prefix) -> Result<String, E> + Sync),
) -> Result<Subtree, E> {
    let bodies: Vec<String> = (group * GROUP..(group + 1) * GROUP)
        .map(|i| body_of(Prefix::new(u32::try_from(i).expect("< 2²⁰")).expect("in range")))
        .collect::<Result<_, E>>()?;
    let mut level: Vec<Hash> = bodies
        .iter()
        .enumerate()
        .map(|(k, b)| {
            let p =
                Prefix::new(u32::try_from(group * GROUP + k).expect("< 2²⁰")).expect("in range");
            leaf(p, b.as_bytes())
        })
        .collect();
    let mut levels = Vec::with_capacity(KEPT_LEVEL + 1);
    while level.len() > 1 {
        let up = level.chunks_exact(2).map(|c| node(&c[0], &c[1])).collect();
        levels.push(std::mem::replace(&mut level, up));
    }
    levels.push(level);
    Ok(Subtree { bodies, levels })
}

impl BucketTree {
    /// Hashes every bucket body (`body_of` gives the padded body of a prefix), on all cores.
    /// `progress` is called with the number of buckets hashed so far, now and then.
    pub fn build<E: Send>(
        body_of: impl Fn(Prefix) -> Result<String, E> + Sync,
        progress: impl Fn(usize) + Sync,
    ) -> Result<Self, E> {
        let done = std::sync::atomic::AtomicUsize::new(0);
        let kept: Vec<Hash> = (0..BUCKETS / GROUP)
            .into_par_iter()
            .map(|g| {
                let sub = subtree(g, &body_of)?;
                let n = done.fetch_add(GROUP, std::sync::atomic::Ordering::Relaxed) + GROUP;
                if n.is_multiple_of(1 << 14) {
                    progress(n);
                }
                Ok(sub.levels[KEPT_LEVEL][0])
            })
            .collect::<Result<_, E>>()?;
        let mut levels = vec![kept];
        while levels.last().expect("not empty").len() > 1 {
            let up = levels
                .last()
                .expect("not empty")
                .chunks_exact(2)
                .map(|c| node(&c[0], &c[1]))
                .collect();
            levels.push(up);
        }
        Ok(BucketTree { levels })
    }

    pub fn root(&self) -> Hash {
        self.levels.last().expect("not empty")[0]
    }

    /// The proof for `prefix`; `body_of` must give the same bodies as when the tree was built.
    pub fn proof<E>(
        &self,
        prefix: Prefix,
        body_of: impl Fn(Prefix) -> Result<String, E> + Sync,
    ) -> Result<Proof, E> {
        let sub = subtree(prefix.index() / GROUP, &body_of)?;
        Ok(self.proof_in(&sub, prefix.index()))
    }

    /// The 16 buckets of kept node `group` (0 to 2¹⁶ − 1) with their bodies and proofs: what an
    /// export writes, at the cost of hashing each body once.
    pub fn group<E>(
        &self,
        group: usize,
        body_of: impl Fn(Prefix) -> Result<String, E> + Sync,
    ) -> Result<Vec<(Prefix, String, Proof)>, E> {
        let mut sub = subtree(group, &body_of)?;
        let bodies = std::mem::take(&mut sub.bodies);
        Ok(bodies
            .into_iter()
            .enumerate()
            .map(|(k, body)| {
                let i = group * GROUP + k;
                let p = Prefix::new(u32::try_from(i).expect("< 2²⁰")).expect("in range");
                (p, body, self.proof_in(&sub, i))
            })
            .collect())
    }

    fn proof_in(&self, sub: &Subtree, i: usize) -> Proof {
        let mut out = [[0u8; 32]; DEPTH];
        for (level, slot) in out.iter_mut().enumerate() {
            let sibling = (i >> level) ^ 1;
            *slot = if level < KEPT_LEVEL {
                sub.levels[level][sibling % (GROUP >> level)]
            } else {
                self.levels[level - KEPT_LEVEL][sibling]
            };
        }
        Proof(out)
    }
}

/// Buckets under one kept node.
pub const GROUP_SIZE: usize = GROUP;

#[cfg(test)]
mod tests {
    use super::*;

    #[allow(clippy::unnecessary_wraps)] // the shape BucketTree takes
    fn body(p: Prefix) -> Result<String, ()> {
        Ok(format!("{p}:{}\n", p.value() % 7))
    }

    #[test]
    fn proofs_lead_to_the_root_and_only_for_their_own_body() {
        let tree = BucketTree::build(body, |_| {}).unwrap();
        for v in [0, 1, 15, 16, 17, 0xABCDE, Prefix::MAX] {
            let p = Prefix::new(v).unwrap();
            let proof = tree.proof(p, body).unwrap();
            let b = body(p).unwrap();
            assert_eq!(proof.root_for(p, b.as_bytes()), tree.root(), "{p}");
            assert_eq!(Proof::from_hex(&proof.to_hex()).unwrap(), proof);
            // Another body, another bucket's body, or another bucket number: a different root.
            assert_ne!(proof.root_for(p, b"x\n"), tree.root());
            let q = Prefix::new(v ^ 1).unwrap();
            assert_ne!(proof.root_for(p, body(q).unwrap().as_bytes()), tree.root());
            assert_ne!(proof.root_for(q, b.as_bytes()), tree.root());
            let mut bent = proof.clone();
            bent.0[19][0] ^= 1;
            assert_ne!(bent.root_for(p, b.as_bytes()), tree.root());
        }
        // An export's proofs are the server's.
        let group = tree.group(0xABCDE / GROUP_SIZE, body).unwrap();
        let (p, b, proof) = &group[0xABCDE % GROUP_SIZE];
        assert_eq!(p.value(), 0xABCDE);
        assert_eq!(*b, body(*p).unwrap());
        assert_eq!(*proof, tree.proof(*p, body).unwrap());
        // A changed bucket changes the root.
        let other = BucketTree::build(
            |p: Prefix| {
                if p.value() == 5 {
                    Ok::<_, ()>("changed\n".into())
                } else {
                    body(p)
                }
            },
            |_| {},
        )
        .unwrap();
        assert_ne!(other.root(), tree.root());
    }

    #[test]
    fn proof_text_is_strict() {
        assert!(Proof::from_hex(&"0".repeat(DEPTH * 64)).is_some());
        assert!(Proof::from_hex(&"0".repeat(DEPTH * 64 - 1)).is_none());
        assert!(Proof::from_hex(&"A".repeat(DEPTH * 64)).is_none());
    }
}
