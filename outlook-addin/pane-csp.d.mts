// Types for outlook-addin/pane-csp.mjs.
export const OFFICE_JS_CDN: string;
export function paneCsp(options?: { localOfficeJs?: boolean }): string;
