// A plain page, no build step: the package's browser entry by path, then `await init()`.
import init, * as textlens from "./node_modules/textlens/textlens.js";
import { exercise } from "./exercise.js";

await init();
window.__result = exercise(textlens);
