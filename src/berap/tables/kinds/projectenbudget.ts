import { defineKind } from "./kind";

/** A programme's projectenbudget: available budget, the projects, their total and the expected saldo. */
export const projectenbudget = defineKind({
  id: "projectenbudget",
  title: "Projectenbudget",
  roles: [
    { role: "begroting", words: /\bbegroting\b/ },
    { role: "prognose", words: /\bprognose\b/ },
  ],
  required: ["begroting", "prognose"],
  excludes: /\blasten\b|\bbaten\b|\bverschil\b|\bgerealiseerd\b/,
  ownRows: /beschikbaar/,
  perProgramme: true,
});
