/**
 * Every validation message the entry form can show, triggered in the browser the way a person
 * triggers it: leaving a field, or trying to save. Each must be on its field (aria-invalid,
 * aria-describedby to an alert) while the typed text stays as typed.
 *
 * Messages of src/domain/messages.sv.ts that a new registration cannot reach, and why: Status
 * and the basis are radio groups that always hold one of their values (their required and
 * invalidChoice messages); Typ and Anledning are chosen from the workbook's lists (their
 * unknownValue); fields that the type, basis or status hide are left out of the draft
 * (wrongBasis; annualMismatch and derivationMismatch, which need a given and a derived yearly
 * amount at once; realisedNeedsStatus); inputs drop line breaks (lineBreak); typed text never
 * reads as a non-finite number, and an amount never as a date (notFinite, the date codes and
 * notYesNo of amountMessages); Budgetpåverkande is a switch (yesNoMessages). Rows typed by hand
 * in the table reach most of them, through "Rätta" in Registreringar.
 */
import {
  ambiguousAmountMessage,
  amountMessages,
  countMessage,
  dateMessages,
  requiredMessages,
  validationMessages,
} from "../../src/domain/messages.sv";
import { eventually } from "./support/eventually";
import { expectFieldError, expectNoFieldError } from "./support/fieldErrors";
import { EntryFormDriver, Pane } from "./support/pane";
import { checkScreen, cleanScreen } from "./support/screens";
import { openPreview, startSession, type Session } from "./support/session";
import { storySteps } from "./support/steps";

type Control = "textbox" | "combobox" | "radiogroup";
type Given = ["type" | "calculation" | "status", string] | ["more"] | ["fill", string, string];

interface Case {
  /** What the person does first: choose a type, a calculation, a status, open "Mer uppgifter". */
  given?: readonly Given[];
  field: string;
  control?: Control;
  /** Typed into the field, then the field is left with Tab; none: the field is left as it is. */
  input?: string;
  /** Pasted rather than typed (long texts, hidden characters). */
  paste?: boolean;
  message: string;
}

const YEAR = 2026;

/** Before saving: the messages show as each field is left. */
const ON_LEAVING: readonly Case[] = [
  { field: "Ärende", input: "", message: requiredMessages.caseName },
  {
    field: "Förvaltning",
    control: "combobox",
    input: "Okänd förvaltning",
    message: validationMessages.unknownValue("Förvaltning", "Okänd förvaltning"),
  },
  { field: "Kategori", control: "combobox", input: "", message: requiredMessages.category },
];

/** After "Spara": every field's message shows; then each case changes one thing. */
const AFTER_SAVING: readonly Case[] = [
  { field: "Typ av effektivisering", control: "radiogroup", message: requiredMessages.type },
  {
    field: "Anledning till effektivisering",
    control: "combobox",
    message: requiredMessages.reason,
  },
  { field: "Baslinje", control: "radiogroup", message: requiredMessages.baseline },
  // Nytt avtal, from the costs before and after.
  {
    given: [["type", "Nytt avtal"]],
    field: "Tidigare årlig kostnad",
    message: requiredMessages.annualAmount,
  },
  { field: "Avtalstid (år)", message: requiredMessages.contractYears },
  { field: "Startdatum", message: requiredMessages.startDate },
  { field: "Tidigare årlig kostnad", input: "abc", message: amountMessages.notANumber },
  {
    field: "Tidigare årlig kostnad",
    input: "2,500,000",
    message: ambiguousAmountMessage("2,500,000", 2_500_000),
  },
  { field: "Tidigare årlig kostnad", input: "1,234", message: amountMessages.tooManyDecimals },
  { field: "Tidigare årlig kostnad", input: "3 mkr 200 tkr", message: amountMessages.mixedUnits },
  {
    field: "Tidigare årlig kostnad",
    input: "2 000 000 mkr",
    message: validationMessages.tooLarge("Tidigare årlig kostnad"),
  },
  {
    field: "Tidigare årlig kostnad",
    input: "-5 mkr",
    message: validationMessages.negativeAmount("Tidigare årlig kostnad"),
  },
  {
    given: [["fill", "Tidigare årlig kostnad", "5 mkr"]],
    field: "Ny årlig kostnad",
    input: "",
    message: validationMessages.incomplete("Ny årlig kostnad", ["Tidigare årlig kostnad"]),
  },
  { field: "Ny årlig kostnad", input: "5 mkr", message: validationMessages.zeroAmount },
  {
    field: "Ny årlig kostnad",
    input: "6 mkr",
    message: validationMessages.costIncreaseUnconfirmed(-1_000_000),
  },
  { field: "Avtalstid (år)", input: "0", message: validationMessages.contractYearsTooShort },
  { field: "Avtalstid (år)", input: "99", message: validationMessages.contractYearsTooLong(99) },
  {
    field: "Avtalstid (år)",
    input: "fyra",
    message: countMessage("contractYears", "notANumber"),
  },
  {
    field: "Avtalstid (år)",
    input: "4 år mkr",
    message: countMessage("contractYears", "mixedUnits"),
  },
  {
    field: "Avtalstid (år)",
    input: "1,500",
    message: countMessage("contractYears", "ambiguousSeparator"),
  },
  { field: "Startdatum", input: `${YEAR}-02-30`, message: dateMessages.invalidDate },
  { field: "Startdatum", input: "31/12/26", message: dateMessages.ambiguousDate },
  { field: "Startdatum", input: "i morgon", message: dateMessages.notADate },
  { field: "Startdatum", input: "1800-01-01", message: dateMessages.dateOutOfRange },
  {
    field: "Startdatum",
    input: "1950-01-01",
    message: validationMessages.dateOutOfRange(1950, 1990, 2100),
  },
  // Nytt avtal, from unit prices and a yearly volume.
  {
    given: [["calculation", "Styckpris och volym"]],
    field: "Tidigare styckpris",
    message: requiredMessages.annualAmount,
  },
  {
    field: "Årlig volym",
    input: "0",
    message: validationMessages.notPositive("Årlig volym"),
  },
  {
    field: "Årlig volym",
    input: "1,500",
    message: countMessage("annualVolume", "ambiguousSeparator"),
  },
  {
    field: "Nytt styckpris",
    input: "-1",
    message: validationMessages.negativeAmount("Nytt styckpris"),
  },
  // Nytt avtal, the yearly amount given directly.
  {
    given: [["calculation", "Årligt belopp direkt"]],
    field: "Årligt belopp",
    input: "0 kr",
    message: validationMessages.zeroAmount,
  },
  // Engångsbelopp/vite: an amount on a date (the date field keeps its text, relabelled).
  {
    given: [["type", "Engångsbelopp/vite"]],
    field: "Belopp",
    message: requiredMessages.oneOffAmount,
  },
  { field: "Datum", input: "", message: requiredMessages.startDate },
  { field: "Belopp", input: "-100", message: validationMessages.negativeOneOff },
  { field: "Belopp", input: "0", message: validationMessages.zeroAmount },
  // Sparade timmar, shown beside the amounts.
  {
    field: "Sparade timmar",
    input: "-5",
    message: validationMessages.hoursNegative,
  },
  {
    field: "Sparade timmar",
    input: "20 000 000",
    message: validationMessages.hoursTooMany(20_000_000),
  },
  {
    field: "Sparade timmar",
    input: "8 000 h tim",
    message: countMessage("savedHours", "mixedUnits"),
  },
  // Mer uppgifter.
  {
    given: [["more"]],
    field: "Implementeringskostnad",
    input: "-5 000",
    message: validationMessages.negativeAmount("Implementeringskostnad"),
  },
  {
    field: "Leverantör",
    input: "Bolaget\tAB",
    paste: true,
    message: validationMessages.controlCharacters("Leverantör"),
  },
  {
    field: "Ärende",
    input: "x".repeat(201),
    paste: true,
    message: validationMessages.tooLong("Ärende", 200, 201),
  },
  {
    field: "Kommentar",
    input: "y".repeat(2001),
    paste: true,
    message: validationMessages.tooLong("Kommentar", 2000, 2001),
  },
  {
    field: "Kategori",
    control: "combobox",
    input: "Okänd kategori",
    message: validationMessages.unknownValue("Kategori", "Okänd kategori"),
  },
  // Realiserad: what was realised, and when.
  {
    given: [["status", "Realiserad"]],
    field: "Realiserad effekt",
    message: requiredMessages.realised,
  },
  { field: "Realiserat datum", message: requiredMessages.realisedDate },
  { field: "Realiserad effekt", input: "abc", message: amountMessages.notANumber },
  {
    given: [["fill", "Datum", `${YEAR}-04-10`]],
    field: "Realiserat datum",
    input: `${YEAR}-01-01`,
    message: validationMessages.realisedBeforeStart("Engång", `${YEAR}-04-10`),
  },
];

describe("valideringen i formuläret, i webbläsaren", () => {
  let session: Session;
  let pane: Pane;
  let form: EntryFormDriver;
  const step = storySteps();

  beforeAll(async () => {
    session = await startSession();
    await openPreview(session);
    pane = new Pane(session.person);
    form = new EntryFormDriver(pane);
    await pane.startAction("Ny registrering");
  });

  afterAll(async () => {
    await session?.close();
  });

  const control = (field: string, kind: Control = "textbox") =>
    kind === "radiogroup"
      ? pane.main.getByRole("radiogroup", { name: field, exact: true })
      : kind === "combobox"
        ? pane.combobox(field)
        : pane.textbox(field);

  const run = async ({ given = [], field, control: kind, input, paste, message }: Case) => {
    for (const action of given) {
      if (action[0] === "more") await form.openMore();
      else if (action[0] === "fill") await form.text(action[1], action[2]);
      else await session.person.click(pane.radio(action[1]));
    }
    const target = control(field, kind);
    if (input !== undefined) {
      if (paste) await session.person.paste(target, input);
      else await session.person.fillIn(target, input);
      await session.person.press("Tab");
    }
    await expectFieldError(target, message);
    if (input !== undefined) expect(await target.inputValue()).toBe(input);
  };

  step("visar tomt formulär utan fel innan något fält har lämnats", async () => {
    await form.form.waitFor();
    expect(await pane.main.getByRole("alert").count()).toBe(0);
  });

  for (const testCase of ON_LEAVING) {
    step(`${testCase.field} «${testCase.input}»: ${testCase.message}`, () => run(testCase));
  }

  step("lägger inte till ett okänt värde i listan när fältet lämnas med Tab", async () => {
    await pane.button("Lägg till ”Okänd förvaltning” i listan").waitFor();
    expect(await form.fieldsToFix()).toContain("Förvaltning");
  });

  step("säger vid Spara vilka fält som ska rättas och flyttar fokus till det första", async () => {
    await session.person.click(pane.button("Spara"));
    await eventually(async () =>
      expect(await form.fieldsToFix()).toEqual([
        "Ärende",
        "Förvaltning",
        "Kategori",
        "Typ av effektivisering",
        "Anledning till effektivisering",
        "Baslinje",
      ])
    );
    await eventually(async () =>
      expect(await pane.textbox("Ärende").evaluate((e) => e === document.activeElement)).toBe(true)
    );
    expect(await checkScreen(session.page, "03-ny-registrering-fel")).toEqual(
      cleanScreen("03-ny-registrering-fel")
    );
  });

  for (const testCase of AFTER_SAVING) {
    const typed = testCase.input === undefined ? "" : ` «${testCase.input.slice(0, 20)}»`;
    step(`${testCase.field}${typed}: ${testCase.message.slice(0, 60)}`, () => run(testCase));
  }

  step("tar bort kostnadsökningens fel när den bekräftas", async () => {
    await session.person.click(pane.radio("Nytt avtal"));
    await session.person.click(pane.radio("Kostnad före och efter"));
    const newCost = pane.textbox("Ny årlig kostnad");
    await expectFieldError(newCost, validationMessages.costIncreaseUnconfirmed(-1_000_000));
    await session.person.click(
      pane.main.getByRole("checkbox", { name: "Ja, det är en kostnadsökning" })
    );
    await expectNoFieldError(newCost);
    expect(await newCost.inputValue()).toBe("6 mkr");
  });

  step("hämtar inget utanför sin egen origin och loggar inga fel", () => {
    expect(session.foreignRequests).toEqual([]);
    expect(session.watch.errors).toEqual([]);
  });
});
