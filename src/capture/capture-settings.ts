import { DEFAULT_CONTENT_TEMPLATE } from './content-template';
import type { Priority } from '../ticktick/types';

/** What every capture starts from (the settings page's Capture defaults); stored as `captureSettingsItem`. */
export interface CaptureSettings {
  /** Absent: the Inbox. */
  defaultProjectId?: string;
  defaultTags: string[];
  defaultPriority: Priority;
  defaultDue: 'none' | 'today' | 'tomorrow';
  contentTemplate: string;
  closePopupAfterSave: boolean;
}
export const DEFAULT_CAPTURE_SETTINGS: CaptureSettings = {
  defaultTags: [],
  defaultPriority: 0,
  defaultDue: 'none',
  contentTemplate: DEFAULT_CONTENT_TEMPLATE,
  closePopupAfterSave: true,
};
