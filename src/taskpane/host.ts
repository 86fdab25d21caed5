/**
 * Where the pane runs: inside Excel, or opened on its own in a browser (standalone mode), and which Office
 * theme is active. Decided by Office.js alone: standalone when Office.js did not load (no `Office` global:
 * a plain browser, no network) or when `Office.onReady` reports a host that is not Excel. There is no timer:
 * a cold start of Excel on the web can take many seconds before onReady resolves, and the pane must then
 * still open in Excel mode (`Office.onReady` resolves once Office is initialised, and at once when called
 * later: https://learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in). Meanwhile index.tsx
 * shows that the pane is loading.
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

export async function detectHost(): Promise<HostInfo> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return STANDALONE;
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Excel) return STANDALONE;
  return { inExcel: true, dark: isDarkTheme(Office.context?.officeTheme) };
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
