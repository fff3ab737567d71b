/** The output formats of the CLI's commands: one definition for `check` and `sprint`. */
export const FORMATS = ['text', 'json', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

/** Whether a --format value is one of the formats. */
export const isFormat = (value: string): value is Format => (FORMATS as readonly string[]).includes(value);
