import type { SectionFormProps } from '../../core/document/section';
import { sectionName } from '../../core/document/section';
import { CodeField } from '../../ui/code-editor/CodeField';
import { FieldGroup } from '../../ui/fields/Field';
import { fieldAnchor } from '../../core/document/section';
import { SUBSECTIONS, type ApiDesignDerived, type ApiDesign } from './model';

export function ApiDesignForm({
  value: data,
  update,
  derived,
}: SectionFormProps<ApiDesign, ApiDesignDerived>) {
  return (
    <FieldGroup title={sectionName(SUBSECTIONS[0])}>
      <CodeField
        label="OpenAPI specification"
        language="yaml"
        height={480}
        anchor={fieldAnchor('apiDesign', 'openApi')}
        hint="OpenAPI 3.0 or 3.1 in YAML: servers, paths with their operations, component schemas, security schemes."
        value={data.openApi}
        onChange={(openApi) => update({ openApi })}
        problems={derived?.analysis.problems}
      />
      {derived && data.openApi.trim() && <ApiSummary derived={derived} />}
    </FieldGroup>
  );
}

function ApiSummary({ derived }: { derived: ApiDesignDerived }) {
  const { analysis, endpoints, stale } = derived;
  const errors = analysis.problems.filter((p) => p.severity === 'error').length;
  const version = analysis.version ? `OpenAPI ${analysis.version}` : 'Not recognised as OpenAPI 3';
  const count = `${endpoints.length} ${endpoints.length === 1 ? 'endpoint' : 'endpoints'}`;
  return (
    <p className="field__hint" role="status">
      {version} · {count}
      {stale ? ' (the last list that read, until the YAML is fixed)' : ''}
      {errors > 0 ? ` · ${errors} ${errors === 1 ? 'error' : 'errors'}` : ' · valid'}
    </p>
  );
}
