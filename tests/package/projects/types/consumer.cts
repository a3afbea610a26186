// A CommonJS TypeScript consumer (nodenext): `require("textlens")` gets the same declarations.
import textlens = require("textlens");

const sentences: textlens.SegmentList = textlens.split("One. Two.", "sentence");
const stats: textlens.Statistics = textlens.count("One. Two.");
export const total: number = sentences.length + stats.sentences;
