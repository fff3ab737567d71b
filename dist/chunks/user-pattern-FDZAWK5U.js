import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a as b,b as c}from"./chunk-5KFJA7XV.js";import{a}from"./chunk-WGAMXE5N.js";import"./chunk-XY7QUVLB.js";export{a as MAX_PATTERN_LENGTH,c as compileUserPattern,b as patternProblem};
