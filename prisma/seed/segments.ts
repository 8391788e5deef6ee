import type { PrismaClient } from "../../lib/db/generated/client";

// Customer segments of a Dutch wholesaler-like demo company; internal customers are a segment too.
export const demoSegments = [
  { key: "particulier", name: "Particuliere klanten", description: "Consumenten die via de webshop of telefonisch bestellen" },
  { key: "mkb", name: "MKB-klanten", description: "Kleine en middelgrote bedrijven met een vast account" },
  { key: "zakelijk", name: "Zakelijke contractklanten", description: "Grote klanten met raamcontract en vaste contactpersoon" },
  { key: "webshop", name: "Webshopklanten", description: "Klanten die zelf online bestellen en volgen" },
  { key: "intern", name: "Interne klanten", description: "Collega's van de volgende stap in de keten" },
] as const;

export type DemoSegmentKey = (typeof demoSegments)[number]["key"];

export async function seedSegments(db: PrismaClient, organisationId: string): Promise<Record<DemoSegmentKey, string>> {
  const ids = {} as Record<DemoSegmentKey, string>;
  for (const segment of demoSegments) {
    const created = await db.customerSegment.create({ data: { organisationId, name: segment.name, description: segment.description } });
    ids[segment.key] = created.id;
  }
  return ids;
}
