import { NextResponse, type NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { errorResponse } from "@/lib/auth/route";
import { requireActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { csvHeaders, toCsv, type CsvValue } from "@/lib/csv/csv";
import { csvLists, exportList, exportOrganisation, type CsvList } from "@/lib/settings/export";
import { slugify } from "@/lib/auth/slug";

// Downloads are never cached: each one is the organisation's data as it is now.
export const dynamic = "force-dynamic";

function fileName(organisationName: string, part: string, extension: string): string {
  return `verbeterbord-${slugify(organisationName)}-${part}-${new Date().toISOString().slice(0, 10)}.${extension}`;
}

function isCsvList(value: string): value is CsvList {
  return (csvLists as readonly string[]).includes(value);
}

export async function GET(_request: NextRequest, context: { params: Promise<{ file: string }> }): Promise<NextResponse> {
  try {
    const actor = await requireActor();
    const { file } = await context.params;
    if (file === "organisation.json") {
      const data = await exportOrganisation(actor);
      return new NextResponse(JSON.stringify(data, null, 2), {
        headers: {
          "Content-Type": "application/json; charset=utf-8",
          "Content-Disposition": `attachment; filename="${fileName(actor.organisationName, "export", "json")}"`,
          "Cache-Control": "no-store",
        },
      });
    }
    const list = file.endsWith(".csv") ? file.slice(0, -".csv".length) : "";
    if (!isCsvList(list)) throw new NotFoundError();
    const table = await exportList(actor, list);
    const t = await getTranslations("settings.export");
    const values = await getTranslations("settings.export.values");
    const roles = await getTranslations("settings.roles");
    const stages = await getTranslations("settings.columns.stages");
    // Words a spreadsheet reader understands instead of stored codes, where the catalogue has them.
    const readable = (value: CsvValue, column: string): CsvValue => {
      if (typeof value === "boolean") return values(value ? "yes" : "no");
      if (typeof value !== "string") return value;
      if (column === "role" && roles.has(value as never)) return roles(value as never);
      if (column === "stage" && stages.has(value as never)) return stages(value as never);
      return value;
    };
    const body = toCsv(
      table.columns.map((column) => t(`columns.${column}` as never)),
      table.rows.map((row) => row.map((value, index) => readable(value, table.columns[index] ?? ""))),
    );
    return new NextResponse(body, { headers: csvHeaders(fileName(actor.organisationName, list, "csv")) });
  } catch (error) {
    return errorResponse(error, "settings.export");
  }
}
