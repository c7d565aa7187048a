import type { ReviewRule } from '../../core/checklist/types';
import { verdict } from '../../core/checklist/verdict';
import { count, names, rowName, verb } from '../../core/checklist/words';
import { componentConsistency } from './consistency';
import type { SystemComponents } from './model';

const field = (name: 'diagram' | 'components') =>
  ({ kind: 'field', section: 'systemComponents', field: name }) as const;

/** Every node of the component diagram has a row in 4.2 that says what it is for. */
export const componentsDefined: ReviewRule<SystemComponents> = {
  id: 'components',
  title: 'All components are clearly defined',
  item: 1,
  check: (data) => {
    const rows = data.components.filter((c) => c.component.trim() || c.responsibility.trim());
    const { undescribed } = componentConsistency(data);
    const vague = rows
      .map((c, i) => (c.responsibility.trim() ? '' : rowName(c.component, i)))
      .filter(Boolean);
    return verdict(
      [
        !data.diagram.trim() && {
          reason: '4.1 has no component diagram yet.',
          fix: field('diagram'),
        },
        rows.length === 0 && {
          reason: '4.2 describes no component yet.',
          fix: field('components'),
        },
        undescribed.length > 0 && {
          reason: `${count(undescribed.length, 'component')} of the diagram ${verb(undescribed.length, 'has', 'have')} no description in 4.2: ${names(undescribed)}.`,
          fix: field('components'),
        },
        vague.length > 0 && {
          reason: `${count(vague.length, 'component')} ${verb(vague.length, 'has', 'have')} no responsibility: ${names(vague)}.`,
          fix: field('components'),
        },
      ],
      () =>
        `${count(rows.length, 'component')}, each drawn in 4.1 and described in 4.2 with its responsibility.`,
    );
  },
};
