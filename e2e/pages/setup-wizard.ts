import { expect, type Page } from '@playwright/test';

export interface OfficeData {
  province: string;
  regency: string;
  officeName: string;
  address: string;
  phone: string;
  email: string;
  headName: string;
  headRank: string;
  headPosition: string;
  nip: string;
  signaturePlace: string;
}

export const LEBAK: OfficeData = {
  province: 'Banten',
  regency: 'Kabupaten Lebak',
  officeName: 'Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak',
  address: 'Jl. Siliwangi No. 5, Rangkasbitung 42312',
  phone: '(0252) 201234',
  email: 'dp2kbp3a@lebakkab.go.id',
  headName: 'Dra. Hj. Siti Aminah, M.Si.',
  headRank: 'Pembina Utama Muda (IV/c)',
  headPosition: 'Kepala Dinas',
  nip: '19750312 200003 2 004',
  signaturePlace: 'Rangkasbitung',
};

/** The set-up wizard, driven by labels and buttons as a user sees them. */
export class SetupWizard {
  constructor(readonly page: Page) {}

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Lanjut|Simpan dan mulai)$/ }).click();
  }

  async expectStep(title: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 2, name: new RegExp(title) })).toBeVisible();
  }

  async fillRegion(data: OfficeData): Promise<void> {
    await this.expectStep('Wilayah kerja');
    await this.page.getByLabel('Provinsi').selectOption({ label: data.province });
    await this.page.getByLabel('Kabupaten/Kota').selectOption({ label: data.regency });
  }

  async fillIdentity(data: OfficeData): Promise<void> {
    await this.expectStep('Identitas kantor');
    await this.page.getByLabel('Nama kantor (OPD)').fill(data.officeName);
    await this.page.getByLabel('Alamat kantor').fill(data.address);
    await this.page.getByLabel('Telepon').fill(data.phone);
    await this.page.getByLabel('Pos-el (e-mail)').fill(data.email);
  }

  async fillHead(data: OfficeData): Promise<void> {
    await this.expectStep('Pimpinan dan tanda tangan');
    await this.page.getByLabel('Nama pimpinan').fill(data.headName);
    await this.page.getByLabel('Pangkat/golongan').fill(data.headRank);
    await this.page.getByLabel('Jabatan').fill(data.headPosition);
    await this.page.getByLabel('NIP').fill(data.nip);
    await this.page.getByLabel('Tempat penandatanganan').fill(data.signaturePlace);
  }

  /** Who is working, then the whole wizard without a logo, ending on the Beranda. */
  async complete(data: OfficeData): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Siapa yang bekerja?' })).toBeVisible();
    await this.page.getByLabel('Nama operator').fill('Rina Marlina');
    await this.page.getByRole('button', { name: 'Mulai bekerja' }).click();
    await this.fillRegion(data);
    await this.next();
    await this.fillIdentity(data);
    await this.next();
    await this.fillHead(data);
    await this.next();
    await this.expectStep('Logo');
    await this.next();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Beranda' })).toBeVisible({ timeout: 30_000 });
  }
}
