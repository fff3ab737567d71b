/** A register file in the repository (docs/DEBT.md): its path in the text, or a link to it (relative or a blob URL), with an anchor. */
import type { FileRegister, Register } from '../../config/schema.js';
import type { DebtLinkFact } from '../result.js';
import type { RegisterKind } from './kind.js';
import { FILE_PATH, fileFact, repositoryPath, stripDots } from './references.js';

export const fileRegister: RegisterKind<FileRegister> = {
  name: 'file',
  is: (register: Register): register is FileRegister => 'file' in register,
  find(register, scan) {
    const wanted = stripDots(register.file);
    const facts: DebtLinkFact[] = [];
    for (const match of scan.text.matchAll(FILE_PATH)) if (stripDots(match[1] ?? '') === wanted) facts.push(fileFact(wanted, match[2]));
    for (const url of scan.urls) {
      const path = repositoryPath(url);
      if (path && stripDots(path.file) === wanted) facts.push(fileFact(wanted, path.anchor, url));
    }
    return facts;
  },
  describe: (register) => `a link to ${register.file}`,
  example: (register) => `a link to ${register.file} with its anchor`,
};
