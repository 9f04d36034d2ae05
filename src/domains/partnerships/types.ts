import type { LocalizedText } from '../../platform/i18n/index.js';
import type { AgreementStatus, Clauses, PartyRole } from './schemas.js';

export interface Partnership {
  id: string;
  key: string;
  name: LocalizedText;
  parties: { organization_id: string; role: PartyRole }[];
}

export interface Agreement {
  id: string;
  partnership_id: string;
  template: string;
  status: AgreementStatus;
  clauses: Clauses;
  starts_on: string;
  ends_on: string;
  review_on: string;
  signed_at: Date | null;
  signed_by: string | null;
}

export type { Actor } from '../../platform/auth/index.js';
