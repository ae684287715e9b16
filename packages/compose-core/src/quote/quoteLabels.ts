/** The words around a quoted original, per language; English when the locale's language is not listed. */
export interface QuoteLabels {
  /** Reply attribution, e.g. `On {date}, {sender} wrote:`; without a date: `{sender} wrote:`. */
  wrote: (sender: string, date: string | undefined) => string;
  forwarded: string;
  from: string;
  date: string;
  subject: string;
  to: string;
  cc: string;
}

const LABELS: Record<string, QuoteLabels> = {
  en: {
    wrote: (sender, date) => (date ? `On ${date}, ${sender} wrote:` : `${sender} wrote:`),
    forwarded: '---------- Forwarded message ----------',
    from: 'From',
    date: 'Date',
    subject: 'Subject',
    to: 'To',
    cc: 'Cc',
  },
  de: {
    wrote: (sender, date) => (date ? `Am ${date} schrieb ${sender}:` : `${sender} schrieb:`),
    forwarded: '---------- Weitergeleitete Nachricht ----------',
    from: 'Von',
    date: 'Datum',
    subject: 'Betreff',
    to: 'An',
    cc: 'Cc',
  },
  fr: {
    wrote: (sender, date) => (date ? `Le ${date}, ${sender} a écrit :` : `${sender} a écrit :`),
    forwarded: '---------- Message transféré ----------',
    from: 'De',
    date: 'Date',
    subject: 'Objet',
    to: 'À',
    cc: 'Cc',
  },
  es: {
    wrote: (sender, date) => (date ? `El ${date}, ${sender} escribió:` : `${sender} escribió:`),
    forwarded: '---------- Mensaje reenviado ----------',
    from: 'De',
    date: 'Fecha',
    subject: 'Asunto',
    to: 'Para',
    cc: 'CC',
  },
};

export function quoteLabels(locale: string | undefined): QuoteLabels {
  const language = (locale ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  return LABELS[language] ?? (LABELS.en as QuoteLabels);
}
