/** Errors that stop start-up with a message for the operator (no stack trace): what failed and what to check. */
export class StartupError extends Error {
  override name = 'StartupError';
}
