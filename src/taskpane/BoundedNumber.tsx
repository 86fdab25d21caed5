import { Field, SpinButton } from "@fluentui/react-components";
import { useState } from "react";
import { parseDutchNumber } from "../calc";

export interface Bounds {
  readonly min: number;
  readonly max: number;
}

/**
 * Reads a whole number within bounds from what the user typed, the Dutch way ("2", "0,5", "-1"): the number,
 * or a Dutch sentence that says what is allowed and why the input is not.
 */
export function readWholeNumber(
  text: string,
  { min, max }: Bounds,
  what: string
): { value: number } | { error: string } {
  const parsed = parseDutchNumber(text);
  if (parsed.kind !== "getal")
    return { error: `${what}: typ een heel getal van ${min} tot ${max}.` };
  const value = parsed.value;
  if (!value.isInteger())
    return {
      error: `${what}: alleen hele getallen (${min} tot ${max}); '${text.trim()}' is geen heel getal.`,
    };
  if (value.lt(min) || value.gt(max))
    return {
      error: `${what}: kies ${min} tot ${max}; ${value.toString().replace(".", ",")} valt daarbuiten.`,
    };
  return { value: value.toNumber() };
}

/**
 * A spin button for a bounded whole number, with Dutch names on its buttons and a Dutch message for what it
 * cannot take. An invalid entry never reaches the caller: the last valid value stays in force.
 */
export function BoundedNumber(props: {
  label: string;
  hint: string;
  value: number;
  bounds: Bounds;
  onChange(value: number): void;
}) {
  const { label, hint, value, bounds, onChange } = props;
  const [error, setError] = useState<string>();
  return (
    <Field label={label} hint={hint} validationMessage={error}>
      <SpinButton
        value={value}
        min={bounds.min}
        max={bounds.max}
        incrementButton={{ "aria-label": `${label} een hoger` }}
        decrementButton={{ "aria-label": `${label} een lager` }}
        onChange={(_, d) => {
          const text =
            typeof d.value === "number" ? String(d.value) : (d.displayValue ?? "").toString();
          const read = readWholeNumber(text, bounds, label);
          if ("error" in read) {
            setError(read.error);
            return;
          }
          setError(undefined);
          onChange(read.value);
        }}
      />
    </Field>
  );
}
