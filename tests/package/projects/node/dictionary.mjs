// Node, ES modules: dictionary words with no call, the dictionary module loading on first use.
import { split } from "textlens";

const words = (text) => Array.from(split(text, "word")).filter((w) => w.wordLike).map((w) => w.text);
console.log(JSON.stringify({ ja: words("東京に住む"), th: words("ภาษาไทย") }));
