import { readPopupValues } from './popup-read';

/** Imported first by the popup's script: the read begins before the rest of the script evaluates. */
export const firstRead = readPopupValues();
