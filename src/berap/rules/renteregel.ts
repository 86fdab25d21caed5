import { InterestLine, InterestWording } from "../tables/types";
import { defineRule } from "./rule";

const MEANING: Record<InterestWording, string> = {
  voordeel: "als rentevoordeel (een voordeel positief)",
  nadeel: "als rentenadeel (de controle telt het bedrag met zijn teken mee: een nadeel negatief)",
  neutraal:
    "als rente, zonder voordeel of nadeel in de naam (het teken van het bedrag zegt welk het is)",
};

/** An example programme sheet: one development each side, the result lines down to the jaarrekeningresultaat. */
function programmeSheet(
  title: string,
  positief: number,
  negatief: number,
  cao: number,
  [rente, bedrag]: [string, number]
): (string | number | null)[][] {
  const result = positief + negatief;
  return [
    [title],
    ["Bedragen x € 1.000"],
    [],
    ["Positieve ontwikkelingen", null, null, null, "Negatieve ontwikkelingen"],
    ["Soort", "Omschrijving", "Bedrag", null, "Soort", "Omschrijving", "Bedrag"],
    ["I", "Vrijval formatie (G)", positief, null, "S", "Licenties (G)", negatief],
    [null, "Totaal positief", positief, null, null, "Totaal negatief", negatief],
    [],
    [null, "Verwacht bedrijfsresultaat", result],
    [null, "Overschot cao-ontwikkeling", cao],
    [null, "Verwacht resultaat incl. cao-ontwikkeling", result + cao],
    [null, `${rente} schatkistbankieren`, bedrag],
    [null, "Verwacht jaarrekeningresultaat", result + cao + bedrag],
  ];
}

const where = (line: InterestLine) => `'${line.label}' (${line.programme})`;

/**
 * Which interest line a Berap uses is a convention of the year ("Rentevoordeel schatkistbankieren",
 * "Rentevoordeel", "Rentenadeel", "Rente schatkistbankieren"), detected by recognition. It is said once, as
 * info, so a controller sees which line the jaarrekeningresultaat was checked with; a workbook that calls
 * it a voordeel in one place and a nadeel in another gets one waarschuwing, since the sign of one of them
 * may then be meant the other way.
 */
export const renteregel = defineRule({
  meta: {
    id: "renteregel",
    naam: "Welke renteregel de Berap gebruikt",
    beschrijving:
      "Meldt één keer per werkmap welke renteregel de programma's gebruiken (rentevoordeel, rentenadeel of rente), als info; noemt de werkmap de rente op de ene plek een voordeel en op de andere een nadeel, dan is dat één waarschuwing.",
    ernst: "waarschuwing",
    messages: {
      conventie:
        "Deze Berap noemt de renteregel {{regel}}: {{betekenis}}. Het jaarrekeningresultaat is gecontroleerd als resultaat incl. cao plus deze regel.",
      gemengd:
        "De renteregel heet op de ene plek een voordeel, {{voordeel}}, en op de andere een nadeel, {{nadeel}}: controleer of beide bedragen hetzelfde teken gebruiken (een voordeel positief, een nadeel negatief).",
    },
    voorbeelden: {
      klopt: {
        uitleg:
          "Eén programma met 'Rentevoordeel schatkistbankieren': 120 - 40 = 80, + 10 cao = 90, + 25 rente = 115. Eén info die de renteregel noemt, geen waarschuwing.",
        bladen: {
          "B&O": programmeSheet("Bestuur en Ondersteuning", 120, -40, 10, ["Rentevoordeel", 25]),
        },
      },
      kloptNiet: {
        uitleg:
          "GGD Twente noemt de rente 'Rentevoordeel schatkistbankieren' (25), Bestuur en Ondersteuning 'Rentenadeel schatkistbankieren' (-5): twee benamingen in één Berap, één waarschuwing. De bedragen zelf kloppen: GGD 120 - 40 + 10 + 25 = 115, B&O 50 - 20 + 0 - 5 = 25.",
        bladen: {
          GGD: programmeSheet("GGD Twente", 120, -40, 10, ["Rentevoordeel", 25]),
          "B&O": programmeSheet("Bestuur en Ondersteuning", 50, -20, 0, ["Rentenadeel", -5]),
        },
      },
    },
  },
  check(ctx) {
    const lines = ctx.berap.conventions.interestLines;
    if (lines.length === 0) return;
    const voordeel = lines.find((l) => l.wording === "voordeel");
    const nadeel = lines.find((l) => l.wording === "nadeel");
    if (voordeel && nadeel) {
      // Reported at the line that breaks with the first wording.
      const second = lines.indexOf(voordeel) < lines.indexOf(nadeel) ? nadeel : voordeel;
      ctx.report({
        ref: second.ref,
        messageId: "gemengd",
        data: { voordeel: where(voordeel), nadeel: where(nadeel) },
        verwacht: voordeel === second ? nadeel.label : voordeel.label,
        gevonden: second.label,
      });
      return;
    }
    // The line that says most: a voordeel or nadeel wording over a neutral one.
    const line = voordeel ?? nadeel ?? lines[0];
    ctx.report({
      ref: line.ref,
      ernst: "info",
      messageId: "conventie",
      data: { regel: where(line), betekenis: MEANING[line.wording] },
      gevonden: line.label,
    });
  },
});
