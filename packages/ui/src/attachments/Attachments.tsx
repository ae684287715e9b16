import {
  File as FileIcon,
  FileArchive,
  FileImage,
  FileMusic,
  FilePlay,
  FileSpreadsheet,
  FileText,
  Paperclip,
  RotateCw,
  X,
  type LucideIcon,
} from 'lucide-react';
import { createContext, useContext, useId, useRef, useState, type ComponentPropsWithRef, type ReactNode } from 'react';
import type { DraftAttachment } from '@inkwell/compose-core';
import { WidgetStyles } from '../theme';
import { attachmentsStyles } from './attachmentsStyles';
import { fileKind, type FileKind } from './fileKind';
import { useFileDrop } from './useFileDrop';
import { useAttachments, type AttachmentsApi, type RejectedFile, type UseAttachmentsOptions } from './useAttachments';

const Context = createContext<AttachmentsApi | null>(null);

/** The widget a part belongs to; parts must sit inside `Attachments.Root`. */
export function useAttachmentsContext(): AttachmentsApi {
  const api = useContext(Context);
  if (!api) throw new Error('Attachments parts must be inside <Attachments.Root>.');
  return api;
}

const cx = (base: string, extra?: string) => (extra ? `${base} ${extra}` : base);

const ICONS: Record<FileKind, LucideIcon> = {
  image: FileImage,
  audio: FileMusic,
  video: FilePlay,
  text: FileText,
  archive: FileArchive,
  spreadsheet: FileSpreadsheet,
  other: FileIcon,
};

export interface AttachmentsRootProps extends UseAttachmentsOptions, ComponentPropsWithRef<'div'> {
  children?: ReactNode;
}

/**
 * Binds the parts to an attachment queue (`useAttachmentQueue`) and renders the live region.
 * @selector [data-state="empty|filled"]
 */
function Root({
  queue,
  limits,
  accept,
  onInlineImage,
  defaultImagePlacement,
  className,
  children,
  ...rest
}: AttachmentsRootProps) {
  const api = useAttachments({ queue, limits, accept, onInlineImage, defaultImagePlacement });
  const filled = api.items.length + api.rejected.length > 0;
  return (
    <Context value={api}>
      <WidgetStyles id="attachments" css={attachmentsStyles} />
      <div
        {...rest}
        dir={api.dir}
        data-state={filled ? 'filled' : 'empty'}
        className={cx('ink-attachments-root', className)}
      >
        {children}
        <span role="status" aria-live="polite" className="ink-attachments-hidden">
          {api.announcement}
        </span>
      </div>
    </Context>
  );
}

/** The "Attach files" button; opens the system's file picker. */
function Trigger({ className, children, ...rest }: ComponentPropsWithRef<'button'>) {
  const api = useAttachmentsContext();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        {...rest}
        disabled={rest.disabled === true || !api.ready}
        className={cx('ink-attachments-trigger', className)}
        onClick={(event) => {
          rest.onClick?.(event);
          if (!event.defaultPrevented) input.current?.click();
        }}
      >
        {children ?? (
          <>
            <Paperclip size={16} aria-hidden="true" />
            {api.t('attachments.attach')}
          </>
        )}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        tabIndex={-1}
        aria-hidden="true"
        accept={api.accept?.join(',')}
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          // Cleared so picking the same file again still reports a change.
          event.currentTarget.value = '';
          if (files.length) api.addFiles(files);
        }}
      />
    </>
  );
}

export interface AttachmentsDropzoneProps extends ComponentPropsWithRef<'div'> {
  children?: ReactNode;
}

/**
 * A drop target a host can spread over a whole window: wrap the window in it. Shows an overlay
 * while files are dragged over it.
 * @selector [data-state="idle|dragging|rejected"]
 */
function Dropzone({ className, children, ...rest }: AttachmentsDropzoneProps) {
  const api = useAttachmentsContext();
  const [lastRejected, setLastRejected] = useState(false);
  const { dragging, handlers } = useFileDrop<HTMLDivElement>({
    disabled: !api.ready,
    onDrop: (files) => {
      const { refused } = api.addFiles(files);
      setLastRejected(refused.length > 0 && refused.length === files.length);
    },
    onDragEnter: () => setLastRejected(false),
  });
  const state = dragging ? 'dragging' : lastRejected ? 'rejected' : 'idle';
  return (
    <div {...rest} {...handlers} data-state={state} className={cx('ink-attachments-dropzone', className)}>
      {children}
      {dragging ? (
        <div className="ink-attachments-overlay" aria-hidden="true">
          {api.t('attachments.dropHere')}
        </div>
      ) : null}
    </div>
  );
}

export interface AttachmentsListProps extends Omit<ComponentPropsWithRef<'ul'>, 'children'> {
  children?: (item: DraftAttachment) => ReactNode;
}

/** Every attachment (uploading, uploaded, failed, carried over from a forward) and every refused file. */
function List({ className, children, ...rest }: AttachmentsListProps) {
  const api = useAttachmentsContext();
  if (api.items.length + api.rejected.length === 0) return null;
  return (
    <ul aria-label={api.t('attachments.list')} {...rest} className={cx('ink-attachments-list', className)}>
      {api.items.map((item) => (children ? children(item) : <Item key={item.localId} item={item} />))}
      {api.rejected.map((file) => (
        <Rejected key={file.id} file={file} />
      ))}
    </ul>
  );
}

export interface AttachmentsItemProps extends ComponentPropsWithRef<'li'> {
  item: DraftAttachment;
}

/**
 * One attachment: type icon, name, size, progress, and cancel, retry or remove.
 * @selector [data-state="queued|uploading|uploaded|failed|cancelled"] [data-inline]
 */
function Item({ item, className, ...rest }: AttachmentsItemProps) {
  const api = useAttachmentsContext();
  const { t } = api;
  const Icon = ICONS[fileKind(item.contentType, item.name)];
  const percent = Math.round((item.progress ?? 0) * 100);
  const statusId = useId();
  const busy = item.state === 'queued' || item.state === 'uploading';
  return (
    <li
      {...rest}
      data-state={item.state}
      data-inline={item.isInline ? '' : undefined}
      aria-describedby={statusId}
      className={cx('ink-attachments-item', className)}
    >
      <Icon size={20} aria-hidden="true" className="ink-attachments-icon" />
      <span className="ink-attachments-name" title={item.name}>
        {item.name}
      </span>
      <span className="ink-attachments-size">{api.size(item.size)}</span>
      <span id={statusId} className="ink-attachments-status">
        {item.state === 'uploading'
          ? t('attachments.state.uploading', { percent: percent / 100 })
          : t(`attachments.state.${item.state}`)}
        {item.isInline ? ` · ${t('attachments.inline')}` : ''}
      </span>
      {busy ? (
        <span
          role="progressbar"
          aria-label={t('attachments.uploading', { name: item.name })}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          className="ink-attachments-progress"
        >
          <span className="ink-attachments-progress-bar" style={{ inlineSize: `${percent}%` }} />
        </span>
      ) : null}
      <span className="ink-attachments-actions">
        {busy ? (
          <ItemButton
            label={t('attachments.cancel', { name: item.name })}
            icon={X}
            onClick={() => api.cancel(item.localId)}
          />
        ) : null}
        {item.state === 'failed' || item.state === 'cancelled' ? (
          <ItemButton
            label={t('attachments.retry', { name: item.name })}
            icon={RotateCw}
            onClick={() => api.retry(item.localId)}
          />
        ) : null}
        {busy ? null : (
          <ItemButton label={t('attachments.remove', { name: item.name })} icon={X} onClick={() => api.remove(item)} />
        )}
      </span>
    </li>
  );
}

/** An item's icon-only action, named after what it does to which file. */
function ItemButton({ label, icon: Icon, onClick }: { label: string; icon: LucideIcon; onClick: () => void }) {
  return (
    <button type="button" className="ink-attachments-button" aria-label={label} onClick={onClick}>
      <Icon size={16} aria-hidden="true" />
    </button>
  );
}

/** A file refused before upload, with the reason; dismissable. */
function Rejected({ file }: { file: RejectedFile }) {
  const api = useAttachmentsContext();
  const Icon = ICONS[fileKind(file.contentType, file.name)];
  const reasonId = useId();
  return (
    <li data-state="rejected" aria-describedby={reasonId} className="ink-attachments-item">
      <Icon size={20} aria-hidden="true" className="ink-attachments-icon" />
      <span className="ink-attachments-name" title={file.name}>
        {file.name}
      </span>
      <span className="ink-attachments-size">{api.size(file.size)}</span>
      <span id={reasonId} className="ink-attachments-status">
        {api.t('attachments.state.rejected')}: {api.reasonText(file)}
      </span>
      <span className="ink-attachments-actions">
        <ItemButton
          label={api.t('attachments.dismiss', { name: file.name })}
          icon={X}
          onClick={() => api.dismiss(file.id)}
        />
      </span>
    </li>
  );
}

/** Asks whether the images just added go inline or as attachments; shown only while images wait. */
function ImagePrompt({ className, ...rest }: ComponentPropsWithRef<'div'>) {
  const api = useAttachmentsContext();
  const [remember, setRemember] = useState(true);
  const rememberId = useId();
  if (api.pendingImages.length === 0) return null;
  const { t } = api;
  return (
    <div {...rest} role="group" aria-labelledby={api.promptId} className={cx('ink-attachments-prompt', className)}>
      <span id={api.promptId}>{t('attachments.prompt', { count: api.pendingImages.length })}</span>
      <button type="button" className="ink-attachments-choice" onClick={() => api.placeImages(true, remember)}>
        {t('attachments.prompt.inline')}
      </button>
      <button type="button" className="ink-attachments-choice" onClick={() => api.placeImages(false, remember)}>
        {t('attachments.prompt.attachment')}
      </button>
      <span className="ink-attachments-remember">
        <input
          id={rememberId}
          type="checkbox"
          checked={remember}
          onChange={(e) => setRemember(e.currentTarget.checked)}
        />
        <label htmlFor={rememberId}>{t('attachments.prompt.remember')}</label>
      </span>
    </div>
  );
}

/** Shows the remembered image placement with a way to be asked again. */
function ImagePlacementSetting({ className, ...rest }: ComponentPropsWithRef<'p'>) {
  const api = useAttachmentsContext();
  if (api.placement === 'ask' || !api.inlineImages) return null;
  return (
    <p {...rest} className={cx('ink-attachments-placement', className)}>
      {api.t('attachments.placement', { placement: api.placement })}{' '}
      <button type="button" className="ink-attachments-link" onClick={() => api.setPlacement('ask')}>
        {api.t('attachments.placement.change')}
      </button>
    </p>
  );
}

/**
 * Parts of the attachments widget. Most hosts use `AttachmentsPanel`; compose these to change the layout.
 * @example <Attachments.Root queue={session?.attachments}><Attachments.Trigger /><Attachments.List /></Attachments.Root>
 */
export const Attachments = { Root, Trigger, Dropzone, List, Item, ImagePrompt, ImagePlacementSetting };
