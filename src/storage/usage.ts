/** How much this site stores and may store, and whether the browser may clear it. */
export interface StorageUsage {
  usedBytes: number;
  quotaBytes: number;
  persistent: boolean;
}

/**
 * Asks once for persistent storage, so the browser does not clear the documents under
 * storage pressure; browsers grant it or not by their own rules (installed, bookmarked, used).
 */
export async function requestPersistence(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}

export async function storageUsage(): Promise<StorageUsage | null> {
  try {
    if (!navigator.storage?.estimate) return null;
    const [estimate, persistent] = await Promise.all([
      navigator.storage.estimate(),
      navigator.storage.persisted?.() ?? Promise.resolve(false),
    ]);
    return {
      usedBytes: estimate.usage ?? 0,
      quotaBytes: estimate.quota ?? 0,
      persistent,
    };
  } catch {
    return null;
  }
}

/** 1234567 → "1.2 MB". */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}
