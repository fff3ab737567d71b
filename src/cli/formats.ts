/** The output formats of the CLI's commands: one definition for `check` and `sprint`. */
import { UsageError } from './errors.js';

export const FORMATS = ['text', 'json', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

/** Whether a --format value is one of the formats. */
export const isFormat = (value: string): value is Format => (FORMATS as readonly string[]).includes(value);

/** The --format value, or a {@link UsageError} that lists the formats. */
export function formatOf(value: string | undefined): Format {
  if (value !== undefined && isFormat(value)) return value;
  throw new UsageError(`--format: expected one of ${FORMATS.join(', ')}, found "${String(value)}"`);
}
