import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { createContext, ReactNode, useCallback, useContext, useState } from "react";

/**
 * Asking before the pane would overwrite a user's cells. Office add-ins may not use window.confirm (Office
 * blocks it), so the question is a Fluent dialog; `useConfirm()` returns a function that resolves to the
 * answer.
 */
/** The dialog's title and its confirming button; by default the question before overwriting cells. */
export interface AskOptions {
  readonly title?: string;
  readonly confirm?: string;
}
type Ask = (question: string, options?: AskOptions) => Promise<boolean>;
const ConfirmContext = createContext<Ask>(async () => false);

export function useConfirm(): Ask {
  return useContext(ConfirmContext);
}

export function ConfirmProvider({ children }: { children: ReactNode }) {
  const [pending, setPending] = useState<{
    question: string;
    options?: AskOptions;
    answer: (yes: boolean) => void;
  }>();
  const ask = useCallback<Ask>(
    (question, options) => new Promise((answer) => setPending({ question, options, answer })),
    []
  );
  const close = (yes: boolean) => {
    pending?.answer(yes);
    setPending(undefined);
  };
  return (
    <ConfirmContext.Provider value={ask}>
      {children}
      <Dialog open={pending !== undefined} onOpenChange={(_, d) => !d.open && close(false)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{pending?.options?.title ?? "Cellen overschrijven?"}</DialogTitle>
            <DialogContent>{pending?.question}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => close(true)}>
                {pending?.options?.confirm ?? "Overschrijven"}
              </Button>
              <Button onClick={() => close(false)}>Annuleren</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </ConfirmContext.Provider>
  );
}
