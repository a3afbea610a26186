// A plain page with an import map: the bare name "textlens", as in a bundled app.
import init, * as textlens from "textlens";
import { exercise } from "./exercise.js";

await init();
window.__result = exercise(textlens);
