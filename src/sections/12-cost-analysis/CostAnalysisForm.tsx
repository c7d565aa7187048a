import type { SectionFormProps } from '../../core/document/section';
import { sectionName } from '../../core/document/section';
import { FieldGroup } from '../../ui/fields/Field';
import { SelectField, type Option } from '../../ui/fields/SelectField';
import { TableField } from '../../ui/fields/TableField';
import { fieldAnchor } from '../../core/document/section';
import { CostSummaryTable } from './CostSummaryTable';
import { SUBSECTIONS, currencyOf, type CostItem, type CostAnalysis } from './model';
import { CURRENCIES, type Currency } from './money';

const names = new Intl.DisplayNames(['en'], { type: 'currency' });
const CURRENCY_OPTIONS: Option<Currency>[] = CURRENCIES.map((code) => ({
  value: code,
  label: `${code} — ${names.of(code) ?? code}`,
}));

export function CostAnalysisForm({ value: data, update }: SectionFormProps<CostAnalysis>) {
  const currency = currencyOf(data);
  return (
    <>
      <SelectField
        label="Currency"
        anchor={fieldAnchor('costAnalysis', 'currency')}
        value={currency}
        options={CURRENCY_OPTIONS}
        onChange={(value) => update({ currency: value })}
      />
      <FieldGroup title={sectionName(SUBSECTIONS[0])}>
        <TableField<CostItem>
          label="Cost items"
          rowName="cost item"
          anchor={fieldAnchor('costAnalysis', 'costs')}
          hint="Monthly cost as a number, e.g. 2000, 2,000 or $2,000. Annual costs and totals are computed."
          rows={data.costs}
          // The currency shown (USD until one is chosen) is stored with the first cost.
          onChange={(costs) => update({ costs, currency })}
          newRow={() => ({ component: '', monthlyCost: '' })}
          columns={[
            { key: 'component', label: 'Component', width: '2fr' },
            {
              key: 'monthlyCost',
              label: 'Monthly cost',
              kind: 'number',
              width: '9rem',
              placeholder: '2,000',
            },
          ]}
        />
        <CostSummaryTable costs={data.costs} currency={currency} />
      </FieldGroup>
    </>
  );
}
