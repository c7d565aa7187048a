import type { SectionFormProps } from '../../core/document/section';
import { lazy, Suspense } from 'react';
import { sectionName } from '../../core/document/section';
import { FieldGroup } from '../../ui/fields/Field';
import { ListField } from '../../ui/fields/ListField';
import { SelectField } from '../../ui/fields/SelectField';
import { TableField } from '../../ui/fields/TableField';
import { TextAreaField } from '../../ui/fields/TextField';
import { fieldAnchor } from '../../core/document/section';
import { PATTERNS, SUBSECTIONS, type StackRow, type ArchitecturalDecisions } from './model';

// The comparison editor loads on demand: it is not needed for the first paint of any screen.
const ComparisonsField = lazy(() => import('./comparisons/ComparisonsField'));
// The pattern catalogue comes with its field, not with the form's first paint.
const PatternsField = lazy(() => import('./patterns/PatternsField'));

const anchor = (field: string) => fieldAnchor('architecturalDecisions', field);
const patternOptions = PATTERNS.map((value) => ({ value, label: value || 'Not chosen yet' }));

export function ArchitecturalDecisionsForm({
  value: data,
  update,
}: SectionFormProps<ArchitecturalDecisions>) {
  return (
    <>
      <FieldGroup title={sectionName(SUBSECTIONS[0])}>
        <SelectField
          label="Chosen architecture pattern"
          anchor={anchor('pattern')}
          value={data.pattern}
          options={patternOptions}
          onChange={(pattern) => update({ pattern })}
        />
        <TextAreaField
          label="Rationale for selection"
          markdown
          rows={6}
          anchor={anchor('rationale')}
          hint="Why this pattern fits the system, its load and its teams."
          value={data.rationale}
          onChange={(rationale) => update({ rationale })}
        />
        <ListField
          label="Trade-offs considered"
          itemName="trade-off"
          anchor={anchor('tradeOffs')}
          items={data.tradeOffs}
          onChange={(tradeOffs) => update({ tradeOffs })}
        />
        <Suspense fallback={<p className="rows__empty">Loading the pattern catalogue…</p>}>
          <PatternsField value={data} update={update} />
        </Suspense>
      </FieldGroup>
      <FieldGroup title={sectionName(SUBSECTIONS[1])}>
        <TableField<StackRow>
          label="Technology stack"
          rowName="technology"
          anchor={anchor('technologyStack')}
          hint="Stack comparisons add their chosen technology here when adopted."
          rows={data.technologyStack}
          onChange={(technologyStack) => update({ technologyStack })}
          newRow={() => ({ layer: '', technology: '', rationale: '' })}
          columns={[
            { key: 'layer', label: 'Layer', width: '9rem' },
            { key: 'technology', label: 'Technology' },
            { key: 'rationale', label: 'Rationale', kind: 'textarea', width: '2fr' },
          ]}
        />
        <Suspense fallback={<p className="rows__empty">Loading stack comparisons…</p>}>
          <ComparisonsField value={data} update={update} />
        </Suspense>
      </FieldGroup>
    </>
  );
}
