/** "1 risk" / "3 risks". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** "A", "A and B", "A, B and C", "A, B, C and 4 more": names a gap without a wall of text. */
export function names(list: readonly string[], max = 3): string {
  const shown = list.slice(0, max);
  const rest = list.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1) ?? ''}`;
}

/** A row's name for a message: its text, or "row 3" when it has none. */
export function rowName(text: string, index: number): string {
  return text.trim() || `row ${index + 1}`;
}

/** Is / are agreeing with a count. */
export function verb(n: number, singular: string, plural: string): string {
  return n === 1 ? singular : plural;
}
