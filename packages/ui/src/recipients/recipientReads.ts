// Recipient text committed (Enter, Tab, leaving the field) before the parser arrived is read once it does. A send
// waits for the reads of the fields inside its window, so typed recipients are never left out of a message; a read
// that failed (the parser cannot load) stops the send while its text is still in the field.
const reads = new Map<HTMLInputElement, Promise<boolean>>();

/** Records the read of `input`'s text: true once its chips are made, false if it could not be read. */
export function trackRecipientRead(input: HTMLInputElement | null, read: Promise<boolean>): void {
  if (!input) return;
  reads.set(input, read);
  void read.then((done) => {
    if (done && reads.get(input) === read) reads.delete(input);
  });
}

/** Waits for the reads of the fields inside `container`: the field whose text is still unread, or null. */
export async function recipientReadsSettled(container: Element | null): Promise<HTMLInputElement | null> {
  for (const [input, read] of [...reads]) {
    if (!input.isConnected) reads.delete(input);
    else if (container?.contains(input) && !(await read) && input.value.trim() !== '') return input;
  }
  return null;
}
