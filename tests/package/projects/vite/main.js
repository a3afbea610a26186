// Vite: the bare import and `await init()`; the build emits the .wasm as an asset.
import init, * as textlens from "textlens";
import { exercise } from "./exercise.js";

await init();
window.__result = exercise(textlens);
