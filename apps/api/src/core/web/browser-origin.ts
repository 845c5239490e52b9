/**
 * The browser origins the server answers, one rule for the WebSocket handshake and for the
 * relying party of a passkey ceremony: one of `JOINTOPS_WEB_ORIGINS`, or the server's own (an
 * origin whose host is the request's Host header, as the browser or nginx sent it).
 */
export function isAllowedOrigin(origin: string, host: string | undefined, webOrigins: readonly string[]): boolean {
  if (webOrigins.includes(origin)) return true;
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}
