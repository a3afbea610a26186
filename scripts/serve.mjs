#!/usr/bin/env node
// A small static file server for the textlens page (no dependencies).
//
// It maps `/` to www/ and `/pkg/` to pkg/ (the wasm-pack output), serves `.wasm` as
// application/wasm so browsers can compile it while it streams, and sends the page's strict
// Content-Security-Policy on every response. It listens on loopback only.
//
//   node scripts/serve.mjs [--port 8080]          # serve the page
//   import { startServer } from "./serve.mjs"     # tests and benchmarks: port 0 = any free port
import { createServer } from "node:http";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The policy the page also carries in its `<meta http-equiv>`: nothing but the page's own files. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

const MIME_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".map": "application/json; charset=utf-8",
};

/** The default mounts: URL prefix -> directory, longest prefix first. */
export const DEFAULT_MOUNTS = {
  "/pkg/": path.join(repoRoot, "pkg"),
  "/": path.join(repoRoot, "www"),
};

/**
 * Resolves a URL path to a file inside one of the mounts, or null when it maps to nothing
 * (unknown prefix, or a path that would climb out of its directory).
 */
function resolveFile(mounts, urlPath) {
  const prefix = Object.keys(mounts)
    .filter((p) => urlPath.startsWith(p))
    .sort((a, b) => b.length - a.length)[0];
  if (prefix === undefined) return null;
  const dir = mounts[prefix];
  let relative = urlPath.slice(prefix.length);
  if (relative === "" || relative.endsWith("/")) relative += "index.html";
  const file = path.resolve(dir, relative);
  return file.startsWith(dir + path.sep) ? file : null;
}

function sendError(res, status, message) {
  res.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  });
  res.end(`${status} ${message}\n`);
}

async function handle(mounts, headers, req, res) {
  if (req.method !== "GET" && req.method !== "HEAD") return sendError(res, 405, "Method Not Allowed");
  let urlPath;
  try {
    urlPath = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
  } catch {
    return sendError(res, 400, "Bad Request");
  }
  const file = resolveFile(mounts, urlPath);
  const info = file && (await stat(file).catch(() => null));
  if (!info || !info.isFile()) return sendError(res, 404, "Not Found");

  res.writeHead(200, {
    "Content-Type": MIME_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
    "Content-Length": info.size,
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-cache",
    ...headers,
  });
  if (req.method === "HEAD") return res.end();
  createReadStream(file).pipe(res);
}

/**
 * Starts serving on 127.0.0.1. Resolves to `{ server, url }` once listening.
 *
 * @param {object} [options]
 * @param {number} [options.port=8080] 0 picks a free port.
 * @param {Record<string, string>} [options.mounts] URL prefix (ending in "/") -> directory.
 * @param {Record<string, string>} [options.headers] extra headers on every file response.
 */
export function startServer({ port = 8080, mounts = DEFAULT_MOUNTS, headers = {} } = {}) {
  const resolved = Object.fromEntries(Object.entries(mounts).map(([p, d]) => [p, path.resolve(d)]));
  const server = createServer((req, res) => {
    handle(resolved, headers, req, res).catch((error) => {
      if (!res.headersSent) sendError(res, 500, "Internal Server Error");
      else res.destroy(error);
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      resolve({ server, url: `http://127.0.0.1:${server.address().port}/` });
    });
  });
}

function portFromArgs(args) {
  const index = args.indexOf("--port");
  if (index === -1) return 8080;
  const port = Number(args[index + 1]);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port needs a port number between 0 and 65535, got ${args[index + 1]}`);
  }
  return port;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { url } = await startServer({ port: portFromArgs(process.argv.slice(2)) });
  console.log(`textlens page: ${url}  (Ctrl-C stops)`);
}
