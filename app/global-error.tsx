"use client";

// The last resort when even the root layout fails: no providers, so plain bilingual text.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="nl">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "4rem 1rem", maxWidth: 560, margin: "0 auto" }}>
        <h1>Er ging iets mis · Something went wrong</h1>
        <p>Probeer het opnieuw. · Please try again.</p>
        <button type="button" onClick={reset}>
          Opnieuw proberen · Try again
        </button>
      </body>
    </html>
  );
}
