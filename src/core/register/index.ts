/** The pure register core: who is in the register, what each item states it costs, the board and its renderings. */
export * from './membership.js';
export * from './impact.js';
export * from './model.js';
export * from './board.js';
export * from './render.js';
