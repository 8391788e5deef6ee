"use client";

import { useTranslations } from "next-intl";
import { changedFields, dataText } from "@/lib/pdca/history";

type Entry = { kind: string; data: Record<string, unknown> | null };

/** What a checklist change in a card's history was about: the fields, or why a new cycle began. */
export function PdcaActivityDetail({ entry }: { entry: Entry }) {
  const t = useTranslations("pdca");
  if (entry.kind === "PDCA_UPDATED") {
    const fields = changedFields(entry.data);
    if (!fields.length) return null;
    return (
      <span className="text-slate-600">
        {t("cycle", { number: dataText(entry.data, "cycle") || "1" })}: {fields.map((path) => t(`fields.${path}`)).join(", ")}
      </span>
    );
  }
  if (entry.kind === "PDCA_CYCLE_STARTED") {
    const reason = dataText(entry.data, "reason");
    return <span className="text-slate-600">{reason ? `${t("cycle", { number: dataText(entry.data, "cycle") })}: ${reason}` : t("cycle", { number: dataText(entry.data, "cycle") })}</span>;
  }
  return null;
}
