import { BARNSLEY_PLAN } from './barnsley.js';
import { JYVASKYLA_PLAN } from './jyvaskyla.js';
import { MIZIL_PLAN } from './mizil.js';
import { OBIDOS_PLAN } from './obidos.js';
import type { DemoPlan } from './DemoPlan.js';

/** The partly written plans of the demo, one per language the demo shows. */
export const DEMO_PLANS: readonly DemoPlan[] = [OBIDOS_PLAN, JYVASKYLA_PLAN, MIZIL_PLAN, BARNSLEY_PLAN];
