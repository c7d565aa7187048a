import { sectionName } from '../../core/document/section';
import { MermaidField } from '../../diagrams/MermaidField';
import { useSection } from '../../editor/store';
import { CodeField } from '../../ui/code-editor/CodeField';
import { FieldGroup } from '../../ui/fields/Field';
import { TextAreaField } from '../../ui/fields/TextField';
import { fieldAnchor } from '../form-types';
import { SUBSECTIONS } from './model';

export function DataArchitectureForm() {
  const [data, update] = useSection('dataArchitecture');
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
        />
      </FieldGroup>
    </>
  );
}
