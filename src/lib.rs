//! Sajag (सजग, "alert"): check privately whether a mobile number or PAN appears in a leaked data set.
//!
//! The library holds everything both binaries share (ARCHITECTURE.md, Parts): identifier rules, hashing, the
//! blinded mode's OPRF, the breach catalogue, the packed index, the wire protocol, the lookup
//! sources, and the guidance (scam guide, advice, contacts and the message check). The desktop app (`sajag`, whose GUI lives in the binary so that the operator tool never
//! links egui) and the operator tool (`sajag-index`) are thin layers over it.

pub mod catalogue;
pub mod dates;
pub mod fsutil;
pub mod guidance;
pub mod hashing;
pub mod identifier;
pub mod index;
pub mod lookup;
pub mod oprf;
pub mod proof;
pub mod protocol;
pub mod signing;
pub mod trust;
