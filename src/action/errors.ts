/** A mistake in the workflow (an input, the event) that the user fixes in their YAML. */
import { UserError } from '../core/errors.js';

export class ActionInputError extends UserError {
  override readonly name = 'ActionInputError';
}
