/**
 * Where the pane runs: inside Excel, or opened on its own in a browser (standalone mode), and which Office
 * theme is active. Office.js comes from Microsoft's CDN; when it could not load, or reports no host, the pane
 * runs standalone.
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
    dark: isDarkTheme(),
  }));
  const timeout = new Promise<HostInfo>((resolve) =>
    setTimeout(() => resolve(STANDALONE), timeoutMs)
  );
  return Promise.race([ready, timeout]);
}

function isDarkTheme(): boolean {
  const theme = Office.context?.officeTheme;
  if (!theme?.bodyBackgroundColor) return false;
  const hex = theme.bodyBackgroundColor.replace("#", "");
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}
