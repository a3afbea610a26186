//! Languages: tags, detection, and the sentence rules of each language, as named cases (sentences
//! written for these tests), with detection measured on the UDHR translations and the UD
//! treebanks in `../shared/corpus`.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use textlens::count::{count, CountOptions};
use textlens::lang::{detect, LangChoice, Script};
use textlens::split::{chunk, split, ChunkOptions, Granularity, SentenceSplitter};
use textlens::Lang;

/// (name, language, text, expected sentences, trimmed).
type Case = (&'static str, &'static str, &'static str, &'static [&'static str]);

const CASES: &[Case] = &[
    // German: ordinals, dates, abbreviations, quotation marks.
    (
        "de: ordinal before a month",
        "de",
        "Sie kam am 3. Mai nach Berlin. Dort blieb sie.",
        &["Sie kam am 3. Mai nach Berlin.", "Dort blieb sie."],
    ),
    (
        "de: ordinal after an article",
        "de",
        "Er gewann die 9. Etappe der Rundfahrt. Danach ruhte er.",
        &["Er gewann die 9. Etappe der Rundfahrt.", "Danach ruhte er."],
    ),
    (
        "de: a street abbreviated at the end of its compound, before the house number",
        "de",
        "Das Büro liegt in der Lindenstr. 14 im Zentrum. Es ist klein.",
        &["Das Büro liegt in der Lindenstr. 14 im Zentrum.", "Es ist klein."],
    ),
    (
        "de: a weekday abbreviated before a date",
        "de",
        "Die Sitzung ist am Di. 4. März um neun. Alle kommen.",
        &["Die Sitzung ist am Di. 4. März um neun.", "Alle kommen."],
    ),
    (
        "de: an abbreviated street that ends a sentence",
        "de",
        "Sie wohnt in der Gartenstr. Die Gegend ist ruhig.",
        &["Sie wohnt in der Gartenstr.", "Die Gegend ist ruhig."],
    ),
    (
        "de: century",
        "de",
        "Das Haus stammt aus dem 17. Jahrhundert und steht leer.",
        &["Das Haus stammt aus dem 17. Jahrhundert und steht leer."],
    ),
    (
        "de: a number that ends a sentence",
        "de",
        "Die Zahl der Gäste stieg auf 35. Die Küche war überfordert.",
        &["Die Zahl der Gäste stieg auf 35.", "Die Küche war überfordert."],
    ),
    (
        "de: z. B.",
        "de",
        "Viele Sorten, z. B. Äpfel und Birnen, wachsen hier. Sie sind reif.",
        &["Viele Sorten, z. B. Äpfel und Birnen, wachsen hier.", "Sie sind reif."],
    ),
    (
        "de: ca. and bzw.",
        "de",
        "Es kamen ca. Hundert Leute bzw. Familien. Alle blieben.",
        &["Es kamen ca. Hundert Leute bzw. Familien.", "Alle blieben."],
    ),
    (
        "de: Nr. before a number",
        "de",
        "Sie wohnt in Haus Nr. 12 am Markt. Wir besuchen sie.",
        &["Sie wohnt in Haus Nr. 12 am Markt.", "Wir besuchen sie."],
    ),
    (
        "de: sentence ends inside „…“",
        "de",
        "Er sagte: „Wir kommen morgen.“ Dann ging er.",
        &["Er sagte: „Wir kommen morgen.“", "Dann ging er."],
    ),
    (
        "de: sentence ends inside »…«",
        "de",
        "Sie rief: »Das reicht jetzt!« Niemand antwortete.",
        &["Sie rief: »Das reicht jetzt!«", "Niemand antwortete."],
    ),
    (
        "de: Dr. and Prof.",
        "de",
        "Heute sprach Prof. Dr. Weber im Saal. Es war voll.",
        &["Heute sprach Prof. Dr. Weber im Saal.", "Es war voll."],
    ),
    // Spanish: a. C., inverted marks, abbreviations.
    (
        "es: doubled initials written with a space",
        "es",
        "La delegación de EE. UU. llegó el lunes. La reunión fue larga.",
        &["La delegación de EE. UU. llegó el lunes.", "La reunión fue larga."],
    ),
    (
        "es: an honorific before a title",
        "es",
        "Habló el Excmo. Sr. Ortega ante la sala. Luego votaron.",
        &["Habló el Excmo. Sr. Ortega ante la sala.", "Luego votaron."],
    ),
    (
        "es: a. C.",
        "es",
        "La ciudad fue fundada en el año 200 a. C. por los romanos. Hoy es grande.",
        &["La ciudad fue fundada en el año 200 a. C. por los romanos.", "Hoy es grande."],
    ),
    (
        "es: d. C. ends a sentence",
        "es",
        "El templo se construyó en el siglo II d. C. La obra duró años.",
        &["El templo se construyó en el siglo II d. C.", "La obra duró años."],
    ),
    (
        "es: ¿…? and ¡…!",
        "es",
        "¿Vienes mañana? ¡Claro que sí! Te espero.",
        &["¿Vienes mañana?", "¡Claro que sí!", "Te espero."],
    ),
    (
        "es: Sr. and Dra.",
        "es",
        "El Sr. López habló con la Dra. Ruiz. Luego se fueron.",
        &["El Sr. López habló con la Dra. Ruiz.", "Luego se fueron."],
    ),
    (
        "es: etc. before a sentence",
        "es",
        "Compramos pan, leche, etc. La tienda cerró pronto.",
        &["Compramos pan, leche, etc.", "La tienda cerró pronto."],
    ),
    (
        "es: v. between the parties of a case",
        "es",
        "El fallo cita el caso Ruiz v. Gómez de 1998. Nadie lo discutió.",
        &["El fallo cita el caso Ruiz v. Gómez de 1998.", "Nadie lo discutió."],
    ),
    (
        "es: n. and f. before a birth or a death",
        "es",
        "La pintora Elena Duarte (n. 12 de marzo de 1950) expuso en Lima. Su maestro (f. Quito, 1991) la formó.",
        &["La pintora Elena Duarte (n. 12 de marzo de 1950) expuso en Lima.", "Su maestro (f. Quito, 1991) la formó."],
    ),
    (
        "nl: mgr. before a name",
        "nl",
        "Gisteren sprak mgr. Peeters de gelovigen toe. Het was druk.",
        &["Gisteren sprak mgr. Peeters de gelovigen toe.", "Het was druk."],
    ),
    // French: guillemets with spaces, titles.
    (
        "fr: « … » with spaces",
        "fr",
        "Il a dit : « Nous partons demain. » Elle a souri.",
        &["Il a dit : « Nous partons demain. »", "Elle a souri."],
    ),
    (
        "fr: M. and Mme",
        "fr",
        "M. Martin et Mme Dubois sont arrivés. La séance commence.",
        &["M. Martin et Mme Dubois sont arrivés.", "La séance commence."],
    ),
    // Italian, Portuguese, Dutch.
    (
        "it: Sig. and Dott.",
        "it",
        "Il Sig. Rossi ha incontrato il Dott. Bianchi. Poi sono usciti.",
        &["Il Sig. Rossi ha incontrato il Dott. Bianchi.", "Poi sono usciti."],
    ),
    (
        "pt: an avenue and a century abbreviated before their names",
        "pt",
        "A loja fica na Av. Atlântica desde o séc. XX. Ainda abre cedo.",
        &["A loja fica na Av. Atlântica desde o séc. XX.", "Ainda abre cedo."],
    ),
    (
        "pt: Sr. and Dra.",
        "pt",
        "O Sr. Silva falou com a Dra. Costa. Depois saíram.",
        &["O Sr. Silva falou com a Dra. Costa.", "Depois saíram."],
    ),
    (
        "nl: bijv. and ,,…''",
        "nl",
        "Hij zei: ,,Ik kom morgen.'' Ze knikte. Neem bijv. de trein.",
        &["Hij zei: ,,Ik kom morgen.''", "Ze knikte.", "Neem bijv. de trein."],
    ),
    // Ordinals in other languages.
    (
        "da: ordinal before a month",
        "da",
        "Vi mødes den 3. maj i København. Alle kommer.",
        &["Vi mødes den 3. maj i København.", "Alle kommer."],
    ),
    (
        "nb: ordinal before a month",
        "nb",
        "Festen er 17. Mai hvert år. Alle feirer.",
        &["Festen er 17. Mai hvert år.", "Alle feirer."],
    ),
    (
        "fi: ordinal before a month",
        "fi",
        "Kokous pidetään 3. Toukokuuta Helsingissä. Kaikki tulevat.",
        &["Kokous pidetään 3. Toukokuuta Helsingissä.", "Kaikki tulevat."],
    ),
    (
        "cs: ordinal before a month",
        "cs",
        "Sešli jsme se 3. Května v Praze. Bylo teplo.",
        &["Sešli jsme se 3. Května v Praze.", "Bylo teplo."],
    ),
    (
        "pl: ordinal after a preposition",
        "pl",
        "Zajął miejsce na 3. Pozycji w wyścigu. Był zadowolony.",
        &["Zajął miejsce na 3. Pozycji w wyścigu.", "Był zadowolony."],
    ),
    (
        "hu: ordinal after an article",
        "hu",
        "A 3. Helyen végzett a versenyen. Boldog volt.",
        &["A 3. Helyen végzett a versenyen.", "Boldog volt."],
    ),
    (
        "tr: ordinal opening a sentence",
        "tr",
        "Yarış bitti. 19. Yüzyılda bu şehir büyüdü.",
        &["Yarış bitti.", "19. Yüzyılda bu şehir büyüdü."],
    ),
    // Cyrillic.
    (
        "ru: initials in a row, one of them a word on its own",
        "ru",
        "Об этом писал А. С. Грин в письме. Письмо сохранилось.",
        &["Об этом писал А. С. Грин в письме.", "Письмо сохранилось."],
    ),
    (
        "ru: т. е. and г.",
        "ru",
        "Он приехал в 1990 г. в Москву, т. е. в столицу. Там он остался.",
        &["Он приехал в 1990 г. в Москву, т. е. в столицу.", "Там он остался."],
    ),
    (
        "ru: «…»",
        "ru",
        "Она сказала: «Мы придём». Все обрадовались.",
        &["Она сказала: «Мы придём».", "Все обрадовались."],
    ),
    (
        "uk: abbreviation and a new sentence",
        "uk",
        "Він живе на вул. Шевченка. Ми його знаємо.",
        &["Він живе на вул. Шевченка.", "Ми його знаємо."],
    ),
    // Greek: the question mark is ";".
    ("el: question mark", "el", "Πού πας; Στο σπίτι. Έλα μαζί μου.", &["Πού πας;", "Στο σπίτι.", "Έλα μαζί μου."]),
    ("el: a semicolon before lower case goes on", "el", "Ήρθε νωρίς; όλοι χάρηκαν.", &["Ήρθε νωρίς; όλοι χάρηκαν."]),
    // Scripts without case, and full stops that need no space.
    ("ar: ؟ and .", "ar", "هل وصلت؟ نعم، وصلت اليوم. سأتصل بك.", &["هل وصلت؟", "نعم، وصلت اليوم.", "سأتصل بك."]),
    ("fa: ؟ and .", "fa", "کجا رفتی؟ به خانه رفتم. فردا می‌آیم.", &["کجا رفتی؟", "به خانه رفتم.", "فردا می‌آیم."]),
    ("hi: danda", "hi", "मैं घर गया। वह स्कूल गई। हम खुश हैं।", &["मैं घर गया।", "वह स्कूल गई।", "हम खुश हैं।"]),
    ("zh: full stops without spaces", "zh", "我们明天出发。你来吗？当然！", &["我们明天出发。", "你来吗？", "当然！"]),
    (
        "zh: a sentence ends inside 「…」",
        "zh",
        "他说：「我们走吧。」然后走了。",
        &["他说：「我们走吧。」", "然后走了。"],
    ),
    (
        "ja: 「…」 and a half-width !",
        "ja",
        "「行きます。」本当に美味しい!また来ます。",
        &["「行きます。」", "本当に美味しい!", "また来ます。"],
    ),
    (
        "ko: periods and final endings",
        "ko",
        "오늘은 날씨가 좋다. 공원에 갔어요 사람이 많았어요",
        &["오늘은 날씨가 좋다.", "공원에 갔어요", "사람이 많았어요"],
    ),
    // Thai: a heuristic at spaces (see src/split/spaced_scripts.rs).
    ("th: sentences at spaces", "th", "ฝนตกหนักมาก เมื่อฝนหยุดเราก็ออกไปเดินเล่น", &["ฝนตกหนักมาก", "เมื่อฝนหยุดเราก็ออกไปเดินเล่น"]),
    // A language without data of its own: the rules of its script.
    ("sk: no data, Latin rules", "sk", "Prišiel domov. Bol unavený.", &["Prišiel domov.", "Bol unavený."]),
    (
        "lo: no data, split at spaces",
        "lo",
        "ພວກເຮົາໄປຕະຫຼາດແຕ່ເຊົ້າມື້ນີ້ແລ້ວ ອາກາດດີຫຼາຍຕະຫຼອດທັງມື້",
        &["ພວກເຮົາໄປຕະຫຼາດແຕ່ເຊົ້າມື້ນີ້ແລ້ວ", "ອາກາດດີຫຼາຍຕະຫຼອດທັງມື້"],
    ),
];

fn sentences_of<'t>(splitter: &SentenceSplitter, text: &'t str) -> Vec<&'t str> {
    let spans = splitter.split(text);
    assert_eq!(spans.iter().map(|s| s.text(text)).collect::<String>(), text, "sentences tile {text:?}");
    spans.iter().map(|s| s.text(text).trim()).collect()
}

#[test]
fn named_cases_per_language() {
    let mut failures = Vec::new();
    for &(name, tag, text, expected) in CASES {
        let splitter = SentenceSplitter::new().lang(Lang::parse(tag).expect("a known tag"));
        let got = sentences_of(&splitter, text);
        if got != expected {
            failures.push(format!("{name}:\n  expected {expected:?}\n  got      {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases fail:\n{}", failures.len(), CASES.len(), failures.join("\n"));
}

#[test]
fn english_rules_stay_with_english() {
    // German reads `Nr.` before a capital as no end; English ends a sentence at "No." before one.
    let text = "He came second. No. The third one won.";
    assert_eq!(sentences_of(&SentenceSplitter::new(), text), ["He came second.", "No.", "The third one won."]);
    // English has no ordinal periods: "on the 3." ends.
    let text = "The score rose to 3. The crowd cheered.";
    let english = SentenceSplitter::new().lang(Lang::ENGLISH);
    assert_eq!(sentences_of(&english, text), ["The score rose to 3.", "The crowd cheered."]);
}

#[test]
fn chunks_cut_sentences_by_the_rules_of_the_text_s_language() {
    // German ordinals ("3. Mai") end no sentence; the English rules see one ending there. A
    // 41-character first sentence is cut at words in chunks of 30; the English one is 24.
    let text = "Die Messe beginnt am 3. Mai in Leipzig. Sie dauert bis zum 7. Mai.";
    let first = |lang: LangChoice| {
        let options = ChunkOptions { max_size: 30, lang, ..ChunkOptions::new(30) };
        chunk(text, &options).unwrap()[0].span.text(text)
    };
    assert_eq!(first(LangChoice::Auto), "Die Messe beginnt am 3. Mai in", "detected from the whole text");
    assert_eq!(first(Lang::parse("de").unwrap().into()), "Die Messe beginnt am 3. Mai in");
    assert_eq!(first(Lang::parse("en").unwrap().into()), "Die Messe beginnt am 3. ");
}

#[test]
fn tags_parse_with_regions_scripts_and_any_case() {
    for (tag, primary, script) in [
        ("de", "de", Script::Latin),
        ("DE-at", "de", Script::Latin),
        ("pt_BR", "pt", Script::Latin),
        ("sr-Latn", "sr", Script::Latin),
        ("sr", "sr", Script::Cyrillic),
        ("zh-Hant-TW", "zh", Script::Han),
        ("ja", "ja", Script::Kana),
        ("th", "th", Script::Thai),
        ("no", "no", Script::Latin),
    ] {
        let lang = Lang::parse(tag).unwrap_or_else(|e| panic!("{tag}: {e}"));
        assert_eq!((lang.tag(), lang.script()), (primary, script), "{tag}");
    }
    assert!(Lang::parse("no").unwrap().has_data(), "Norwegian reads the Bokmål data");
    assert!(!Lang::parse("sk").unwrap().has_data());
    assert_eq!(LangChoice::parse("AUTO"), Ok(LangChoice::Auto));
}

#[test]
fn unknown_or_malformed_tags_are_errors_that_name_them() {
    for tag in ["", "x", "xx", "english", "de--DE", "de-", "12", "de-toolongsubtag", "d e"] {
        let error = Lang::parse(tag).expect_err(tag);
        assert!(error.message().contains(&format!("{tag:?}")), "{tag}: {error}");
    }
}

#[test]
fn count_reports_the_language_and_keeps_english_formulas_to_english() {
    let german = "Die Regierung hat am Montag beschlossen, dass die Schulen offen bleiben. Die Eltern sind froh.";
    let stats = count(german, &CountOptions::default()).expect("counts");
    assert_eq!((stats.language.tag, stats.language.detected), ("de", true));
    assert!(stats.language.confidence > 0.0, "{:?}", stats.language);
    assert_eq!(stats.readability.flesch_reading_ease.value, None);
    assert!(stats.readability.flesch_reading_ease.reason.is_some_and(|r| r.contains("English")));
    assert!(stats.readability.lix.value.is_some(), "LIX counts only words and sentences");
    let given = CountOptions { lang: LangChoice::parse("en").unwrap(), ..CountOptions::default() };
    let stats = count(german, &given).expect("counts");
    assert_eq!((stats.language.tag, stats.language.detected, stats.language.confidence), ("en", false, 1.0));
    assert!(stats.readability.flesch_reading_ease.value.is_some());
}

#[test]
fn mixed_language_text_never_fails_and_still_tiles() {
    let text = "Der Vertrag wurde am 3. Mai unterzeichnet. The deal was signed in May. 合同已经签署。 ฝนตกหนักมาก เมื่อฝนหยุดเราก็ออกไป Πού πας;";
    for choice in ["auto", "de", "en", "zh", "th", "el", "sk", "am"] {
        let splitter = SentenceSplitter::new().lang(LangChoice::parse(choice).unwrap());
        assert!(sentences_of(&splitter, text).len() >= 3, "{choice}");
    }
}

/// The UDHR translations (`../shared/corpus/udhr/<tag>.txt`) and the language each is in.
fn udhr_files() -> Vec<(String, String)> {
    let dir = support::shared().join("corpus/udhr");
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .map(|path| {
            let tag = path.file_stem().and_then(|s| s.to_str()).expect("a name").to_owned();
            (tag, std::fs::read_to_string(&path).expect("UTF-8 text"))
        })
        .collect();
    files.sort();
    assert!(files.len() >= 20, "UDHR files not found under {}", dir.display());
    files
}

/// Detection on one paragraph: right or not. Paragraphs under 60 characters (headings such as
/// "Artikel 1") are left out: nothing tells their language.
fn detection_rate(tag: &str, paragraphs: impl Iterator<Item = String>) -> (usize, usize) {
    let expected = Lang::parse(tag).expect("a known tag").tag();
    let (mut right, mut total) = (0, 0);
    for paragraph in paragraphs.filter(|p| p.chars().count() >= 60) {
        total += 1;
        right += usize::from(detect(&paragraph).lang.tag() == expected);
    }
    (right, total)
}

#[test]
fn detection_finds_the_language_of_95_percent_of_udhr_paragraphs() {
    for (tag, text) in udhr_files() {
        let (right, total) = detection_rate(&tag, text.lines().map(str::to_owned));
        println!("udhr {tag}: {right}/{total}");
        assert!(right * 100 >= total * 95, "{tag}: {right} of {total} paragraphs detected");
    }
}

#[test]
fn detection_finds_the_language_of_95_percent_of_ud_paragraphs() {
    for tag in ["de", "en", "es", "fr", "ja", "ko", "nl", "pt", "ru", "th", "zh"] {
        let path = support::shared().join(format!("corpus/ud/{tag}.sentences.jsonl"));
        let file = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let separator = if matches!(tag, "zh" | "ja") { "" } else { " " };
        let paragraphs = file.lines().flat_map(|line| {
            let doc: serde_json::Value = serde_json::from_str(line).expect("JSON");
            let paragraphs: Vec<Vec<String>> = serde_json::from_value(doc["paragraphs"].clone()).expect("paragraphs");
            paragraphs.into_iter().map(|sentences| sentences.join(separator)).collect::<Vec<_>>()
        });
        let (right, total) = detection_rate(tag, paragraphs);
        println!("ud {tag}: {right}/{total}");
        assert!(right * 100 >= total * 95, "{tag}: {right} of {total} paragraphs detected");
    }
}

#[test]
fn udhr_in_every_language_tiles_at_every_granularity() {
    for (tag, text) in udhr_files() {
        for granularity in Granularity::ALL {
            let pieces = split(&text, granularity);
            assert_eq!(pieces.first().map_or(0, |s| s.start), 0, "{tag} {granularity:?}");
            for pair in pieces.windows(2) {
                assert_eq!(pair[0].end, pair[1].start, "{tag} {granularity:?}: a gap or an overlap");
            }
            assert_eq!(pieces.last().map_or(0, |s| s.end), text.len(), "{tag} {granularity:?}");
        }
        let given = SentenceSplitter::new().lang(Lang::parse(&tag).expect("a known tag"));
        sentences_of(&given, &text);
    }
}
