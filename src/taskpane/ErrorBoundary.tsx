import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { Component, ReactNode } from "react";

interface Props {
  /** "Controleren": named in the message. */
  readonly part: string;
  /** Called by "Opnieuw": the parent renders the part afresh (and fetches its code again if that failed). */
  readonly onRetry: () => void;
  readonly children: ReactNode;
}

/**
 * Never a white page: whatever goes wrong inside one tab (a rendering error, its code that could not be
 * loaded) shows a Dutch message with "Opnieuw" in that tab; the tabs, the other parts and the workbook stay.
 */
export class ErrorBoundary extends Component<Props, { error?: Error }> {
  state: { error?: Error } = {};

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{this.props.part} liep vast</MessageBarTitle>
          Er ging iets mis: {error.message || "onbekende fout"}. Uw werkmap is niet veranderd.
          Probeer het opnieuw; blijft het misgaan, sluit dan het venster en open het opnieuw.
        </MessageBarBody>
        <MessageBarActions>
          <Button
            onClick={() => {
              this.setState({ error: undefined });
              this.props.onRetry();
            }}
          >
            Opnieuw
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
