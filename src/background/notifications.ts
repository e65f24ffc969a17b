import { browser } from 'wxt/browser';
import type { CaptureResult } from '../messaging/protocol';

const PREFIX = 'ttc-capture:';
/** Open and Undo, by button index. */
const NOTIFICATION_BUTTONS = ['Open', 'Undo'] as const;

/** Confirms a right-click or shortcut capture, with Open and Undo where the browser has buttons. */
export async function notifyCaptured(result: CaptureResult, title: string): Promise<void> {
  const options = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: result.status === 'sent' ? 'Added to TickTick' : 'Saved — will be sent to TickTick',
    message: [title, ...result.notices].join('\n'),
  };
  const id = `${PREFIX}${result.captureId}`;
  try {
    await browser.notifications.create(id, {
      ...options,
      buttons: NOTIFICATION_BUTTONS.map((label) => ({ title: label })),
    });
  } catch {
    // Firefox has no notification buttons: clicking the notification opens the task instead.
    await browser.notifications.create(id, options);
  }
}

export function captureIdOfNotification(notificationId: string): string | undefined {
  return notificationId.startsWith(PREFIX) ? notificationId.slice(PREFIX.length) : undefined;
}
