import type { SectionFormProps } from '../../core/document/section';
import { lazy, Suspense } from 'react';
import { sectionName } from '../../core/document/section';
import { FieldGroup } from '../../ui/fields/Field';
import { TableField } from '../../ui/fields/TableField';
import { TextAreaField } from '../../ui/fields/TextField';
import { fieldAnchor } from '../../core/document/section';
import { unlinkedReferences } from './links';
import { SUBSECTIONS, type GlossaryEntry, type Reference, type Appendices } from './model';
import './appendices.css';

// The decision log's editor loads when the section opens: it is not part of the first download.
const DecisionLog = lazy(() => import('./DecisionLog'));

export function AppendicesForm({ value: data, update }: SectionFormProps<Appendices>) {
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
        <div id={fieldAnchor('appendices', 'decisions')}>
          <Suspense fallback={<p className="rows__empty">Loading the decision log…</p>}>
            <DecisionLog
              decisions={data.decisions}
              onChange={(decisions) => update({ decisions })}
            />
          </Suspense>
        </div>
      </FieldGroup>
      <FieldGroup title={sectionName(SUBSECTIONS[3])}>
        <TextAreaField
          label="Imported notes"
          markdown
          rows={8}
          anchor={fieldAnchor('appendices', 'importedNotes')}
          hint="Text from an imported file that fits no section. Move it where it belongs, or leave it here: it is exported only when not empty."
          value={data.importedNotes}
          onChange={(importedNotes) => update({ importedNotes })}
        />
      </FieldGroup>
    </>
  );
}
