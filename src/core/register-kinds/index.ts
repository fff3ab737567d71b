/** The register kinds, and the kind of a configured register. */
import type { Register } from '../../config/schema.js';
import { fileRegister } from './file.js';
import { githubRegister } from './github.js';
import type { RegisterKind } from './kind.js';
import { keyRegister } from './key.js';
import { urlRegister } from './url.js';

export type { FindContext, RegisterKind } from './kind.js';
export type { Scan, Where } from './references.js';

/** Every kind, in the order of the config schema's `register` union. */
export const registerKinds = [githubRegister, keyRegister, urlRegister, fileRegister] as const;

/** The kind of a configured register (the config schema admits no other shape). */
export function kindOf(register: Register): RegisterKind {
  const kind = registerKinds.find((candidate) => candidate.is(register));
  if (kind === undefined) throw new Error(`unknown register kind: ${JSON.stringify(register)}`);
  return kind;
}

/** A kind by the name its references carry. */
export const kindNamed = (name: string): RegisterKind | undefined => registerKinds.find((kind) => kind.name === name);
