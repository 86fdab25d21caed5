/*
 * The worker thread in which berap-check checks one file at a time (see isolation.ts): whatever a file does to
 * the reader or the engine, the main thread keeps its clock and its memory and can stop this thread.
 */
import { parentPort } from "worker_threads";
import { checkFile, CheckOptions } from "./checkFile";

parentPort?.on("message", (request: { file: string; options: CheckOptions }) => {
  void checkFile(request.file, request.options).then((result) => parentPort?.postMessage(result));
});
