import type { SectionFormProps } from '../../core/document/section';
import { sectionName } from '../../core/document/section';
import { FieldGroup } from '../../ui/fields/Field';
import { TableField } from '../../ui/fields/TableField';
import { TextField } from '../../ui/fields/TextField';
import { fieldAnchor } from '../../core/document/section';
import { SUBSECTIONS, type Backup, type FailureScenario, type DisasterRecovery } from './model';

export function DisasterRecoveryForm({ value: data, update }: SectionFormProps<DisasterRecovery>) {
  const anchor = (key: string) => fieldAnchor('disasterRecovery', key);
  return (
    <>
      <FieldGroup title={sectionName(SUBSECTIONS[0])}>
        <TableField<Backup>
          label="Backups"
          rowName="backup"
          anchor={anchor('backups')}
          rows={data.backups}
          onChange={(backups) => update({ backups })}
          newRow={() => ({ what: '', frequency: '', retention: '' })}
          columns={[
            { key: 'what', label: 'What', width: '1.4fr', placeholder: 'Database' },
            { key: 'frequency', label: 'Frequency', width: '1.2fr', placeholder: 'Daily' },
            { key: 'retention', label: 'Retention', width: '1fr', placeholder: '30 days' },
          ]}
        />
        <TextField
          label="RTO"
          hint="Recovery time objective"
          anchor={anchor('rto')}
          placeholder="1 hour"
          value={data.rto}
          onChange={(rto) => update({ rto })}
        />
        <TextField
          label="RPO"
          hint="Recovery point objective"
          anchor={anchor('rpo')}
          placeholder="15 minutes"
          value={data.rpo}
          onChange={(rpo) => update({ rpo })}
        />
      </FieldGroup>
      <FieldGroup title={sectionName(SUBSECTIONS[1])}>
        <TableField<FailureScenario>
          label="Failure scenarios"
          rowName="scenario"
          anchor={anchor('failureScenarios')}
          rows={data.failureScenarios}
          onChange={(failureScenarios) => update({ failureScenarios })}
          newRow={() => ({ scenario: '', impact: '', response: '' })}
          columns={[
            { key: 'scenario', label: 'Scenario', width: '1fr', placeholder: 'Regional outage' },
            { key: 'impact', label: 'Impact', kind: 'textarea', width: '1.5fr' },
            { key: 'response', label: 'Response', kind: 'textarea', width: '2fr' },
            { key: 'component', label: 'Component', width: '9rem', placeholder: 'from 4.2' },
          ]}
        />
      </FieldGroup>
    </>
  );
}
