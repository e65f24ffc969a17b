import { startPopupRead } from './popup-read';

// Imported first by the popup's script: the storage read begins before the rest of the script evaluates.
startPopupRead();
