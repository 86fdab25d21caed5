/**
 * Where the pane runs: inside Excel, or opened on its own in a browser (standalone mode), and which Office
 * theme is active. Office.js comes from Microsoft's CDN; when it could not load, or reports no host, the pane
 * runs standalone.
 *
 * The theme is read once, when the pane opens: Excel has no theme-changed event (Office's
 * `OfficeThemeChanged` exists for Outlook only), and `Office.context.officeTheme` keeps its first value while
 * the pane is open. A controller who switches Office to dark sees the pane follow on its next opening.
 */
export interface HostInfo {
  readonly inExcel: boolean;
  readonly dark: boolean;
}

const STANDALONE: HostInfo = { inExcel: false, dark: false };

export async function detectHost(timeoutMs = 3000): Promise<HostInfo> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return STANDALONE;
  const ready = Office.onReady().then((info) => ({
    inExcel: info.host === Office.HostType.Excel,
    dark: isDarkTheme(Office.context?.officeTheme),
  }));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<HostInfo>((resolve) => {
    timer = setTimeout(() => resolve(STANDALONE), timeoutMs);
  });
  try {
    return await Promise.race([ready, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Dark when Office says so (`isDarkTheme`: Black or Dark Gray); older hosts only give colours, so then the
 * body background decides: dark when its luminance (0,299 R + 0,587 G + 0,114 B) is under 128.
 *
 * @example isDarkTheme({ bodyBackgroundColor: "#262626" }) // true (Black)
 */
export function isDarkTheme(theme: Partial<Office.OfficeTheme> | undefined): boolean {
  if (!theme) return false;
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme;
  const hex = /^#?([0-9a-f]{6})$/i.exec(theme.bodyBackgroundColor ?? "")?.[1];
  if (!hex) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  // Luminance in thousandths, in integers: 0,299 x 128 + 0,587 x 128 + 0,114 x 128 is not exactly 128 in floats.
  return 299 * r + 587 * g + 114 * b < 128_000;
}
