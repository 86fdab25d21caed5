import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { useLayout } from "../layout";
import { useMemo, useState } from "react";
import {
  Decimal,
  distribute,
  DistributionMethod,
  formatDutchNumber,
  gemeenten,
  latestInwonersYear,
  sum,
} from "../../calc";
import { BoundedNumber } from "../BoundedNumber";
import { readAmount, readAs } from "./readAmount";
import { useConfirm } from "../confirm";
import { WorkbookSource } from "../source/workbookSource";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "end",
  },
  // Columns as wide as their content, names wrapping at word ends only, figures never broken.
  // In a very narrow pane (320 px with text at 200%) each row shows its name above its share.
  table: {
    tableLayout: "auto",
    overflowWrap: "break-word",
    "@media (max-width: 240px)": {
      "& tr": { display: "grid", gridTemplateColumns: "minmax(0, 1fr)" },
      "& th, & td": { display: "block", height: "auto" },
      // The key column (inwoners) gives way to the shares.
      "& th:nth-child(2), & td:nth-child(2)": { display: "none" },
    },
  },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  // Fluent gives an input a minimum width of its own; in a narrow pane with large text it must shrink.
  input: { minWidth: 0, width: "100%" },
});

type Preview =
  | {
      readonly kind: "ok";
      readonly labels: string[];
      readonly keys: number[];
      readonly shares: Decimal[];
    }
  | { readonly kind: "fout"; readonly error: string };

const METHODS: { value: DistributionMethod; label: string; uitleg: string }[] = [
  {
    value: "sluitend",
    label: "Sluitend",
    uitleg:
      "De aandelen tellen precies op tot het bedrag (grootste resten krijgen de afrondingseuro's).",
  },
  {
    value: "per_regel",
    label: "Per regel",
    uitleg:
      "Elk aandeel apart afgerond, zoals in de gepubliceerde tabellen; het totaal kan afwijken.",
  },
];

/** Verdelen: an amount over the 14 municipalities (or a key of one's own), with a live preview. */
export function DistributeTab({ source }: { source?: WorkbookSource }) {
  const styles = useStyles();
  const layout = useLayout();
  const confirm = useConfirm();
  const year = latestInwonersYear();
  const [amountText, setAmountText] = useState("295.000");
  const [decimals, setDecimals] = useState(0);
  const [method, setMethod] = useState<DistributionMethod>("sluitend");
  const [ownKey, setOwnKey] = useState<{ address: string; values: number[] }>();
  const [message, setMessage] = useState<{ intent: "success" | "error" | "info"; text: string }>();

  const reading = readAmount(amountText);
  const amount = reading.kind === "bedrag" ? reading.value : undefined;
  const rows = useMemo((): Preview | undefined => {
    const labels = ownKey
      ? ownKey.values.map((_, i) => `Regel ${i + 1}`)
      : gemeenten(year).map((g) => g.naam);
    const keys = ownKey ? ownKey.values : gemeenten(year).map((g) => g.inwoners);
    if (!amount) return undefined;
    try {
      const shares = distribute(amount, keys, { decimals, method });
      return { kind: "ok", labels, keys, shares };
    } catch (e) {
      return { kind: "fout", error: e instanceof Error ? e.message : String(e) };
    }
  }, [amount, decimals, method, ownKey, year]);

  const total = rows?.kind === "ok" ? sum(rows.shares) : undefined;
  // The total against the amount as typed (not rounded first): what the controller will compare.
  const difference = total && amount ? total.minus(amount) : undefined;

  async function insert(asFormula: boolean) {
    if (!source?.insertAtSelection || rows?.kind !== "ok" || !amount) return;
    const values = [
      ["Gemeente", "Aandeel"],
      ...rows.labels.map((l, i) => [l, rows.shares[i].toNumber()]),
    ];
    const formula = `=ST.VERDEEL_INWONERS(${amount.toString()},,${decimals},"${method}",${year})`;
    const formulas = asFormula
      ? [["Gemeente", "Aandeel"], ...rows.labels.map((l, i) => [l, i === 0 ? formula : ""])]
      : undefined;
    const done = await source.insertAtSelection(values, formulas, () =>
      confirm("Op de geselecteerde plek staan al gegevens. Wilt u die overschrijven?")
    );
    setMessage(
      done
        ? { intent: "success", text: asFormula ? "Formule ingevoegd." : "Waarden ingevoegd." }
        : { intent: "info", text: "Niets ingevoegd." }
    );
  }

  return (
    <section className={layout.column} aria-label="Verdelen">
      <Body1>Verdeel een bedrag over de gemeenten naar rato van de verdeelsleutel.</Body1>
      <div className={styles.row}>
        <Field
          label="Bedrag"
          validationState={
            reading.kind === "fout" ? "error" : reading.kind === "vraag" ? "warning" : "none"
          }
          validationMessage={
            reading.kind === "fout"
              ? reading.error
              : reading.kind === "vraag"
                ? reading.question
                : undefined
          }
          hint={amount ? <span data-testid="gelezen-als">{readAs(amount)}</span> : undefined}
        >
          <Input
            value={amountText}
            onChange={(_, d) => setAmountText(d.value)}
            inputMode="decimal"
            className={styles.input}
          />
        </Field>
        {source?.selectedNumber && (
          <Button
            onClick={async () => {
              const n = await source.selectedNumber!();
              if (n === undefined)
                setMessage({ intent: "info", text: "De geselecteerde cel bevat geen getal." });
              else setAmountText(formatDutchNumber(n));
            }}
          >
            Uit geselecteerde cel
          </Button>
        )}
      </div>
      {reading.kind === "vraag" && (
        <div className={styles.row} role="group" aria-label="Welk bedrag bedoelt u?">
          {reading.options.map((o) => (
            <Button key={o.text} onClick={() => setAmountText(o.text)}>
              Bedoeld: {o.label}
            </Button>
          ))}
        </div>
      )}
      {reading.kind === "fout" && reading.suggestion && (
        <div>
          <Button onClick={() => setAmountText(reading.suggestion!)}>
            Gebruik {reading.suggestion}
          </Button>
        </div>
      )}
      <BoundedNumber
        label="Decimalen"
        hint="Decimalen van elk aandeel: 0 (hele euro's) tot 4."
        value={decimals}
        bounds={{ min: 0, max: 4 }}
        onChange={setDecimals}
      />
      <Field label="Verdeelsleutel">
        <Body1>
          {ownKey
            ? `Eigen sleutel uit ${ownKey.address} (${ownKey.values.length} regels)`
            : `Inwoners ${year} (14 gemeenten)`}
        </Body1>
      </Field>
      {source?.selectedKey && (
        <div className={styles.row}>
          <Button onClick={async () => setOwnKey(await source.selectedKey!())}>
            Sleutel uit geselecteerd bereik
          </Button>
          {ownKey && <Button onClick={() => setOwnKey(undefined)}>Inwoners gebruiken</Button>}
        </div>
      )}
      <Field label="Methode">
        <RadioGroup value={method} onChange={(_, d) => setMethod(d.value as DistributionMethod)}>
          {METHODS.map((m) => (
            <Radio key={m.value} value={m.value} label={`${m.label}: ${m.uitleg}`} />
          ))}
        </RadioGroup>
      </Field>
      {rows?.kind === "fout" && (
        <MessageBar intent="error">
          <MessageBarBody>{rows.error}</MessageBarBody>
        </MessageBar>
      )}
      {rows?.kind === "ok" && (
        <>
          <Table size="small" aria-label="Voorbeeld van de verdeling" className={styles.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{ownKey ? "Regel" : "Gemeente"}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>
                  {ownKey ? "Sleutel" : "Inwoners"}
                </TableHeaderCell>
                <TableHeaderCell className={styles.number}>Aandeel</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.labels.map((label, i) => (
                <TableRow key={label}>
                  <TableCell>{label}</TableCell>
                  <TableCell className={styles.number}>{formatDutchNumber(rows.keys[i])}</TableCell>
                  <TableCell className={styles.number} data-testid="aandeel">
                    {formatDutchNumber(rows.shares[i], decimals)}
                  </TableCell>
                </TableRow>
              ))}
              <TableRow>
                <TableCell>
                  <strong>Totaal</strong>
                </TableCell>
                <TableCell className={styles.number}>{formatDutchNumber(sum(rows.keys))}</TableCell>
                <TableCell className={styles.number} data-testid="totaal">
                  <strong>{total ? formatDutchNumber(total, decimals) : ""}</strong>
                </TableCell>
              </TableRow>
            </TableBody>
          </Table>
          {difference && total && amount && (
            <Caption1 data-testid="afrondingsverschil">
              {difference.isZero()
                ? `De aandelen tellen precies op tot het bedrag, ${formatDutchNumber(amount, Math.max(decimals, amount.decimalPlaces()))}.`
                : `Afrondingsverschil: ${formatDutchNumber(difference)} (de aandelen tellen op tot ${formatDutchNumber(total, decimals)}, het bedrag is ${formatDutchNumber(amount)}).`}
            </Caption1>
          )}
          {source?.insertAtSelection && (
            <div className={styles.row}>
              <Button appearance="primary" onClick={() => insert(false)}>
                Invoegen als waarden
              </Button>
              {!ownKey && <Button onClick={() => insert(true)}>Invoegen als formule</Button>}
            </div>
          )}
        </>
      )}
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
