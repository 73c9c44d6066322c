import { en } from './i18n/en';

/** Composition only: which screen shows. The questionnaire comes next; for now, the shell. */
export function App() {
  return (
    <main className="page">
      <h1>{en['app.heading']}</h1>
      <p>{en['app.intro']}</p>
      <p className="quiet">{en['app.privacy']}</p>
      <p className="quiet">{en['app.notAdvice']}</p>
    </main>
  );
}
