import { isApproved, isIsoDate } from '../approval';
import { completeness } from '../../core/document/progress';
import { sectionName, type SectionModel } from '../../core/document/section';
import { sections, type SectionId } from '../registry';
import type { ReviewRule } from '../../core/checklist/types';
import type { ArchDocument } from '../schema';
import { verdict } from '../../core/checklist/verdict';
import { count, names, verb } from '../../core/checklist/words';
import { inspectDocument } from '../inspections/inspect';
import type { DerivedBySection } from '../markdown/toMarkdown';

/**
 * Every section says something, the document names its authors, and no inspection of the
 * architecture finds an error (a promise the document makes that cannot hold).
 */
export const documentationComprehensive: ReviewRule<ArchDocument, DerivedBySection> = {
  id: 'documentation',
  title: 'Documentation is comprehensive',
  item: 9,
  check: (doc, derived) => {
    const errors = inspectDocument(doc, derived).findings.filter((f) => f.severity === 'error');
    const [firstError] = errors;
    const empty = (sections as readonly SectionModel[]).filter(
      (s) => completeness(doc.sections[s.id as SectionId], s.optionalFields).state === 'empty',
    );
    const [firstEmpty] = empty;
    return verdict(
      [
        !doc.meta.title.trim() && {
          reason: 'The document has no title.',
          fix: { kind: 'details', field: 'title' },
        },
        !doc.meta.authors.trim() && {
          reason: 'The document names no authors.',
          fix: { kind: 'details', field: 'authors' },
        },
        firstEmpty && {
          reason: `${count(empty.length, 'section')} ${verb(empty.length, 'is', 'are')} empty: ${names(empty.map(sectionName))}.`,
          fix: { kind: 'section', section: firstEmpty.id },
        },
        firstError && {
          reason: `${count(errors.length, 'inspection')} ${verb(errors.length, 'finds an error', 'find errors')}; the first: ${firstError.message}`,
          fix: firstError.fix,
        },
      ],
      () =>
        `All ${sections.length} sections are written, by ${doc.meta.authors.trim()}, and no inspection finds an error.`,
    );
  },
};

/** A name and a date entered by hand, for the document as it is now. */
export const stakeholderApproval: ReviewRule<ArchDocument> = {
  id: 'approval',
  title: 'Stakeholder approval obtained',
  item: 10,
  check: (doc) => {
    const { approver, date, cleared } = doc.meta.approval;
    const fix = { kind: 'approval' } as const;
    if (isApproved(doc.meta.approval)) {
      return { pass: true, reason: `Approved by ${approver.trim()} on ${date.trim()}.` };
    }
    if (cleared) {
      return {
        pass: false,
        reason: `The approval (${cleared}) was cleared because the document changed after it; enter the approver and date again.`,
        fix,
      };
    }
    const gaps = [
      !approver.trim() && { reason: 'No approver is named.', fix },
      !date.trim() && { reason: 'No approval date is entered.', fix },
      date.trim() !== '' &&
        !isIsoDate(date.trim()) && {
          reason: `The approval date “${date.trim()}” is not a date (YYYY-MM-DD).`,
          fix,
        },
    ];
    return verdict(gaps, () => '');
  },
};
