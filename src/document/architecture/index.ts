import { looseKey, mentions, nameKey, nameWords } from '../../core/names/match';

/** A node label's name: "User DB: RDS PostgreSQL 16" is User DB, "Auth Service x3" Auth Service. */
export function nodeName(label: string): string {
  return label.split(':')[0]?.replace(/\s+[x×]\s*\d+$/i, '') ?? '';
}

/**
 * The labels of one diagram, indexed so that asking whether it names something costs the
 * same for a diagram of 200 nodes as for one of 5 (the inspections ask for every element).
 */
export class LabelIndex {
  private readonly keys = new Set<string>();
  private readonly loose = new Set<string>();
  private readonly text: string;

  constructor(labels: readonly string[]) {
    for (const label of labels) {
      this.keys.add(nameKey(nodeName(label)));
      this.loose.add(looseKey(nodeName(label)));
    }
    this.keys.delete('');
    this.loose.delete('');
    // Every label's words, each label between bars: a name's words match within one label.
    this.text = `|${labels.map((l) => ` ${nameWords(l).join(' ')} `).join('|')}|`;
  }

  /** Whether a label is `name` (exactly or probably), or has it among its words. */
  names(name: string): boolean {
    const words = nameWords(name);
    if (words.length === 0) return false;
    return (
      this.keys.has(nameKey(name)) ||
      this.loose.has(looseKey(name)) ||
      this.text.includes(` ${words.join(' ')} `)
    );
  }
}

/** Whether `label` is `name` or mentions it: the one-label form of LabelIndex.names. */
export function labelNames(label: string, name: string): boolean {
  const [a, b] = [nodeName(label), name];
  if (nameKey(a) !== '' && (nameKey(a) === nameKey(b) || looseKey(a) === looseKey(b))) return true;
  return mentions(label, name);
}
