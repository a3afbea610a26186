// The "Sample text" button's article: invented for textlens (the town, the people and the numbers
// are made up), written to show every feature: quotations, numbers and dates, names, adverbs,
// passive voice, a few long sentences and paragraphs.

export const SAMPLE_TEXT = `Harbour town votes to keep its last ferry running

Residents of Port Aldwin voted on Tuesday to keep the ferry that has linked the town to the mainland since 1931, after a campaign that filled the old fish market every evening for three weeks.

The council had proposed to replace the service with a bus route over the new bridge, which would save an estimated $1.2 million a year. The plan was rejected by 62% of voters, with a turnout of 71%, the highest the town has seen in a local ballot.

"The ferry is not just a way to get to work," said Mara Quinn, who organised the campaign from her bakery on Harbour Street. "It is where half of this town meets the other half every morning."

Dr. Ellis Okafor, a transport researcher at the University of Lindmouth, said the result was hardly surprising. "Small places defend the things that make them places," she said. "A bridge is faster, certainly, but nobody ever fell in love on a bridge."

The ferry, a 40-metre vessel named Cormorant, carries about 600 passengers on a busy day and makes the crossing in 25 minutes. Its engines were replaced in 2019, and the operator says the boat can run for another fifteen years if it is maintained carefully.

Not everyone is pleased. Councillor Tom Reyes, who drafted the original proposal, argued that the money would be better spent on the school, whose roof has been patched repeatedly since the storms of last winter. "We have chosen nostalgia over our children's classrooms," he said on Wednesday, although he added that he would respect the vote.

The council will now look for ways to lower the ferry's running costs, including a cheaper fuel contract and a new timetable that drops the least used crossings late at night. A report is expected by March 14, and a public meeting will be held once it has been published.

For Quinn, the next step is simpler. "Tomorrow I bake the same bread for the same six o'clock boat," she said. "That was the whole point."
`;
