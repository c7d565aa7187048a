import type { FixTarget } from '../../core/checklist/types';
import type { ArchitectureModel } from '../architecture/model';
import type { SectionId } from '../registry';

/** How much a finding matters. An error fails the checklist's "Documentation is comprehensive". */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** A severity a user may give a rule in a document: one of the three, or off. */
export type SeverityChoice = Severity | 'off';

/** What a rule found: one sentence naming the elements, and where it is fixed. */
export interface Found {
  readonly message: string;
  readonly fix: FixTarget & { readonly kind: 'field' | 'section' };
}

/**
 * One inspection of the architecture model, like Structurizr's: an id that never changes
 * (the user's severity choice is saved by it), a default severity and the check.
 */
export interface Inspection {
  readonly id: string;
  /** What the rule asks, in a few words: "Every drawn component is described". */
  readonly title: string;
  readonly severity: Severity;
  /** The section the rule is about, for grouping when a finding has no field of its own. */
  readonly section: SectionId;
  check(this: void, model: ArchitectureModel): readonly Found[];
}

/** A finding as shown: its rule and the severity it has in this document. */
export interface Finding extends Found {
  readonly rule: Inspection;
  readonly severity: Severity;
  /** The section it is grouped under: the fix's section. */
  readonly section: SectionId;
}

/** Builds a fix target for a field of a section. */
export const field = (section: SectionId, name: string) =>
  ({ kind: 'field', section, field: name }) as const;
