export function StartupMessage({ title, message }: { title: string; message?: string | undefined }) {
  return (
    <main className="startup">
      <div className="startup__panel">
        <p className="wizard__brand">Sinergi KB</p>
        <h1>{title}</h1>
        {message ? <p role="alert">{message}</p> : null}
      </div>
    </main>
  );
}
