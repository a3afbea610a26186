//! What the profiling examples that take a task name share: `<example> TASK [BYTES]` runs TASK
//! once over the English corpus (see `corpus.rs`) cut to BYTES (default: all of it) and prints
//! what it found and how long it took (a rough figure; count instructions to compare).

use super::corpus;
use std::time::Instant;

/// Runs the task named on the command line (or `default_task`) with `run(task, text)`, which
/// returns the number of segments found.
pub fn run_named_task(default_task: &str, run: impl Fn(&str, &str) -> usize) {
    let mut args = std::env::args().skip(1);
    let task = args.next().unwrap_or_else(|| default_task.to_owned());
    let limit = args.next().map_or(usize::MAX, |n| n.parse().expect("a byte count"));
    let text = corpus::english_text(limit);
    let started = Instant::now();
    let found = std::hint::black_box(run(&task, std::hint::black_box(&text)));
    let elapsed = started.elapsed();
    println!(
        "{task}: {found} segments in {} bytes, {elapsed:.2?} ({:.0} MB/s)",
        text.len(),
        text.len() as f64 / elapsed.as_secs_f64() / 1e6
    );
}
