import * as path from "path";
import { Worker } from "worker_threads";
import { dutchInteger } from "../workbook/reader/limits";
import { notChecked } from "../workbook/outcome";
import { WorkbookReadError } from "../workbook/xlsx";
import { checkFile, CheckOptions } from "./checkFile";
import { failureOf, FileResult } from "./report";

/**
 * Checks files in a worker thread with a hard time budget and a heap cap: the reader bounds itself, but the
 * engine's work on an odd workbook cannot be interrupted from inside. A file that runs over is stopped and
 * reported as too large; the next file gets a fresh worker. When the code runs as TypeScript (the tests'
 * in-process runs) there is no compiled worker script, and files are checked in-process.
 */
export interface IsolationLimits {
  readonly timeBudgetMs: number;
  readonly heapMb: number;
}

export const DEFAULT_ISOLATION: IsolationLimits = { timeBudgetMs: 15_000, heapMb: 700 };

const WORKER_SCRIPT = path.join(__dirname, "checkWorker.js");

export class FileChecker {
  private worker?: Worker;

  constructor(private readonly limits: IsolationLimits = DEFAULT_ISOLATION) {}

  static get canIsolate(): boolean {
    return __filename.endsWith(".js");
  }

  async check(file: string, options: CheckOptions): Promise<FileResult> {
    if (!FileChecker.canIsolate) return checkFile(file, options);
    // A worker that dies for another reason than the file (it could not start, the machine is short of
    // resources) gets one more try in a fresh worker before the file is reported as not checked.
    const first = await this.attempt(file, options);
    return first.retry ? (await this.attempt(file, options)).result : first.result;
  }

  /** A worker that has loaded the reader and the engine; undefined when it could not start. */
  private started(): Promise<Worker | undefined> {
    if (this.worker) return Promise.resolve(this.worker);
    const worker = new Worker(WORKER_SCRIPT, {
      resourceLimits: { maxOldGenerationSizeMb: this.limits.heapMb },
    });
    // The budget's timer keeps the process alive while a file is checked; an idle worker never does.
    worker.unref();
    return new Promise((resolve) => {
      const done = (ok: boolean) => {
        worker.off("message", onReady).off("error", onFail).off("exit", onFail);
        if (ok) this.worker = worker;
        else void worker.terminate();
        resolve(ok ? worker : undefined);
      };
      const onReady = (message: { ready?: boolean }) => done(message?.ready === true);
      const onFail = () => done(false);
      worker.on("message", onReady).on("error", onFail).on("exit", onFail);
    });
  }

  private async attempt(
    file: string,
    options: CheckOptions
  ): Promise<{ result: FileResult; retry: boolean }> {
    const worker = await this.started();
    if (!worker)
      return {
        result: failureOf(
          file,
          notChecked(new Error("de controle kon niet starten")),
          options.uitgebreid
        ),
        retry: true,
      };
    return new Promise((resolve) => {
      const finish = (result: FileResult, stop: boolean) => {
        clearTimeout(timer);
        worker.off("message", onMessage).off("error", onError).off("exit", onExit);
        if (stop) {
          void worker.terminate();
          this.worker = undefined;
        }
        resolve({ result, retry: stop && !(error instanceof WorkbookReadError) });
      };
      let error: WorkbookReadError | Error | undefined;
      const fail = (e: WorkbookReadError | Error) => {
        error = e;
        finish(failureOf(file, notChecked(e), options.uitgebreid), true);
      };
      const onMessage = (result: FileResult) => finish(result, false);
      const onError = (error: Error & { code?: string }) =>
        fail(
          error.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? new WorkbookReadError(
                "te-groot",
                `het bestand is te groot: controleren vraagt meer dan ${dutchInteger(this.limits.heapMb)} MB geheugen`
              )
            : error
        );
      const onExit = () => fail(new Error("de controle stopte onverwacht"));
      const timer = setTimeout(
        () =>
          fail(
            new WorkbookReadError(
              "te-groot",
              `het bestand is te groot of te ingewikkeld: controleren duurt langer dan ${seconds(this.limits.timeBudgetMs)} seconden`
            )
          ),
        this.limits.timeBudgetMs
      );
      worker.on("message", onMessage).on("error", onError).on("exit", onExit);
      worker.postMessage({ file, options });
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }
}

/** "15", "0,3": seconds as the controllers write them. */
function seconds(ms: number): string {
  return (ms / 1000).toLocaleString("nl-NL", { maximumFractionDigits: 1 });
}
