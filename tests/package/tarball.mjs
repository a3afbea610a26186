// The packed package in a fresh project, for the test files that use it as its users do (the
// command line, the README's examples): `npm pack` of pkg/ and an offline `npm install` of the
// tarball into a copy of projects/<name>. Needs pkg/ built.
import { execFile } from "node:child_process";
import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const pkgDir = path.resolve(here, "../../pkg");

/**
 * Packs pkg/ and installs it, and the `extras` (npm specs, from npm's cache), into a new temporary
 * copy of projects/`name`; returns the project's directory and the installed package's API (its
 * Node ES module entry).
 */
export async function installedProject(name, extras = []) {
  const work = await mkdtemp(path.join(tmpdir(), `textlens-${name}-`));
  const { stdout } = await run("npm", ["pack", pkgDir, "--pack-destination", work, "--json"], { cwd: work });
  const tarball = path.join(work, JSON.parse(stdout)[0].filename);
  const dir = path.join(work, name);
  await cp(path.join(here, "projects", name), dir, { recursive: true });
  await run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--no-update-notifier", tarball, ...extras], { cwd: dir });
  const api = await import(pathToFileURL(path.join(dir, "node_modules", "textlens", "node.mjs")).href);
  return { work, dir, api };
}
