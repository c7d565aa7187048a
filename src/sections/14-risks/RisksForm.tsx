import type { SectionFormProps } from '../../core/document/section';
import { TableField } from '../../ui/fields/TableField';
import { fieldAnchor } from '../../core/document/section';
import { LEVELS, type Risk, type Risks } from './model';

export function RisksForm({ value: data, update }: SectionFormProps<Risks>) {
  return (
    <TableField<Risk>
      label="Risks"
      rowName="risk"
      anchor={fieldAnchor('risks', 'risks')}
      rows={data.risks}
      onChange={(risks) => update({ risks })}
      newRow={() => ({ risk: '', probability: 'Medium', impact: 'Medium', mitigation: '' })}
      columns={[
        { key: 'risk', label: 'Risk', width: '1.2fr' },
        {
          key: 'probability',
          label: 'Probability',
          kind: 'select',
          options: LEVELS,
          width: '7.5rem',
        },
        { key: 'impact', label: 'Impact', kind: 'select', options: LEVELS, width: '7.5rem' },
        { key: 'mitigation', label: 'Mitigation', kind: 'textarea', width: '2fr' },
      ]}
    />
  );
}
