import type { SectionFormProps } from '../../core/document/section';
import { sectionName } from '../../core/document/section';
import { FieldGroup } from '../../ui/fields/Field';
import { ListField } from '../../ui/fields/ListField';
import { TableField } from '../../ui/fields/TableField';
import { TextAreaField } from '../../ui/fields/TextField';
import { fieldAnchor } from '../../core/document/section';
import {
  DIRECTIONS,
  SUBSECTIONS,
  type ExternalInterface,
  type Stakeholder,
  type SystemOverview,
} from './model';

const anchor = (field: string) => fieldAnchor('systemOverview', field);

export function SystemOverviewForm({ value: data, update }: SectionFormProps<SystemOverview>) {
  return (
    <>
      <FieldGroup title={sectionName(SUBSECTIONS[0])}>
        <ListField
          label="Business goals and objectives"
          itemName="goal"
          anchor={anchor('goals')}
          items={data.goals}
          onChange={(goals) => update({ goals })}
        />
        <TableField<Stakeholder>
          label="Key stakeholders"
          rowName="stakeholder"
          anchor={anchor('stakeholders')}
          rows={data.stakeholders}
          onChange={(stakeholders) => update({ stakeholders })}
          newRow={() => ({ name: '', role: '', interest: '' })}
          columns={[
            { key: 'name', label: 'Name' },
            { key: 'role', label: 'Role' },
            { key: 'interest', label: 'Interest', kind: 'textarea', width: '2fr' },
          ]}
        />
        <ListField
          label="Success criteria"
          itemName="criterion"
          anchor={anchor('successCriteria')}
          items={data.successCriteria}
          onChange={(successCriteria) => update({ successCriteria })}
        />
      </FieldGroup>
      <FieldGroup title={sectionName(SUBSECTIONS[1])}>
        <TextAreaField
          label="System boundaries"
          markdown
          rows={6}
          anchor={anchor('systemBoundaries')}
          hint="What is inside the system and what stays outside it."
          value={data.systemBoundaries}
          onChange={(systemBoundaries) => update({ systemBoundaries })}
        />
        <TableField<ExternalInterface>
          label="External interfaces"
          rowName="interface"
          anchor={anchor('externalInterfaces')}
          rows={data.externalInterfaces}
          onChange={(externalInterfaces) => update({ externalInterfaces })}
          newRow={() => ({ name: '', protocol: '', direction: 'Inbound', description: '' })}
          columns={[
            // Not "Name": the stakeholders' column already names its cells "Name 1", "Name 2".
            { key: 'name', label: 'Interface' },
            { key: 'protocol', label: 'Protocol', width: '9rem' },
            {
              key: 'direction',
              label: 'Direction',
              kind: 'select',
              options: DIRECTIONS,
              width: '8.5rem',
            },
            { key: 'description', label: 'Description', kind: 'textarea', width: '2fr' },
          ]}
        />
        <ListField
          label="Integration points"
          itemName="integration point"
          anchor={anchor('integrationPoints')}
          items={data.integrationPoints}
          onChange={(integrationPoints) => update({ integrationPoints })}
        />
      </FieldGroup>
    </>
  );
}
