// Node, ES modules: named imports, ready with no init call and no path.
import { split, count, Highlighter, TextDocument, version } from "textlens";
import init from "textlens";
import * as namespace from "textlens";
import { exercise, TEXT } from "./exercise.js";

const result = exercise({ split, count, Highlighter, TextDocument, version });
// Browser-style code also runs in Node: init() resolves at once, the module stays usable.
await init();
result.afterInit = split(TEXT, "sentence").length;
result.entry = import.meta.resolve("textlens").split("/").pop();
result.exports = Object.keys(namespace).sort();
console.log(JSON.stringify(result));
