/**
 * What the sprint core needs from the body engine, injected so the core stays pure
 * and testable without it. The action wires the engine's `findRegisterLinks` and
 * `findBusinessImpact` (bound to the config) into this interface.
 */
import type { DebtLinkFact } from '../result.js';

export interface BusinessImpactFact {
  readonly present: boolean;
  readonly text: string;
  readonly measurable: boolean;
}

export interface BodyReader {
  /** The debt-register references in a body (empty when none). */
  registerLinks(body: string): readonly DebtLinkFact[];
  /** The Business Impact section of a body. */
  businessImpact(body: string): BusinessImpactFact;
}
