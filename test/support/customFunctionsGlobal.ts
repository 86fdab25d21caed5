/**
 * Excel provides the `CustomFunctions` global in its runtime; Node does not. This stand-in has the same shape
 * as @types/custom-functions-runtime (an Error with `code` and `message`, and the ErrorCode strings Excel
 * shows), so the functions under test throw exactly what they throw in Excel.
 */
class CustomFunctionsError {
  code: string;
  message?: string;
  constructor(code: string, message?: string) {
    this.code = code;
    this.message = message;
  }
}

(globalThis as Record<string, unknown>).CustomFunctions = {
  Error: CustomFunctionsError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  },
  associate: () => undefined,
};
