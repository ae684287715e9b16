import { toSearchQuery } from './toSearchQuery';

test('plain words search every field, each as a quoted prefix term', () => {
  expect(toSearchQuery('quarterly  report')).toEqual([
    { field: 'anyfield', value: '"quarterly"* "report"*', negate: false },
  ]);
  expect(toSearchQuery('"site photos"')).toEqual([{ field: 'anyfield', value: '"site photos"*', negate: false }]);
});

test('field prefixes, flags and negation', () => {
  expect(toSearchQuery('from:bob subject:"garden wall" is:unread has:attachment -spam')).toEqual([
    { field: 'from', value: '"bob"*', negate: false },
    { field: 'subject', value: '"garden wall"*', negate: false },
    { field: 'unread', negate: false },
    { field: 'hasatt', negate: false },
    { field: 'anyfield', value: '"spam"*', negate: true },
  ]);
  expect(toSearchQuery('is:read -from:mallory')).toEqual([
    { field: 'unread', negate: true },
    { field: 'from', value: '"mallory"*', negate: true },
  ]);
});

test('an unknown prefix is a word; empty input and stray quotes give no criteria', () => {
  expect(toSearchQuery('re:lunch')).toEqual([{ field: 'anyfield', value: '"re:lunch"*', negate: false }]);
  expect(toSearchQuery('   ')).toEqual([]);
  expect(toSearchQuery('""')).toEqual([]);
  expect(toSearchQuery('from:')).toEqual([{ field: 'anyfield', value: '"from:"*', negate: false }]);
});
