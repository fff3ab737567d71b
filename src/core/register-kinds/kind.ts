/**
 * A kind of debt register — where the register lives and how an item of it is named.
 * Each kind is one module (github.ts, key.ts, url.ts, file.ts) that knows how to find a
 * reference to it, how to describe it in a message, what a reference looks like in the
 * paste-ready snippet, and what resolving one through the GitHub API checks. Adding a
 * kind: its module, its entry in the config schema's `register` union, and its line in
 * index.ts.
 */
import type { Register } from '../../config/schema.js';
import type { UserPattern } from '../../config/user-pattern.js';
import type { DebtLinkFact } from '../result.js';
import type { Scan, Where } from './references.js';

/** What finding references needs besides the text: the subject's repository, and compiled key patterns. */
export interface FindContext extends Where {
  /** Compiled `key` patterns, by pattern. */
  readonly keyPatterns: ReadonlyMap<string, UserPattern>;
}

export interface RegisterKind<R extends Register = Register> {
  /** The `register` value of the references it finds. */
  readonly name: DebtLinkFact['register'];
  /** Whether a configured register is of this kind. */
  is(register: Register): register is R;
  /** The references to this register in a unit of the body. */
  find(register: R, scan: Scan, context: FindContext): DebtLinkFact[];
  /** The register in a message: "a GitHub issue in acme/debt", "a key matching /DEBT-\d+/". */
  describe(register: R): string;
  /** What a reference looks like, for the snippet — in words, with no number a paste could pass with. */
  example(register: R): string;
  /**
   * Resolving a reference through the GitHub API (`verify: true`): the label the issue
   * must carry when this register names one for `repo` (owner/name). Undefined for
   * kinds the API cannot resolve (tracker keys, URLs, files).
   */
  verify?(register: R, repo: string, subjectRepo: string): { readonly label: string | undefined } | undefined;
}
