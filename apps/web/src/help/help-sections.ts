/** The in-app user guide: docs/guide.md, rendered by HelpPage. */
export const HELP_PATH = '/help';

/** A heading's anchor in the guide: "Agency lead" → "agency-lead". */
export function slugOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Which section of the guide covers which page, first match wins. The spec checks each anchor exists in the guide. */
export const HELP_SECTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^\/home/, 'my-work'],
  [/^\/sign-in/, 'signing-in'],
  [/^\/plans\/[^/]+\/approvals/, 'agency-lead'],
  [/^\/plans\/[^/]+\/(operation|debrief)/, 'officer'],
  [/^\/plans/, 'planner'],
  [/^\/(oversight\/(complaints|effectiveness)|effectiveness)/, 'complaints-and-effectiveness'],
  [/^\/oversight/, 'oversight'],
  [/^\/complaints/, 'filing-a-complaint'],
  [/^\/transparency/, 'published-figures'],
  [/^\/admin/, 'administrator'],
  [/^\/(agreements|training)/, 'agreements-and-training'],
  [/^\/(notifications|account\/notifications)/, 'notifications'],
  [/^\/account/, 'your-account'],
];

/** The guide's section for a page, or null (the guide's start). */
export function helpSectionFor(pathname: string): string | null {
  return HELP_SECTIONS.find(([pattern]) => pattern.test(pathname))?.[1] ?? null;
}

/** Where the header's Help link goes from this page. */
export function helpHref(pathname: string): string {
  const section = helpSectionFor(pathname);
  return section ? `${HELP_PATH}#${section}` : HELP_PATH;
}
