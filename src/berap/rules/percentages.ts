import { checkClosingRows, gridsOf } from "./helpers";
import { Rule } from "./rule";

export const percentages: Rule = {
  id: "percentages",
  beschrijving:
    "Percentagetabellen (zoals ziekteverzuim): het totaalpercentage is de som van de delen, op de getoonde precisie.",
  ernst: "fout",
  check(ctx) {
    for (const grid of gridsOf(ctx, "ziekteverzuim"))
      checkClosingRows(
        ctx,
        grid,
        grid.headers.map((_, i) => i)
      );
  },
};
