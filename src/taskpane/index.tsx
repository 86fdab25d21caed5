import { createRoot } from "react-dom/client";
import { App } from "./App";
import { detectHost, HostInfo } from "./host";

/** Entry of the task pane: wait for Office (or find that there is none) and render. */
async function start(): Promise<void> {
  const container = document.getElementById("container");
  if (!container) return;
  const host: HostInfo = await detectHost();
  createRoot(container).render(<App host={host} />);
}

void start();
