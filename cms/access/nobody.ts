import type { Access } from 'payload';

/** No one through the API: records written only by the system itself (Local API, access overridden). */
export const nobody: Access = () => false;
