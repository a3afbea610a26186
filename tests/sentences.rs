//! Article-mode sentence splitting: a table of named, hand-checked cases, one group per rule.
//!
//! Each case lists the expected sentences with surrounding whitespace trimmed; the splitter's
//! spans keep the whitespace after a sentence (so they tile the text), which `tiles` checks too.

use textlens::split::{sentences, Abbreviation, AbbreviationKind, SentenceSplitter};

/// (name, input, expected sentences).
type Case = (&'static str, &'static str, &'static [&'static str]);

const CASES: &[Case] = &[
    // Plain sentences and terminators.
    ("single sentence", "The council met today.", &["The council met today."]),
    ("two sentences", "The council met. It voted.", &["The council met.", "It voted."]),
    ("no final punctuation", "The council met", &["The council met"]),
    ("question and exclamation", "Did it pass? Yes! It did.", &["Did it pass?", "Yes!", "It did."]),
    ("interrobang run", "You did what?! Tell me.", &["You did what?!", "Tell me."]),
    ("empty text", "", &[]),
    ("whitespace only", " \n\t \n", &[]),
    ("leading and trailing space", "  One here.  Two here.  ", &["One here.", "Two here."]),
    // Titles.
    ("Mr. before name", "Mr. Smith went home. He slept.", &["Mr. Smith went home.", "He slept."]),
    ("Mrs. and Ms.", "Mrs. Lee and Ms. Park spoke.", &["Mrs. Lee and Ms. Park spoke."]),
    ("Drs. before names", "Drs. Lee and Park run the clinic.", &["Drs. Lee and Park run the clinic."]),
    ("Dr. mid sentence", "They called Dr. Adams at once.", &["They called Dr. Adams at once."]),
    ("Prof. and Sen.", "Prof. Kim met Sen. Ortiz.", &["Prof. Kim met Sen. Ortiz."]),
    ("Gov. and Gen.", "Gov. Hale thanked Gen. Brooks. Both smiled.", &["Gov. Hale thanked Gen. Brooks.", "Both smiled."]),
    ("Rev. and Capt.", "Rev. Moss and Capt. Reyes arrived.", &["Rev. Moss and Capt. Reyes arrived."]),
    ("title at paragraph end", "The letter was signed by Dr.", &["The letter was signed by Dr."]),
    ("St. as saint", "They flew to St. Louis on Monday.", &["They flew to St. Louis on Monday."]),
    ("St. as street at end", "She lives on Elm St. The house is blue.", &["She lives on Elm St.", "The house is blue."]),
    // Months and numbers.
    ("Nov. 12", "The vote is on Nov. 12 in the capital.", &["The vote is on Nov. 12 in the capital."]),
    ("Sept. and Oct.", "It ran from Sept. 3 to Oct. 9. Then it closed.", &["It ran from Sept. 3 to Oct. 9.", "Then it closed."]),
    ("month abbreviation ends sentence", "The report came out in Dec. The next one is due soon.", &["The report came out in Dec.", "The next one is due soon."]),
    ("ext. and Apt. before numbers", "Call 555-0100 ext. 214 or visit Apt. 3 upstairs.", &["Call 555-0100 ext. 214 or visit Apt. 3 upstairs."]),
    ("circa before a year", "The bridge was built c. 1850 and still stands.", &["The bridge was built c. 1850 and still stands."]),
    ("No. 5", "He wore jersey No. 5 all season.", &["He wore jersey No. 5 all season."]),
    ("no. as the word no", "She said no. Then she left.", &["She said no.", "Then she left."]),
    ("N°. before a number", "The shop at N°. 12 sells bread.", &["The shop at N°. 12 sells bread."]),
    ("No. before a number after a sentence", "It closed. No. 9 opened instead.", &["It closed.", "No. 9 opened instead."]),
    ("Rs. before an amount", "A ticket costs Rs. 450 today. Buses cost rs. 90.", &["A ticket costs Rs. 450 today.", "Buses cost rs. 90."]),
    ("Ksh. before an amount", "Fares rose to Ksh. 120 in May.", &["Fares rose to Ksh. 120 in May."]),
    ("Vol. and pp.", "See Vol. 2, pp. 14-18 for details.", &["See Vol. 2, pp. 14-18 for details."]),
    ("Chap. and Eq. before numbers", "Read Chap. 7 and use Eq. 12 there.", &["Read Chap. 7 and use Eq. 12 there."]),
    ("Fig. reference", "As Fig. 3 shows, rates fell. Prices rose.", &["As Fig. 3 shows, rates fell.", "Prices rose."]),
    // Initialisms and the U.S.
    ("U.S. Government", "The U.S. Government issued a statement.", &["The U.S. Government issued a statement."]),
    ("U.S. before lower case", "Two U.S. officials said so.", &["Two U.S. officials said so."]),
    ("U.S. ends sentence before The", "He moved to the U.S. The move was hard.", &["He moved to the U.S.", "The move was hard."]),
    ("U.S. ends sentence before He", "She studied in the U.S. He did not.", &["She studied in the U.S.", "He did not."]),
    ("U.K. and E.U.", "The U.K. Parliament and the E.U. Commission met.", &["The U.K. Parliament and the E.U. Commission met."]),
    ("Washington D.C.", "He works in Washington, D.C. The job is new.", &["He works in Washington, D.C.", "The job is new."]),
    ("U.S.A. at end", "Made in the U.S.A.", &["Made in the U.S.A."]),
    ("Ph.D. before name", "She earned a Ph.D. in physics. It took years.", &["She earned a Ph.D. in physics.", "It took years."]),
    ("F.B.I. agents", "Three F.B.I. Agents testified.", &["Three F.B.I. Agents testified."]),
    ("U.K. ends a sentence before a plural", "Storms halted flights to the U.K. Thousands waited.", &["Storms halted flights to the U.K.", "Thousands waited."]),
    ("U.N. before a two-word body", "Envoys met at the U.N. Human Rights Council today.", &["Envoys met at the U.N. Human Rights Council today."]),
    ("U.S. then an opener and a title", "Grain prices fell in the U.S. The Agriculture Secretary spoke.", &["Grain prices fell in the U.S.", "The Agriculture Secretary spoke."]),
    ("U.S. ends a sentence before a name", "She returned to the U.S. Maria met her there.", &["She returned to the U.S.", "Maria met her there."]),
    ("U.S. Army is one name", "He served in the U.S. Army for ten years.", &["He served in the U.S. Army for ten years."]),
    ("U.S. before an abbreviated department", "A U.S. Dept. of Energy report came out.", &["A U.S. Dept. of Energy report came out."]),
    ("E.U. Commission is one name", "The E.U. Commission agreed.", &["The E.U. Commission agreed."]),
    // US states, as datelines abbreviate them; those that are also words are not abbreviations.
    ("state in a dateline", "ST. PAUL, Minn. (AP) — Lawmakers voted.", &["ST. PAUL, Minn. (AP) — Lawmakers voted."]),
    ("state before an opener", "She grew up in Duluth, Minn. Her father fished.", &["She grew up in Duluth, Minn.", "Her father fished."]),
    ("ill is a word", "He was ill. Doctors kept him in.", &["He was ill.", "Doctors kept him in."]),
    // Initials.
    ("J. R. R. Tolkien", "J. R. R. Tolkien wrote it. Many read it.", &["J. R. R. Tolkien wrote it.", "Many read it."]),
    ("middle initial", "John F. Kennedy spoke. The crowd cheered.", &["John F. Kennedy spoke.", "The crowd cheered."]),
    ("initial before opener", "The winner was Plan B. The others lost.", &["The winner was Plan B.", "The others lost."]),
    ("initials George W. Bush", "George W. Bush visited. He stayed an hour.", &["George W. Bush visited.", "He stayed an hour."]),
    ("pronoun I ends a sentence", "The prize went to my sister and I. Then we ate.", &["The prize went to my sister and I.", "Then we ate."]),
    ("middle initial I", "Maria I. Costa signed the form.", &["Maria I. Costa signed the form."]),
    ("initial that opens a sentence", "It rained. J. Ruiz stayed home.", &["It rained.", "J. Ruiz stayed home."]),
    // Latin and list abbreviations.
    ("e.g. mid sentence", "Bring fruit, e.g. Apples or pears.", &["Bring fruit, e.g. Apples or pears."]),
    ("i.e. mid sentence", "Use the fast path, i.e. The ASCII one.", &["Use the fast path, i.e. The ASCII one."]),
    ("etc. mid sentence", "Pens, paper, etc. are provided.", &["Pens, paper, etc. are provided."]),
    ("etc. at end", "Bring pens, paper, etc. The rest is here.", &["Bring pens, paper, etc.", "The rest is here."]),
    ("vs. in a case name", "Roe vs. Wade was cited. It mattered.", &["Roe vs. Wade was cited.", "It mattered."]),
    ("et al. at end", "The study is by Chen et al. The data is public.", &["The study is by Chen et al.", "The data is public."]),
    ("approx. lower case", "It weighs approx. three tons.", &["It weighs approx. three tons."]),
    ("unknown abbreviation before lower case", "The dept. head resigned.", &["The dept. head resigned."]),
    // Companies and suffixes.
    ("Inc. before title", "Acme Inc. Chairman Lee resigned.", &["Acme Inc. Chairman Lee resigned."]),
    ("Inc. at end before opener", "He joined Acme Inc. The firm grew.", &["He joined Acme Inc.", "The firm grew."]),
    ("Corp. lower case", "Globex Corp. said profits rose.", &["Globex Corp. said profits rose."]),
    ("Jr. before lower case", "Martin Luther King Jr. was born in 1929.", &["Martin Luther King Jr. was born in 1929."]),
    ("Co. Ltd. name", "Tanaka Co. Ltd. makes parts. It is old.", &["Tanaka Co. Ltd. makes parts.", "It is old."]),
    // Times of day.
    ("p.m. then capitalised word", "The polls close at 8 p.m. Voters are waiting.", &["The polls close at 8 p.m.", "Voters are waiting."]),
    ("a.m. then The", "We met at 9 a.m. The room was cold.", &["We met at 9 a.m.", "The room was cold."]),
    ("p.m. then weekday", "It starts at 3 p.m. Friday in the hall.", &["It starts at 3 p.m. Friday in the hall."]),
    ("a.m. then time zone", "The launch is at 6 a.m. EST tomorrow.", &["The launch is at 6 a.m. EST tomorrow."]),
    ("p.m. then lower case", "By 5 p.m. most had left.", &["By 5 p.m. most had left."]),
    ("p.m. at end", "The store closes at 9 p.m.", &["The store closes at 9 p.m."]),
    ("P.M. ends a sentence before a title", "The shop shut at 9 P.M. Dr. Ruiz locked up.", &["The shop shut at 9 P.M.", "Dr. Ruiz locked up."]),
    ("a.m. in an opening phrase before a title", "By 7 a.m. Dr. Ruiz had left the ward.", &["By 7 a.m. Dr. Ruiz had left the ward."]),
    ("p.m. in an opening phrase before a name", "Until 10 p.m. Maria kept the stall open.", &["Until 10 p.m. Maria kept the stall open."]),
    ("a.m. after a verb before a name", "The ferry left at 6 a.m. Maria missed it.", &["The ferry left at 6 a.m.", "Maria missed it."]),
    // Numbers, decimals and versions.
    ("decimal", "Pi is about 3.14 in most uses. Fine.", &["Pi is about 3.14 in most uses.", "Fine."]),
    ("version number", "Update to v1.2.3 today. It fixes bugs.", &["Update to v1.2.3 today.", "It fixes bugs."]),
    ("money with decimals", "Shares rose to $12.50 on Monday. Traders cheered.", &["Shares rose to $12.50 on Monday.", "Traders cheered."]),
    ("sentence ends with a number", "The tally was 1,024. Next came the recount.", &["The tally was 1,024.", "Next came the recount."]),
    ("number starts next sentence", "He left in 1990. 2001 was different.", &["He left in 1990.", "2001 was different."]),
    ("percent and decimal", "Inflation hit 3.5% in May. Rates rose.", &["Inflation hit 3.5% in May.", "Rates rose."]),
    // Ellipses.
    ("three dots then capital", "I waited... Nobody came.", &["I waited...", "Nobody came."]),
    ("three dots then lower case", "I waited... and waited.", &["I waited... and waited."]),
    ("ellipsis character then capital", "It was over… The end.", &["It was over…", "The end."]),
    ("ellipsis character then lower case", "Well… maybe not.", &["Well… maybe not."]),
    ("ellipsis without space", "Wait...what happened?", &["Wait...what happened?"]),
    ("spaced ellipsis then lower case", "He paused . . . and then spoke.", &["He paused . . . and then spoke."]),
    ("spaced ellipsis then capital", "She waited . . . Nobody came.", &["She waited . . .", "Nobody came."]),
    ("spaced ellipsis after a period", "The line went dead. . . . Later it rang.", &["The line went dead. . . .", "Later it rang."]),
    ("four-dot ellipsis ends the sentence", "We hoped for rain . . . . none came.", &["We hoped for rain . . . .", "none came."]),
    ("a lone ellipsis is no sentence", "He paused.\n\n...\n\nThen he left.", &["He paused.\n\n...", "Then he left."]),
    ("a section rule joins the sentence before", "It ended.\n\n* * *\n\nMorning came.", &["It ended.\n\n* * *", "Morning came."]),
    ("wordless pieces before the first sentence", "...\n\n— —\n\nIt began.", &["...\n\n— —\n\nIt began."]),
    ("a text with no letter or digit is one piece", "... !? ...", &["... !? ..."]),
    ("spaced ellipsis inside a quote", "“I thought . . . never mind,” he said.", &["“I thought . . . never mind,” he said."]),
    ("spaced ellipsis at the end", "And so it went . . .", &["And so it went . . ."]),
    ("the pronoun I after an ellipsis", "We could go... I am not sure. Ask her.", &["We could go... I am not sure.", "Ask her."]),
    ("a short text of I and ellipses is English", "I guess... so . . . I was late.", &["I guess... so . . . I was late."]),
    ("I'm after a spaced ellipsis", "It might . . . I’m still thinking.", &["It might . . . I’m still thinking."]),
    ("a capital after an ellipsis still opens", "We could go... Maybe not.", &["We could go...", "Maybe not."]),
    // The pronoun I against the initial I.
    ("I ends a sentence after a lower-case word", "The prize went to her and I. Nobody minded.", &["The prize went to her and I.", "Nobody minded."]),
    ("I as a middle initial", "We met Carla I. Mendes at the port.", &["We met Carla I. Mendes at the port."]),
    // Exclamation marks inside names.
    ("a name with its exclamation mark", "He once hosted Wham! on a small stage.", &["He once hosted Wham! on a small stage."]),
    ("an exclamation before a lower-case word", "Stop! the guard shouted.", &["Stop!", "the guard shouted."]),
    ("quoted exclamation before its attribution", "“Run!” she yelled.", &["“Run!” she yelled."]),
    ("quoted statement with a period before its attribution", "\"The road is shut.\" he said. We turned back.", &["\"The road is shut.\" he said.", "We turned back."]),
    ("lower-case sentence after a plain period", "I like cats. they are calm.", &["I like cats.", "they are calm."]),
    // Quotes and brackets.
    ("period inside closing curly quote", "“We won the vote.” She smiled.", &["“We won the vote.”", "She smiled."]),
    ("period inside straight quote", "He said \"we are done.\" Then he left.", &["He said \"we are done.\"", "Then he left."]),
    ("question inside quote then lower case", "“Why now?” she asked.", &["“Why now?” she asked."]),
    ("exclamation inside quote then lower case", "\"Stop!\" he shouted. They stopped.", &["\"Stop!\" he shouted.", "They stopped."]),
    ("question inside quote then capital", "“Is it true?” Nobody answered.", &["“Is it true?”", "Nobody answered."]),
    ("sentence in parentheses", "He agreed. (Nobody expected that.) The deal closed.", &["He agreed.", "(Nobody expected that.)", "The deal closed."]),
    // Dialogue.
    ("quoted exclamation before a lower-case attribution", "'Stop!' cried the guard, 'before it falls.'", &["'Stop!' cried the guard, 'before it falls.'"]),
    ("single-quote dialogue over several sentences", "'I am tired. I want to go home,' she said. 'Me too.' He nodded.", &["'I am tired.", "I want to go home,' she said.", "'Me too.'", "He nodded."]),
    ("interjection between double hyphens", "The door opened and -- bang! -- the lights went out.", &["The door opened and -- bang! -- the lights went out."]),
    ("question between em dashes", "It was — dare I ask? — a mistake.", &["It was — dare I ask? — a mistake."]),
    ("unquoted question before a lower-case sentence", "Are you coming? we leave at six.", &["Are you coming?", "we leave at six."]),
    ("lower-case sentences in chat", "we got there late. i think the bus broke down. they fixed it.", &["we got there late.", "i think the bus broke down.", "they fixed it."]),
    ("lower-case requests and replies in chat", "the film starts at six. please bring snacks. maybe we can eat after. the car is outside.", &["the film starts at six.", "please bring snacks.", "maybe we can eat after.", "the car is outside."]),
    ("a ruler's numeral before a lower-case verb", "He ruled as Louis XIV. did before him.", &["He ruled as Louis XIV. did before him."]),
    ("an abbreviation before the", "Add the sauce approx. the way she did.", &["Add the sauce approx. the way she did."]),
    ("unknown abbreviation before a pronoun-like word stays", "The box weighs approx. a ton.", &["The box weighs approx. a ton."]),
    // Reference marks and citations stay with the sentence before them.
    ("reference mark after the full stop", "He was made a bishop.[2] Later he moved north.", &["He was made a bishop.[2]", "Later he moved north."]),
    ("two reference marks", "Voters rejected the taxes.[4][5] Critics were pleased.", &["Voters rejected the taxes.[4][5]", "Critics were pleased."]),
    ("lettered note", "The bridge opened in May.[a] Traffic doubled.", &["The bridge opened in May.[a]", "Traffic doubled."]),
    ("footnote numbers", "Nobody spoke at the trial.7 8 After that the court rose.", &["Nobody spoke at the trial.7 8", "After that the court rose."]),
    ("omission in a quotation then a citation", "She wrote of \"the slow brown river [...]\" (Jones 12). It flooded.", &["She wrote of \"the slow brown river [...]\" (Jones 12).", "It flooded."]),
    ("decimal after a word is no footnote when a word follows", "The score went to 7.5 after the break.", &["The score went to 7.5 after the break."]),
    ("next sentence opens with a quote", "It rained. “Stay inside,” they said.", &["It rained.", "“Stay inside,” they said."]),
    ("single curly quotes", "She wrote ‘it is late.’ Then she slept.", &["She wrote ‘it is late.’", "Then she slept."]),
    ("guillemets", "Il a dit « non. » Puis il est parti.", &["Il a dit « non. »", "Puis il est parti."]),
    // Lists.
    ("numbered list", "Steps:\n1. Open the box.\n2. Read the guide.", &["Steps:", "1. Open the box.", "2. Read the guide."]),
    ("bulleted list", "Bring:\n- water\n- a map\n- boots", &["Bring:", "- water", "- a map", "- boots"]),
    ("lettered list", "a. First option\nb. Second option", &["a. First option", "b. Second option"]),
    ("bullet character list", "• Fast\n• Private\n• Free", &["• Fast", "• Private", "• Free"]),
    // Lists inside a line: each item is a sentence that starts with its marker.
    ("inline list with dot-bracket markers", "Pack these: 1.) a warm coat 2.) dry socks 3.) a torch.", &["Pack these:", "1.) a warm coat", "2.) dry socks", "3.) a torch."]),
    ("inline list with capitals and periods", "1.) Book the hall. 2.) Print the flyers.", &["1.) Book the hall.", "2.) Print the flyers."]),
    ("inline list with brackets", "The plan has 1) a budget for the year 2) a list of hires 3) a date", &["The plan has", "1) a budget for the year", "2) a list of hires", "3) a date"]),
    ("inline list with periods", "We agreed on 1. lower fares for pupils 2. later buses on Fridays", &["We agreed on", "1. lower fares for pupils", "2. later buses on Fridays"]),
    ("inline list with letters", "Choose a. the blue form or b. the green one.", &["Choose", "a. the blue form or", "b. the green one."]),
    ("inline list with letters and brackets", "Options: a) rent a van today b) borrow a car.", &["Options:", "a) rent a van today", "b) borrow a car."]),
    ("inline list with bracketed letters", "You may (a) pay online at once (b) pay at the desk.", &["You may", "(a) pay online at once", "(b) pay at the desk."]),
    ("inline list with Roman numbers", "Two stages: i. survey the site ii. draw the plan.", &["Two stages:", "i. survey the site", "ii. draw the plan."]),
    ("inline list on a new line starts at the line", "Tips:\n1. Water daily 2. Feed weekly", &["Tips:", "1. Water daily", "2. Feed weekly"]),
    ("bullets before numbers", "• 4. Sleep well • 5. Drink water", &["• 4. Sleep well", "• 5. Drink water"]),
    ("hyphen bullets before numbers", "⁃12. Close the gate ⁃13. Lock the shed", &["⁃12. Close the gate", "⁃13. Lock the shed"]),
    ("a lone bracketed reference is no list", "See (1) and (2) for the rules.", &["See (1) and (2) for the rules."]),
    ("numbers that do not count up are no list", "He won in 1990. 7. It was late.", &["He won in 1990.", "7.", "It was late."]),
    ("a year then a number is no list", "Sales rose 4. 5 stores closed.", &["Sales rose 4.", "5 stores closed."]),
    ("numbers after one repeated word are no list", "Day 1. We hiked. Day 2. We rested.", &["Day 1.", "We hiked.", "Day 2.", "We rested."]),
    // URLs and e-mail.
    ("URL mid sentence", "Read https://example.org/a.b?x=1 first. Then reply.", &["Read https://example.org/a.b?x=1 first.", "Then reply."]),
    ("URL at sentence end", "The page is example.com. It loads fast.", &["The page is example.com.", "It loads fast."]),
    ("e-mail address", "Write to news.desk@example.org today. We answer.", &["Write to news.desk@example.org today.", "We answer."]),
    ("www address with capitals", "Visit www.Example.Org now.", &["Visit www.Example.Org now."]),
    ("URL after a multi-byte space", "Open\u{3000}www.Example.Org now.", &["Open\u{3000}www.Example.Org now."]),
    ("no-break space before a missing space", "\u{a0}Wide.Open. Yes.", &["Wide.", "Open.", "Yes."]),
    // Missing space.
    ("missing space after period", "The vote passed.Next came the budget.", &["The vote passed.", "Next came the budget."]),
    ("missing space after question mark", "Was it fair?Nobody knows.", &["Was it fair?", "Nobody knows."]),
    ("missing space before the pronoun I", "Was it late?I think so.", &["Was it late?", "I think so."]),
    ("missing space but abbreviation", "Ask Mr.Smith about it.", &["Ask Mr.Smith about it."]),
    ("missing space before lower case", "A file named notes.txt was found.", &["A file named notes.txt was found."]),
    ("missing space before a title", "The trip ended.Dr. Ruiz said so.", &["The trip ended.", "Dr. Ruiz said so."]),
    ("missing space after a number", "It cost 2,500.Nobody paid.", &["It cost 2,500.", "Nobody paid."]),
    ("missing space after a year", "They met in 1998.The rest is known.", &["They met in 1998.", "The rest is known."]),
    ("one digit and a capital is no end", "See section 4.B for details.", &["See section 4.B for details."]),
    // Interviews: "Q." and "A." open sentences.
    ("interview questions and answers", "Q. Where were you born? A. In Lagos, in 1980. Q. Why did you leave? A. For work.", &["Q. Where were you born?", "A. In Lagos, in 1980.", "Q. Why did you leave?", "A. For work."]),
    ("interview on lines", "Q. Did you see him?\nA. No. I was out.", &["Q. Did you see him?", "A. No.", "I was out."]),
    // Line breaks and paragraphs.
    ("headline without punctuation", "Storm hits coast\nThe storm arrived on Monday. It was strong.", &["Storm hits coast", "The storm arrived on Monday.", "It was strong."]),
    ("blank line ends sentence", "First part without stop\n\nSecond part.", &["First part without stop", "Second part."]),
    ("hard-wrapped prose joins lines", "The river rose all night and by morning the lower streets of the\ntown were under water. Nobody was hurt, the mayor said, and the\nschools will reopen on Thursday.", &["The river rose all night and by morning the lower streets of the\ntown were under water.", "Nobody was hurt, the mayor said, and the\nschools will reopen on Thursday."]),
    ("a sentence broken across short lines", "The storm reached the\ncoast at noon. Crews were\nready by then.", &["The storm reached the\ncoast at noon.", "Crews were\nready by then."]),
    ("short lower-case lines are a list", "What you get:\npricing\nteam members\nsupport, docs\n\nWe start today.", &["What you get:", "pricing", "team members", "support, docs", "We start today."]),
    ("short lines after a label are a list", "Options\nweekly plan\nmonthly plan\nyearly plan", &["Options", "weekly plan", "monthly plan", "yearly plan"]),
    ("line ending in a title wraps", "The bill was led by Sen.\nMaria Lopez and passed.", &["The bill was led by Sen.\nMaria Lopez and passed."]),
    ("line ending in e.g. wraps", "They sell fruit, e.g.\nApples from the valley.", &["They sell fruit, e.g.\nApples from the valley."]),
    ("line ending in a sentence stays a headline", "Senate passes the bill.\nMaria Lopez led it.", &["Senate passes the bill.", "Maria Lopez led it."]),
    ("CRLF line endings", "Title line\r\nBody text here. More text.", &["Title line", "Body text here.", "More text."]),
    ("dateline and byline", "By Jane Roe\nLONDON (Reuters) - Prices fell. Shares rose.", &["By Jane Roe", "LONDON (Reuters) - Prices fell.", "Shares rose."]),
    // Other scripts.
    ("full-width full stop between Latin words", "The work was done．Then we rested．", &["The work was done．", "Then we rested．"]),
    ("full-width full stop before a space", "It is late． We should go.", &["It is late．", "We should go."]),
    ("full-width full stop in a number", "It measured ３．５ metres.", &["It measured ３．５ metres."]),
    ("Chinese full stops", "我们赢了。他们输了。", &["我们赢了。", "他们输了。"]),
    ("Japanese with closing bracket", "「行こう。」と彼は言った。", &["「行こう。」", "と彼は言った。"]),
    ("Hindi danda", "यह एक वाक्य है। यह दूसरा है।", &["यह एक वाक्य है।", "यह दूसरा है।"]),
    ("Arabic question mark", "هل جاء؟ نعم جاء.", &["هل جاء؟", "نعم جاء."]),
    ("Greek sentence", "Αυτό είναι καλό. Το άλλο όχι.", &["Αυτό είναι καλό.", "Το άλλο όχι."]),
    ("Russian sentence", "Это первое. Это второе.", &["Это первое.", "Это второе."]),
    ("camel-case word after period", "Sales of the phone fell. iPhone buyers waited.", &["Sales of the phone fell.", "iPhone buyers waited."]),
    ("emoji between sentences", "We won! 🎉 Party tonight.", &["We won!", "🎉 Party tonight."]),
];

fn split_trimmed<'t>(text: &'t str, spans: &[textlens::Span]) -> Vec<&'t str> {
    spans.iter().map(|s| s.text(text).trim()).collect()
}

#[test]
fn sentence_table() {
    assert!(CASES.len() >= 80, "the table has {} cases", CASES.len());
    let failures: Vec<String> = CASES
        .iter()
        .filter_map(|&(name, input, expected)| {
            let got = split_trimmed(input, &sentences(input));
            (got != expected).then(|| format!("{name}: {input:?}\n  expected {expected:?}\n  got      {got:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{} of {} cases fail:\n{}", failures.len(), CASES.len(), failures.join("\n"));
}

#[test]
fn sentences_tile_each_case() {
    for &(name, input, _) in CASES {
        let spans = sentences(input);
        let joined: String = spans.iter().map(|s| s.text(input)).collect();
        if input.trim().is_empty() {
            assert!(spans.is_empty(), "{name}");
        } else {
            assert_eq!(joined, input, "{name}");
        }
    }
}

#[test]
fn caller_abbreviations_extend_the_list() {
    let text = "Talk to Cllr. Ames. Then go.";
    assert_eq!(split_trimmed(text, &sentences(text)), ["Talk to Cllr.", "Ames.", "Then go."]);
    let splitter =
        SentenceSplitter::new().abbreviations([Abbreviation::new("Cllr.", AbbreviationKind::Title).unwrap()]);
    assert_eq!(split_trimmed(text, &splitter.split(text)), ["Talk to Cllr. Ames.", "Then go."]);
}

#[test]
fn caller_abbreviations_override_built_in_kinds() {
    // "No." is built in as a number abbreviation: it ends a sentence before a capital.
    let text = "Answer No. Seven people did.";
    assert_eq!(split_trimmed(text, &sentences(text)), ["Answer No.", "Seven people did."]);
    let splitter = SentenceSplitter::new().abbreviations([Abbreviation::new("no", AbbreviationKind::Title).unwrap()]);
    assert_eq!(split_trimmed(text, &splitter.split(text)), ["Answer No. Seven people did."]);
}

#[test]
fn abbreviations_must_be_single_words() {
    for bad in ["", ".", "two words"] {
        let error = Abbreviation::new(bad, AbbreviationKind::Trailing).unwrap_err();
        assert!(error.message().contains("single word"), "{bad:?}: {error}");
    }
}
