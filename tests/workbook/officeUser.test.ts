import { officeUserName } from "../../src/workbook/officeUser";

type OfficeStub = {
  context: { requirements: { isSetSupported: jest.Mock<boolean, [string, string?]> } };
  auth: { getAuthContext: jest.Mock<Promise<{ userPrincipalName: string }>, []> };
};

function stubOffice(supported: boolean, context: () => Promise<{ userPrincipalName: string }>) {
  const office: OfficeStub = {
    context: {
      requirements: { isSetSupported: jest.fn((_set: string, _version?: string) => supported) },
    },
    auth: { getAuthContext: jest.fn(context) },
  };
  (globalThis as { Office?: unknown }).Office = office;
  return office;
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe("officeUserName", () => {
  it("är null utanför Office", async () => {
    await expect(officeUserName()).resolves.toBeNull();
  });

  it("ger den inloggades användarnamn när NestedAppAuth 1.1 finns", async () => {
    const office = stubOffice(true, async () => ({ userPrincipalName: " anna@kommun.se " }));
    await expect(officeUserName()).resolves.toBe("anna@kommun.se");
    expect(office.context.requirements.isSetSupported).toHaveBeenCalledWith("NestedAppAuth", "1.1");
  });

  it("frågar inte när kravuppsättningen saknas", async () => {
    const office = stubOffice(false, async () => ({ userPrincipalName: "anna@kommun.se" }));
    await expect(officeUserName()).resolves.toBeNull();
    expect(office.auth.getAuthContext).not.toHaveBeenCalled();
  });

  it.each([
    ["ett fel", () => Promise.reject(new Error("13001"))],
    ["ett tomt namn", async () => ({ userPrincipalName: "" })],
  ])("är null vid %s", async (_, context) => {
    stubOffice(true, context);
    await expect(officeUserName()).resolves.toBeNull();
  });
});
