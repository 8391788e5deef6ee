import { PartyPopper } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";

/**
 * The "Record as success" entry on an improvement's card detail. Shown only once the
 * improvement is Geborgd (DONE); the form it opens is prefilled from the improvement and its
 * PDCA checklist, and checks on the server who may record for which team.
 */
export function RecordSuccessLink({ improvementId, stage }: { improvementId: string; stage: string }) {
  const t = useTranslations("successes.fromCard");
  if (stage !== "DONE") return null;
  return (
    <div className="flex flex-col gap-2 rounded-lg bg-amber-50 p-3 ring-1 ring-amber-200 sm:flex-row sm:items-center">
      <p className="flex-1 text-sm text-amber-950">{t("hint")}</p>
      <Link href={`/successes/new?improvement=${encodeURIComponent(improvementId)}`} className={buttonClasses("primary", "md", "shrink-0")}>
        <PartyPopper aria-hidden className="h-4 w-4" />
        {t("record")}
      </Link>
    </div>
  );
}
