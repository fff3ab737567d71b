/** The pure sprint core: windows, work items, classification, weights, the report and its renderings. */
export * from './model.js';
export type { BodyOwner, BodyReader, BusinessImpactFact } from './reader.js';
export * from './zone.js';
export * from './windows.js';
export * from './items.js';
export * from './classify.js';
export * from './weigh.js';
export * from './report.js';
export * from './render.js';
export * from './engine.js';
export * from './select.js';
