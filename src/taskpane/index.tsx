import { createRoot } from "react-dom/client";
import { App } from "./App";
import { detectHost } from "./host";

/**
 * Entry of the task pane: say at once that it is loading (Office.js can take seconds on a cold start of Excel
 * on the web, and the pane must never be a white page), then wait for Office, or find that there is none,
 * and render.
 */
async function start(): Promise<void> {
  const container = document.getElementById("container");
  if (!container) return;
  const loading = document.createElement("p");
  loading.setAttribute("role", "status");
  loading.style.cssText = "font-family: 'Segoe UI', system-ui, sans-serif; margin: 16px";
  loading.textContent = "Berap-controle wordt geladen…";
  container.replaceChildren(loading);
  // Only a hint for the user, never a decision: the mode waits for Office.onReady however long it takes.
  const slow = setTimeout(() => {
    loading.textContent =
      "Berap-controle wordt geladen… Dit duurt langer dan gewoonlijk; bij de eerste keer openen in Excel voor het web kan dat even duren.";
  }, 10_000);
  const host = await detectHost();
  clearTimeout(slow);
  container.replaceChildren();
  createRoot(container).render(<App host={host} />);
}

void start();
