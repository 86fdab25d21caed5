import { begrotingswijziging } from "./begrotingswijziging";
import { cao } from "./cao";
import { doorwerking } from "./doorwerking";
import { financieringsmatrix } from "./financieringsmatrix";
import { investeringen } from "./investeringen";
import { TableKind } from "./kind";
import { lastenBaten } from "./lastenBaten";
import { ontwikkelingBegroting } from "./ontwikkelingBegroting";
import { ontwikkelingen } from "./ontwikkelingen";
import { projectenbudget } from "./projectenbudget";
import { realisatie } from "./realisatie";
import { reserves } from "./reserves";
import { risicoInventarisatie } from "./risicoInventarisatie";
import { samenvatting } from "./samenvatting";
import { taakstellingen } from "./taakstellingen";
import { toelichtingVerschillen } from "./toelichtingVerschillen";
import { vergelijking } from "./vergelijking";
import { verdeling } from "./verdeling";
import { verdelingPercentage } from "./verdelingPercentage";
import { weerstandsvermogen } from "./weerstandsvermogen";
import { wijzigingPerBedrag } from "./wijzigingPerBedrag";
import { ziekteverzuim } from "./ziekteverzuim";

/**
 * Every table kind, the most specific first: a header is offered to each kind in turn, and the cells one
 * kind takes are not offered to the next.
 */
export const TABLE_KINDS: readonly TableKind[] = [
  // First: a list's own Financiering column is not the label header of a matrix beside it.
  ontwikkelingen,
  begrotingswijziging,
  financieringsmatrix,
  doorwerking,
  samenvatting,
  vergelijking,
  toelichtingVerschillen,
  cao,
  investeringen,
  ontwikkelingBegroting,
  reserves,
  weerstandsvermogen,
  risicoInventarisatie,
  lastenBaten,
  realisatie,
  ziekteverzuim,
  projectenbudget,
  taakstellingen,
  wijzigingPerBedrag,
  verdeling,
  verdelingPercentage,
];

export type { TableKind, ColumnRole, RoleRelation } from "./kind";
