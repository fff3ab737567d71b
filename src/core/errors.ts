/**
 * Errors a user can act on. Every error alignment-check raises for a user's mistake —
 * a bad input, flag or config, an export that does not parse, an API call that fails —
 * extends {@link UserError}: its message is what the user sees, whole, with no stack.
 * Anything else is a bug, reported as one. Each shell (the action, the CLI) turns
 * errors into its own output in one place, with {@link describeError}.
 */
export class UserError extends Error {
  override readonly name: string = 'UserError';
}

/** Whether a thrown value is a user-facing error. */
export const isUserError = (error: unknown): error is UserError => error instanceof UserError;

/** What a shell says about any thrown value: the user's message, or a bug report with the detail. */
export function describeError(error: unknown): { readonly user: boolean; readonly message: string } {
  if (isUserError(error)) return { user: true, message: error.message };
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { user: false, message: detail };
}
