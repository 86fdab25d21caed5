import { detectHost, isDarkTheme } from "../../src/taskpane/host";

/*
 * Which host and theme the pane starts in. Office.js is a global from Microsoft's CDN; here a stand-in global
 * plays each case: not loaded, Excel light or dark, another host, and an Office.js that is slow to get ready.
 */
type OfficeStandIn = {
  onReady: () => Promise<{ host: string | null }>;
  HostType: { Excel: string };
  context?: { officeTheme?: Partial<Office.OfficeTheme> };
};
const global_ = globalThis as unknown as { Office?: OfficeStandIn };

function standIn(host: string | null, officeTheme?: Partial<Office.OfficeTheme>): OfficeStandIn {
  return {
    onReady: () => Promise.resolve({ host }),
    HostType: { Excel: "Excel" },
    context: { officeTheme },
  };
}

afterEach(() => {
  delete global_.Office;
});

describe("detectHost", () => {
  it("is standalone when Office.js did not load", async () => {
    await expect(detectHost()).resolves.toEqual({ inExcel: false, dark: false });
  });

  it("is in Excel, light, when Excel reports a light theme", async () => {
    global_.Office = standIn("Excel", { isDarkTheme: false, bodyBackgroundColor: "#ffffff" });
    await expect(detectHost()).resolves.toEqual({ inExcel: true, dark: false });
  });

  it("is in Excel, dark, when Excel reports the Black theme", async () => {
    global_.Office = standIn("Excel", { isDarkTheme: true, bodyBackgroundColor: "#262626" });
    await expect(detectHost()).resolves.toEqual({ inExcel: true, dark: true });
  });

  it("is standalone when Office.js runs outside any host (a plain browser)", async () => {
    global_.Office = standIn(null);
    await expect(detectHost()).resolves.toEqual({ inExcel: false, dark: false });
  });

  it("waits for Office however long it takes: onReady after 5 s is still Excel, with no timer deciding", async () => {
    jest.useFakeTimers();
    try {
      global_.Office = {
        onReady: () => new Promise((resolve) => setTimeout(() => resolve({ host: "Excel" }), 5000)),
        HostType: { Excel: "Excel" },
        context: { officeTheme: { isDarkTheme: true } },
      };
      let settled = false;
      const host = detectHost().then((h) => ((settled = true), h));
      await jest.advanceTimersByTimeAsync(4999);
      expect(settled).toBe(false);
      await jest.advanceTimersByTimeAsync(1);
      await expect(host).resolves.toEqual({ inExcel: true, dark: true });
      expect(jest.getTimerCount()).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe("isDarkTheme", () => {
  it("follows Office's own isDarkTheme over the colours", () => {
    // Dark Gray's body background (#666666, luminance 102) would also read dark; Office's flag decides.
    expect(isDarkTheme({ isDarkTheme: false, bodyBackgroundColor: "#666666" })).toBe(false);
  });

  it.each([
    ["#ffffff", false], // White / Colorful: luminance 255
    ["#e6e6e6", false], // luminance 230
    ["#666666", true], // Dark Gray: luminance 102
    ["#262626", true], // Black: luminance 38
    ["808080", false], // luminance 128 is not under half (and the # may be missing)
    ["#7f7f7f", true], // luminance 127
  ])("reads %s as dark = %s when only colours are given", (colour, dark) => {
    expect(isDarkTheme({ bodyBackgroundColor: colour })).toBe(dark);
  });

  it("is light when there is no theme or no readable colour", () => {
    expect(isDarkTheme(undefined)).toBe(false);
    expect(isDarkTheme({ bodyBackgroundColor: "zwart" })).toBe(false);
  });
});
