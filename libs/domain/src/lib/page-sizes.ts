/**
 * How many rows one request of a paged list asks for. The web sends these, the API caps what it
 * serves (`EVENTS_PAGE_MAX`, `ACCESS_PAGE_MAX` in apps/api/src/modules/events/access-page.ts), and apps/api/src/core/graphql/web-documents.spec.ts
 * runs every web operation with them as its variables.
 */
export const PAGE_SIZES = {
  /** The largest page of a plan list (oversight's; the plans page asks for fewer). */
  plans: 50,
  /** The Activity section: the newest events, then "Show older activity". */
  activity: 25,
  /** Oversight's event log, read page by page up to the whole log (2,000 events in four requests). */
  eventLog: 500,
  /** Oversight's access log on screen, newest first. */
  accessLog: 50,
  /** The access log's CSV export, read page by page (the API's largest page). */
  accessLogExport: 500,
} as const;
