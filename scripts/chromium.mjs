// How the tests and benchmarks start Debian's Chromium through playwright-core (never a
// downloaded browser). As root it needs --no-sandbox; the background-networking flags stop it
// from calling Google services that this machine cannot reach anyway.
export const CHROMIUM_PATH = "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--headless=new",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
