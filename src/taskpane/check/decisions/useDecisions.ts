import { useEffect, useRef, useState } from "react";
import {
  Besluit,
  DecidedFinding,
  decide,
  decisionKey,
  Decision,
  Finding,
  withDecision,
  withoutDecision,
} from "../../../berap";
import { useConfirm } from "../../confirm";
import { WorkbookSource } from "../../source/workbookSource";
import { allDecisions, decisionAnnouncement, revokedAnnouncement, today } from "./text";

export interface DecisionState {
  readonly besloten: readonly DecidedFinding[];
  readonly vervallen: readonly Decision[];
}

export interface Decisions {
  /** The last decision in words, for the pane's live region. */
  readonly announcement: string;
  /** Standalone: decisions made since the last saved copy, which only a saved copy keeps. */
  readonly unsaved: boolean;
  decideOn(f: Finding, besluit: Besluit, reden: string, next?: Finding): Promise<void>;
  revoke(d: DecidedFinding): Promise<void>;
  removeAll(): Promise<void>;
  removeExpired(): Promise<void>;
  saveCopy(): Promise<void>;
}

/**
 * Accepting and ignoring findings: each change writes the whole list of decisions through the source (in Excel
 * the store sheet, standalone memory) and checks the workbook again at once, so the finding leaves the list
 * and the overview and Volgende follow. Focus goes to the next finding, so keyboard users go on where they were.
 */
export function useDecisions(
  source: WorkbookSource | undefined,
  checked: DecisionState | undefined,
  recheck: () => Promise<void>,
  say: (message: { intent: "success" | "error"; text: string }) => void
): Decisions {
  const ask = useConfirm();
  const [announcement, setAnnouncement] = useState("");
  const [version, setVersion] = useState(0);
  const [savedVersion, setSavedVersion] = useState(0);
  const focusNext = useRef<string | null | undefined>(undefined);

  // After the list is checked again: focus the finding that followed the decided one (or, without one, the
  // decided section's heading).
  useEffect(() => {
    const key = focusNext.current;
    if (key === undefined || !checked) return;
    focusNext.current = undefined;
    requestAnimationFrame(() => {
      const target =
        (key !== null &&
          [...document.querySelectorAll<HTMLElement>("[data-besluit-key]")].find(
            (e) => e.dataset.besluitKey === key
          )) ||
        document.querySelector<HTMLElement>("#kop-besloten button");
      target?.focus();
    });
  }, [checked]);

  async function store(next: readonly Decision[], said: string): Promise<boolean> {
    if (!source) return false;
    try {
      await source.writeDecisions(next);
    } catch (e) {
      say({ intent: "error", text: e instanceof Error ? e.message : String(e) });
      return false;
    }
    setVersion((v) => v + 1);
    await recheck();
    setAnnouncement(said);
    return true;
  }

  const current = () => (checked ? allDecisions(checked.besloten, checked.vervallen) : []);

  return {
    announcement,
    unsaved: Boolean(source?.saveCopy) && version !== savedVersion,
    async decideOn(f, besluit, reden, next) {
      focusNext.current = next ? decisionKey(next) : null;
      const ok = await store(
        withDecision(current(), decide(f, besluit, reden, today())),
        decisionAnnouncement(f, besluit)
      );
      if (!ok) focusNext.current = undefined;
    },
    async revoke(d) {
      await store(withoutDecision(current(), d.bevinding), revokedAnnouncement(d.bevinding));
    },
    async removeAll() {
      const count = current().length;
      const yes = await ask(
        `${count === 1 ? "Het besluit" : `Alle ${count} besluiten`} over geaccepteerde en genegeerde bevindingen ${source?.kind === "excel" ? "worden uit de werkmap verwijderd (het verborgen blad met besluiten verdwijnt)" : "worden vergeten"}; de bevindingen staan weer in de lijst.`,
        { title: "Alle besluiten verwijderen?", confirm: "Verwijderen" }
      );
      if (yes) await store([], "Alle besluiten verwijderd: de bevindingen staan weer in de lijst.");
    },
    async removeExpired() {
      if (!checked) return;
      await store(
        checked.besloten.map((b) => b.besluit),
        "Besluiten die niet meer gelden zijn verwijderd."
      );
    },
    async saveCopy() {
      if (!source?.saveCopy) return;
      try {
        const { name, bytes } = await source.saveCopy();
        download(name, bytes);
        setSavedVersion(version);
        say({
          intent: "success",
          text: `Kopie opgeslagen als '${name}' (in de map voor downloads). Open die kopie om met deze besluiten verder te werken; het geopende bestand zelf is niet gewijzigd.`,
        });
      } catch (e) {
        say({
          intent: "error",
          text: `De kopie kon niet worden gemaakt: ${e instanceof Error ? e.message : String(e)}`,
        });
      }
    },
  };
}

/** Hands the bytes to the browser as a download: nothing leaves the computer. */
function download(name: string, bytes: Uint8Array): void {
  const blob = new Blob([bytes.slice().buffer as ArrayBuffer], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
