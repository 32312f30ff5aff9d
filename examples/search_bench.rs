//! Native benchmark of the directory search alone (no browser), for profiling the algorithm:
//! `cargo run --release --example search_bench`. The browser figure that matters is from
//! `tests/bench/directory-search.mjs`.

use sbc_guide::content::directory::Category;
use sbc_guide::domain::deployment::{DeployedGroup, Deployment};
use sbc_guide::domain::directory::{find, index, listings};
use std::time::Instant;

fn main() {
    let towns = [
        "Leeds",
        "Bradford",
        "York",
        "Wakefield",
        "Halifax",
        "Huddersfield",
        "Harrogate",
        "Skipton",
    ];
    let kinds = [
        "support group",
        "wellbeing café",
        "carers’ network",
        "hospice at home",
        "day hospice",
        "benefits advice",
    ];
    let groups = (0..5000)
        .map(|i| DeployedGroup {
            name: format!(
                "{} {} {}",
                towns[i % towns.len()],
                kinds[(i / 7) % kinds.len()],
                i + 1
            ),
            description: format!(
                "A {} in {} for people living with cancer. Free; no referral needed.",
                kinds[i % kinds.len()],
                towns[(i / 3) % towns.len()]
            ),
            phone: None,
            website: None,
            email: None,
            categories: vec![Category::EmotionalSupport],
        })
        .collect();
    let deployment = Deployment {
        groups,
        ..Deployment::default()
    };
    let started = Instant::now();
    let all = listings(Some(&deployment));
    let idx = index(&all);
    println!(
        "index of {} entries built in {:?}",
        all.len(),
        started.elapsed()
    );
    for query in [
        "m",
        "ma",
        "mac",
        "macmillan",
        "hospice care",
        "samaritns",
        "support group leeds",
        "wellbeing café",
    ] {
        let runs = 50;
        let started = Instant::now();
        let mut hits = 0;
        for _ in 0..runs {
            hits = find(&all, &idx, query, None, None).len();
        }
        println!(
            "{query:>22}: {:>8.3} ms per search, {hits} hits",
            started.elapsed().as_secs_f64() * 1000.0 / runs as f64
        );
    }
}
