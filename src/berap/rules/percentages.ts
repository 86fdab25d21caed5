import { checkClosingRows, gridsOf } from "./helpers";
import { defineRule } from "./rule";

export const percentages = defineRule({
  meta: {
    id: "percentages",
    naam: "Percentagetabel",
    beschrijving:
      "Percentagetabellen (zoals ziekteverzuim): het totaalpercentage is de som van de delen, op de getoonde precisie.",
    ernst: "fout",
    messages: {},
  },
  check(ctx) {
    for (const grid of gridsOf(ctx, "ziekteverzuim")) checkClosingRows(ctx, grid, "all");
  },
});
