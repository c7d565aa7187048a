import type { SectionFormProps } from '../../core/document/section';
import { sectionName } from '../../core/document/section';
import { FieldGroup } from '../../ui/fields/Field';
import { TableField } from '../../ui/fields/TableField';
import { fieldAnchor } from '../../core/document/section';
import { SUBSECTIONS, type Phase, type MigrationStrategy } from './model';

export function MigrationStrategyForm({
  value: data,
  update,
}: SectionFormProps<MigrationStrategy>) {
  return (
    <FieldGroup title={sectionName(SUBSECTIONS[0])}>
      <TableField<Phase>
        label="Phases"
        rowName="phase"
        layout="cards"
        anchor={fieldAnchor('migrationStrategy', 'phases')}
        hint="In order; move a phase up or down to renumber it. Say how long it takes and what must be true to finish it."
        rows={data.phases}
        onChange={(phases) => update({ phases })}
        newRow={() => ({ name: '', description: '' })}
        columns={[
          { key: 'name', label: 'Name', placeholder: 'Setup infrastructure', wide: true },
          { key: 'description', label: 'Description', kind: 'textarea', wide: true },
        ]}
      />
    </FieldGroup>
  );
}
