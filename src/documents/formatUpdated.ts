/**
 * "Edited 5 min ago", "Edited yesterday", or a date for anything older than a week; `verb`
 * says what happened then ("Saved", "Deleted").
 */
export function formatUpdated(iso: string, verb = 'Edited', now = Date.now()): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return '';
  const minutes = Math.round((now - then) / 60_000);
  if (minutes < 1) return `${verb} just now`;
  if (minutes < 60) return `${verb} ${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${verb} ${hours} h ago`;
  const days = Math.round(hours / 24);
  if (days === 1) return `${verb} yesterday`;
  if (days < 7) return `${verb} ${days} days ago`;
  return `${verb} ${new Date(then).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' })}`;
}
