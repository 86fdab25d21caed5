import { defineKind } from "./kind";

/** Investments: realised and forecast, their subtotal, contributions of third parties and the total. */
export const investeringen = defineKind({
  id: "investeringen",
  title: "Investeringen",
  roles: [
    { role: "subtotaal", words: /\bsubtotaal\b/ },
    { role: "bijdragen", words: /\bbijdrage/ },
    { role: "gerealiseerd", words: /\bgerealiseerd|\brealisatie\b|\bbesteed\b/ },
    { role: "prognose", words: /\bprognose\b/ },
    { role: "totaal", words: /\btotaal\b/ },
  ],
  required: ["gerealiseerd", "prognose", "totaal"],
  labelWords: /^investering/,
  excludes: /\blasten\b|\bbaten\b/,
  relations: [
    { result: "subtotaal", plus: ["gerealiseerd", "prognose"] },
    { result: "totaal", plus: ["subtotaal"], optional: ["bijdragen"] },
    {
      result: "totaal",
      plus: ["gerealiseerd", "prognose"],
      optional: ["bijdragen"],
      unless: ["subtotaal"],
    },
  ],
});
