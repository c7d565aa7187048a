/** Saves a Blob as a file through the browser's download, without any request. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next tick: the download has taken its own reference by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** "4.1 Component Diagram" → "4-1-component-diagram". */
export function fileSlug(name: string, fallback = 'diagram'): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return slug || fallback;
}
