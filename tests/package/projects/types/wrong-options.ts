// Wrong option names and values that must NOT compile; the test expects exactly these five errors.
import { split, count, Highlighter } from "textlens";

split("One. Two.", "sentence", { modes: "uax29" });
count("One. Two.", { wordsPerMinute: 200 });
new Highlighter({ term: ["one"] });
count("One. Two.", { format: "md" });
split("# One", "chunk", { maxSize: 9, format: "md" });
