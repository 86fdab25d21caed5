import { defineKind } from "./kind";

/** Weerstandsvermogen: benodigde and beschikbare weerstandscapaciteit and their ratio, per reserve. */
export const weerstandsvermogen = defineKind({
  id: "weerstandsvermogen",
  title: "Weerstandsvermogen",
  roles: [
    { role: "ratio", words: /\bratio\b/ },
    { role: "benodigd", words: /\bbenodigd/ },
    { role: "beschikbaar", words: /\bbeschikba|\bvrij besteedba/ },
  ],
  required: ["benodigd", "beschikbaar"],
  labelWords: /^reserve/,
});
