import type { ReviewRule } from '../../core/checklist/types';
import { verdict } from '../../core/checklist/verdict';
import { count, names, verb } from '../../core/checklist/words';
import type { MigrationStrategy } from './model';

const fix = { kind: 'field', section: 'migrationStrategy', field: 'phases' } as const;

/** Phases, each with a name and what happens in it. */
export const migrationPlanned: ReviewRule<MigrationStrategy> = {
  id: 'migration',
  title: 'Migration plan created',
  item: 8,
  check: (data) => {
    const phases = data.phases.filter((p) => p.name.trim() || p.description.trim());
    const vague = phases
      .map((p, i) =>
        p.name.trim() && p.description.trim() ? '' : p.name.trim() || `Phase ${i + 1}`,
      )
      .filter(Boolean);
    return verdict(
      [
        phases.length === 0 && { reason: 'No migration phase is planned.', fix },
        vague.length > 0 && {
          reason: `${count(vague.length, 'phase')} ${verb(vague.length, 'lacks', 'lack')} a name or a description: ${names(vague)}.`,
          fix,
        },
      ],
      () => `${count(phases.length, 'phase')}, each named and described.`,
    );
  },
};
