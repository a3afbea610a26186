// The npm package as its users get it: `npm pack` of pkg/, the tarball installed offline into fresh
// projects (copies of projects/*), and in each a consumer that runs the same calls (exercise.js)
// and must return the same, hand-checked results:
//
//   Node ES modules and CommonJS; TypeScript (strict, every export; wrong option names must fail);
//   a plain page by path and by import map, and a module Web Worker; Vite 7 (build, and the dev
//   server as documented in README.md (Install and use)); esbuild. Pages run in headless Chromium under a
//   strict Content-Security-Policy (no inline script, wasm allowed).
//
// Bundlers and compilers are the repository's dev tools (node_modules); the projects only get the
// tarball. Run: node --test tests/package/   (needs pkg/ built: `make test` does both)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { cp, mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import * as esbuild from "esbuild";
import { chromium } from "playwright-core";
import * as vite from "vite";
import { CONTENT_SECURITY_POLICY, startServer } from "../../scripts/serve.mjs";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/chromium.mjs";
import { TEXT } from "./exercise.js";

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../..");
const pkgDir = path.join(repo, "pkg");
const tsc = path.join(repo, "node_modules", ".bin", "tsc");

const manifest = JSON.parse(await readFile(path.join(pkgDir, "package.json"), "utf8"));

// What every consumer must get for TEXT = "Dr. Who met U.S. officials. 😀 Then left.", checked by
// hand. Offsets are UTF-16 units: 😀 (U+1F600) takes two, so "Then" starts at 31, not 30.
//   "Dr. Who met U.S. officials. " is 28 units: "Dr." and "U.S." do not end a sentence.
//   "😀 Then left." is 2 + 1 + 4 + 1 + 5 = 13 units: 28..41.
const EXPECTED = {
  version: manifest.version,
  sentences: {
    starts: [0, 28],
    ends: [28, 41],
    texts: ["Dr. Who met U.S. officials. ", "😀 Then left."],
  },
  // UAX #29 words: "U.S" is one word (the inner period joins letters), the emoji is not word-like.
  wordLike: ["Dr", "Who", "met", "U.S", "officials", "Then", "left"],
  // 39 ASCII characters plus one emoji: 40 graphemes and code points, 41 UTF-16 units, 43 bytes.
  counts: { words: 7, sentences: 2, graphemes: 40, codePoints: 40, utf16: 41, bytes: 43 },
  // Terms are case-insensitive by default: "then" finds "Then".
  highlights: [
    [17, 26, "officials"],
    [31, 35, "Then"],
  ],
  marks: 2,
  htmlText: TEXT,
  documentSentences: 2,
};

let work;
let tarball;
let packedFiles;
let server;
let origin;
let browser;

/** Copies projects/<name> and exercise.js into the work dir and installs the tarball there, offline. */
async function installProject(name) {
  const dir = path.join(work, name);
  await cp(path.join(here, "projects", name), dir, { recursive: true });
  await cp(path.join(here, "exercise.js"), path.join(dir, "exercise.js"));
  await run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--no-update-notifier", tarball], { cwd: dir });
  return dir;
}

/** The import map's hash, for a policy that allows exactly that inline script and nothing else. */
async function importMapHash() {
  const html = await readFile(path.join(work, "web", "importmap.html"), "utf8");
  const map = html.match(/<script type="importmap">([\s\S]*?)<\/script>/)[1];
  return `'sha256-${createHash("sha256").update(map).digest("base64")}'`;
}

before(async () => {
  work = await mkdtemp(path.join(tmpdir(), "textlens-package-"));
  const { stdout } = await run("npm", ["pack", pkgDir, "--pack-destination", work, "--json"], { cwd: work });
  const [packed] = JSON.parse(stdout);
  tarball = path.join(work, packed.filename);
  packedFiles = packed.files.map((f) => f.path).sort();

  await Promise.all(["node", "types", "web", "vite", "esbuild"].map(installProject));

  const scriptSrc = "script-src 'self' 'wasm-unsafe-eval'";
  assert.ok(CONTENT_SECURITY_POLICY.includes(scriptSrc), "serve.mjs's policy changed; update this test");
  const policy = CONTENT_SECURITY_POLICY.replace(scriptSrc, `${scriptSrc} ${await importMapHash()}`);
  ({ server } = await startServer({
    port: 0,
    mounts: { "/": path.join(work, "web"), "/vite/": path.join(work, "vite", "dist"), "/esbuild/": path.join(work, "esbuild") },
    headers: { "Content-Security-Policy": policy },
  }));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/**
 * Opens `url` in a fresh page and returns what its script left in `window.__result`. Fails on an
 * uncaught error, a worker error (`window.__error`), or any console error or warning (a wasm MIME
 * fallback, a blocked script, a 404).
 */
async function pageResult(url) {
  const page = await browser.newPage();
  const problems = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
  });
  try {
    const crashed = new Promise((_, reject) => page.on("pageerror", (error) => reject(new Error(`${url}: ${error.message}`))));
    crashed.catch(() => {});
    await page.goto(url);
    const done = page.waitForFunction(() => "__result" in window || "__error" in window, null, { timeout: 60_000 });
    await Promise.race([done, crashed]);
    const { result, error } = await page.evaluate(() => ({ result: window.__result, error: window.__error }));
    assert.equal(error, undefined, `${url}: ${error}`);
    assert.deepEqual(problems, [], `${url}: console errors or warnings`);
    return result;
  } finally {
    await page.close();
  }
}

/** Runs `node <file>` in a project and parses the JSON it prints. */
async function nodeResult(project, file) {
  const { stdout } = await run(process.execPath, [file], { cwd: path.join(work, project) });
  return JSON.parse(stdout);
}

test("the tarball holds the entries, the typings and the wasm module, and no sources", () => {
  for (const file of ["package.json", "textlens.js", "core.js", "highlight.js", "textlens_wasm.js",
    "textlens_wasm_bg.wasm", "node.mjs", "node.cjs", "textlens.d.ts", "node.d.cts",
    "dictionary.js", "textlens_dictionary.js", "textlens_dictionary_bg.wasm",
    "markup.js", "textlens_markup.js", "textlens_markup_bg.wasm"]) {
    assert.ok(packedFiles.includes(file), `${file} missing from the tarball: ${packedFiles.join(", ")}`);
  }
  const allowed = /^(README\.md|LICENSE.*|package\.json|[\w-]+\.(js|mjs|cjs|d\.ts|d\.cts|wasm))$/;
  assert.deepEqual(packedFiles.filter((f) => !allowed.test(f)), []);
});

test("package.json: metadata and conditional exports", async () => {
  const installed = JSON.parse(await readFile(path.join(work, "node", "node_modules", "textlens", "package.json"), "utf8"));
  const cargo = await readFile(path.join(repo, "Cargo.toml"), "utf8");
  assert.equal(installed.name, "textlens");
  assert.equal(installed.version, cargo.match(/^version = "(.+)"$/m)[1]);
  assert.equal(installed.type, "module");
  for (const field of ["description", "license"]) assert.ok(installed[field]?.length > 0, field);
  assert.ok(installed.repository?.url, "repository");
  assert.ok(installed.keywords?.length > 0, "keywords");
  assert.equal(installed.types, "textlens.d.ts");
  assert.deepEqual(installed.sideEffects, ["./node.mjs", "./node.cjs"]);
  assert.deepEqual(installed.exports["."], {
    node: {
      import: { types: "./textlens.d.ts", default: "./node.mjs" },
      require: { types: "./node.d.cts", default: "./node.cjs" },
    },
    types: "./textlens.d.ts",
    default: "./textlens.js",
  });
  // Every file the manifest points at is in the package.
  const files = new Set(await readdir(path.join(work, "node", "node_modules", "textlens")));
  const targets = JSON.stringify(installed.exports).match(/"\.\/[^"]+"/g).map((t) => t.slice(3, -1));
  for (const target of [...targets, installed.main, installed.module, installed.types]) {
    assert.ok(files.has(target), `${target} is named in package.json but not installed`);
  }
});

/** The names each Node entry exports at run time, as the consumers saw them. */
const runtimeExports = {};

test("Node ES module: named imports work with no init call", async () => {
  const { exports, ...result } = await nodeResult("node", "esm.js");
  runtimeExports["node.mjs"] = exports;
  assert.deepEqual(result, { ...EXPECTED, afterInit: 2, entry: "node.mjs" });
});

test("Node CommonJS: require works with no init call", async () => {
  const { exports, ...result } = await nodeResult("node", "cjs.cjs");
  runtimeExports["node.cjs"] = exports;
  assert.deepEqual(result, { ...EXPECTED, entry: "node.cjs" });
});

test("Node: dictionary words with no call, from import and from require", async () => {
  // Hand-checked: Tokyo | (particle) | live; Thai "language" | "Thai".
  const expected = { ja: ["東京", "に", "住む"], th: ["ภาษา", "ไทย"] };
  assert.deepEqual(await nodeResult("node", "dictionary.mjs"), expected);
  assert.deepEqual(await nodeResult("node", "dictionary.cjs"), expected);
});

/** The names a declaration file exports as values: functions, classes, constants, the default. */
function declaredValues(declarations) {
  const names = [...declarations.matchAll(/^export (?:declare )?(?:function|class|const) (\w+)/gm)].map((m) => m[1]);
  if (/^export default /m.test(declarations)) names.push("default");
  return [...new Set(names)].sort();
}

test("the typings declare exactly the values the entries export", async () => {
  assert.deepEqual(Object.keys(runtimeExports).sort(), ["node.cjs", "node.mjs"], "the Node consumers ran");
  const installed = path.join(work, "node", "node_modules", "textlens");
  for (const typings of ["textlens.d.ts", "node.d.cts"]) {
    const declared = declaredValues(await readFile(path.join(installed, typings), "utf8"));
    for (const [entry, exports] of Object.entries(runtimeExports)) {
      assert.deepEqual(exports, declared, `${entry} exports vs ${typings} declarations`);
    }
  }
});

test("TypeScript: a strict consumer of every export compiles (Node ESM + CJS, and bundler resolution)", async () => {
  const dir = path.join(work, "types");
  for (const config of ["tsconfig.json", "tsconfig.bundler.json"]) {
    const compiled = await run(tsc, ["-p", config, "--noEmit", "--strict"], { cwd: dir }).catch((error) => error);
    assert.equal(compiled.code ?? 0, 0, `${config}:\n${compiled.stdout}`);
  }
});

test("TypeScript: wrong option names and formats do not compile", async () => {
  const failed = await run(tsc, ["-p", "tsconfig.wrong.json", "--noEmit", "--strict"], { cwd: path.join(work, "types") })
    .then(() => assert.fail("wrong-options.ts compiled"), (error) => error);
  const errors = failed.stdout.split("\n").filter((line) => line.includes("error TS"));
  assert.equal(errors.length, 5, failed.stdout);
  const named = (name) => new RegExp(`'${name}' does not exist in type`);
  assert.match(failed.stdout, named("modes"));
  assert.match(failed.stdout, named("wordsPerMinute"));
  assert.match(failed.stdout, named("term"));
  assert.equal(failed.stdout.match(/'"md"' is not assignable/g)?.length, 2, failed.stdout);
});

test("plain page: the browser entry by path, await init()", async () => {
  assert.deepEqual(await pageResult(`${origin}/index.html`), EXPECTED);
});

test("plain page: an import map for the bare name", async () => {
  assert.deepEqual(await pageResult(`${origin}/importmap.html`), EXPECTED);
});

test("module Web Worker: imports the browser entry, await init()", async () => {
  assert.deepEqual(await pageResult(`${origin}/worker.html`), { ...EXPECTED, inWorker: true });
});

/** What Vite and esbuild warned about while bundling the consumers. */
const bundlerWarnings = [];
let bundlerRuns = 0;

test("Vite 7 build: plain init(), init(?url) and a module worker, with no plugin or config", async () => {
  const dir = path.join(work, "vite");
  const input = ["index.html", "url.html", "worker.html"].map((page) => path.join(dir, page));
  const onwarn = (warning) => bundlerWarnings.push(`vite: ${warning.message}`);
  bundlerRuns += 1;
  await vite.build({ root: dir, base: "/vite/", configFile: false, logLevel: "error", build: { rollupOptions: { input, onwarn } } });
  const assets = await readdir(path.join(dir, "dist", "assets"));
  // The main module, and the dictionary and markup modules that loadDictionaries() and
  // loadMarkup() would fetch.
  const wasm = assets.filter((a) => a.endsWith(".wasm")).map((a) => a.replace(/-[\w-]+\.wasm$/, ".wasm")).sort();
  assert.deepEqual(wasm, ["textlens_dictionary_bg.wasm", "textlens_markup_bg.wasm", "textlens_wasm_bg.wasm"], `wasm assets: ${assets.join(", ")}`);
  assert.deepEqual(await pageResult(`${origin}/vite/index.html`), EXPECTED);
  assert.deepEqual(await pageResult(`${origin}/vite/url.html`), EXPECTED);
  assert.deepEqual(await pageResult(`${origin}/vite/worker.html`), { ...EXPECTED, inWorker: true });
});

/** Serves the Vite project with the dev server (dependency pre-bundling on) for the duration of `use`. */
async function withViteDevServer(config, use) {
  const dir = path.join(work, "vite");
  const devServer = await vite.createServer({
    root: dir,
    configFile: false,
    logLevel: "error",
    server: { host: "127.0.0.1", port: 0, strictPort: false, hmr: false },
    ...config,
  });
  await devServer.listen();
  try {
    return await use(devServer.resolvedUrls.local[0]);
  } finally {
    await devServer.close();
  }
}

test("Vite 7 dev server: init(?url) needs no config", async () => {
  await rm(path.join(work, "vite", "node_modules", ".vite"), { recursive: true, force: true });
  await withViteDevServer({}, async (url) => {
    assert.deepEqual(await pageResult(`${url}url.html`), EXPECTED);
  });
});

test("Vite 7 dev server: plain init() with the one documented line, optimizeDeps.exclude", async () => {
  await rm(path.join(work, "vite", "node_modules", ".vite"), { recursive: true, force: true });
  await withViteDevServer({ optimizeDeps: { exclude: ["textlens"] } }, async (url) => {
    assert.deepEqual(await pageResult(`${url}index.html`), EXPECTED);
  });
});

test("esbuild: a browser bundle, the module copied by the file loader", async () => {
  const dir = path.join(work, "esbuild");
  const built = await esbuild.build({
    absWorkingDir: dir,
    entryPoints: ["main.js"],
    bundle: true,
    format: "esm",
    platform: "browser",
    outdir: "dist",
    loader: { ".wasm": "file" },
    logLevel: "silent",
  });
  assert.deepEqual(built.errors, []);
  bundlerRuns += 1;
  bundlerWarnings.push(...built.warnings.map((w) => `esbuild: ${w.text}`));
  assert.deepEqual(await pageResult(`${origin}/esbuild/index.html`), EXPECTED);
});

test("bundlers print no warnings about the package", () => {
  assert.ok(bundlerRuns >= 2, "the Vite and esbuild tests ran");
  assert.deepEqual(bundlerWarnings, []);
});
