import type { SectionFormProps } from '../../core/document/section';
import type { ExecutiveSummary } from './model';
import { ListField } from '../../ui/fields/ListField';
import { TextAreaField } from '../../ui/fields/TextField';
import { fieldAnchor } from '../../core/document/section';

export function ExecutiveSummaryForm({ value: data, update }: SectionFormProps<ExecutiveSummary>) {
  return (
    <>
      <TextAreaField
        label="Overview"
        markdown
        rows={8}
        anchor={fieldAnchor('executiveSummary', 'overview')}
        hint="The system, its purpose and the decisions that shape it, in a few paragraphs."
        value={data.overview}
        onChange={(overview) => update({ overview })}
      />
      <ListField
        label="Key architectural decisions"
        itemName="decision"
        anchor={fieldAnchor('executiveSummary', 'keyDecisions')}
        items={data.keyDecisions}
        onChange={(keyDecisions) => update({ keyDecisions })}
      />
    </>
  );
}
