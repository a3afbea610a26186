// Wrong option names that must NOT compile; the test expects exactly these three errors.
import { split, count, Highlighter } from "textlens";

split("One. Two.", "sentence", { modes: "uax29" });
count("One. Two.", { wordsPerMinute: 200 });
new Highlighter({ term: ["one"] });
