import type { AppLocale } from "./config";

// One file per module and language, so each module owns its own messages. Add a module here.
import nlApiTokens from "@/messages/nl/apiTokens.json";
import nlAuth from "@/messages/nl/auth.json";
import nlBoard from "@/messages/nl/board.json";
import nlCommon from "@/messages/nl/common.json";
import nlDailyStart from "@/messages/nl/dailyStart.json";
import nlErrors from "@/messages/nl/errors.json";
import nlFeedback from "@/messages/nl/feedback.json";
import nlPdca from "@/messages/nl/pdca.json";
import nlRealtime from "@/messages/nl/realtime.json";
import nlReports from "@/messages/nl/reports.json";
import nlSettings from "@/messages/nl/settings.json";
import nlShell from "@/messages/nl/shell.json";
import nlSuccesses from "@/messages/nl/successes.json";
import enApiTokens from "@/messages/en/apiTokens.json";
import enAuth from "@/messages/en/auth.json";
import enBoard from "@/messages/en/board.json";
import enCommon from "@/messages/en/common.json";
import enDailyStart from "@/messages/en/dailyStart.json";
import enErrors from "@/messages/en/errors.json";
import enFeedback from "@/messages/en/feedback.json";
import enPdca from "@/messages/en/pdca.json";
import enRealtime from "@/messages/en/realtime.json";
import enReports from "@/messages/en/reports.json";
import enSettings from "@/messages/en/settings.json";
import enShell from "@/messages/en/shell.json";
import enSuccesses from "@/messages/en/successes.json";

export const catalogues = {
  nl: {
    apiTokens: nlApiTokens,
    auth: nlAuth,
    board: nlBoard,
    common: nlCommon,
    dailyStart: nlDailyStart,
    errors: nlErrors,
    feedback: nlFeedback,
    pdca: nlPdca,
    realtime: nlRealtime,
    reports: nlReports,
    settings: nlSettings,
    shell: nlShell,
    successes: nlSuccesses,
  },
  en: {
    apiTokens: enApiTokens,
    auth: enAuth,
    board: enBoard,
    common: enCommon,
    dailyStart: enDailyStart,
    errors: enErrors,
    feedback: enFeedback,
    pdca: enPdca,
    realtime: enRealtime,
    reports: enReports,
    settings: enSettings,
    shell: enShell,
    successes: enSuccesses,
  },
} satisfies Record<AppLocale, Record<string, unknown>>;

export type Messages = (typeof catalogues)["nl"];

export function messagesFor(locale: AppLocale): Messages {
  return catalogues[locale];
}
