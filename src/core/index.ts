/** The pure core: no @actions/*, no file system, no network, no clock. */
export { analyze, readBodyFacts, type Analysis, type BodyFacts, type CheckInput } from './analyze.js';
export { check, conclude, evaluate, type EvaluateOptions } from './check.js';
export { renderMarkdown, renderVerdictLine, resultHeadline, type MarkdownOptions } from './render/markdown.js';
export { DEFAULT_WIDTH, renderTally, renderText, type Checked, type TextOptions } from './render/text.js';
export { escapeMarkdown } from './render/escape.js';
export { rules } from './rules/index.js';
export type { LinkVerification } from './rules/rule.js';
export {
  resultSchema,
  ruleIds,
  type Conclusion,
  type DebtLinkFact,
  type Facts,
  type Finding,
  type Result,
  type RuleId,
  type Status,
  type Subject,
} from './result.js';
