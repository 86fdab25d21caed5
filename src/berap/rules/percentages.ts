import { gridsOf } from "./helpers";
import { checkClosingRows } from "./closingRows";
import { defineRule } from "./rule";

export const percentages = defineRule({
  meta: {
    id: "percentages",
    naam: "Percentagetabel",
    beschrijving:
      "Percentagetabellen (zoals ziekteverzuim): het totaalpercentage is de som van de delen, op de getoonde precisie.",
    ernst: "fout",
    messages: {},
    voorbeelden: {
      klopt: {
        uitleg: "Ziekteverzuim t/m augustus 2024: 0,7% + 0,5% + 5,3% = 6,5%.",
        bladen: {
          Personeel: [
            ["Ziekteverzuim"],
            ["Verzuimduur", "t/m aug 2024"],
            ["Kort: < 8 dagen", "0,7%"],
            ["Middel: 8-42 dagen", "0,5%"],
            ["Lang: 43 dagen of langer", "5,3%"],
            ["Totaal SamenTwente", "6,5%"],
          ],
        },
      },
      kloptNiet: {
        uitleg:
          "De tabel zoals gepubliceerd: 2023 0,7% + 0,6% + 5,8% = 7,1% waar 7,2% staat, 2025 0,7% + 0,5% + 5,4% = 6,6% waar 6,5% staat; elk een verschil van 0,1%: afrondingsverschillen.",
        bladen: {
          Personeel: [
            ["Ziekteverzuim"],
            ["Verzuimduur", "t/m aug 2023", "t/m aug 2024", "t/m aug 2025"],
            ["Kort: < 8 dagen", "0,7%", "0,7%", "0,7%"],
            ["Middel: 8-42 dagen", "0,6%", "0,5%", "0,5%"],
            ["Lang: 43 dagen of langer", "5,8%", "5,3%", "5,4%"],
            ["Totaal SamenTwente", "7,2%", "6,5%", "6,5%"],
          ],
        },
      },
    },
  },
  check(ctx) {
    for (const grid of gridsOf(ctx, "ziekteverzuim")) checkClosingRows(ctx, grid, "all");
  },
});
