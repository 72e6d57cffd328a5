/** `npm run build`: seed if needed, then build the static site and the admin for production. */
import { buildAdminStep, buildSiteStep, seedStep } from './pipeline';

await seedStep();
await buildSiteStep();
await buildAdminStep();
