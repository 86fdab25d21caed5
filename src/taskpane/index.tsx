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
  const host = await detectHost();
  container.replaceChildren();
  createRoot(container).render(<App host={host} />);
}

void start();
