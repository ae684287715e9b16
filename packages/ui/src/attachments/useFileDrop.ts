// Files dropped (or pasted) onto an element, the whole compose window typically. Our own rather than react-dropzone
// (12.5 KB minified with file-selector): the window needs the drag state and the files, not a click-to-pick root,
// validation or the file system access API. Same rules: a drop anywhere else on the page never opens the file in the
// tab, a dropped folder gives its files, and a paste carrying files that nothing inside took attaches them.
import {
  useEffect,
  useRef,
  useState,
  type ClipboardEvent as ReactClipboardEvent,
  type DragEvent as ReactDragEvent,
} from 'react';
import { filesOfTransfer, hasFiles } from './filesOfTransfer';

export interface UseFileDropOptions {
  /** Ignore drags and drops (the page still never opens a dropped file). */
  disabled?: boolean;
  onDrop: (files: File[]) => void;
  /** Files start being dragged over the element. */
  onDragEnter?: () => void;
}

/** Whether files are being dragged over the element, and the handlers to spread on it. */
export function useFileDrop<T extends HTMLElement>({ disabled = false, onDrop, onDragEnter }: UseFileDropOptions) {
  const [dragging, setDragging] = useState(false);
  // Elements entered and not yet left: dragleave fires for every child the pointer crosses.
  const entered = useRef<EventTarget[]>([]);

  useEffect(() => {
    // A file dropped beside the window would replace the page with the file.
    const onDocumentDragOver = (event: DragEvent) => event.preventDefault();
    // A drop the element (or anything else) took is already prevented.
    const onDocumentDrop = (event: DragEvent) => {
      if (!event.defaultPrevented) event.preventDefault();
    };
    document.addEventListener('dragover', onDocumentDragOver);
    document.addEventListener('drop', onDocumentDrop);
    return () => {
      document.removeEventListener('dragover', onDocumentDragOver);
      document.removeEventListener('drop', onDocumentDrop);
    };
  }, []);

  useEffect(() => {
    if (disabled) {
      entered.current = [];
      setDragging(false);
    }
  }, [disabled]);

  const take = (transfer: DataTransfer) => {
    void filesOfTransfer(transfer).then((files) => {
      if (files.length) onDrop(files);
    });
  };

  const handlers = disabled
    ? {}
    : {
        onDragEnter: (event: ReactDragEvent<T>) => {
          event.preventDefault();
          entered.current = [...entered.current, event.target];
          if (!hasFiles(event.dataTransfer)) return;
          setDragging(true);
          onDragEnter?.();
        },
        onDragOver: (event: ReactDragEvent<T>) => {
          event.preventDefault();
          if (hasFiles(event.dataTransfer)) {
            try {
              event.dataTransfer.dropEffect = 'copy';
            } catch {
              // Some browsers refuse to set it during certain drags; the drop still works.
            }
          }
        },
        onDragLeave: (event: ReactDragEvent<T>) => {
          event.preventDefault();
          const root = event.currentTarget;
          const inside = entered.current.filter((target) => root.contains(target as Node));
          const at = inside.indexOf(event.target);
          if (at !== -1) inside.splice(at, 1);
          entered.current = inside;
          if (inside.length === 0) setDragging(false);
        },
        onDrop: (event: ReactDragEvent<T>) => {
          event.preventDefault();
          entered.current = [];
          setDragging(false);
          if (hasFiles(event.dataTransfer)) take(event.dataTransfer);
        },
        onPaste: (event: ReactClipboardEvent<T>) => {
          // The editor takes pasted images inline (and prevents the default): only what nothing took is attached.
          if (event.defaultPrevented || !hasFiles(event.clipboardData)) return;
          event.preventDefault();
          take(event.clipboardData);
        },
      };

  return { dragging, handlers };
}
