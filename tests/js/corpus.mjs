// What the JS API tests share: where the shared test data is, and the corpus files under it.

import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** ../shared/ beside the repository. */
export const shared = new URL("../../../shared/", import.meta.url).pathname;

/** Every `.txt` file under `dir` (default: the whole corpus), depth first. */
export function corpusFiles(dir = join(shared, "corpus")) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return corpusFiles(path);
    return name.endsWith(".txt") ? [path] : [];
  });
}
