import type { ArchitectureModel } from '../architecture/model';
import { readArchitecture } from '../architecture/read';
import type { DerivedBySection } from '../derived';
import { isSectionId, sectionIds, type SectionId } from '../registry';
import type { ArchDocument } from '../schema';
import { inspections } from './rules';
import type { Finding, Inspection, Severity, SeverityChoice } from './types';

export interface InspectionReport {
  readonly findings: readonly Finding[];
  readonly counts: Readonly<Record<Severity, number>>;
  /** Rules turned off in this document, which found something. */
  readonly silenced: number;
}

/** The severity a rule has in a document: the user's choice, else its default. */
export function severityOf(
  rule: Inspection,
  choices: Readonly<Record<string, SeverityChoice>>,
): SeverityChoice {
  return choices[rule.id] ?? rule.severity;
}

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Every finding of every rule on the model, with the document's severities, most severe first
 * within each section, sections in document order. */
export function inspectModel(
  model: ArchitectureModel,
  choices: Readonly<Record<string, SeverityChoice>> = model.doc.meta.severities ?? {},
  rules: readonly Inspection[] = inspections,
): InspectionReport {
  const findings: Finding[] = [];
  let silenced = 0;
  for (const rule of rules) {
    const severity = severityOf(rule, choices);
    const found = rule.check(model);
    if (severity === 'off') {
      silenced += found.length;
      continue;
    }
    for (const f of found) {
      const section: SectionId = isSectionId(f.fix.section) ? f.fix.section : rule.section;
      findings.push({ ...f, rule, severity, section });
    }
  }
  const order = (id: SectionId) => sectionIds.indexOf(id);
  findings.sort(
    (a, b) => order(a.section) - order(b.section) || rank[a.severity] - rank[b.severity],
  );
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return { findings, counts, silenced };
}

// The checklist, the top bar and the panel all ask for the same document: one run serves them.
let last: { doc: ArchDocument; derived: DerivedBySection; report: InspectionReport } | null = null;

/** The inspections' report on a document, computed once per document and analyses. */
export function inspectDocument(
  doc: ArchDocument,
  derived: DerivedBySection = {},
): InspectionReport {
  if (last?.doc !== doc || last.derived !== derived) {
    last = { doc, derived, report: inspectModel(readArchitecture(doc, derived)) };
  }
  return last.report;
}
