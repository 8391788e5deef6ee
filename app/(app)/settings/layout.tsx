import { notFound } from "next/navigation";
import { SettingsNav, type SettingsNavKey } from "@/components/settings/settings-nav";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";

// Navigation only: every settings page and service checks permissions itself.
export default async function SettingsLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor();
  const resource = { organisationId: actor.organisationId };
  if (!can(actor, { action: "settings.read", resource })) notFound();
  const items: SettingsNavKey[] = can(actor, { action: "organisation.manage", resource })
    ? ["organisation", "teams", "people", "segments", ...(can(actor, { action: "apiToken.manage", resource }) ? (["apiTokens"] as const) : []), "export"]
    : [];
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-4 md:flex-row md:gap-8">
      {items.length > 0 ? <SettingsNav items={items} /> : null}
      <div className="flex min-w-0 flex-1 flex-col gap-6">{children}</div>
    </div>
  );
}
