import type { ChannelInput } from '../../../../electron/contract/channels.js';
import { formatNip } from '../../../../electron/contract/format.js';
import type { Office } from '../../../../electron/areas/office/handlers.js';

export type OfficePayload = ChannelInput<'office-save'>;
type LogoChange = NonNullable<OfficePayload['logo']>;

/** The office form's state: every field as the user typed it, plus the logo shown in the preview. */
export interface OfficeDraft {
  provinceCode: string;
  regencyCode: string;
  officeName: string;
  address: string;
  phone: string;
  email: string;
  headName: string;
  headRank: string;
  headPosition: string;
  headNip: string;
  signaturePlace: string;
  logo: LogoChange;
  logoPreview: string | null;
}

export type DraftField = Exclude<keyof OfficeDraft, 'logoPreview'>;
export type FieldErrors = Partial<Record<string, string>>;

export interface DraftProps {
  draft: OfficeDraft;
  set<K extends keyof OfficeDraft>(field: K, value: OfficeDraft[K]): void;
  errors: FieldErrors;
}

export function emptyDraft(): OfficeDraft {
  return {
    provinceCode: '',
    regencyCode: '',
    officeName: '',
    address: '',
    phone: '',
    email: '',
    headName: '',
    headRank: '',
    headPosition: 'Kepala Dinas',
    headNip: '',
    signaturePlace: '',
    logo: { action: 'keep' },
    logoPreview: null,
  };
}

export function draftFromOffice(office: Office): OfficeDraft {
  const { provinceCode, regencyCode, officeName, address, phone, email, headName, headRank, headPosition, headNip, signaturePlace } = office;
  return {
    provinceCode,
    regencyCode,
    officeName,
    address,
    phone,
    email,
    headName,
    headRank,
    headPosition,
    headNip: formatNip(headNip),
    signaturePlace,
    logo: { action: 'keep' },
    logoPreview: office.logoDataUrl,
  };
}

export function toPayload(draft: OfficeDraft): OfficePayload {
  const { logoPreview: _preview, ...payload } = draft;
  return payload;
}

/** Server messages are keyed by path ("logo.base64"); the form shows them by top-level field. */
export function byField(fields: Record<string, string> | undefined): FieldErrors {
  const errors: FieldErrors = {};
  for (const [path, message] of Object.entries(fields ?? {})) errors[path.split('.')[0]!] ??= message;
  return errors;
}
