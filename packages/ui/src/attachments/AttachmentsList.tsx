// The attachments widget's list (every file with its state and actions) and its image prompt: a chunk of their own
// in the compose window, loaded once there is something to list.
import { lucideIcon, type IconComponent } from '@inkwell/editor';
import {
  File as fileNode,
  FileArchive as fileArchiveNode,
  FileImage as fileImageNode,
  FileMusic as fileMusicNode,
  FilePlay as filePlayNode,
  FileSpreadsheet as fileSpreadsheetNode,
  FileText as fileTextNode,
  RotateCw as rotateCwNode,
  X as xNode,
} from 'lucide';
import { useId, useState, type ComponentPropsWithRef, type ReactNode } from 'react';
import type { DraftAttachment } from '@inkwell/compose-core';
import { useMessages } from '../i18n/useMessages';
import { WidgetStyles } from '../theme';
import { cx, useAttachmentsContext } from './attachmentsContext';
import { attachmentsListStyles } from './attachmentsListStyles';
import { fileKind, type FileKind } from './fileKind';
import { attachmentsListMessages } from './listMessages';
import type { RejectedFile } from './useAttachments';

const FileIcon = lucideIcon('file', fileNode);
const FileArchive = lucideIcon('file-archive', fileArchiveNode);
const FileImage = lucideIcon('file-image', fileImageNode);
const FileMusic = lucideIcon('file-music', fileMusicNode);
const FilePlay = lucideIcon('file-play', filePlayNode);
const FileSpreadsheet = lucideIcon('file-spreadsheet', fileSpreadsheetNode);
const FileText = lucideIcon('file-text', fileTextNode);
const RotateCw = lucideIcon('rotate-cw', rotateCwNode);
const X = lucideIcon('x', xNode);

const ICONS: Record<FileKind, IconComponent> = {
  image: FileImage,
  audio: FileMusic,
  video: FilePlay,
  text: FileText,
  archive: FileArchive,
  spreadsheet: FileSpreadsheet,
  other: FileIcon,
};

export interface AttachmentsListProps extends Omit<ComponentPropsWithRef<'ul'>, 'children'> {
  children?: (item: DraftAttachment) => ReactNode;
}

/** Every attachment (uploading, uploaded, failed, carried over from a forward) and every refused file. */
export function List({ className, children, ...rest }: AttachmentsListProps) {
  const api = useAttachmentsContext();
  const t = useMessages(attachmentsListMessages);
  if (api.items.length + api.rejected.length === 0) return null;
  return (
    <>
      <WidgetStyles id="attachments-list" css={attachmentsListStyles} />
      <ul aria-label={t('attachments.list')} {...rest} className={cx('ink-attachments-list', className)}>
        {api.items.map((item) => (children ? children(item) : <Item key={item.localId} item={item} />))}
        {api.rejected.map((file) => (
          <Rejected key={file.id} file={file} />
        ))}
      </ul>
    </>
  );
}

export interface AttachmentsItemProps extends ComponentPropsWithRef<'li'> {
  item: DraftAttachment;
}

/**
 * One attachment: type icon, name, size, progress, and cancel, retry or remove.
 * @selector [data-state="queued|uploading|uploaded|failed|cancelled"] [data-inline] [data-storage="unavailable"]
 */
export function Item({ item, className, ...rest }: AttachmentsItemProps) {
  const api = useAttachmentsContext();
  const t = useMessages(attachmentsListMessages);
  const Icon = ICONS[fileKind(item.contentType, item.name)];
  const percent = Math.round((item.progress ?? 0) * 100);
  const statusId = useId();
  const busy = item.state === 'queued' || item.state === 'uploading';
  // Only this tab has the file until it is up: a reload or a crash would lose it.
  const notKept = busy && item.notKept === true;
  return (
    <li
      {...rest}
      data-state={item.state}
      data-inline={item.isInline ? '' : undefined}
      data-storage={notKept ? 'unavailable' : undefined}
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
        {notKept ? ` · ${t('attachments.notKept')}` : ''}
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
function ItemButton({ label, icon: Icon, onClick }: { label: string; icon: IconComponent; onClick: () => void }) {
  return (
    <button type="button" className="ink-attachments-button" aria-label={label} onClick={onClick}>
      <Icon size={16} aria-hidden="true" />
    </button>
  );
}

/** A file refused before upload, with the reason; dismissable. */
function Rejected({ file }: { file: RejectedFile }) {
  const api = useAttachmentsContext();
  const t = useMessages(attachmentsListMessages);
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
        {t('attachments.state.rejected')}: {api.reasonText(file)}
      </span>
      <span className="ink-attachments-actions">
        <ItemButton
          label={t('attachments.dismiss', { name: file.name })}
          icon={X}
          onClick={() => api.dismiss(file.id)}
        />
      </span>
    </li>
  );
}

/** Asks whether the images just added go inline or as attachments; shown only while images wait. */
export function ImagePrompt({ className, ...rest }: ComponentPropsWithRef<'div'>) {
  const api = useAttachmentsContext();
  const t = useMessages(attachmentsListMessages);
  const [remember, setRemember] = useState(true);
  const rememberId = useId();
  if (api.pendingImages.length === 0) return null;
  return (
    <>
      <WidgetStyles id="attachments-list" css={attachmentsListStyles} />
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
    </>
  );
}

/** Shows the remembered image placement with a way to be asked again. */
export function ImagePlacementSetting({ className, ...rest }: ComponentPropsWithRef<'p'>) {
  const api = useAttachmentsContext();
  const t = useMessages(attachmentsListMessages);
  if (api.placement === 'ask' || !api.inlineImages) return null;
  return (
    <>
      <WidgetStyles id="attachments-list" css={attachmentsListStyles} />
      <p {...rest} className={cx('ink-attachments-placement', className)}>
        {t('attachments.placement', { placement: api.placement })}{' '}
        <button type="button" className="ink-attachments-link" onClick={() => api.setPlacement('ask')}>
          {t('attachments.placement.change')}
        </button>
      </p>
    </>
  );
}
