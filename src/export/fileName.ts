import type { ArchDocument } from '../document/schema';
import { fileSlug } from '../ui/download';

/** "ShopStream Platform Architecture" → "shopstream-platform-architecture.md". */
export function exportFileName(doc: ArchDocument, extension: string): string {
  return `${fileSlug(doc.meta.title, 'architecture')}.${extension}`;
}
