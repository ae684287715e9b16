/**
 * A widget's default stylesheet. React hoists it into the document head once per `id`, however many instances
 * render, so widgets need no CSS import and no global stylesheet. Selectors are single classes (`.ink-…`): they
 * beat a host's element rules (`button {…}`) and lose to any host class rule that comes later.
 */
export function WidgetStyles({ id, css }: { id: string; css: string }) {
  return (
    <style href={`inkwell-${id}`} precedence="inkwell">
      {css}
    </style>
  );
}
