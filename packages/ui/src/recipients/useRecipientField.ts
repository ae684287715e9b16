import {
  useCallback,
  useContext,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type DragEvent,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import { recipientKey } from '@inkwell/compose-core';
import type { ContactSuggestion } from '@inkwell/axigen-client';
import { useLocale, useMessages } from '../i18n';
import { recipientsMessages } from './messages';
import {
  acceptEntry,
  entriesFromInput,
  entryFromRecipient,
  entryKey,
  mergeEntries,
  removeEntry,
  replaceEntry,
  type MergeResult,
  type Recipient,
  type RecipientEntry,
} from './recipientEntries';
import { loadRecipientParser, recipientParserLoaded } from './recipientParser';
import { trackRecipientRead } from './recipientReads';
import { RecipientsGroupContext, type GroupField } from './RecipientsGroup';
import { useRecipientsState, type UseRecipientsStateOptions } from './useRecipientsState';

/** The fields of a message; any other string names a custom field. */
export type RecipientFieldName = 'to' | 'cc' | 'bcc' | 'replyTo';

export interface UseRecipientFieldOptions extends UseRecipientsStateOptions {
  /** Which field this is; sets the default label ("To", "Cc"…). */
  field?: RecipientFieldName;
  /** Visible label and accessible name of the input; default from the field. */
  label?: string;
  disabled?: boolean;
}

// The chip being dragged: same-document drags only, and dataTransfer is unreadable during dragover.
let dragged: { fieldId: string; entry: RecipientEntry } | null = null;
const DRAG_TYPE = 'application/x-inkwell-recipient';

type FocusTarget = { kind: 'chip'; id: string } | { kind: 'input' } | null;

/** Text a chip is announced and labelled with. */
export function chipLabel(entry: RecipientEntry): string {
  return entry.name || entry.address || entry.raw;
}

/** Whether a comma or semicolon typed now ends the entry (not inside quotes, a comment or `<…>`). */
function separatorEndsEntry(text: string): boolean {
  let quoted = false;
  let depth = 0;
  let angle = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === '<') angle = true;
    else if (ch === '>') angle = false;
  }
  return !quoted && depth === 0 && !angle;
}

/**
 * Behaviour of one recipients field: chips, the combobox input, suggestions, chip editing, removal, moving and
 * dragging between fields, and what to announce. Returns state and prop bags for the parts.
 */
export function useRecipientField({
  field = 'to',
  label: givenLabel,
  disabled = false,
  ...state
}: UseRecipientFieldOptions) {
  const t = useMessages(recipientsMessages);
  const { dir } = useLocale();
  const { entries, setEntries, current } = useRecipientsState(state);
  const label = givenLabel ?? t(`recipients.field.${field}`);
  const id = useId();
  const ids = { label: `${id}-label`, input: `${id}-input`, listbox: `${id}-listbox`, live: `${id}-live` };

  const [text, setText] = useState('');
  const [editingId, setEditingId] = useState<string | null>(null);
  const [suggestions, setSuggestions] = useState<readonly ContactSuggestion[]>([]);
  const [hasListbox, setHasListbox] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  const [dismissed, setDismissed] = useState(false);
  const [inputFocused, setInputFocused] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [dropState, setDropState] = useState<'idle' | 'over'>('idle');
  const [draggingId, setDraggingId] = useState<string | null>(null);
  const [menuId, setMenuId] = useState<string | null>(null);

  const inputRef = useRef<HTMLInputElement | null>(null);
  const chipRefs = useRef(new Map<string, HTMLElement>());
  const focusTarget = useRef<FocusTarget>(null);
  const [focusTick, setFocusTick] = useState(0);

  const requestFocus = useCallback((target: FocusTarget) => {
    focusTarget.current = target;
    setFocusTick((n) => n + 1);
  }, []);
  useLayoutEffect(() => {
    const target = focusTarget.current;
    focusTarget.current = null;
    if (!target) return;
    if (target.kind === 'input') inputRef.current?.focus();
    else chipRefs.current.get(target.id)?.focus();
  }, [focusTick]);

  const announceMerge = useCallback(
    ({ added, merged }: MergeResult) => {
      const first = added[0];
      if (added.length === 1 && first) setAnnouncement(t('recipients.added', { count: 1, label: chipLabel(first) }));
      else if (added.length > 1) setAnnouncement(t('recipients.added', { count: added.length, label: '' }));
      else if (merged[0]) setAnnouncement(t('recipients.merged', { label: chipLabel(merged[0]), field: label }));
    },
    [t, label],
  );

  /** Adds chips; the result tells what was new and what merged into chips already there. */
  const addEntries = useCallback(
    (incoming: readonly RecipientEntry[], index?: number) => {
      const result = mergeEntries(current(), incoming, index);
      setEntries(result.entries);
      announceMerge(result);
      return result;
    },
    [current, setEntries, announceMerge],
  );

  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  /** Runs `use` once the recipient parser is loaded: at once when it is. If it cannot load, says so. */
  const whenParserLoaded = useCallback(
    (use: () => void, failed?: () => void) => {
      if (recipientParserLoaded()) return use();
      loadRecipientParser().then(
        () => live.current && use(),
        () => {
          if (!live.current) return;
          failed?.();
          setAnnouncement(t('recipients.readFailed'));
        },
      );
    },
    [t],
  );

  /** Turns the typed text into chips; nothing typed is dropped (unreadable text becomes an invalid chip). */
  const pendingText = useRef<string | null>(null);
  const commitText = useCallback(
    (value = text) => {
      if (value.trim() === '') return false;
      const commit = () => {
        addEntries(entriesFromInput(value));
        // What was typed after it, while the parser loaded, stays in the field.
        setText((now) => (now.startsWith(value) ? now.slice(value.length).replace(/^[\s,;]+/, '') : now));
        setActiveIndex(-1);
      };
      if (recipientParserLoaded()) {
        commit();
        return true;
      }
      // Before the parser arrives (or while it cannot), the text stays in the field; the latest commit is read, and a
      // send in the same window waits for it (recipientReads).
      setText(value);
      pendingText.current = value;
      const read = loadRecipientParser().then(
        () => {
          if (live.current && pendingText.current === value) {
            pendingText.current = null;
            commit();
          }
          return true;
        },
        () => {
          if (pendingText.current === value) pendingText.current = null;
          if (live.current) setAnnouncement(t('recipients.readFailed'));
          return false;
        },
      );
      trackRecipientRead(inputRef.current, read);
      return false;
    },
    [text, addEntries, t],
  );

  const remove = useCallback(
    (entryId: string, then: 'previous' | 'next' | 'input' = 'input') => {
      const list = current();
      const index = list.findIndex((e) => e.id === entryId);
      const entry = list[index];
      if (!entry) return;
      setEntries(removeEntry(list, entryId));
      setAnnouncement(t('recipients.removed', { label: chipLabel(entry) }));
      const neighbour =
        then === 'previous' ? (list[index - 1] ?? list[index + 1]) : then === 'next' ? list[index + 1] : undefined;
      requestFocus(neighbour ? { kind: 'chip', id: neighbour.id } : { kind: 'input' });
    },
    [current, setEntries, t, requestFocus],
  );

  const accept = useCallback(
    (entryId: string) => {
      setEntries(acceptEntry(current(), entryId));
      requestFocus({ kind: 'chip', id: entryId });
    },
    [current, setEntries, requestFocus],
  );

  const startEdit = useCallback(
    (entryId: string) => {
      if (disabled) return;
      setEditingId(entryId);
      loadRecipientParser().catch(() => undefined);
    },
    [disabled],
  );

  const finishEdit = useCallback(
    (entryId: string, value: string | null) => {
      setEditingId(null);
      if (value === null) {
        requestFocus({ kind: 'chip', id: entryId });
        return;
      }
      whenParserLoaded(
        () => {
          const result = replaceEntry(current(), entryId, entriesFromInput(value));
          setEntries(result.entries);
          const first = result.added[0];
          requestFocus(first ? { kind: 'chip', id: first.id } : { kind: 'input' });
        },
        // The edit is not lost: it waits in the field's input, beside the chip as it was.
        () => setText((now) => (now.trim() ? `${now}, ${value}` : value)),
      );
    },
    [current, setEntries, requestFocus, whenParserLoaded],
  );

  // Moving between fields of a group (the keyboard alternative to dragging).
  const group = useContext(RecipientsGroupContext);
  const addRef = useRef((recipients: readonly Recipient[]) => addEntries(recipients.map(entryFromRecipient)));
  addRef.current = (recipients) => addEntries(recipients.map(entryFromRecipient));
  const register = group?.register;
  useEffect(() => register?.({ id, label, add: (r) => addRef.current(r) }), [register, id, label]);
  const moveTargets = useMemo(() => (group ? group.fields.filter((f) => f.id !== id) : []), [group, id]);
  const moveTo = useCallback(
    (entryId: string, target: GroupField) => {
      const entry = current().find((e) => e.id === entryId);
      if (!entry) return;
      target.add([{ ...(entry.name ? { name: entry.name } : {}), address: entry.address || entry.raw }]);
      remove(entryId, 'previous');
      setAnnouncement(t('recipients.moved', { label: chipLabel(entry), field: target.label }));
    },
    [current, remove, t],
  );

  // Suggestions: the listbox part fetches them and reports here, so the input can drive it by keyboard.
  const present = useMemo(() => new Set(entries.map(entryKey)), [entries]);
  const options = useMemo(
    () => suggestions.filter((s) => s.email && !present.has(recipientKey(s.email))),
    [suggestions, present],
  );
  const open = hasListbox && inputFocused && !dismissed && text.trim() !== '' && options.length > 0 && !disabled;
  const active = open && activeIndex >= 0 && activeIndex < options.length ? activeIndex : -1;
  const optionId = (index: number) => `${id}-option-${index}`;

  const pick = useCallback(
    (option: ContactSuggestion, refocus = true) => {
      const name = option.name || [option.firstName, option.lastName].filter(Boolean).join(' ');
      addEntries([entryFromRecipient(name ? { name, address: option.email } : { address: option.email })]);
      setText('');
      setActiveIndex(-1);
      if (refocus) requestFocus({ kind: 'input' });
    },
    [addEntries, requestFocus],
  );

  const previousKey = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  const nextKey = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';

  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const last = entries[entries.length - 1];
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!open) {
          if (event.key === 'ArrowDown' && options.length > 0 && text.trim() !== '') setDismissed(false);
          return;
        }
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActiveIndex((i) => (i < 0 && step < 0 ? options.length - 1 : (i + step + options.length) % options.length));
        return;
      }
      case 'Home':
      case 'End':
        if (active >= 0) {
          event.preventDefault();
          setActiveIndex(event.key === 'Home' ? 0 : options.length - 1);
        }
        return;
      case 'Escape':
        if (open) {
          event.preventDefault();
          event.stopPropagation();
          setDismissed(true);
          setActiveIndex(-1);
        }
        return;
      case 'Enter': {
        if (event.ctrlKey || event.metaKey) {
          // Ctrl/Cmd+Enter is the window's "send": the typed text becomes chips first, the event goes on. Text the
          // parser cannot read yet holds the send back: it would go without those recipients.
          if (!commitText() && text.trim() !== '') {
            event.preventDefault();
            event.stopPropagation();
          }
          return;
        }
        // A plain Enter never reaches a form from here: it picks, commits, or does nothing.
        event.preventDefault();
        const option = options[active];
        if (option) pick(option);
        else commitText();
        return;
      }
      case 'Tab': {
        const option = options[active];
        if (option) pick(option, false);
        else commitText();
        return;
      }
      case ',':
      case ';':
        // Before the parser arrives, a separator is typed like any character: the list is read as a whole.
        if (text.trim() !== '' && separatorEndsEntry(text) && recipientParserLoaded()) {
          event.preventDefault();
          commitText();
        }
        return;
      case 'Backspace':
        if (text === '' && last) {
          event.preventDefault();
          requestFocus({ kind: 'chip', id: last.id });
        }
        return;
      default:
        if (event.key === previousKey && atStart && last) {
          event.preventDefault();
          requestFocus({ kind: 'chip', id: last.id });
        }
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const pasted = event.clipboardData.getData('text/plain');
    // A single word pastes as text; a list (or anything with a line break) becomes chips at once.
    if (!/[,;\r\n\u0085\u2028\u2029]/.test(pasted)) return;
    event.preventDefault();
    const input = event.currentTarget;
    const start = input.selectionStart ?? text.length;
    const end = input.selectionEnd ?? text.length;
    // Text already committed and waiting for the parser is whole addresses: a list pasted after it is another one.
    const before = pendingText.current !== null && start === text.length ? `${text}, ` : text.slice(0, start);
    commitText(before + pasted + text.slice(end));
  };

  const onChipKeyDown = (event: KeyboardEvent<HTMLElement>, entry: RecipientEntry, index: number) => {
    const move = (to: number) => {
      event.preventDefault();
      const target = entries[to];
      requestFocus(target ? { kind: 'chip', id: target.id } : { kind: 'input' });
    };
    switch (event.key) {
      case 'Backspace':
        event.preventDefault();
        if (!disabled) remove(entry.id, 'previous');
        return;
      case 'Delete':
        event.preventDefault();
        if (!disabled) remove(entry.id, 'next');
        return;
      case 'Enter':
      case 'F2':
        event.preventDefault();
        startEdit(entry.id);
        return;
      case 'ContextMenu':
        event.preventDefault();
        setMenuId(entry.id);
        return;
      case 'F10':
        if (event.shiftKey) {
          event.preventDefault();
          setMenuId(entry.id);
        }
        return;
      case 'Home':
        return move(0);
      case 'End':
        return move(entries.length);
      case 'Escape':
        return move(entries.length);
      default:
        if (event.key === previousKey) return move(Math.max(0, index - 1));
        if (event.key === nextKey) return move(index + 1);
        // Typing on a chip continues in the input, so no keystroke is lost.
        if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
          requestFocus({ kind: 'input' });
        }
    }
  };

  const onDragStart = (event: DragEvent<HTMLElement>, entry: RecipientEntry) => {
    dragged = { fieldId: id, entry };
    setDraggingId(entry.id);
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData(DRAG_TYPE, entry.id);
    event.dataTransfer.setData('text/plain', entry.raw);
  };
  const onDragEnd = (event: DragEvent<HTMLElement>, entry: RecipientEntry) => {
    setDraggingId(null);
    const moved = event.dataTransfer.dropEffect === 'move' && dragged === null;
    if (moved) remove(entry.id, 'previous');
    dragged = null;
  };
  const acceptsDrop = () => dragged !== null && dragged.fieldId !== id && !disabled;
  const onDragOver = (event: DragEvent<HTMLElement>) => {
    if (!acceptsDrop()) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    setDropState('over');
  };
  const onDragLeave = (event: DragEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropState('idle');
  };
  const onDrop = (event: DragEvent<HTMLElement>) => {
    setDropState('idle');
    if (!acceptsDrop() || !dragged) return;
    event.preventDefault();
    const { entry } = dragged;
    addEntries([
      entryFromRecipient({ ...(entry.name ? { name: entry.name } : {}), address: entry.address || entry.raw }),
    ]);
    // The source removes its chip on dragend; a cleared marker tells it the drop landed.
    dragged = null;
  };

  const invalidCount = entries.filter((e) => e.problem).length;
  const rootState = invalidCount > 0 ? 'invalid' : entries.length > 0 ? 'filled' : 'empty';

  return {
    t,
    dir,
    label,
    ids,
    entries,
    text,
    editingId,
    menuId,
    setMenuId,
    /** Focuses a chip (or the input when it is gone), e.g. after its menu closes. */
    focusChip: (entryId: string) =>
      requestFocus(current().some((e) => e.id === entryId) ? { kind: 'chip', id: entryId } : { kind: 'input' }),
    open,
    options,
    active,
    announcement,
    moveTargets,
    disabled,
    actions: { commitText, remove, accept, startEdit, finishEdit, moveTo, pick, setText, addEntries },
    /** The listbox part reports its suggestions (and its presence) here. */
    reportSuggestions: setSuggestions,
    reportListbox: setHasListbox,
    getRootProps: () => ({
      dir,
      'data-state': rootState,
      'data-drop': dropState,
      'data-disabled': disabled ? '' : undefined,
      onDragOver,
      onDragLeave,
      onDrop,
      // A click on the field's empty space types into it, as in every mail client.
      onClick: (event: { target: EventTarget; currentTarget: EventTarget }) => {
        if (event.target === event.currentTarget) inputRef.current?.focus();
      },
    }),
    getLabelProps: () => ({ id: ids.label, htmlFor: ids.input }),
    getListProps: () => ({ 'aria-label': t('recipients.list', { field: label }) }),
    getChipProps: (entry: RecipientEntry) => ({
      draggable: !disabled && editingId !== entry.id,
      'data-state': entry.problem ? 'invalid' : 'valid',
      'data-dragging': draggingId === entry.id ? '' : undefined,
      onDragStart: (event: DragEvent<HTMLElement>) => onDragStart(event, entry),
      onDragEnd: (event: DragEvent<HTMLElement>) => onDragEnd(event, entry),
    }),
    getChipButtonProps: (entry: RecipientEntry, index: number) => ({
      ref: (node: HTMLElement | null) => {
        if (node) chipRefs.current.set(entry.id, node);
        else chipRefs.current.delete(entry.id);
      },
      role: 'button' as const,
      tabIndex: -1,
      'aria-describedby': `${id}-chip-${entry.id}-desc`,
      'aria-invalid': entry.problem ? true : undefined,
      'data-state': entry.problem ? 'invalid' : 'valid',
      onKeyDown: (event: KeyboardEvent<HTMLElement>) => onChipKeyDown(event, entry, index),
      onDoubleClick: () => startEdit(entry.id),
    }),
    getChipDescriptionProps: (entry: RecipientEntry) => ({
      id: `${id}-chip-${entry.id}-desc`,
      children: `${entry.problem ? t('recipients.chip.invalid', { reason: t(`recipients.problem.${entry.problem}`) }) : t('recipients.chip.valid')} ${t('recipients.chip.help')}`,
    }),
    getRemoveProps: (entry: RecipientEntry) => ({
      type: 'button' as const,
      tabIndex: -1,
      disabled,
      'aria-label': t('recipients.remove', { label: chipLabel(entry) }),
      onClick: () => remove(entry.id, 'input'),
    }),
    getInputProps: () => ({
      ref: inputRef,
      id: ids.input,
      type: 'text',
      role: 'combobox' as const,
      'aria-labelledby': ids.label,
      'aria-autocomplete': 'list' as const,
      'aria-expanded': open,
      'aria-controls': hasListbox ? ids.listbox : undefined,
      'aria-activedescendant': active >= 0 ? optionId(active) : undefined,
      autoComplete: 'off',
      autoCapitalize: 'off',
      spellCheck: false,
      disabled,
      value: text,
      onChange: (event: { currentTarget: HTMLInputElement }) => {
        setText(event.currentTarget.value);
        setDismissed(false);
        setActiveIndex(-1);
      },
      onKeyDown: onInputKeyDown,
      onPaste,
      onFocus: () => {
        setInputFocused(true);
        // Typing an address takes longer than loading the parser that reads it.
        loadRecipientParser().catch(() => undefined);
      },
      onBlur: (event: FocusEvent<HTMLInputElement>) => {
        // Leaving for the suggestions list (a mouse pick) is not leaving the field.
        const to = event.relatedTarget instanceof HTMLElement ? event.relatedTarget.closest('[role="listbox"]') : null;
        if (to?.id === ids.listbox) return;
        setInputFocused(false);
        commitText();
      },
    }),
    getListboxProps: () => ({
      id: ids.listbox,
      role: 'listbox' as const,
      'aria-label': t('recipients.suggestions', { field: label }),
      'data-state': open ? 'open' : 'closed',
      hidden: !open,
    }),
    getOptionProps: (option: ContactSuggestion, index: number) => ({
      id: optionId(index),
      role: 'option' as const,
      'aria-selected': index === active,
      'data-state': index === active ? 'active' : 'inactive',
      // Keeps focus in the input while the mouse picks.
      onMouseDown: (event: { preventDefault: () => void }) => event.preventDefault(),
      onClick: () => pick(option),
      onMouseMove: () => setActiveIndex(index),
    }),
    getLiveProps: () => ({
      id: ids.live,
      role: 'status' as const,
      'aria-live': 'polite' as const,
      children: announcement,
    }),
  };
}

export type RecipientFieldApi = ReturnType<typeof useRecipientField>;
