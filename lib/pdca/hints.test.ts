import { describe, expect, it } from "vitest";
import { problemStatementHints } from "./hints";

const team = ["Daan Jansen", "Fatima el Amrani", "Jo Li"];

describe("problemStatementHints", () => {
  it("says nothing about a good problem statement", () => {
    expect(problemStatementHints("Klanten wachten gemiddeld 12 minuten aan de telefoon voordat ze iemand spreken.", team)).toEqual([]);
    expect(problemStatementHints("Customers wait 12 minutes on the phone before they reach someone.", team)).toEqual([]);
    expect(problemStatementHints("Waarom wachten klanten zo lang?", team)).toEqual([]);
    expect(problemStatementHints("", team)).toEqual([]);
    expect(problemStatementHints(null, team)).toEqual([]);
  });

  it("notices a yes/no question, in Dutch and English", () => {
    expect(problemStatementHints("Is de wachttijd aan de telefoon te lang?", team)).toEqual(["yesNoQuestion"]);
    expect(problemStatementHints("Kunnen we sneller leveren", team)).toEqual(["yesNoQuestion"]);
    expect(problemStatementHints("Het magazijn is druk. Moeten we later starten?", team)).toEqual(["yesNoQuestion"]);
    expect(problemStatementHints("Should we answer e-mails faster?", team)).toEqual(["yesNoQuestion"]);
    // A statement that happens to start with such a word, followed by more, is no question.
    expect(problemStatementHints("Is gebleken dat orders blijven liggen. Dat kost een dag.", team)).toEqual([]);
  });

  it("notices two themes in one statement", () => {
    expect(problemStatementHints("Orders worden te laat verstuurd en daarnaast klopt de factuur vaak niet", team)).toEqual(["twoThemes"]);
    expect(problemStatementHints("Retouren liggen te lang. Bovendien valt de printer steeds uit", team)).toEqual(["twoThemes"]);
    // A semicolon that adds the consequence is still one theme.
    expect(problemStatementHints("We zoeken de klant in twee systemen op; dat kost 30 seconden per gesprek.", team)).toEqual([]);
    expect(problemStatementHints("Orders are shipped late, as well as invoices being wrong", team)).toEqual(["twoThemes"]);
  });

  it("notices a person's name, but not a word that merely looks like one", () => {
    expect(problemStatementHints("Daan vergeet de retouren te boeken", team)).toEqual(["namesPerson"]);
    expect(problemStatementHints("Offertes van Fatima el Amrani blijven liggen", team)).toEqual(["namesPerson"]);
    expect(problemStatementHints("Collega Pieter beantwoordt de mail laat", team)).toEqual(["namesPerson"]);
    expect(problemStatementHints("De daandelijkse planning loopt uit", team)).toEqual([]);
    expect(problemStatementHints("Johan en Jolien bellen: klanten wachten lang", ["Jo Li"])).toEqual([]);
  });

  it("can give several hints at once", () => {
    expect(problemStatementHints("Is Daan te laat met de orders en bovendien met de facturen?", team)).toEqual([
      "yesNoQuestion",
      "twoThemes",
      "namesPerson",
    ]);
  });
});
