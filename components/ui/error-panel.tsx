"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Button } from "./button";

/** What a render failure shows: a plain apology and a retry, never the raw error. */
export function ErrorPanel({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors.page");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="mx-auto flex max-w-lg flex-col items-start gap-4 px-4 py-16">
      <h1 className="text-2xl font-semibold">{t("errorTitle")}</h1>
      <p className="text-slate-600">{t("errorBody")}</p>
      {error.digest ? <p className="text-xs text-slate-400">#{error.digest}</p> : null}
      <Button onClick={reset}>{t("retry")}</Button>
    </div>
  );
}
