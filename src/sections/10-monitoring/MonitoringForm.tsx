import type { SectionFormProps } from '../../core/document/section';
import { sectionName } from '../../core/document/section';
import { FieldGroup } from '../../ui/fields/Field';
import { SelectField, type Option } from '../../ui/fields/SelectField';
import { TableField } from '../../ui/fields/TableField';
import { TextAreaField, TextField } from '../../ui/fields/TextField';
import { fieldAnchor } from '../../core/document/section';
import { LOG_FORMATS, SEVERITIES, SUBSECTIONS, type AlertRule, type Monitoring } from './model';

const logFormatOptions: Option<(typeof LOG_FORMATS)[number]>[] = LOG_FORMATS.map((value) => ({
  value,
  label: value || 'Not chosen yet',
}));

export function MonitoringForm({ value: data, update }: SectionFormProps<Monitoring>) {
  const anchor = (key: string) => fieldAnchor('monitoring', key);
  return (
    <>
      <FieldGroup title={sectionName(SUBSECTIONS[0])}>
        <TextAreaField
          label="Application metrics"
          markdown
          anchor={anchor('applicationMetrics')}
          hint="What the services report (APM): request rate, errors, latency, runtime health."
          value={data.applicationMetrics}
          onChange={(applicationMetrics) => update({ applicationMetrics })}
        />
        <TextAreaField
          label="Infrastructure metrics"
          markdown
          anchor={anchor('infrastructureMetrics')}
          hint="Nodes, containers, databases, caches, queues, load balancers."
          value={data.infrastructureMetrics}
          onChange={(infrastructureMetrics) => update({ infrastructureMetrics })}
        />
        <TextAreaField
          label="Business metrics"
          markdown
          anchor={anchor('businessMetrics')}
          value={data.businessMetrics}
          onChange={(businessMetrics) => update({ businessMetrics })}
        />
        <TextAreaField
          label="Dashboards"
          markdown
          anchor={anchor('dashboards')}
          value={data.dashboards}
          onChange={(dashboards) => update({ dashboards })}
        />
      </FieldGroup>
      <FieldGroup title={sectionName(SUBSECTIONS[1])}>
        <TextField
          label="Logging stack"
          anchor={anchor('loggingStack')}
          placeholder="Centralized logging (ELK stack)"
          value={data.loggingStack}
          onChange={(loggingStack) => update({ loggingStack })}
        />
        <SelectField
          label="Structured logging"
          anchor={anchor('structuredLogging')}
          options={logFormatOptions}
          value={data.structuredLogging}
          onChange={(structuredLogging) => update({ structuredLogging })}
        />
        <TextField
          label="Log retention"
          anchor={anchor('logRetention')}
          placeholder="30 days searchable, 1 year archived"
          value={data.logRetention}
          onChange={(logRetention) => update({ logRetention })}
        />
        <TableField<AlertRule>
          label="Alert rules"
          rowName="alert rule"
          anchor={anchor('alertRules')}
          rows={data.alertRules}
          onChange={(alertRules) => update({ alertRules })}
          newRow={() => ({ name: '', condition: '', severity: 'Warning' })}
          columns={[
            { key: 'name', label: 'Name', width: '1fr' },
            { key: 'condition', label: 'Condition', kind: 'textarea', width: '2fr' },
            {
              key: 'severity',
              label: 'Severity',
              kind: 'select',
              options: SEVERITIES,
              width: '7.5rem',
            },
            { key: 'component', label: 'Component', width: '9rem', placeholder: 'from 4.2' },
          ]}
        />
      </FieldGroup>
    </>
  );
}
