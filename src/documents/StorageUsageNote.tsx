import { useEffect, useState } from 'react';
import { formatBytes, storageUsage, type StorageUsage } from '../storage/usage';
import { useSaveStatus } from '../storage/saveStatus';

/** Under the documents list: how much is stored, of how much, and whether it is kept for sure. */
export function StorageUsageNote() {
  const [usage, setUsage] = useState<StorageUsage | null>(null);
  const inMemory = useSaveStatus((s) => s.state === 'memory');
  useEffect(() => {
    let current = true;
    void storageUsage().then((u) => current && setUsage(u));
    return () => {
      current = false;
    };
  }, []);
  if (inMemory) {
    return <p className="storage-usage">Documents are kept in this tab only.</p>;
  }
  if (!usage) return null;
  return (
    <p className="storage-usage">
      This browser holds {formatBytes(usage.usedBytes)} for Archbench, of{' '}
      {formatBytes(usage.quotaBytes)} it allows.{' '}
      {usage.persistent
        ? 'Storage is persistent: the browser will not clear it on its own.'
        : 'The browser may clear it when space runs low: export JSON backups of important documents.'}
    </p>
  );
}
