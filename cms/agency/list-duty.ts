import { parseListKinds, type AgencyKind } from '../../core/agency/list-duty';

/** Agency kinds that owe a 普法责任清单 and 履职报告 (PUFA_LIST_AGENCY_KINDS; core/agency/list-duty.ts). */
export const listAgencyKinds = (env: NodeJS.ProcessEnv = process.env): readonly AgencyKind[] =>
  parseListKinds(env.PUFA_LIST_AGENCY_KINDS);
