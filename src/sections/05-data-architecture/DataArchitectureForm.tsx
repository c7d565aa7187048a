import type { SectionFormProps } from '../../core/document/section';
import { sectionName } from '../../core/document/section';
import { MermaidField } from '../../diagrams/MermaidField';
import { CodeField } from '../../ui/code-editor/CodeField';
import { FieldGroup } from '../../ui/fields/Field';
import { TextAreaField } from '../../ui/fields/TextField';
import { fieldAnchor } from '../../core/document/section';
import { SUBSECTIONS, type DataArchitectureDerived, type DataArchitecture } from './model';

export function DataArchitectureForm({
  value: data,
  update,
  derived,
}: SectionFormProps<DataArchitecture, DataArchitectureDerived>) {
  return (
    <>
      <FieldGroup title={sectionName(SUBSECTIONS[0])}>
        <MermaidField
          label="Data flow diagram"
          height={320}
          anchor={fieldAnchor('dataArchitecture', 'dataFlowDiagram')}
          hint="Mermaid, e.g. a flowchart: how data moves between clients, services, stores and queues."
          value={data.dataFlowDiagram}
          onChange={(dataFlowDiagram) => update({ dataFlowDiagram })}
        />
        <TextAreaField
          label="Data storage strategy"
          markdown
          rows={8}
          anchor={fieldAnchor('dataArchitecture', 'storageStrategy')}
          hint="Which store holds what, who owns it, how it is replicated, cached and retained."
          value={data.storageStrategy}
          onChange={(storageStrategy) => update({ storageStrategy })}
        />
      </FieldGroup>
      <FieldGroup title={sectionName(SUBSECTIONS[1])}>
        <CodeField
          label="Database schema"
          language="sql"
          height={400}
          anchor={fieldAnchor('dataArchitecture', 'databaseSchema')}
          hint="SQL DDL: CREATE TABLE statements with keys and constraints."
          value={data.databaseSchema}
          onChange={(databaseSchema) => update({ databaseSchema })}
          problems={derived?.er.errors}
        />
        {derived && data.databaseSchema.trim() && <ErStatus derived={derived} />}
      </FieldGroup>
    </>
  );
}

function ErStatus({ derived }: { derived: DataArchitectureDerived }) {
  const { er, stale } = derived;
  const skipped = er.skipped.map((s) => `${s.count} ${s.kind}`).join(', ');
  return (
    <p className="field__hint" role="status">
      {stale
        ? 'The SQL does not read; the preview keeps the last ER diagram that did.'
        : er.tables === 0
          ? er.errors.length > 0
            ? 'The SQL does not read yet (see the problems above), so there is no ER diagram.'
            : 'No CREATE TABLE found: the ER diagram needs at least one table.'
          : `ER diagram: ${er.tables} ${er.tables === 1 ? 'table' : 'tables'}, ${er.relationships} ${er.relationships === 1 ? 'relationship' : 'relationships'}.`}
      {skipped && ` Skipped: ${skipped}.`}
    </p>
  );
}
