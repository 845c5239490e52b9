/** The public page of the published figures: anyone, signed in or not. */
export const PUBLIC_FIGURES_PATH = '/transparency';
