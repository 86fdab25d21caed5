/*
 * The worker thread in which berap-check checks one file at a time (see isolation.ts): whatever a file does to
 * the reader or the engine, the main thread keeps its clock and its memory and can stop this thread.
 */
import { parentPort } from "worker_threads";
import { checkFile, CheckOptions } from "./checkFile";

// Ready once the reader and the engine are loaded: the file's time budget starts only then, so a slow start
// on a busy machine is never blamed on the file.
parentPort?.postMessage({ ready: true });
parentPort?.on("message", (request: { file: string; options: CheckOptions }) => {
  void checkFile(request.file, request.options).then((result) => parentPort?.postMessage(result));
});
