// esbuild: `--loader:.wasm=file` copies the module next to the bundle and gives its path, resolved
// here against the bundle's own URL (the page may live elsewhere).
import init, * as textlens from "textlens";
import wasmPath from "textlens/textlens_wasm_bg.wasm";
import { exercise } from "./exercise.js";

await init(new URL(wasmPath, import.meta.url));
window.__result = exercise(textlens);
