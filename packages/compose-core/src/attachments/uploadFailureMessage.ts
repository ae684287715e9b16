import { describeError } from '../session/describeError';

/** Why a file did not upload, in the user's words, naming the file; the file stays in the list to try again. */
export function uploadFailureMessage(name: string, error: unknown): string {
  const info = describeError(error);
  const { status } = info;
  if (info.timeout) return `${name} did not finish uploading: the server did not answer in time. Try again.`;
  if (info.network) return `${name} did not finish uploading: the server could not be reached. Try again.`;
  if (status === 401) return `${name} was not uploaded: you were signed out. Sign in again, then try again.`;
  if (status === 413) return `${name} is too large for the server.`;
  if (status === 429) return `${name} was not uploaded: the server is busy. Try again shortly.`;
  if (status !== undefined && status >= 500)
    return `${name} did not finish uploading: the server had a problem. Try again.`;
  return `${name} could not be uploaded: the server refused it.`;
}
