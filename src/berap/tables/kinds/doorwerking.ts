import { defineKind } from "./kind";

/** The older Beraps' doorwerking: rows I/M/S and a totals row, columns Voordelig / Nadelig / Totaal. */
export const doorwerking = defineKind({
  id: "doorwerking",
  title: "Doorwerking",
  roles: [
    { role: "voordelig", words: /\bvoordelig/ },
    { role: "nadelig", words: /\bnadelig/ },
    { role: "totaal", words: /\btotaal\b/ },
  ],
  required: ["voordelig", "nadelig"],
  labelWords: /\bsoort\b|\bdoorwerking\b/,
  relations: [{ result: "totaal", plus: ["voordelig", "nadelig"], unsigned: ["nadelig"] }],
  perProgramme: true,
});
