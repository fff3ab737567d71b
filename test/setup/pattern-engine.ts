/**
 * Tests parse configs with patterns directly (`configSchema.parse`, `parseConfig`), as
 * the CLI does: RE2 is registered for all of them, as the CLI registers it
 * (config/pattern-engine.ts). The action's lazy path is held by the dist smoke test.
 */
import '../../src/config/user-pattern.js';
