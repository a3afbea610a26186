// A hand-labelled gold set of sentence boundaries in news-style English, for
// bench/sentence-accuracy.mjs and tests/js/sentence-accuracy.test.mjs.
//
// Every case tests one thing a careful human editor splits correctly: titles, initials, place and
// company abbreviations, months, times, numbers, ellipses, quotes and brackets, addresses, headlines,
// datelines, lists, hard-wrapped lines and a few plain sentences. The labels are an editor's
// reading of the text, decided before any splitter was run on it; cases a careful editor could
// reasonably split either way are left out.
//
// A case's text is its sentences joined as they are: each sentence carries the whitespace that
// follows it (a space, a line break or a blank line), so `sentences.join("")` is the text. A single
// line break inside a sentence is a hard wrap, not a boundary. All sentences were written for this
// file; the people, companies and addresses in them are made up, apart from a few well-known names
// that the initials cases need.

/** @typedef {{ name: string, sentences: string[] }} GoldCase */

/** @type {GoldCase[]} */
export const GOLD = [
  // Plain sentences.
  { name: "plain: two statements", sentences: ["The river rose overnight. ", "Roads near the bridge were closed by dawn."] },
  { name: "plain: question then answer", sentences: ["Who pays for the repairs? ", "The county does, officials said."] },
  { name: "plain: exclamation", sentences: ["The dam held! ", "Engineers had feared the worst."] },
  { name: "plain: lower-case brand opens a sentence", sentences: ["Sales of the phone rose 4% in the quarter. ", "eBay shares fell on the news."] },
  { name: "plain: three short sentences", sentences: ["It snowed. ", "Schools closed. ", "Parents scrambled."] },

  // Titles.
  { name: "title: Mr. and Mrs.", sentences: ["Mr. and Mrs. Okafor opened the bakery in 1998. ", "It still sells out by noon."] },
  { name: "title: Dr.", sentences: ["Dr. Hannah Weiss led the study. ", "Her team tracked 2,000 patients."] },
  { name: "title: Gov. and Sen.", sentences: ["Gov. Ruth Calder and Sen. Tom Brandt toured the flooded streets on Monday."] },
  { name: "title: Gen.", sentences: ["The troops were inspected by Gen. Amos Reyes before the parade. ", "He left without speaking."] },
  { name: "title: Rev.", sentences: ["The service was led by the Rev. Clara Mbeki. ", "Hundreds attended."] },
  { name: "title: St. in a place name", sentences: ["The team flew to St. Louis for the final. ", "It lost by two goals."] },

  // Initials.
  { name: "initials: J. R. R. Tolkien", sentences: ["The novel by J. R. R. Tolkien was first published in 1954. ", "It has never gone out of print."] },
  { name: "initials: middle initial", sentences: ["George W. Bush visited the plant in 2004. ", "Workers lined the road."] },
  { name: "initials: two initials before a surname", sentences: ["The letter was signed by A. J. Morrow, the union's treasurer."] },

  // Countries and places.
  { name: "place: U.S. before a noun", sentences: ["U.S. officials declined to comment on the talks."] },
  { name: "place: U.S. ends a sentence", sentences: ["The company moved its headquarters to the U.S. ", "Its founders stayed in Oslo."] },
  { name: "place: U.K. ends a sentence", sentences: ["The drug is already approved in the U.K. ", "Regulators elsewhere are still reviewing it."] },
  { name: "place: U.N. before a proper noun", sentences: ["The U.N. Security Council met in an emergency session on Friday."] },
  { name: "place: Washington, D.C., mid-sentence", sentences: ["The march in Washington, D.C., drew thousands of nurses."] },
  { name: "place: D.C. ends a sentence", sentences: ["The conference will be held in Washington, D.C. ", "Tickets go on sale in May."] },
  { name: "place: state abbreviation mid-sentence", sentences: ["Duluth, Minn., has one of the busiest inland ports in the country."] },
  { name: "place: state abbreviation ends a sentence", sentences: ["She grew up in Duluth, Minn. ", "Her father worked on the ore boats."] },

  // Companies.
  { name: "company: Corp. and Inc. mid-sentence", sentences: ["Shares of Globex Corp. and Initech Inc. fell sharply on Wednesday."] },
  { name: "company: Corp. before a capitalised title", sentences: ["Globex Corp. Chief Executive Dana Whitfield said the plant would close."] },
  { name: "company: Inc. ends a sentence", sentences: ["The contract went to Northwind Inc. ", "The terms were not disclosed."] },
  { name: "company: Ltd. ends a sentence", sentences: ["The stake was sold to Contoso Ltd. ", "The buyer plans to expand the mine."] },

  // Months and dates.
  { name: "month: Jan. 1", sentences: ["The new rules take effect Jan. 1 in every county. ", "Fines start a month later."] },
  { name: "month: Nov. 12", sentences: ["The vote is set for Nov. 12, the clerk said."] },

  // Times.
  { name: "time: p.m. before a weekday", sentences: ["Polls close at 8 p.m. Tuesday in most of the state."] },
  { name: "time: a.m. before a time zone", sentences: ["The launch is scheduled for 9:30 a.m. EST on Friday."] },
  { name: "time: p.m. ends a sentence", sentences: ["The meeting did not end until after 11 p.m. ", "Several members walked out."] },

  // Numbers, money, percentages, versions.
  { name: "number: money with a decimal", sentences: ["The deal is worth $3.5bn, according to people familiar with it."] },
  { name: "number: percent ends a sentence", sentences: ["Inflation rose to 3.5%. ", "Economists had expected 3.2%."] },
  { name: "number: decimal ends a sentence", sentences: ["The index closed at 4,512.75. ", "Trading was light."] },
  { name: "number: version number", sentences: ["Version 2.1 fixes the login bug, and v2.1.3 adds dark mode."] },
  { name: "number: No. before a figure", sentences: ["She is ranked No. 5 in the world. ", "Her coach expects more."] },

  // Ellipses and combined marks.
  { name: "ellipsis: mid-sentence before lower case", sentences: ["He said he would think about it… and then he left the room."] },
  { name: "ellipsis: three dots end a sentence", sentences: ["The crowd waited and waited... ", "Then the doors opened."] },
  { name: "marks: ?! ends a sentence", sentences: ["They sold the stadium for a dollar?! ", "The council wants answers."] },
  { name: "marks: !? ends a sentence", sentences: ["Is this really the end!? ", "Nobody at the club would say."] },
  { name: "marks: question in brackets mid-sentence", sentences: ["The mayor (who else?) took credit for the new park."] },

  // Quotes and brackets.
  { name: "quote: question before lower-case attribution", sentences: ["“Why now?” she asked. ", "Nobody answered."] },
  { name: "quote: exclamation before lower-case attribution", sentences: ["\"Stop the truck!\" shouted the officer. ", "The driver kept going."] },
  { name: "quote: curly double closes a sentence", sentences: ["“We will rebuild.” ", "The crowd cheered."] },
  { name: "quote: straight double closes a sentence", sentences: ["The sign read \"Closed for good.\" ", "Nobody knew why."] },
  { name: "quote: curly single closes a sentence", sentences: ["She called the ruling ‘a disgrace.’ ", "Her lawyers will appeal."] },
  { name: "quote: straight single closes a sentence", sentences: ["He called the plan 'a mess.' ", "Others disagreed."] },
  { name: "quote: guillemets close a sentence", sentences: ["The banner said «We will not move.» ", "Police removed it at dawn."] },
  { name: "quote: question closes before a capital", sentences: ["“Is the water safe?” ", "Residents have asked for weeks."] },
  { name: "bracket: whole sentence in parentheses", sentences: ["(The figures were revised later.) ", "The ministry did not comment."] },
  { name: "bracket: period after the bracket", sentences: ["The plant closed in 2019 (it had opened in 1962). ", "Workers protested for months."] },

  // Addresses.
  { name: "address: e-mail ends a sentence", sentences: ["Send tips to newsdesk@example.com. ", "Every message is read."] },
  { name: "address: URL ends a sentence", sentences: ["The full report is at https://example.org/reports/2024. ", "It runs to 80 pages."] },

  // Headlines and datelines.
  { name: "headline: no final period before a paragraph", sentences: ["Storm Knocks Out Power Across the Valley\n\n", "Thousands of homes were without electricity on Sunday."] },
  { name: "dateline: city and agency", sentences: ["WASHINGTON (AP) — The Senate passed the bill late Thursday. ", "It now goes to the House."] },
  { name: "dateline: abbreviations inside", sentences: ["ST. PAUL, Minn. (AP) — Lawmakers agreed on a budget early Saturday. ", "The governor is expected to sign it."] },

  // Lists.
  {
    name: "list: numbered items",
    sentences: ["The plan has three steps.\n", "1. Close the coastal roads.\n", "2. Open the school shelters.\n", "3. Ask the state for aid."],
  },
  {
    name: "list: bulleted items with periods",
    sentences: ["Officials gave two reasons.\n", "- The bridge is unsafe.\n", "- The detour is too long."],
  },
  {
    name: "list: bulleted items without periods",
    sentences: ["What changes on Monday:\n\n", "• Buses run every ten minutes\n", "• Fares rise to $2.50\n", "• Night routes end at 1 a.m."],
  },

  // Hard-wrapped paragraphs.
  {
    name: "wrap: line breaks inside sentences",
    sentences: [
      "The council voted on Tuesday to raise the fee for residential\nparking permits by a third. ",
      "Residents who spoke at the meeting\nsaid the increase would hit older drivers hardest.",
    ],
  },
  {
    name: "wrap: line break after a title",
    sentences: ["The measure was drafted by a group of rural lawmakers led by Sen.\nMaria Lopez and passed without debate. ", "It takes effect in July."],
  },
  {
    name: "wrap: sentence ends at a line end",
    sentences: [
      "The ferry will stop running for two weeks while its engines are\nreplaced. ",
      "Passengers can take the bus from the harbour to the\nisland bridge instead.",
    ],
  },

  // Latin and other short forms.
  { name: "short form: e.g. mid-sentence", sentences: ["Some fruit, e.g. apples and pears, rose sharply in price."] },
  { name: "short form: i.e. mid-sentence", sentences: ["The fee, i.e. the charge per ticket, has doubled since 2020."] },
  { name: "short form: etc. ends a sentence", sentences: ["The shop sold books, maps, stamps, etc. ", "It closed in May."] },
  { name: "short form: vs. before a name", sentences: ["The case of Harlow vs. Dunmore goes to trial next week."] },
  { name: "short form: approx.", sentences: ["The park covers approx. 40 acres of former farmland."] },
  { name: "short form: Ph.D. mid-sentence", sentences: ["She earned a Ph.D. in chemistry before joining the agency."] },
  { name: "short form: Jr. mid-sentence", sentences: ["Martin Luther King Jr. spoke from the steps of the memorial in 1963."] },
  { name: "short form: Jr. ends a sentence", sentences: ["The prize went to Harold Finch Jr. ", "He accepted it by video."] },
];
