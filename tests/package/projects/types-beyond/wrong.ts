// Wrong uses of the issue 20 declarations that must NOT compile; the test expects exactly these
// five errors, one per line.
import { split, SentenceStream } from "textlens";

new SentenceStream({ modes: "article" });
split("One.", "chunk", { unit: "token", maxSize: 3 });
split("One.", "chunk", { unit: "token", tokenizer: (text: string) => `${text.length}`, maxSize: 3 });
split("One.", "chunk", { unit: "token", tokenizer: (text: string) => text.length, maxSize: 3, overlap: 1, overlapSize: 2 });
split("One.", "chunk", { unit: "tokens", tokenizer: (text: string) => text.length, maxSize: 3 });
