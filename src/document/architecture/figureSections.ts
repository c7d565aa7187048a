import type { SectionId } from '../registry';

export type FigureKind = 'availability' | 'capacity' | 'recovery';

/** The sections whose numbers the computed figures read, and which figures each shows. */
export const FIGURE_SECTIONS: Partial<Record<SectionId, readonly FigureKind[]>> = {
  systemComponents: ['availability', 'capacity'],
  performanceRequirements: ['availability', 'capacity', 'recovery'],
  disasterRecovery: ['recovery'],
};

/** Whether a section shows computed figures below its form (a small module: the panel asks). */
export const showsFigures = (section: string): boolean => section in FIGURE_SECTIONS;
