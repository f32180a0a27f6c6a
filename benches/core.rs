//! Micro-benchmarks of the hot paths (run with `cargo bench`): normalise + hash one identifier, and
//! a local lookup in the memory-mapped index (the embedded demo and a 1M-entry index built here),
//! and the blinded mode's OPRF steps.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use sajag::hashing::HashedId;
use sajag::identifier::Identifier;
use sajag::index::{Index, IndexWriter};
use sajag::oprf::{self, OprfKey};

fn normalise_and_hash(c: &mut Criterion) {
    let mut g = c.benchmark_group("normalise+hash");
    for input in [
        "9876543210",
        "+91 98765-43210",
        "(+91) ९८७६५.४३२१०",
        "abcpe 1234 f",
    ] {
        g.bench_function(input, |b| {
            b.iter(|| {
                let id = Identifier::parse(black_box(input)).unwrap();
                let h = HashedId::of(&id);
                (h.prefix(), h.suffix())
            });
        });
    }
    g.finish();
}

/// Builds an index of `n` pseudo-random entries through the real writer.
fn synthetic_index(n: u64, dir: &std::path::Path) -> Index {
    let mut keys: Vec<(u32, u64)> = (0..n)
        .map(|i| {
            let id = Identifier::parse(&format!("9{:09}", i * 7919 % 1_000_000_000)).unwrap();
            let h = HashedId::of(&id);
            (h.prefix().value(), h.suffix().0)
        })
        .collect();
    keys.sort_unstable();
    keys.dedup();
    let mut w = IndexWriter::new(dir).unwrap();
    for (p, s) in keys {
        w.push(
            sajag::hashing::Prefix::new(p).unwrap(),
            sajag::hashing::Suffix(s),
            &[1],
        )
        .unwrap();
    }
    let catalogue = sajag::catalogue::Catalogue {
        breaches: vec![sajag::catalogue::Breach {
            id: 1,
            slug: "bench".into(),
            title: "Bench (synthetic)".into(),
            date: "2021-01-01".into(),
            added: "2021-01-01".into(),
            record_count: n,
            data_classes: vec!["mobile".into()],
            description: "synthetic".into(),
            sources: vec![],
            verified: false,
            synthetic: true,
        }],
    };
    let out = dir.join("bench.sajag");
    w.finish(&catalogue, None, 0, &out, true).unwrap();
    Index::open(&out).unwrap()
}

fn lookup(c: &mut Criterion) {
    let demo = Index::from_static(sajag::lookup::DEMO_INDEX).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let big = synthetic_index(1_000_000, dir.path());
    let hit = HashedId::of(&Identifier::parse("9876543210").unwrap());
    let in_big = HashedId::of(&Identifier::parse(&format!("9{:09}", 12_345 * 7919)).unwrap());
    let miss = HashedId::of(&Identifier::parse("6999999999").unwrap());
    let mut g = c.benchmark_group("local lookup");
    g.bench_function("demo index, hit", |b| {
        b.iter(|| demo.lookup(black_box(hit.prefix()), black_box(hit.suffix())));
    });
    g.bench_function("1M-entry index, hit", |b| {
        b.iter(|| big.lookup(black_box(in_big.prefix()), black_box(in_big.suffix())));
    });
    g.bench_function("1M-entry index, miss", |b| {
        b.iter(|| big.lookup(black_box(miss.prefix()), black_box(miss.suffix())));
    });
    g.bench_function("1M-entry index, normalise+hash+lookup", |b| {
        b.iter(|| {
            let h = HashedId::of(&Identifier::parse(black_box("+91 98765 43210")).unwrap());
            big.lookup(h.prefix(), h.suffix())
        });
    });
    g.finish();
}

/// Blinded mode (ARCHITECTURE.md, Blinded mode): the server's cost per evaluation (one core), the builder's cost per
/// identifier, and the client's blind and unblind.
fn blinded(c: &mut Criterion) {
    let key = OprfKey::generate();
    let id = Identifier::parse("9876543210").unwrap();
    let input = id.hash_input();
    let query = oprf::blind(input.as_bytes());
    let check = oprf::blind(oprf::CANARY_INPUT);
    let evaluated = key.blind_evaluate(&[query.element]).unwrap();
    let mut g = c.benchmark_group("blinded");
    g.bench_function("server: evaluate one blinded element", |b| {
        b.iter(|| key.blind_evaluate(black_box(&[query.element])).unwrap());
    });
    g.bench_function("server: one check (query + canary)", |b| {
        b.iter(|| {
            key.blind_evaluate(black_box(&[query.element, check.element]))
                .unwrap()
        });
    });
    g.bench_function("builder: OPRF suffix of one identifier", |b| {
        b.iter(|| key.suffix_of(black_box(&id)));
    });
    g.bench_function("client: blind", |b| {
        b.iter(|| oprf::blind(black_box(input.as_bytes())));
    });
    g.bench_function("client: unblind", |b| {
        b.iter(|| oprf::finalize(&query, input.as_bytes(), &evaluated[0]).unwrap());
    });
    g.finish();
}

criterion_group!(benches, normalise_and_hash, lookup, blinded);
criterion_main!(benches);
