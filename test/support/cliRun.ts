import { main } from "../../src/cli/berap-check";

/** Runs berap-check in-process with these arguments and captures its exit code, stdout and stderr. */
export async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(
    args,
    { write: (s: string) => (out += s) },
    { write: (s: string) => (err += s) }
  );
  return { code, out, err };
}
