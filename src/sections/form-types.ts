import type { FC } from 'react';
import type { SectionId } from './registry';

/** Every section form takes its section's id and reads/writes its data through useSection. */
export type SectionForm<K extends SectionId> = FC<{ sectionId: K }>;

/** Anchor of a field, for links that open it (navigator, checklist). */
export function fieldAnchor(sectionId: SectionId, field: string): string {
  return `field-${sectionId}-${field}`;
}
