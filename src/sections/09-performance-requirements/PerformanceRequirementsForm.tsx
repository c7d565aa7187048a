import type { SectionFormProps } from '../../core/document/section';
import { sectionName } from '../../core/document/section';
import { FieldGroup } from '../../ui/fields/Field';
import { ListField } from '../../ui/fields/ListField';
import { TextField } from '../../ui/fields/TextField';
import { fieldAnchor } from '../../core/document/section';
import { AvailabilityField } from './AvailabilityField';
import { SUBSECTIONS, type PerformanceRequirements } from './model';

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
      </FieldGroup>
    </>
  );
}
