/**
 * What the sprint core needs from the body engine, injected so the core stays pure
 * and testable without it. The action wires the engine (`engineReader`: the same
 * reading as the PR check's) into this interface.
 */
import type { BodyDebtFacts } from '../facts/debt-signals.js';
import type { DebtLinkFact } from '../result.js';

export interface BusinessImpactFact {
  readonly present: boolean;
  readonly text: string;
  readonly measurable: boolean;
}

/** What is known of the item a body belongs to besides its body: on debt work, a closing keyword names the register item. */
export interface BodyOwner {
  readonly title?: string | undefined;
  readonly labels?: readonly string[] | undefined;
}

export interface BodyReader {
  /** The debt-register references in a body (empty when none). */
  registerLinks(body: string, owner?: BodyOwner): readonly DebtLinkFact[];
  /** The Business Impact section of a body. */
  businessImpact(body: string): BusinessImpactFact;
  /** What a body says of debt work: a ticked box, a stated purpose, new debt declared. */
  debtWork(body: string): BodyDebtFacts;
}
