import * as fs from "fs";
import { Browser } from "playwright-core";
import { productionBuild } from "./build";
import { launchChromium } from "./chromium";
import { SHOTS } from "./pane";
import { serve } from "./staticServer";

/**
 * The set-up every browser test of the pane shares: the production build served on localhost and Debian's
 * Chromium, started before the file's tests and closed after them. Call at the top of a test file; the
 * getters are valid inside tests and hooks.
 */
export function paneSuite(): { readonly browser: Browser; readonly url: string } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serve>> | undefined;
  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    server = await serve(productionBuild());
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error("paneSuite: Chromium is nog niet gestart");
      return browser;
    },
    get url() {
      if (!server) throw new Error("paneSuite: de server is nog niet gestart");
      return server.url;
    },
  };
}
