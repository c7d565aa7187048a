import { sectionName } from '../../core/document/section';
import { useSection } from '../../editor/store';
import { FieldGroup } from '../../ui/fields/Field';
import { TableField } from '../../ui/fields/TableField';
import { fieldAnchor } from '../form-types';
import { ADR_STATUSES, nextAdrNumber } from './decisions';
import { unlinkedReferences } from './links';
import { SUBSECTIONS, type Decision, type GlossaryEntry, type Reference } from './model';
import './appendices.css';

/** Today as YYYY-MM-DD in the user's own time zone, the way a date input shows it. */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function AppendicesForm() {
  const [data, update] = useSection('appendices');
  const unlinked = unlinkedReferences(data.references);
  return (
    <>
      <FieldGroup title={sectionName(SUBSECTIONS[0])}>
        <TableField<GlossaryEntry>
          label="Glossary"
          rowName="term"
          anchor={fieldAnchor('appendices', 'glossary')}
          rows={data.glossary}
          onChange={(glossary) => update({ glossary })}
          newRow={() => ({ term: '', definition: '' })}
          columns={[
            { key: 'term', label: 'Term', width: '10rem' },
            { key: 'definition', label: 'Definition', kind: 'textarea', width: '3fr' },
          ]}
        />
      </FieldGroup>
      <FieldGroup title={sectionName(SUBSECTIONS[1])}>
        <TableField<Reference>
          label="References"
          rowName="reference"
          anchor={fieldAnchor('appendices', 'references')}
          hint="Only http(s) and mailto addresses become links; a reference with any other URL is exported as plain text."
          rows={data.references}
          onChange={(references) => update({ references })}
          newRow={() => ({ title: '', url: '' })}
          columns={[
            { key: 'title', label: 'Title', width: '1.5fr' },
            { key: 'url', label: 'URL', kind: 'url', width: '1.5fr', placeholder: 'https://' },
          ]}
        />
        <output className="appendices__status" aria-live="polite">
          {unlinked.map((n) => (
            <span key={n} className="appendices__warning">
              URL {n} is not an http(s) or mailto address, so reference {n} is shown without a link.
            </span>
          ))}
        </output>
      </FieldGroup>
      <FieldGroup title={sectionName(SUBSECTIONS[2])}>
        <TableField<Decision>
          label="Decisions (ADRs)"
          rowName="ADR"
          addLabel="Add decision"
          layout="cards"
          anchor={fieldAnchor('appendices', 'decisions')}
          rows={data.decisions}
          onChange={(decisions) => update({ decisions })}
          newRow={() => ({
            number: nextAdrNumber(data.decisions),
            title: '',
            status: 'Proposed',
            date: today(),
            deciders: '',
            context: '',
            options: [],
            decision: '',
            consequences: '',
            supersedes: '',
            supersededBy: '',
            comparisonId: '',
          })}
          columns={[
            { key: 'number', label: 'Number', placeholder: '0001' },
            { key: 'title', label: 'Decision title', wide: true },
            { key: 'status', label: 'Status', kind: 'select', options: ADR_STATUSES },
            { key: 'date', label: 'Date', kind: 'date' },
            { key: 'supersededBy', label: 'Superseded by', placeholder: '0004' },
            { key: 'context', label: 'Context', kind: 'textarea', wide: true },
            { key: 'decision', label: 'Decision', kind: 'textarea', wide: true },
            { key: 'consequences', label: 'Consequences', kind: 'textarea', wide: true },
          ]}
        />
      </FieldGroup>
    </>
  );
}
