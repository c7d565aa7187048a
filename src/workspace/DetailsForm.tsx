import { STATUSES } from '../document/schema';
import { isoDate } from '../document/markdown/toMarkdown';
import { optionsOf, SelectField } from '../ui/fields/SelectField';
import { TextField } from '../ui/fields/TextField';
import { FieldGroup } from '../ui/fields/Field';
import { useEditor } from '../editor/store';

/** The document's metadata; the title itself is edited in the top bar. */
export function DetailsForm() {
  const meta = useEditor((s) => s.doc?.meta);
  const setMeta = useEditor((s) => s.setMeta);
  if (!meta) return null;
  return (
    <FieldGroup
      title="Metadata"
      description="Shown at the top of the document and on the PDF cover."
    >
      <div className="details__grid">
        <TextField
          label="Version"
          value={meta.version}
          onChange={(version) => setMeta({ version })}
          placeholder="1.0"
        />
        <SelectField
          label="Status"
          value={meta.status}
          options={optionsOf(STATUSES)}
          onChange={(status) => setMeta({ status })}
        />
      </div>
      <TextField
        label="Authors"
        anchor="field-details-authors"
        value={meta.authors}
        onChange={(authors) => setMeta({ authors })}
        placeholder="Names, separated by commas"
      />
      <dl className="details__dates">
        <div>
          <dt>Created</dt>
          <dd>{isoDate(meta.created)}</dd>
        </div>
        <div>
          <dt>Updated</dt>
          <dd>{isoDate(meta.updated)}</dd>
        </div>
      </dl>
    </FieldGroup>
  );
}
