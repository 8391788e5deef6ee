import { requirePageActor } from "@/lib/auth/session";

// Signed in, like (app), but without the shell: the screen in a team's room shows the page
// full screen. Each page and service still checks permissions itself.
export default async function PresentationLayout({ children }: { children: React.ReactNode }) {
  await requirePageActor();
  return (
    <main id="main" className="min-h-dvh">
      {children}
    </main>
  );
}
