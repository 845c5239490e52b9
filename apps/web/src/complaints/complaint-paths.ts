/** The public pages (no sign-in) and oversight's. */
export const NEW_COMPLAINT_PATH = '/complaints/new';
export const COMPLAINT_STATUS_PATH = '/complaints/status';
export const OVERSIGHT_COMPLAINTS_PATH = '/oversight/complaints';
export const oversightComplaintPath = (id: string) => `${OVERSIGHT_COMPLAINTS_PATH}/${id}`;
