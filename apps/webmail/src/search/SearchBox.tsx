import { useEffect, useRef, type KeyboardEvent } from 'react';

export type SearchScope = 'folder' | 'all';

export interface SearchBoxProps {
  value: string;
  onValueChange: (value: string) => void;
  /** Enter: search now rather than after the pause. */
  onSubmit: () => void;
  scope: SearchScope;
  onScopeChange: (scope: SearchScope) => void;
  /** The folder a `folder` search looks in. */
  folderName: string;
  /** ArrowDown in the field: go on to the list below (the results, or the folder). */
  onMoveToList?: () => void;
}

/** Typing in a field, or a key with a modifier, is never taken for the `/` shortcut. */
function isTyping(event: globalThis.KeyboardEvent): boolean {
  const target = event.target;
  if (event.ctrlKey || event.metaKey || event.altKey) return true;
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The search field above the message list; `/` anywhere else focuses it (as in Gmail), Escape clears it, ArrowDown
 * goes on to the list. */
export function SearchBox({
  value,
  onValueChange,
  onSubmit,
  scope,
  onScopeChange,
  folderName,
  onMoveToList,
}: SearchBoxProps) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.defaultPrevented || isTyping(event)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && value !== '') {
      event.preventDefault();
      onValueChange('');
    } else if (event.key === 'ArrowDown' && onMoveToList && !event.altKey) {
      event.preventDefault();
      onMoveToList();
    }
  };
  return (
    <form
      role="search"
      className="wm-search"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <input
        ref={input}
        type="search"
        className="wm-search-input"
        aria-label="Search mail"
        aria-keyshortcuts="/"
        placeholder="Search mail"
        autoComplete="off"
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <select
        className="wm-search-scope"
        aria-label="Search in"
        value={scope}
        onChange={(event) => onScopeChange(event.target.value === 'all' ? 'all' : 'folder')}
      >
        <option value="folder">{folderName}</option>
        <option value="all">All folders</option>
      </select>
    </form>
  );
}
