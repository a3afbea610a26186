// Node, CommonJS: require, ready with no init call.
const { split, count, Highlighter, TextDocument, version } = require("textlens");

import("./exercise.js").then(({ exercise }) => {
  const result = exercise({ split, count, Highlighter, TextDocument, version });
  result.entry = require.resolve("textlens").split(/[\\/]/).pop();
  result.exports = Object.keys(require("textlens")).sort();
  console.log(JSON.stringify(result));
});
