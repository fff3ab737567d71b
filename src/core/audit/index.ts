/** The audit: where a repository stands against the rules (pure; see compute.ts). */
export { computeAudit, type AuditInput, type TrendRequest } from './compute.js';
export { AuditItemsError, checkItem, selectAuditItems, type AuditedItem, type CheckableItem } from './items.js';
export * from './model.js';
export { reasonOf, topReasons, TOP_REASONS } from './reasons.js';
export { ENFORCE_AT, MOST, recommend } from './recommend.js';
export { AUDIT_MARKER, renderAuditChart, renderAuditMarkdown, renderAuditText } from './render.js';
export { monthBuckets, sprintBuckets, trendOf, type TrendBy } from './trend.js';
export { AuditWindowError, MAX_WINDOW_DAYS, parseWindow, WINDOW_SHAPES, windowStart, type AuditWindowSpec } from './window.js';
