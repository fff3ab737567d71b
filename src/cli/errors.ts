/** The CLI's user errors: a bad command line (exit 2 with the usage hint) or a bad input (exit 2). */
import { UserError } from '../core/errors.js';

export class UsageError extends UserError {
  override readonly name = 'UsageError';
}

export class InputError extends UserError {
  override readonly name = 'InputError';
}
