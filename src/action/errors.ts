/** A mistake in the workflow (an input, the event) that the user fixes in their YAML. */
export class ActionInputError extends Error {
  override readonly name = 'ActionInputError';
}
