//! Times the directory index reader natively on a built site: `cargo run --release --example
//! index_timing -- target/bench/dist w m wa mar "margaret okafor"`. For finding where the time
//! of a query goes (`SHOW_SHARDS=1` also prints the shards each query reads); the browser
//! figures come from `make bench-directory`.
use homecoming_core::index::{self, Columns, Meta, Shard, Vocab, VocabPart};
use std::sync::Arc;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let dist = std::path::PathBuf::from(args.next().expect("dist"));
    let read = |p: &str| std::fs::read(dist.join(p)).expect(p);
    let meta: Meta = serde_json::from_slice(&read(index::META_FILE)).unwrap();
    let t = Instant::now();
    let cols = Columns::read(&read(index::COLS_FILE), &meta).unwrap();
    println!("columns read in {:?}", t.elapsed());
    for q in args {
        let t = Instant::now();
        let vocab = Vocab {
            parts: (index::vocab_parts_for(&q).into_iter())
                .map(|part| {
                    let bytes = read(&index::vocab_file(&part));
                    (part, Arc::new(VocabPart::read(&bytes).unwrap()))
                })
                .collect(),
        };
        let keys = vocab.shards_for(&q);
        if std::env::var_os("SHOW_SHARDS").is_some() {
            println!("{q}: shards {keys:?}");
        }
        let t_keys = t.elapsed();
        let shards: Vec<Shard> = keys
            .iter()
            .map(|k| match index::shard_pack(k) {
                Some(pack) => {
                    let bytes = read(&pack);
                    let at = index::bundle_ranges(&bytes).unwrap();
                    Shard::read(&bytes[at[k].clone()]).unwrap()
                }
                None => Shard::read(&read(&index::shard_file(k))).unwrap(),
            })
            .collect();
        let refs: Vec<&Shard> = shards.iter().collect();
        let t = Instant::now();
        let hits = index::search(meta.people, &refs, &q, None);
        let t_search = t.elapsed();
        let t = Instant::now();
        let counts = index::counts(&meta, &cols, &hits, &[]);
        let t_counts = t.elapsed();
        println!(
            "{q:>20}: {} hits; shards_for {:?}, search {:?}, counts {:?} ({} dims)",
            hits.len(),
            t_keys,
            t_search,
            t_counts,
            counts.len()
        );
    }
}
