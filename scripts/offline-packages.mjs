#!/usr/bin/env node
// The npm packages the package tests install offline beside the packed tarball: what the command
// line (js/cli.js) needs at run time — the one list scripts/pkg-manifest.mjs writes into
// pkg/package.json, pinned to the versions package.json pins — and what the README's examples
// import.
//
// Run as a script, it prints them and everything they depend on, as `name@version` at the
// versions package-lock.json holds: setup.sh puts their metadata into npm's cache (npm ci caches
// only the tarballs), so that an offline install can resolve them.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const CLI_DEPENDENCIES = ["commander", "tinyglobby"];

/** What the README's examples import besides textlens (tests/package/readme.test.mjs). */
const EXAMPLE_DEPENDENCIES = ["gpt-tokenizer"];

/** Both lists and their dependencies, transitively, as `name@version` from the lock file. */
function lockedClosure() {
  const { packages } = JSON.parse(readFileSync("package-lock.json", "utf8"));
  const found = new Map();
  const visit = (name) => {
    const entry = packages[`node_modules/${name}`];
    if (!entry) throw new Error(`offline-packages: ${name} is not in package-lock.json`);
    if (found.has(name)) return;
    found.set(name, entry.version);
    for (const dependency of Object.keys(entry.dependencies ?? {})) visit(dependency);
  };
  [...CLI_DEPENDENCIES, ...EXAMPLE_DEPENDENCIES].forEach(visit);
  return [...found].map(([name, version]) => `${name}@${version}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(lockedClosure().join("\n"));
