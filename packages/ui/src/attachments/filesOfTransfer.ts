// The files a drag or a paste carries. A dropped folder gives the files inside it (any depth), without the files an
// operating system leaves in folders.
const SYSTEM_FILES = new Set(['.ds_store', 'thumbs.db']);

/** Whether a drag or paste carries files (some Chromium drags list them only in `items`). */
export function hasFiles(transfer: DataTransfer | null | undefined): transfer is DataTransfer {
  if (!transfer) return false;
  return (
    Array.from(transfer.types ?? []).some((type) => type === 'Files' || type === 'application/x-moz-file') ||
    Array.from(transfer.items ?? []).some((item) => item.kind === 'file')
  );
}

/** Every file of a drop or paste, folders expanded. Read the transfer synchronously: it empties after the event. */
export function filesOfTransfer(transfer: DataTransfer): Promise<File[]> {
  const items = Array.from(transfer.items ?? []).filter((item) => item.kind === 'file');
  if (items.length === 0) return Promise.resolve(Array.from(transfer.files ?? []));
  const pending = items.map((item) => {
    const entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null;
    if (entry?.isDirectory) return filesOfDirectory(entry as FileSystemDirectoryEntry);
    const file = item.getAsFile();
    return Promise.resolve(file ? [file] : []);
  });
  return Promise.all(pending).then((lists) => lists.flat());
}

async function filesOfDirectory(directory: FileSystemDirectoryEntry): Promise<File[]> {
  const reader = directory.createReader();
  const entries: FileSystemEntry[] = [];
  // readEntries answers in batches (100 in Chromium) until an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    entries.push(...batch);
  }
  const lists = await Promise.all(
    entries.map((entry) => {
      if (entry.isDirectory) return filesOfDirectory(entry as FileSystemDirectoryEntry);
      if (SYSTEM_FILES.has(entry.name.toLowerCase())) return Promise.resolve([]);
      return new Promise<File[]>((resolve, reject) =>
        (entry as FileSystemFileEntry).file((file) => resolve([file]), reject),
      );
    }),
  );
  return lists.flat();
}
