import { defineKind } from "./kind";

/** The summary per programme: each column one of a programme's result lines. */
export const samenvatting = defineKind({
  id: "samenvatting",
  title: "Samenvatting per programma",
  roles: [
    // Older Beraps: "Verwacht resultaat incl. cao ontwikkeling en incl. rentevoordeel" is the last line.
    { role: "jaarrekening", words: /\bincl\b.*\brente/ },
    { role: "incl-cao", words: /\bincl/ },
    { role: "rente", words: /\brente/ },
    { role: "jaarrekening", words: /jaarrekening/ },
    { role: "bedrijfsresultaat", words: /bedrijfsresultaat/ },
    { role: "cao", words: /\bcao\b/ },
  ],
  required: ["bedrijfsresultaat", "cao", "jaarrekening"],
  labelWords: /^programma/,
  relations: [
    { result: "incl-cao", plus: ["bedrijfsresultaat", "cao"] },
    { result: "jaarrekening", plus: ["bedrijfsresultaat", "cao"], optional: ["rente"] },
  ],
});
