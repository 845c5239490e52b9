/** Where a person changes which notifications they get by email (the web app's preferences page). */
export const PREFERENCES_PATH = '/account/notifications';

/** What one notification email says, as the notification row holds it, and where to. */
export interface EmailParts {
  notificationId: string;
  to: string;
  /** `email_subject`: already free of plan content beyond the plan's title (domain notificationEmail). */
  subject: string;
  /** `email_text`: the plain body, ending with the absolute link to the notification. */
  text: string;
  /** The absolute address of the preferences page. */
  preferencesUrl: string;
}

/** A message as the transport sends it (nodemailer's fields, sender aside). */
export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: Record<string, string>;
}

/**
 * The Message-ID of a notification's email: the same on every attempt. If a replica stops in the
 * window between the SMTP server accepting the message and the row being marked SENT, the job is
 * sent again, and receivers (and most mail systems) can recognise the duplicate by this id.
 */
export function notificationMessageId(notificationId: string): string {
  return `<${notificationId}@jointops>`;
}

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;

/** One paragraph of plain text as HTML: escaped, line breaks kept, web addresses as links. */
function paragraph(text: string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = match[0];
    html += escapeHtml(text.slice(last, match.index));
    html += `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
    last = match.index + url.length;
  }
  html += escapeHtml(text.slice(last));
  return `<p>${html.replace(/\n/g, '<br>\n')}</p>`;
}

/** The plain text as a minimal HTML document: the same words, nothing more. */
export function textToHtml(text: string): string {
  const body = text
    .split(/\n{2,}/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map(paragraph)
    .join('\n');
  return `<!doctype html>\n<html><head><meta charset="utf-8"></head><body>\n${body}\n</body></html>\n`;
}

/**
 * The email of one notification: its subject and text, a footer naming the preferences page (also
 * as List-Unsubscribe), an HTML alternative of the same words, and a stable Message-ID.
 */
export function composeNotificationEmail(parts: EmailParts): EmailMessage {
  const text = `${parts.text}\n\n--\nYou get this email from JointOps. Choose which notifications you receive by email: ${parts.preferencesUrl}`;
  return {
    to: parts.to,
    subject: parts.subject,
    text,
    html: textToHtml(text),
    messageId: notificationMessageId(parts.notificationId),
    headers: { 'List-Unsubscribe': `<${parts.preferencesUrl}>` },
  };
}
