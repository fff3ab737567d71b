import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
var s=class extends Error{name="UserError"},n=e=>e instanceof s;function t(e){return n(e)?{user:!0,message:e.message}:{user:!1,message:e instanceof Error?e.stack??e.message:String(e)}}export{s as a,t as b};
