import type { FixTarget } from '../core/checklist/types';
import { sectionName } from '../core/document/section';
import type { PanelId } from '../editor/store';
import { fieldAnchor } from '../core/document/section';
import { isSectionId, sections } from '../document/registry';

/** Where a fix link goes: a panel and the element to focus there. */
export function fixDestination(fix: FixTarget): { panel: PanelId; anchor?: string } | null {
  switch (fix.kind) {
    case 'field':
      return isSectionId(fix.section)
        ? { panel: fix.section, anchor: fieldAnchor(fix.section, fix.field) }
        : null;
    case 'section':
      return isSectionId(fix.section) ? { panel: fix.section } : null;
    case 'details':
      return { panel: 'details', anchor: `field-details-${fix.field}` };
    case 'approval':
      return null;
  }
}

/** The link's words: "Open 14. Risks and Mitigations". */
export function fixLabel(fix: FixTarget): string {
  switch (fix.kind) {
    case 'field':
    case 'section': {
      const section = sections.find((s) => s.id === fix.section);
      return `Open ${section ? sectionName(section) : fix.section}`;
    }
    case 'details':
      return fix.field === 'title' ? 'Edit the title' : 'Open Document details';
    case 'approval':
      return 'Enter the approval';
  }
}
