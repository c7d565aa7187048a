import type { SectionFormProps } from '../../core/document/section';
import { sectionName } from '../../core/document/section';
import { CheckboxGroupField } from '../../ui/fields/CheckboxGroupField';
import { FieldGroup } from '../../ui/fields/Field';
import { SelectField } from '../../ui/fields/SelectField';
import { TableField } from '../../ui/fields/TableField';
import { TextAreaField } from '../../ui/fields/TextField';
import { fieldAnchor } from '../../core/document/section';
import {
  ACCESS_MODEL_LABELS,
  ACCESS_MODELS,
  AUTH_METHODS,
  MEASURE_STATUSES,
  SUBSECTIONS,
  type SecurityMeasure,
  type SecurityArchitecture,
} from './model';

const accessModelOptions = ACCESS_MODELS.map((value) => ({
  value,
  label: ACCESS_MODEL_LABELS[value],
}));

export function SecurityArchitectureForm({
  value: data,
  update,
}: SectionFormProps<SecurityArchitecture>) {
  return (
    <>
      <FieldGroup title={sectionName(SUBSECTIONS[0])}>
        <CheckboxGroupField
          label="Authentication methods"
          options={AUTH_METHODS}
          anchor={fieldAnchor('securityArchitecture', 'authMethods')}
          value={data.authMethods}
          onChange={(authMethods) => update({ authMethods })}
        />
        <SelectField
          label="Access model"
          options={accessModelOptions}
          anchor={fieldAnchor('securityArchitecture', 'accessModel')}
          value={data.accessModel}
          onChange={(accessModel) => update({ accessModel })}
        />
        <TextAreaField
          label="Notes"
          markdown
          rows={6}
          anchor={fieldAnchor('securityArchitecture', 'authNotes')}
          hint="Token lifetimes, identity providers, roles and who may do what."
          value={data.authNotes}
          onChange={(authNotes) => update({ authNotes })}
        />
      </FieldGroup>
      <FieldGroup title={sectionName(SUBSECTIONS[1])}>
        <TableField<SecurityMeasure>
          label="Security measures"
          rowName="measure"
          anchor={fieldAnchor('securityArchitecture', 'measures')}
          rows={data.measures}
          onChange={(measures) => update({ measures })}
          newRow={() => ({ measure: '', status: 'Planned', notes: '' })}
          columns={[
            { key: 'measure', label: 'Measure', width: '1.2fr' },
            {
              key: 'status',
              label: 'Status',
              kind: 'select',
              options: MEASURE_STATUSES,
              width: '7.5rem',
            },
            { key: 'notes', label: 'Notes', kind: 'textarea', width: '2fr' },
          ]}
        />
        <TextAreaField
          label="Data encryption strategy"
          markdown
          rows={6}
          anchor={fieldAnchor('securityArchitecture', 'encryptionStrategy')}
          hint="In transit, at rest, in the application, and how keys are managed and rotated."
          value={data.encryptionStrategy}
          onChange={(encryptionStrategy) => update({ encryptionStrategy })}
        />
      </FieldGroup>
    </>
  );
}
