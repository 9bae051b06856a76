import { PageHeader, Section } from '../../ui/layout.js';

/** Areas listed in the navigation before their feature lands, so the frame shows the whole app. */
export function UpcomingArea({ title, description }: { title: string; description: string }) {
  return (
    <>
      <PageHeader title={title} />
      <Section title="Belum tersedia" description={description}>
        <p>Menu ini sedang disiapkan dan akan aktif pada pembaruan berikutnya.</p>
      </Section>
    </>
  );
}
