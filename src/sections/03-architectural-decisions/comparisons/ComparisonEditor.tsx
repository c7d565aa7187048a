import { withTextAlternative } from '../../../core/mermaid/accessibility';
import { MermaidDiagram } from '../../../diagrams/MermaidDiagram';
import { Field } from '../../../ui/fields/Field';
import { TextAreaField, TextField } from '../../../ui/fields/TextField';
import { Icon } from '../../../ui/icons/Icon';
import { CandidatesEditor } from './CandidatesEditor';
import { comparisonChart, leftOutNote } from './chart';
import { CriteriaEditor } from './CriteriaEditor';
import { ScoreMatrix } from './ScoreMatrix';
import type { Comparison } from './schema';

import type { Edit } from './edit';

interface ComparisonEditorProps {
  number: number;
  comparison: Comparison;
  /** Id of the <datalist> of layer suggestions. */
  layersId: string;
  onChange: Edit;
  onAdopt: (candidateId: string) => void;
  onRemove: () => void;
}

/** One comparison: what it decides, its candidates and criteria, the scores, the chart. */
export function ComparisonEditor({
  number,
  comparison: c,
  layersId,
  onChange,
  onAdopt,
  onRemove,
}: ComparisonEditorProps) {
  const name = `Comparison ${number}`;
  return (
    <section className="comparison" aria-label={name} data-row-id={c.id}>
      <header className="comparison__header">
        <div className="comparison__title">
          <h3>{name}</h3>
          {c.layer.trim() && <span className="comparison__layer">{c.layer.trim()}</span>}
        </div>
        <button
          type="button"
          className="icon-button icon-button--danger"
          aria-label={`Remove comparison ${number}`}
          title="Remove comparison"
          onClick={onRemove}
        >
          <Icon name="trash" />
        </button>
      </header>
      <div className="comparison__basics">
        <TextField
          label="Question"
          placeholder="Which database?"
          value={c.question}
          onChange={(question) => onChange((x) => ({ ...x, question }))}
        />
        <Field label="Layer">
          {(id) => (
            <input
              id={id}
              className="input"
              list={layersId}
              placeholder="Database"
              value={c.layer}
              onChange={(e) => onChange((x) => ({ ...x, layer: e.target.value }))}
            />
          )}
        </Field>
      </div>
      <CandidatesEditor comparison={c} onChange={onChange} />
      <CriteriaEditor comparison={c} onChange={onChange} />
      <ScoreMatrix comparison={c} onChange={onChange} onAdopt={onAdopt} />
      <Chart comparison={c} />
      <TextAreaField
        label="Rationale"
        markdown
        rows={3}
        hint="Why the choice: it goes into 3.2 and the decision record when a candidate is adopted."
        value={c.rationale}
        onChange={(rationale) => onChange((x) => ({ ...x, rationale }))}
      />
    </section>
  );
}

/** The radar chart as the preview and the export draw it, with its text alternative. */
function Chart({ comparison }: { comparison: Comparison }) {
  const chart = comparisonChart(comparison);
  const note = leftOutNote(chart);
  return (
    <div className="field">
      <span className="field__label">Chart</span>
      {chart.source ? (
        <MermaidDiagram
          source={withTextAlternative(chart.source, {
            title: chart.title,
            description: chart.description,
          })}
        />
      ) : (
        <p className="rows__empty">{chart.why}</p>
      )}
      {chart.drawn.length > 0 && (
        <ul className="legend" aria-label="Legend">
          {chart.drawn.map((d) => (
            <li key={d.name}>
              <span className="swatch" style={{ background: d.colour }} aria-hidden="true" />
              {d.name}
            </li>
          ))}
        </ul>
      )}
      {note && <p className="comparison__note">{note}</p>}
    </div>
  );
}
