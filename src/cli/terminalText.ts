/**
 * Text from a workbook (sheet names, labels in messages) and from the command line (file names) reaches the
 * terminal only through these: control characters are dropped, so an escape sequence in a title can neither
 * erase a line nor colour one, and bidirectional overrides cannot reorder what the controller reads.
 */
// C0 controls, DEL, C1 controls, and the Unicode bidi embeddings, overrides and isolates: matching them is the point.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** For a human line: tabs and line breaks become a space, every other control character goes. */
export function terminalSafe(text: string): string {
  return text.replace(/[\t\n\r]+/g, " ").replace(CONTROL, "");
}

/**
 * For JSON output: JSON.stringify already escapes C0 controls; the C1 controls and bidi marks it leaves
 * raw are escaped the same way, so the data stays exact and the terminal stays safe.
 */
export function jsonTerminalSafe(json: string): string {
  return json.replace(
    /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
