import type { SectionFormProps } from '../../core/document/section';
import { sectionName } from '../../core/document/section';
import { FieldGroup } from '../../ui/fields/Field';
import { ListField } from '../../ui/fields/ListField';
import { TableField } from '../../ui/fields/TableField';
import { TextField } from '../../ui/fields/TextField';
import { fieldAnchor } from '../../core/document/section';
import { AvailabilityField } from './AvailabilityField';
import {
  ASYNC_KINDS,
  CACHE_LEVELS,
  SUBSECTIONS,
  type AsyncJob,
  type CacheLayer,
  type PerformanceRequirements,
} from './model';

export function PerformanceRequirementsForm({
  value: data,
  update,
}: SectionFormProps<PerformanceRequirements>) {
  const anchor = (key: string) => fieldAnchor('performanceRequirements', key);
  return (
    <>
      <FieldGroup title={sectionName(SUBSECTIONS[0])}>
        <AvailabilityField
          anchor={anchor('availability')}
          value={data.availability}
          onChange={(availability) => update({ availability })}
        />
        <TextField
          label="Response time (p95)"
          anchor={anchor('responseTime')}
          placeholder="< 200 ms"
          hint="95th percentile: 95 of 100 requests are at least this fast."
          value={data.responseTime}
          onChange={(responseTime) => update({ responseTime })}
        />
        <TextField
          label="Throughput"
          anchor={anchor('throughput')}
          placeholder="10,000 requests/second"
          value={data.throughput}
          onChange={(throughput) => update({ throughput })}
        />
        <TextField
          label="Data durability"
          anchor={anchor('durability')}
          placeholder="99.999999999 %"
          value={data.durability}
          onChange={(durability) => update({ durability })}
        />
      </FieldGroup>
      <FieldGroup title={sectionName(SUBSECTIONS[1])}>
        <ListField
          label="Scaling strategy"
          itemName="strategy"
          anchor={anchor('scaling')}
          placeholder="Horizontal pod autoscaling"
          items={data.scaling}
          onChange={(scaling) => update({ scaling })}
        />
        <TableField<CacheLayer>
          label="Caching strategy"
          rowName="cache"
          anchor={anchor('caching')}
          hint="One row per level and what it keeps: from the browser to the database, each with its TTL and how it is invalidated."
          rows={data.caching}
          onChange={(caching) => update({ caching })}
          newRow={() => ({ level: 'Application', cached: '', ttl: '', invalidation: '' })}
          columns={[
            {
              key: 'level',
              label: 'Level',
              kind: 'select',
              options: CACHE_LEVELS,
              width: '8.5rem',
            },
            {
              key: 'cached',
              label: 'What is cached',
              width: '1.4fr',
              placeholder: 'User sessions',
            },
            { key: 'ttl', label: 'TTL', width: '0.8fr', placeholder: '1 hour' },
            {
              key: 'invalidation',
              label: 'Invalidation',
              width: '1.4fr',
              placeholder: 'Deleted at logout',
            },
          ]}
        />
        <TableField<AsyncJob>
          label="Asynchronous processing"
          rowName="job"
          anchor={anchor('asyncProcessing')}
          hint="Message queues with their pattern (pub/sub, work queue, RPC), batch jobs with their schedule, streams with their window."
          rows={data.asyncProcessing}
          onChange={(asyncProcessing) => update({ asyncProcessing })}
          newRow={() => ({ kind: 'Message queue', technology: '', how: '' })}
          columns={[
            { key: 'kind', label: 'Kind', kind: 'select', options: ASYNC_KINDS, width: '9.5rem' },
            { key: 'technology', label: 'Technology', width: '1fr', placeholder: 'RabbitMQ' },
            {
              key: 'how',
              label: 'Pattern, schedule or window',
              width: '2fr',
              placeholder: 'Work queue',
            },
          ]}
        />
      </FieldGroup>
    </>
  );
}
