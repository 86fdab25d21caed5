import { bedrijfsresultaat, lijstTotaal } from "./listTotals";
import { begrotingSaldo } from "./budget";
import { caoTabel } from "./caoTable";
import { foutwaarde, onleesbaar, tabelNietHerkend, totaalZonderFormule } from "./cells";
import { vergelijkingVorigeBerap } from "./comparison";
import { geconsolideerdeMatrix } from "./consolidatedMatrix";
import { ontwikkelingFinanciering, ontwikkelingSoort, ontwikkelingTeken } from "./developmentCodes";
import { verdelingGemeenten } from "./distribution";
import { doorwerking } from "./doorwerking";
import { financieringMatrix } from "./financingMatrix";
import { investeringen } from "./investments";
import { lastenBaten } from "./lastenBaten";
import { percentages } from "./percentages";
import { projectenbudget } from "./projectenbudget";
import { resultaatRegels } from "./resultLines";
import { Rule } from "./rule";
import { rolRelatie } from "./rolRelatie";
import { tabelTotalen } from "./tabelTotalen";
import { samenvatting } from "./summary";
import { taakstellingen } from "./taakstellingen";
import { weerstandsvermogen } from "./weerstand";

/** Every rule of the engine, in the order a controller reads a Berap. */
export const RULES: readonly Rule[] = [
  tabelNietHerkend,
  foutwaarde,
  onleesbaar,
  ontwikkelingSoort,
  ontwikkelingFinanciering,
  ontwikkelingTeken,
  lijstTotaal,
  bedrijfsresultaat,
  resultaatRegels,
  financieringMatrix,
  doorwerking,
  projectenbudget,
  samenvatting,
  geconsolideerdeMatrix,
  vergelijkingVorigeBerap,
  caoTabel,
  weerstandsvermogen,
  begrotingSaldo,
  investeringen,
  taakstellingen,
  lastenBaten,
  percentages,
  verdelingGemeenten,
  rolRelatie,
  tabelTotalen,
  totaalZonderFormule,
];

export type { Rule, RuleContext } from "./rule";
