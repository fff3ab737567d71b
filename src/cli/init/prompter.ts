/**
 * The questions `init` asks on a terminal, behind a small port so the command does not
 * depend on how they are drawn. The one implementation is clack-prompter.ts.
 */
import { UserError } from '../../core/errors.js';

export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
  readonly hint?: string;
}

export interface Prompter {
  intro(title: string): void;
  select<T extends string>(question: { message: string; options: ReadonlyArray<Choice<T>>; initial: T }): Promise<T>;
  multiselect<T extends string>(question: { message: string; options: ReadonlyArray<Choice<T>>; initial: readonly T[] }): Promise<T[]>;
  /** `validate` returns the problem with an answer, or undefined when it is fine. */
  text(question: { message: string; initial: string; validate?: (answer: string) => string | undefined }): Promise<string>;
  confirm(question: { message: string; initial: boolean }): Promise<boolean>;
}

/** The user cancelled a question (Ctrl-C, Escape): init stops and writes nothing. */
export class PromptCancelled extends UserError {
  override readonly name = 'PromptCancelled';
}
