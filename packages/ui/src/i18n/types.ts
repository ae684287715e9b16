/** A flat catalog: message key → ICU message (a subset: `{arg}`, `plural`, `select`, `selectordinal`). */
export type MessageCatalog = Readonly<Record<string, string>>;

/** Values a message may interpolate. Dates are formatted with the catalog's locale. */
export type MessageValues = Readonly<Record<string, string | number | Date>>;

/** Writing direction of the user's language. */
export type TextDirection = 'ltr' | 'rtl';
