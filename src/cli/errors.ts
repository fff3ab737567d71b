/** Errors a user can fix; the CLI prints their message (no stack) and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export class InputError extends Error {
  override readonly name = 'InputError';
}
