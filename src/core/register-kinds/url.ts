/** A register behind a URL prefix (an external tracker's item pages): a link that starts with it. */
import type { Register, UrlRegister } from '../../config/schema.js';
import type { RegisterKind } from './kind.js';

export const urlRegister: RegisterKind<UrlRegister> = {
  name: 'url',
  is: (register: Register): register is UrlRegister => 'url' in register,
  find: (register, scan) => scan.urls.filter((url) => url.startsWith(register.url)).map((url) => ({ register: 'url', ref: url, url })),
  describe: (register) => `a link under ${register.url}`,
  example: (register) => `its link under ${register.url}`,
};
