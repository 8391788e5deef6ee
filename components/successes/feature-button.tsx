"use client";

import { Star } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { updateSuccessFeatureAction } from "@/lib/successes/actions";

export function FeatureButton({ successId, title, featured }: { successId: string; title: string; featured: boolean }) {
  const t = useTranslations("successes.featured");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const toggle = () =>
    startTransition(async () => {
      try {
        const result = await updateSuccessFeatureAction({ id: successId, featured: !featured });
        if (!result.ok) {
          toast.error(result.message);
          return;
        }
        toast.success(t(featured ? "undone" : "done", { title }));
        router.refresh();
      } catch {
        toast.error(tErrors("unexpected"));
      }
    });
  return (
    <Button variant="secondary" size="sm" onClick={toggle} disabled={pending} title={t("featureHint")}>
      <Star aria-hidden className={`h-4 w-4 ${featured ? "fill-brand-600 text-brand-600" : ""}`} />
      {featured ? t("unfeature") : t("feature")}
    </Button>
  );
}
