import { afterChange } from './approval';
import { adoptIntoStack } from '../sections/03-architectural-decisions/model';
import { rank } from '../sections/03-architectural-decisions/comparisons/scoring';
import type { Comparison } from '../sections/03-architectural-decisions/comparisons/schema';
import { newDecision, type Decision } from '../sections/15-appendices/decisions';
import { supersede } from '../sections/15-appendices/supersede';
import { items } from '../core/document/fields';
import type { ArchDocument } from './schema';

/**
 * "Adopt" on a candidate of a stack comparison: its technology goes into 3.2 for the
 * comparison's layer, and the decision log gets an accepted record that links back to the
 * comparison. Adopting another candidate later supersedes that record, never rewrites it.
 * Adopting the candidate already adopted changes nothing.
 */
export function adoptCandidate(
  doc: ArchDocument,
  comparisonId: string,
  candidateId: string,
  now: string,
): ArchDocument {
  const decisionsSection = doc.sections.architecturalDecisions;
  const comparison = decisionsSection.comparisons.find((c) => c.id === comparisonId);
  const candidate = comparison?.candidates.find((c) => c.id === candidateId);
  if (!comparison || !candidate || comparison.adoptedCandidateId === candidateId) return doc;

  const layer = comparison.layer.trim() || 'Other';
  const rationale = adoptionRationale(comparison, candidate.name);
  const technologyStack = adoptIntoStack(decisionsSection.technologyStack, {
    layer,
    technology: candidate.name,
    rationale,
  });
  const comparisons = decisionsSection.comparisons.map((c) =>
    c.id === comparisonId ? { ...c, adoptedCandidateId: candidateId } : c,
  );

  const log = doc.sections.appendices.decisions;
  const record: Decision = newDecision(log, {
    title: `Use ${candidate.name} for ${layer}`,
    status: 'Accepted',
    date: now.slice(0, 10),
    deciders: doc.meta.authors,
    context: comparison.question.trim() || `Which technology for the ${layer} layer?`,
    options: items(...comparison.candidates.map((c) => c.name).filter((n) => n.trim())),
    decision: `Chosen: ${candidate.name}. ${rationale}`,
    comparisonId,
  });
  // The record of the earlier adoption from this comparison, if it still stands.
  const previous = log.find(
    (d) => d.comparisonId === comparisonId && d.status === 'Accepted' && !d.supersededBy.trim(),
  );
  let decisions = [...log, record];
  if (previous) decisions = supersede(decisions, previous.id, record.id);

  return {
    ...doc,
    meta: afterChange(doc.meta, now),
    sections: {
      ...doc.sections,
      architecturalDecisions: { ...decisionsSection, technologyStack, comparisons },
      appendices: { ...doc.sections.appendices, decisions },
    },
  };
}

/** Why, in one sentence: the comparison's rationale, or its scores. */
function adoptionRationale(comparison: Comparison, name: string): string {
  const written = comparison.rationale.trim().replace(/\s+/g, ' ');
  if (written) return written;
  const question = comparison.question.trim() || 'the stack comparison';
  const ranking = rank(comparison);
  const chosen = ranking.find((r) => r.name === name);
  if (!chosen || chosen.total === null) return `Chosen in “${question}”.`;
  const others = ranking
    .filter((r) => r !== chosen && r.total !== null)
    .sort((a, b) => (b.total ?? 0) - (a.total ?? 0));
  const best = others[0];
  const score = (t: number | null) => `${(t ?? 0).toFixed(1)}/5`;
  const against = !best
    ? ''
    : (best.total ?? 0) <= chosen.total
      ? `, ahead of ${best.name} (${score(best.total)})`
      : `, over ${best.name} (${score(best.total)}), which scored higher`;
  return `Weighted score ${score(chosen.total)} in “${question}”${against}.`;
}
