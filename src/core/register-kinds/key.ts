/** A register in an external tracker, named by a key the config's pattern matches ("DEBT-\d+"), in the text or a link's text. */
import type { KeyRegister, Register } from '../../config/schema.js';
import type { DebtLinkFact } from '../result.js';
import type { RegisterKind } from './kind.js';

export const keyRegister: RegisterKind<KeyRegister> = {
  name: 'key',
  is: (register: Register): register is KeyRegister => 'key' in register,
  find(register, scan, context) {
    // Compiled once per config on the linear-time engine (facts/key-patterns.ts).
    const pattern = context.keyPatterns.get(register.key);
    if (!pattern) return [];
    const facts: DebtLinkFact[] = [];
    for (const source of [scan.text, ...scan.linkTexts]) for (const token of pattern.tokens(source)) facts.push({ register: 'key', ref: token });
    return facts;
  },
  describe: (register) => `a key matching /${register.key}/`,
  example: (register) => `its key (matching ${register.key})`,
};
