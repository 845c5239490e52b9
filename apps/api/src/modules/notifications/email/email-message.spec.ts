import { composeNotificationEmail, escapeHtml, textToHtml } from './email-message';

const PARTS = {
  notificationId: '6f1c2a4e-0000-4000-8000-000000000001',
  to: 'lead@cbp.example',
  subject: 'JointOps: Review requested: “<Corridor> & Co”',
  text: '“<Corridor> & Co” was submitted for review. Open it in JointOps and decide for your agency.\n\nOpen it in JointOps: http://jointops.test/plans/p1/approvals',
  preferencesUrl: 'http://jointops.test/account/notifications',
};

describe('notification email composition', () => {
  it('escapes every character HTML gives meaning to', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('keeps the plain text, adds the preferences footer, List-Unsubscribe and a stable Message-ID', () => {
    const message = composeNotificationEmail(PARTS);
    expect(message.to).toBe('lead@cbp.example');
    expect(message.subject).toBe(PARTS.subject);
    expect(message.text.startsWith(PARTS.text)).toBe(true);
    expect(message.text.endsWith(`Choose which notifications you receive by email: ${PARTS.preferencesUrl}`)).toBe(true);
    expect(message.headers).toEqual({ 'List-Unsubscribe': '<http://jointops.test/account/notifications>' });
    expect(message.messageId).toBe('<6f1c2a4e-0000-4000-8000-000000000001@jointops>');
    expect(composeNotificationEmail(PARTS).messageId).toBe(message.messageId);
  });

  it('gives the same words in HTML, escaped, with the addresses as links', () => {
    const { html } = composeNotificationEmail(PARTS);
    expect(html).toContain('“&lt;Corridor&gt; &amp; Co” was submitted for review.');
    expect(html).not.toContain('<Corridor>');
    expect(html).toContain('<a href="http://jointops.test/plans/p1/approvals">http://jointops.test/plans/p1/approvals</a>');
    expect(html).toContain('<a href="http://jointops.test/account/notifications">http://jointops.test/account/notifications</a>');
  });

  it('does not let a crafted address break out of the link', () => {
    const html = textToHtml('See http://x.test/a&b"onmouseover=alert(1) <script>alert(1)</script>');
    expect(html).toContain('<a href="http://x.test/a&amp;b">http://x.test/a&amp;b</a>&quot;onmouseover=alert(1) &lt;script&gt;');
    expect(html).not.toContain('<script>');
  });
});
