import { Development, DevelopmentList, Programme } from "../tables/types";
import { RuleContext } from "./rule";

/** Every development of every programme, with its list (for the sign) and programme (for the message). */
export function eachDevelopment(
  ctx: RuleContext,
  visit: (item: Development, list: DevelopmentList, p: Programme) => void
): void {
  for (const p of ctx.berap.programmes)
    for (const list of p.lists) for (const item of list.items) visit(item, list, p);
}
