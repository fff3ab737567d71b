/**
 * The questions drawn by @clack/prompts: a well-kept prompt library (select, multiselect,
 * text, confirm; cancellation; streams that tests can drive), loaded only when init runs
 * interactively, so every other command starts without it.
 */
import type { Readable, Writable } from 'node:stream';
import { PromptCancelled, type Choice, type Prompter } from './prompter.js';

/** The part of @clack/prompts init uses, as its typings declare it. */
interface Clack {
  intro(title: string, options: Streams): void;
  select<T>(options: Streams & { message: string; options: Array<{ value: T; label: string; hint?: string }>; initialValue: T }): Promise<T | symbol>;
  multiselect<T>(
    options: Streams & { message: string; options: Array<{ value: T; label: string; hint?: string }>; initialValues: T[]; required: boolean },
  ): Promise<T[] | symbol>;
  text(options: Streams & { message: string; initialValue: string; validate?: (value: string | undefined) => string | undefined }): Promise<string | symbol>;
  confirm(options: Streams & { message: string; initialValue: boolean }): Promise<boolean | symbol>;
  isCancel(value: unknown): value is symbol;
}

export interface Streams {
  readonly input: Readable;
  readonly output: Writable;
}

const options = <T extends string>(choices: ReadonlyArray<Choice<T>>) =>
  choices.map((choice) => ({ value: choice.value, label: choice.label, ...(choice.hint === undefined ? {} : { hint: choice.hint }) }));

export async function clackPrompter(streams: Streams): Promise<Prompter> {
  const clack = (await import('@clack/prompts' as string)) as Clack;
  const answer = <T>(value: T | symbol): T => {
    if (clack.isCancel(value)) throw new PromptCancelled('init cancelled: nothing was written');
    return value as T;
  };
  return {
    intro: (title) => clack.intro(title, streams),
    select: async (q) => answer(await clack.select({ ...streams, message: q.message, options: options(q.options), initialValue: q.initial })),
    multiselect: async (q) =>
      answer(await clack.multiselect({ ...streams, message: q.message, options: options(q.options), initialValues: [...q.initial], required: true })),
    text: async (q) =>
      answer(
        await clack.text({
          ...streams,
          message: q.message,
          initialValue: q.initial,
          ...(q.validate === undefined ? {} : { validate: (value: string | undefined) => q.validate?.(value ?? '') }),
        }),
      ),
    confirm: async (q) => answer(await clack.confirm({ ...streams, message: q.message, initialValue: q.initial })),
  };
}
