import { bedrijfsresultaat } from "./bedrijfsresultaat";
import { lijstTotaal } from "./lijst-totaal";
import { begrotingSaldo } from "./begroting-saldo";
import { caoTabel } from "./cao-tabel";
import { foutwaarde } from "./foutwaarde";
import { onleesbaar } from "./onleesbaar";
import { tabelNietHerkend } from "./tabel-niet-herkend";
import { totaalZonderFormule } from "./totaal-zonder-formule";
import { vergelijkingVorigeBerap } from "./vergelijking-vorige-berap";
import { geconsolideerdeMatrix } from "./geconsolideerde-matrix";
import { ontwikkelingFinanciering } from "./ontwikkeling-financiering";
import { ontwikkelingSoort } from "./ontwikkeling-soort";
import { ontwikkelingTeken } from "./ontwikkeling-teken";
import { verdelingGemeenten } from "./verdeling-gemeenten";
import { verdelingPercentage } from "./verdeling-percentage";
import { doorwerking } from "./doorwerking";
import { financieringMatrix } from "./financiering-matrix";
import { investeringen } from "./investeringen";
import { lastenBaten } from "./lasten-baten";
import { percentages } from "./percentages";
import { projectenbudget } from "./projectenbudget";
import { renteregel } from "./renteregel";
import { risicoInventarisatie } from "./risico-inventarisatie";
import { resultaatRegels } from "./resultaat-regels";
import { Rule } from "./rule";
import { rolRelatie } from "./rol-relatie";
import { tabelTotalen } from "./tabel-totalen";
import { technischeWijziging } from "./technische-wijziging";
import { saldoRegel } from "./saldo-regel";
import { samenvatting } from "./samenvatting";
import { taakstellingen } from "./taakstellingen";
import { weerstandsvermogen } from "./weerstandsvermogen";
import { wijzigingTabellen } from "./wijziging-tabellen";

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
  renteregel,
  financieringMatrix,
  doorwerking,
  projectenbudget,
  samenvatting,
  geconsolideerdeMatrix,
  vergelijkingVorigeBerap,
  caoTabel,
  weerstandsvermogen,
  risicoInventarisatie,
  begrotingSaldo,
  technischeWijziging,
  wijzigingTabellen,
  investeringen,
  taakstellingen,
  lastenBaten,
  saldoRegel,
  percentages,
  verdelingGemeenten,
  verdelingPercentage,
  rolRelatie,
  tabelTotalen,
  totaalZonderFormule,
];

export type { Rule, RuleContext } from "./rule";
