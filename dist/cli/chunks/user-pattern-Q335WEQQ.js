import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a as b,b as c}from"./chunk-NHKCNEJR.js";import{a}from"./chunk-BERT6PB7.js";import"./chunk-XY7QUVLB.js";export{a as MAX_PATTERN_LENGTH,c as compileUserPattern,b as patternProblem};
