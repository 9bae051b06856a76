import type { Db } from '../open.js';
import { runNamed } from '../statements.js';
import { newId, nowIso } from '../clock.js';

export interface OfficeRow {
  id: string;
  provinceCode: string;
  provinceName: string;
  regencyCode: string;
  regencyName: string;
  officeName: string;
  address: string;
  phone: string;
  email: string;
  headName: string;
  headRank: string;
  headPosition: string;
  headNip: string;
  signaturePlace: string;
  logoMime: 'image/png' | 'image/jpeg' | null;
  logo: Buffer | null;
  createdAt: string;
  updatedAt: string;
}

export type OfficeFields = Omit<OfficeRow, 'id' | 'createdAt' | 'updatedAt'>;

const SELECT_OFFICE = `
  SELECT id, province_code AS provinceCode, province_name AS provinceName,
         regency_code AS regencyCode, regency_name AS regencyName, office_name AS officeName,
         address, phone, email, head_name AS headName, head_rank AS headRank,
         head_position AS headPosition, head_nip AS headNip, signature_place AS signaturePlace,
         logo_mime AS logoMime, logo, created_at AS createdAt, updated_at AS updatedAt
  FROM office`;

export function getOffice(db: Db): OfficeRow | null {
  return (db.prepare(SELECT_OFFICE).get() as OfficeRow | undefined) ?? null;
}

export function upsertOffice(db: Db, fields: OfficeFields): OfficeRow {
  const now = nowIso();
  runNamed(
    db,
    `INSERT INTO office (id, province_code, province_name, regency_code, regency_name, office_name,
       address, phone, email, head_name, head_rank, head_position, head_nip, signature_place,
       logo_mime, logo, created_at, updated_at)
     VALUES (@id, @provinceCode, @provinceName, @regencyCode, @regencyName, @officeName,
       @address, @phone, @email, @headName, @headRank, @headPosition, @headNip, @signaturePlace,
       @logoMime, @logo, @now, @now)
     ON CONFLICT (singleton) DO UPDATE SET
       province_code = excluded.province_code, province_name = excluded.province_name,
       regency_code = excluded.regency_code, regency_name = excluded.regency_name,
       office_name = excluded.office_name, address = excluded.address, phone = excluded.phone,
       email = excluded.email, head_name = excluded.head_name, head_rank = excluded.head_rank,
       head_position = excluded.head_position, head_nip = excluded.head_nip,
       signature_place = excluded.signature_place, logo_mime = excluded.logo_mime,
       logo = excluded.logo, updated_at = excluded.updated_at`,
    { id: newId(), now },
    fields,
  );
  return getOffice(db)!;
}
