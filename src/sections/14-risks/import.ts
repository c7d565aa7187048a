import { newId } from '../../core/ids';
import { tableRecords, type ImportedTable } from '../../core/markdown/import/hooks';
import { LEVELS, type Risk, type Risks } from './model';

const level = (text: string) => LEVELS.find((l) => l.toLowerCase() === text.trim().toLowerCase());

/**
 * A risk table (Risk, Probability, Impact, Mitigation) becomes rows, when every probability
 * and impact is one of Low / Medium / High: any other value would be lost in the select.
 */
export function importTable(data: Risks, table: ImportedTable): Risks | null {
  const records = tableRecords(table, {
    risk: ['risk', 'risks', 'description'],
    probability: ['probability', 'likelihood'],
    impact: ['impact', 'severity'],
    mitigation: ['mitigation', 'mitigations', 'response'],
  });
  if (!records) return null;
  const rows: Risk[] = [];
  for (const r of records) {
    const probability = level(r.probability);
    const impact = level(r.impact);
    if (!probability || !impact) return null;
    rows.push({ id: newId(), risk: r.risk, probability, impact, mitigation: r.mitigation });
  }
  return { ...data, risks: [...data.risks, ...rows] };
}
