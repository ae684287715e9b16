// Visual regression for the key stories, rendered through Storybook's portable stories with the preview's
// decorators (theme, language, direction). References live in references/ beside this file and are compared in
// Debian's Chromium; update them with `pnpm test:visual -u` after a deliberate visual change.
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { userEvent as pasteUser, within } from 'storybook/test';
import { render } from 'vitest-browser-react';
import { page, userEvent } from 'vitest/browser';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import previewAnnotations from '../../../../.storybook/preview';
import * as attachments from '../attachments/AttachmentsPanel.stories';
import * as conflict from '../conflict/ConflictResolver.stories';
import * as draftStatus from '../draft-status/DraftStatus.stories';
import * as recipients from '../recipients/RecipientField.stories';
import * as schedulePicker from '../schedule-picker/SchedulePicker.stories';
import * as sendChecks from '../send-checks/SendChecksDialog.stories';
import * as undoToast from '../undo-toast/UndoToastRegion.stories';

setProjectAnnotations(previewAnnotations);

const DraftStatus = composeStories(draftStatus);
const SendChecks = composeStories(sendChecks);
const Schedule = composeStories(schedulePicker);
const Recipients = composeStories(recipients);
const Attachments = composeStories(attachments);
const Undo = composeStories(undoToast);
const Conflict = composeStories(conflict);

// One viewport for every shot, so a reference never depends on the runner's window size.
beforeAll(async () => {
  await page.viewport(800, 1200);
});

afterEach(() => {
  vi.useRealTimers();
});

/** The story's root: the preview decorator's themed wrapper. */
const storyRoot = (container: HTMLElement) => page.elementLocator(container.firstElementChild as HTMLElement);

describe('DraftStatus', () => {
  it.each([
    ['saving', DraftStatus.Saving],
    ['saved-minutes-ago', DraftStatus.SavedMinutesAgo],
    ['failed', DraftStatus.Failed],
    ['offline', DraftStatus.Offline],
    ['session-expired', DraftStatus.SessionExpired],
    ['conflict', DraftStatus.Conflict],
    ['failed-arabic', DraftStatus.FailedInArabic],
  ])('%s', async (name, Story) => {
    const { container } = await render(<Story />);
    await expect.element(page.getByRole('status')).toBeInTheDocument();
    await expect.element(storyRoot(container)).toMatchScreenshot(`draft-status-${name}`);
  });
});

describe('SendChecksDialog', () => {
  it.each([
    ['empty-subject', SendChecks.EmptySubject],
    ['both-warnings', SendChecks.BothWarnings],
    ['no-recipient', SendChecks.NoRecipientBlocks],
  ])('%s', async (name, Story) => {
    await render(<Story />);
    await userEvent.click(page.getByRole('button', { name: 'Send', exact: true }));
    const dialog = page.getByRole('dialog');
    await expect.element(dialog).toBeVisible();
    await expect.element(dialog).toMatchScreenshot(`send-checks-${name}`);
  });
});

describe('SchedulePicker', () => {
  it.each([
    ['morning', Schedule.Morning],
    ['evening-after-five', Schedule.EveningAfterFive],
    ['just-after-midnight', Schedule.JustAfterMidnight],
    ['dst-gap', Schedule.DstGap],
  ])('%s', async (name, Story) => {
    const { container } = await render(<Story />);
    await expect.element(page.getByRole('group', { name: 'Suggested times' }), { timeout: 10_000 }).toBeVisible();
    await expect.element(storyRoot(container)).toMatchScreenshot(`schedule-picker-${name}`);
  });
});

describe('RecipientField', () => {
  it('chips with an invalid one', async () => {
    const { container } = await render(<Recipients.Empty />);
    // The addresses the InvalidChips story pastes: one clean, three the user must fix.
    await pasteUser.click(within(container).getByRole('combobox', { name: 'To' }));
    await pasteUser.paste('Jane; Doe, John <john@example.com>\r\nann@exmaple\r\nok@example.com');
    await expect
      .element(page.getByRole('button', { name: 'Jane', exact: true }))
      .toHaveAttribute('aria-invalid', 'true');
    // The caret blinks in the focused input; the shot is of the chips, not the caret.
    (document.activeElement as HTMLElement | null)?.blur();
    await expect.element(storyRoot(container)).toMatchScreenshot('recipients-chips-invalid');
  });
});

describe('AttachmentsPanel', () => {
  it.each([
    ['uploading', Attachments.UploadingWithProgress],
    ['failed', Attachments.UploadFailed],
  ])('%s', async (name, Story) => {
    const { container } = await render(<Story />);
    await expect.element(page.getByRole('listitem').first()).toBeVisible();
    await expect.element(storyRoot(container)).toMatchScreenshot(`attachments-${name}`);
  });
});

describe('UndoToastRegion', () => {
  it('countdown', async () => {
    // A still clock: the seconds left read the same in every shot (real timers keep running).
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-11-30T09:00:00Z') });
    await render(<Undo.Countdown />);
    const toast = page.getByRole('listitem', { name: 'Message sent' });
    await expect.element(toast).toHaveTextContent('9 s left to undo');
    await expect.element(toast).toMatchScreenshot('undo-toast-countdown');
  });
});

describe('ConflictResolver', () => {
  it.each([
    ['all-fields', Conflict.AllFields],
    ['arabic', Conflict.Arabic],
  ])('%s', async (name, Story) => {
    const { container } = await render(<Story />);
    await expect.element(page.getByRole('region')).toBeVisible();
    await expect.element(storyRoot(container)).toMatchScreenshot(`conflict-${name}`);
  });
});
