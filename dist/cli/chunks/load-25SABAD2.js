import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{G as b,H as c,I as d,J as e,K as f,L as g,a}from"./chunk-5TFPKCAL.js";import"./chunk-XY7QUVLB.js";export{c as MAX_ALIAS_COUNT,b as MAX_CONFIG_BYTES,e as MAX_NESTING,d as MAX_SYNTAX_ERRORS,a as formatConfigIssue,g as parseConfig,f as parseConfigBytes};
