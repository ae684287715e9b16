import type { ComposeSnapshot } from '@inkwell/compose-core';

/** What stands between the draft and Send: errors block, warnings ask. Shown once the user tried to send. */
export function SendChecks({
  checks,
  sendError,
}: {
  checks: ComposeSnapshot['checks'];
  sendError: ComposeSnapshot['sendError'];
}) {
  if (!sendError) return null;
  return (
    <div role="alert" className="send-checks">
      <p>{sendError.message}</p>
      {checks.length > 0 ? (
        <ul>
          {checks.map((check) => (
            <li key={`${check.code}:${check.field ?? ''}`} data-severity={check.severity}>
              {check.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
