"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { restoreImprovementAction } from "@/lib/board/actions";

export function RestoreButton({ id, version, title }: { id: string; version: number; title: string }) {
  const t = useTranslations("board.triage");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  async function restore() {
    setPending(true);
    try {
      const result = await restoreImprovementAction({ id, version });
      if (result.ok) toast.success(t("restored", { title }));
      else toast.error(result.message);
      router.refresh();
    } catch {
      toast.error(tErrors("unexpected"));
    } finally {
      setPending(false);
    }
  }
  return (
    <Button variant="secondary" size="sm" onClick={restore} disabled={pending}>
      {t("restore")}
    </Button>
  );
}
