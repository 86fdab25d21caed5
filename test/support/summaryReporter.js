// Prints the run's result as one plain line ("jest: 203 passed, 0 failed") after Jest's own summary, the
// form CI's log reader understands whatever the test runner.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const extra = skipped > 0 ? `, ${skipped} skipped` : "";
    process.stdout.write(
      `\njest: ${results.numPassedTests} passed, ${results.numFailedTests} failed${extra}\n`
    );
  }
}
module.exports = SummaryReporter;
