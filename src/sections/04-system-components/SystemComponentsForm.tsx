import type { SectionFormProps } from '../../core/document/section';
import { sectionName } from '../../core/document/section';
import { MermaidField } from '../../diagrams/MermaidField';
import { FieldGroup } from '../../ui/fields/Field';
import { TableField } from '../../ui/fields/TableField';
import { fieldAnchor } from '../../core/document/section';
import { ConsistencyNotice } from './ConsistencyNotice';
import { SUBSECTIONS, type Component, type SystemComponents } from './model';

const anchor = (field: string) => fieldAnchor('systemComponents', field);

export function SystemComponentsForm({ value: data, update }: SectionFormProps<SystemComponents>) {
  return (
    <>
      <FieldGroup title={sectionName(SUBSECTIONS[0])}>
        <MermaidField
          label="Component diagram"
          height={320}
          anchor={anchor('diagram')}
          hint="Mermaid: a flowchart (graph TB) or a C4 diagram. Name each node as in 4.2."
          value={data.diagram}
          onChange={(diagram) => update({ diagram })}
        />
      </FieldGroup>
      <FieldGroup title={sectionName(SUBSECTIONS[1])}>
        <ConsistencyNotice data={data} onAdd={(components) => update({ components })} />
        <TableField<Component>
          label="Component descriptions"
          rowName="component"
          anchor={anchor('components')}
          hint="One row per node of the diagram, named exactly as its label. Availability, replicas and requests per second are optional: they feed the composed availability and the capacity check."
          rows={data.components}
          onChange={(components) => update({ components })}
          newRow={() => ({ component: '', responsibility: '', technology: '' })}
          columns={[
            { key: 'component', label: 'Component' },
            { key: 'responsibility', label: 'Responsibility', kind: 'textarea', width: '2fr' },
            { key: 'technology', label: 'Technology' },
            { key: 'availability', label: 'Availability (%)', width: '7rem', placeholder: '99.9' },
            { key: 'replicas', label: 'Replicas', width: '6rem', placeholder: 'from 8.1' },
            {
              key: 'throughput',
              label: 'Requests/s per instance',
              width: '8rem',
              placeholder: '500',
            },
          ]}
        />
      </FieldGroup>
    </>
  );
}
