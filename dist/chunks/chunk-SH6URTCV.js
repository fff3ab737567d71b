import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
function e(n){let t=n.path===""?"":`${n.path}: `;return`${n.file}:${n.line}:${n.column}: ${t}${n.message}`}export{e as a};
