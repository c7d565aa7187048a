import { useId, type CSSProperties } from 'react';
import { Icon } from '../../../ui/icons/Icon';
import { series } from './chart';
import type { Edit } from './edit';
import { scoreOf, setCell } from './edit';
import { ScoreCell } from './ScoreCell';
import { rank, weightShares } from './scoring';
import type { Comparison } from './schema';
import './matrix.css';
import {
  candidateLabel,
  coverageText,
  criterionLabel,
  percentText,
  totalText,
  verdictWords,
} from './summary';

interface ScoreMatrixProps {
  comparison: Comparison;
  onChange: Edit;
  onAdopt: (candidateId: string) => void;
}

/**
 * Criteria as rows, candidates as columns: a 1-5 score and a note per cell, the weighted total
 * of each candidate (over the criteria it has scores for), the leader, and "Adopt".
 */
export function ScoreMatrix({ comparison: c, onChange, onAdopt }: ScoreMatrixProps) {
  const labelId = useId();
  if (c.candidates.length === 0 || c.criteria.length === 0) {
    return (
      <div className="field">
        <span className="field__label">Scores</span>
        <p className="rows__empty">Scoring starts once there are candidates and criteria.</p>
      </div>
    );
  }
  const shares = weightShares(c.criteria);
  const ranking = rank(c);
  const words = verdictWords(c.candidates, ranking);
  const names = c.candidates.map(candidateLabel);
  const leader = (i: number) => (ranking[i]?.leader ? ' matrix__col--leader' : '');
  const layer = c.layer.trim();

  return (
    <div className="field" role="group" aria-labelledby={labelId}>
      <span className="field__label" id={labelId}>
        Scores
      </span>
      <span className="field__hint">
        1 is poor, 5 is excellent. Leave “—” until you know: a missing score is left out of the
        total, never counted as zero.
      </span>
      <div className="matrix">
        <table className="matrix__table" style={{ '--candidates': names.length } as CSSProperties}>
          <thead>
            <tr>
              <th scope="col" className="matrix__corner">
                Criterion
              </th>
              {names.map((name, i) => (
                <th
                  scope="col"
                  key={c.candidates[i]?.id}
                  className={`matrix__head${leader(i)}`}
                  // The candidate's colour in the chart, as a strip along the top.
                  style={{ boxShadow: `inset 0 3px 0 ${series(i)[0]}` }}
                >
                  {name}
                  {ranking[i]?.leader && (
                    <span className="matrix__badge">{words.kind === 'tie' ? 'Tie' : 'Leader'}</span>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {c.criteria.map((criterion, row) => {
              const label = criterionLabel(criterion, row);
              return (
                <tr key={criterion.id}>
                  <th scope="row" className="matrix__criterion">
                    {label}
                    <span className="matrix__share">
                      {percentText(shares.get(criterion.id) ?? 0)}
                    </span>
                  </th>
                  {c.candidates.map((candidate, col) => (
                    <ScoreCell
                      key={candidate.id}
                      candidate={names[col] ?? ''}
                      criterion={label}
                      cell={scoreOf(c, criterion.id, candidate.id)}
                      className={`matrix__cell${leader(col)}`}
                      onChange={(patch) =>
                        onChange((x) => setCell(x, criterion.id, candidate.id, patch))
                      }
                    />
                  ))}
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr className="matrix__totals">
              <th scope="row">Weighted total</th>
              {ranking.map((r, i) => (
                <td key={r.id} className={`matrix__total${leader(i)}`}>
                  <strong>{totalText(r.total)}</strong>
                  {coverageText(r) && <span className="matrix__coverage">{coverageText(r)}</span>}
                </td>
              ))}
            </tr>
            <tr className="matrix__adopt">
              <th scope="row">
                <span className="visually-hidden">Adopt</span>
              </th>
              {c.candidates.map((candidate, i) => (
                <td key={candidate.id} className={leader(i).trim()}>
                  {c.adoptedCandidateId === candidate.id ? (
                    <span className="matrix__adopted">
                      <Icon name="check" size={14} /> Adopted
                    </span>
                  ) : (
                    <button
                      type="button"
                      className="button button--small matrix__adopt-button"
                      disabled={!candidate.name.trim() || !layer}
                      title={layer ? `Use it for ${layer} in 3.2` : 'Name the layer first'}
                      onClick={() => onAdopt(candidate.id)}
                    >
                      {/* The column names the candidate; the button's name still says it. */}
                      <span>
                        Adopt<span className="visually-hidden"> {names[i]}</span>
                        {c.adoptedCandidateId ? ' instead' : ''}
                      </span>
                    </button>
                  )}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      <p className={`verdict verdict--${words.kind}`} role="status">
        <span className="verdict__text">{words.text}</span>
        {words.total && <span className="verdict__total">{words.total}</span>}
      </p>
      {!layer && (
        <span className="field__hint">Name the layer above to adopt a candidate into 3.2.</span>
      )}
    </div>
  );
}
