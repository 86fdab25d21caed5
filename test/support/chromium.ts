import { Browser, chromium } from "playwright-core";

/**
 * Debian's headless Chromium for the browser tests and the bench, with no network: every host name but
 * 127.0.0.1 fails at once, so Office.js from the CDN cannot load (the standalone case) and nothing can leave
 * the machine.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
}
