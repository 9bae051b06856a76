import { expect, type Page } from '@playwright/test';

export interface UnitData {
  name: string;
  kecamatan: string;
  desa: string;
  declaredOn: string;
  criteria: string[];
}

export interface FiguresData {
  year: string;
  families: string;
  pus: string;
  teenagers: string;
  underFives: string;
  teens: string;
  elderly: string;
  methods: Record<string, string>;
  reasons: Record<string, string>;
  poktan: Record<'BKB' | 'BKR' | 'BKL' | 'UPPKA' | 'PIK-R', string>;
}

/** The Kampung KB screens, driven by labels and roles. */
export class KampungKbPages {
  constructor(readonly page: Page) {}

  async openList(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Kampung KB' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Kampung KB' })).toBeVisible();
  }

  async create(unit: UnitData): Promise<void> {
    await this.openList();
    await this.page.getByRole('link', { name: 'Tambah Kampung KB' }).click();
    await this.page.getByLabel('Nama Kampung KB').fill(unit.name);
    await this.page.getByLabel('Kecamatan', { exact: true }).selectOption({ label: unit.kecamatan });
    await this.page.getByLabel('Desa/kelurahan', { exact: true }).selectOption({ label: unit.desa });
    await this.page.getByLabel('Tanggal pencanangan').fill(unit.declaredOn);
    for (const criterion of unit.criteria) await this.page.getByLabel(criterion).check();
    await this.page.getByRole('button', { name: 'Simpan Kampung KB' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: unit.name })).toBeVisible();
  }

  /** Fills the profile for a strong unit: Pokja with members and training, PLKB, SK, three sources. */
  async fillProfile(): Promise<void> {
    const page = this.page;
    await page.getByLabel('Pokja Kampung KB sudah terbentuk').check();
    await page.getByLabel('Pokja sudah mendapat pelatihan').check();
    await page.getByLabel('Nomor SK Pokja').fill('12/2023');
    await page.getByLabel('Jumlah anggota Pokja').fill('15');
    await page.getByLabel('Anggota Pokja yang terlatih').fill('8');
    await page.getByLabel('Nama PLKB/PKB pendamping').fill('Rina Marlina');
    await page.getByLabel('Regulasi tentang Kampung KB').selectOption({ label: 'SK Kepala Desa/Lurah' });
    const data = page.getByRole('group', { name: 'Sumber data yang digunakan' });
    await data.getByLabel('Pendataan Keluarga (PK)').check();
    await data.getByLabel('Data rutin BKKBN').check();
    const funds = page.getByRole('group', { name: 'Sumber dana' });
    for (const fund of ['APBD', 'Dana Desa', 'Swadaya masyarakat']) await funds.getByLabel(fund).check();
    const programmes = page.getByRole('group', { name: 'Program/kegiatan yang ada' });
    for (const programme of ['BKB', 'BKR', 'BKL', 'Sekretariat Kampung KB', 'Rumah DataKu']) await programmes.getByLabel(programme, { exact: true }).check();
    for (const mechanism of ['Rapat perencanaan kegiatan', 'Rapat koordinasi', 'Pelaporan']) await page.getByLabel(mechanism).selectOption({ label: 'Bulanan' });
  }

  async fillFigures(figures: FiguresData): Promise<void> {
    const page = this.page;
    await page.getByLabel('Tahun', { exact: true }).fill(figures.year);
    await page.getByLabel('Jumlah keluarga (KK)').fill(figures.families);
    await page.getByLabel('Pasangan usia subur (PUS)').fill(figures.pus);
    await page.getByLabel('Jumlah remaja (10–24 tahun)').fill(figures.teenagers);
    await page.getByLabel('Keluarga dengan balita').fill(figures.underFives);
    await page.getByLabel('Keluarga dengan remaja').fill(figures.teens);
    await page.getByLabel('Keluarga dengan lansia').fill(figures.elderly);
    const methods = page.getByRole('group', { name: 'Peserta KB aktif menurut metode' });
    for (const [method, value] of Object.entries(figures.methods)) await methods.getByLabel(method, { exact: true }).fill(value);
    const reasons = page.getByRole('group', { name: 'PUS tidak ber-KB menurut alasan' });
    for (const [reason, value] of Object.entries(figures.reasons)) await reasons.getByLabel(reason).fill(value);
    for (const [poktan, value] of Object.entries(figures.poktan)) await page.getByLabel(`Peserta ${poktan}`, { exact: true }).fill(value);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Simpan data periode ini' }).click();
  }

  tab(name: string) {
    return this.page.getByRole('navigation', { name: 'Bagian data Kampung KB' }).getByRole('link', { name });
  }

  indexCard(name: 'Indeks input' | 'Indeks proses' | 'Indeks output') {
    return this.page.getByRole('region', { name });
  }
}
