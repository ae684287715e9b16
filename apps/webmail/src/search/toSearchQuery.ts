import type { SearchCriterion } from '@inkwell/axigen-client';

// What the user types in the search box, as Axigen search criteria (docs/decisions/0008). Plain words search every
// field; `from:`, `to:`, `cc:`, `subject:` and `body:` one field; `is:unread`, `is:read` and `has:attachment` the
// flags; a leading `-` negates. Terms are sent the way the vendor's examples send them: `"word"*`.

const FIELDS: Record<string, string> = { from: 'from', to: 'to', cc: 'cc', subject: 'subject', body: 'body' };

const TOKEN = /(-?)(?:([a-z]+):)?(?:"([^"]*)"?|(\S+))/gi;

function term(text: string): string {
  return `"${text.replace(/"/g, '').trim()}"*`;
}

export function toSearchQuery(text: string): SearchCriterion[] {
  const criteria: SearchCriterion[] = [];
  const words: string[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const negate = match[1] === '-';
    const prefix = match[2]?.toLowerCase();
    const value = (match[3] ?? match[4] ?? '').trim();
    if (prefix === 'is' && (value === 'unread' || value === 'read')) {
      criteria.push({ field: 'unread', negate: value === 'read' ? !negate : negate });
    } else if (prefix === 'has' && /^attachments?$/.test(value)) {
      criteria.push({ field: 'hasatt', negate });
    } else if (prefix !== undefined && FIELDS[prefix] && value) {
      criteria.push({ field: FIELDS[prefix], value: term(value), negate });
    } else {
      const word = prefix === undefined ? value : `${match[2] ?? ''}:${value}`;
      if (!word.replace(/"/g, '').trim()) continue;
      if (negate) criteria.push({ field: 'anyfield', value: term(word), negate: true });
      else words.push(word);
    }
  }
  if (words.length) criteria.unshift({ field: 'anyfield', value: words.map(term).join(' '), negate: false });
  return criteria;
}
