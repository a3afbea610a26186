// Vite: the module's URL from Vite's `?url` import, which works in `vite dev` with no config too.
import init, * as textlens from "textlens";
import wasmUrl from "textlens/textlens_wasm_bg.wasm?url";
import { exercise } from "./exercise.js";

await init(wasmUrl);
window.__result = exercise(textlens);
