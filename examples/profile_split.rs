fn main() {
    let mut text = String::new();
    for entry in std::fs::read_dir("../shared/corpus/en/gutenberg").unwrap() {
        text.push_str(&std::fs::read_to_string(entry.unwrap().path()).unwrap());
    }
    let t = std::time::Instant::now();
    let n = textlens::split::words(&text).filter(|w| w.word_like).count();
    println!("fast words {n} {:?} {:.0} MB/s", t.elapsed(), text.len() as f64 / t.elapsed().as_secs_f64() / 1e6);
    if std::env::var("ONLY_FAST").is_ok() { return; }
    let t = std::time::Instant::now();
    let n = textlens::split::words_unicode(&text).filter(|w| w.word_like).count();
    println!("unicode words {n} {:?} {:.0} MB/s", t.elapsed(), text.len() as f64 / t.elapsed().as_secs_f64() / 1e6);
    let t = std::time::Instant::now();
    let n = textlens::split::sentences(&text).len();
    println!("sentences {n} {:?} {:.0} MB/s", t.elapsed(), text.len() as f64 / t.elapsed().as_secs_f64() / 1e6);
    let t = std::time::Instant::now();
    let n = textlens::split::paragraphs(&text).len();
    println!("paragraphs {n} {:?} {:.0} MB/s", t.elapsed(), text.len() as f64 / t.elapsed().as_secs_f64() / 1e6);
}
