/** What the background knows about whoever sent a message (a subset of runtime.MessageSender). */
export interface MessageSenderInfo {
  id?: string;
  url?: string;
}

export interface OwnExtension {
  id: string;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`, without a trailing slash. */
  origin: string;
}

/**
 * True only for this extension's own pages (popup, options, offscreen…). A content
 * script runs with our id too, but its `url` is the web page's, so the origin
 * check is what keeps web pages away from privileged handlers.
 */
export function isOwnExtensionPage(sender: MessageSenderInfo, own: OwnExtension): boolean {
  if (sender.id !== own.id || !sender.url) return false;
  // A prefix test, not URL.origin: non-browser URL parsers give extension URLs an opaque "null" origin.
  return sender.url.startsWith(`${own.origin}/`);
}
