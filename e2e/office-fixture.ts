import type { Host } from './host.js';

/** Lebak's office, set up through the same channel the wizard uses (the wizard has its own test). */
export async function setUpLebakOffice(host: Host): Promise<void> {
  await host.call('office-save', {
    provinceCode: '36',
    regencyCode: '36.02',
    officeName: 'Dinas Pengendalian Penduduk dan Keluarga Berencana',
    address: 'Jl. Siliwangi No. 5, Rangkasbitung 42312',
    headName: 'Dra. Hj. Siti Aminah, M.Si.',
    headRank: 'Pembina Utama Muda (IV/c)',
    headPosition: 'Kepala Dinas',
    headNip: '197503122000032004',
    signaturePlace: 'Rangkasbitung',
  });
  await host.call('operator-set', { name: 'Rina Marlina' });
}
