import { sectionName } from '../../core/document/section';
import { useSection } from '../../editor/store';
import { CodeField } from '../../ui/code-editor/CodeField';
import { FieldGroup } from '../../ui/fields/Field';
import { fieldAnchor } from '../form-types';
import { SUBSECTIONS } from './model';

export function ApiDesignForm() {
  const [data, update] = useSection('apiDesign');
  return (
    <FieldGroup title={sectionName(SUBSECTIONS[0])}>
      <CodeField
        label="OpenAPI specification"
        language="yaml"
        height={480}
        anchor={fieldAnchor('apiDesign', 'openApi')}
        hint="OpenAPI 3 in YAML: servers, paths with their operations, component schemas, security schemes."
        value={data.openApi}
        onChange={(openApi) => update({ openApi })}
      />
    </FieldGroup>
  );
}
